/**
 * The rows of a long list, fetched a window at a time as it scrolls (see VirtualList.svelte).
 *
 * Core answers `contacts:list` and `conversations:list` with one window of rows and the total, so the page
 * never holds (or waits for) 25,000 rows. This keeps the few windows near what is in view, asks for the
 * missing ones, and forgets the rest. A new query or a change event starts a new *generation*: each window
 * in view stays on screen until the new generation's answer for that window replaces it (no placeholders
 * flash between the first window's answer and the next), while the old windows out of view go at the
 * first new answer. An old row whose key a new window already shows is not shown twice. An answer for an
 * older generation is ignored, so a slow answer to "a" never overwrites the faster one to "an".
 *
 * Plain TypeScript without Svelte: the store that owns one wraps `onChange` in a `$state` counter.
 */

/** One answer of the list channel: rows from `offset`, the total of all that match, and what else it says. */
export interface ListWindow<Row, Extra> {
  total: number;
  rows: Row[];
  extra: Extra;
}

export interface WindowCacheOptions<Row, Extra> {
  /** Asks core for `limit` rows from `offset` of the list as it is asked for now. */
  fetch: (offset: number, limit: number) => Promise<ListWindow<Row, Extra>>;
  /** Rows per window (one request). */
  windowSize?: number;
  /** Windows kept; the ones farthest from the view go first. */
  keep?: number;
  /** Called whenever what `rowAt`, `total` or `extra` answer has changed. */
  onChange?: () => void;
  /** Called when a fetch fails (the cache stays as it was; `show` and `reset` reject too). */
  onError?: (error: unknown) => void;
  /** A row's key, unique in the list: an old row is hidden once a new window holds the same key. */
  key?: (row: Row) => string;
}

interface Cached<Row> {
  generation: number;
  rows: Row[];
}

export class WindowCache<Row, Extra> {
  readonly windowSize: number;
  private readonly keep: number;
  private readonly windows = new Map<number, Cached<Row>>();
  /** Windows asked for in the current generation, not answered yet. */
  private readonly pending = new Map<number, Promise<void>>();
  private generation = 0;
  /** The generation `total` and `extra` come from; -1 before any answer. */
  private answered = -1;
  private totalNow = 0;
  private extraNow: Extra | undefined;
  /** The rows last asked to be in view, so eviction keeps what is near them. */
  private view = { first: 0, last: 0 };
  /** The keys of the rows of the current generation, while older windows are still shown beside them. */
  private currentKeys = new Set<string>();

  constructor(private readonly options: WindowCacheOptions<Row, Extra>) {
    this.windowSize = options.windowSize ?? 100;
    this.keep = Math.max(2, options.keep ?? 6);
  }

  /** How many rows the whole list has (as of the latest answer). */
  get total(): number {
    return this.totalNow;
  }

  /** What the latest answer said besides rows and total (e.g. how many are planned). */
  get extra(): Extra | undefined {
    return this.extraNow;
  }

  /** Whether any answer has arrived (so an empty list means empty, not "not asked yet"). */
  get loaded(): boolean {
    return this.answered >= 0;
  }

  /** Whether an answer of the current query and journal has arrived (total and extra are current). */
  get current(): boolean {
    return this.answered === this.generation;
  }

  /** Whether every row held in view is of the current query and journal (none left from before). */
  get settled(): boolean {
    if (!this.current) return false;
    return this.windowsFor(this.view.first, this.view.last).every(
      (w) => (this.windows.get(w)?.generation ?? this.generation) === this.generation,
    );
  }

  /** The window that holds row `index`. */
  windowOf(index: number): number {
    return Math.floor(index / this.windowSize);
  }

  /** The windows that hold rows `first` up to (not including) `last`, within the known total. */
  windowsFor(first: number, last: number): number[] {
    const end = this.loaded ? Math.min(last, this.totalNow) : last;
    const from = Math.max(0, first);
    // Nothing in view, or nothing as far as an older answer knows: the first window still tells the total.
    if (end <= from) return this.current ? [] : [0];
    const out: number[] = [];
    for (let w = this.windowOf(from); w <= this.windowOf(end - 1); w++) out.push(w);
    return out;
  }

  /** The row at `index` if its window is here (possibly from before the latest change, until replaced). */
  rowAt(index: number): Row | undefined {
    if (index < 0 || (this.loaded && index >= this.totalNow)) return undefined;
    const cached = this.windows.get(this.windowOf(index));
    const row = cached?.rows[index % this.windowSize];
    if (row === undefined || cached!.generation === this.generation) return row;
    // A row from before that a new window already shows elsewhere: once is enough (and keys stay unique).
    const { key } = this.options;
    return key && this.currentKeys.has(key(row)) ? undefined : row;
  }

  /** The place of the first row `matches` finds among the rows here (the current ones first), or -1. */
  findIndex(matches: (row: Row) => boolean): number {
    const windows = [...this.windows].sort(
      ([, a], [, b]) => Number(b.generation === this.generation) - Number(a.generation === this.generation),
    );
    for (const [w, cached] of windows) {
      const i = cached.rows.findIndex(matches);
      if (i >= 0 && this.rowAt(w * this.windowSize + i) !== undefined) return w * this.windowSize + i;
    }
    return -1;
  }

  /**
   * Whether the current answer holds a row `matches` finds: true when a window of the current query has
   * it, false only when every row of the current query is here and none matches, undefined when that is
   * not known (no current answer yet, or rows not fetched). Rows from before a change never count.
   */
  holds(matches: (row: Row) => boolean): boolean | undefined {
    if (!this.current) return undefined;
    let every = true;
    for (let w = 0; w * this.windowSize < this.totalNow; w++) {
      const cached = this.windows.get(w);
      if (cached?.generation !== this.generation) every = false;
      else if (cached.rows.some(matches)) return true;
    }
    return every ? false : undefined;
  }

  /**
   * Forgets what was asked before: a new query, or the journal changed. The rows in view stay visible until
   * the new generation's answer for their window replaces them. Asks again for what was last in view.
   */
  reset(): Promise<void> {
    this.generation++;
    this.pending.clear();
    return this.show(this.view.first, this.view.last);
  }

  /** Rows `first` up to `last` are in view: fetches the windows missing for them; rejects if one fails. */
  show(first: number, last: number): Promise<void> {
    this.view = { first, last };
    const waits = this.windowsFor(first, last).map((w) => this.load(w));
    return Promise.all(waits).then(() => undefined);
  }

  /** The row at `index`, fetched first if needed (for a key press that lands outside what is here). */
  async row(index: number): Promise<Row | undefined> {
    const generation = this.generation;
    if (this.windows.get(this.windowOf(index))?.generation !== generation) {
      await this.load(this.windowOf(index));
    }
    return this.rowAt(index);
  }

  private load(w: number): Promise<void> {
    if (this.windows.get(w)?.generation === this.generation) return Promise.resolve();
    const asked = this.pending.get(w);
    if (asked) return asked;
    const generation = this.generation;
    const request = this.options
      .fetch(w * this.windowSize, this.windowSize)
      .then((answer) => {
        // An answer for an older query or journal: something newer was asked for since.
        if (generation !== this.generation) return;
        this.pending.delete(w);
        if (this.answered !== generation) {
          // The first answer of this generation: the old windows out of view go (scrolling there asks
          // again); those in view stay until their own answer comes, so the rows do not blink away.
          const inView = new Set(this.windowsFor(this.view.first, this.view.last));
          for (const old of [...this.windows.keys()]) if (!inView.has(old)) this.windows.delete(old);
          this.answered = generation;
        }
        this.totalNow = answer.total;
        this.extraNow = answer.extra;
        this.windows.set(w, { generation, rows: answer.rows });
        this.evict();
        this.noteCurrentKeys();
        this.options.onChange?.();
      })
      .catch((error: unknown) => {
        // A failure for an older query or journal no longer matters.
        if (generation !== this.generation) return;
        this.pending.delete(w);
        this.options.onError?.(error);
        throw error;
      });
    this.pending.set(w, request);
    return request;
  }

  /** Remembers the keys the current generation shows, while any older window is still held. */
  private noteCurrentKeys(): void {
    this.currentKeys.clear();
    const { key } = this.options;
    const windows = [...this.windows.values()];
    if (!key || windows.every((cached) => cached.generation === this.generation)) return;
    for (const cached of windows) {
      if (cached.generation === this.generation)
        for (const row of cached.rows) this.currentKeys.add(key(row));
    }
  }

  /** Drops windows beyond `keep`, the farthest from the view first; never one in view. */
  private evict(): void {
    if (this.windows.size <= this.keep) return;
    const inView = new Set(this.windowsFor(this.view.first, this.view.last));
    const centre = this.windowOf(Math.floor((this.view.first + this.view.last) / 2));
    const candidates = [...this.windows.keys()]
      .filter((w) => !inView.has(w))
      .sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const w of candidates) {
      if (this.windows.size <= this.keep) break;
      this.windows.delete(w);
    }
  }
}
