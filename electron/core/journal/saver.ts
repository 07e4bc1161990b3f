import type { Clock, Timers } from '../clock';
import { osProblem, type OsProblem } from './os-errors';

/** Where saving stands: everything on disk, or failing since a moment (and retried). */
export type SaveState =
  | { state: 'saved' }
  | {
      state: 'failing';
      problem: OsProblem;
      /** The first failed attempt of this run of failures. */
      since: Date;
      attempts: number;
      /** When it is tried again by itself; an edit or "Opnieuw proberen" tries sooner. */
      retryAt: Date;
      error: unknown;
    };

export interface SaverOptions {
  clock: Clock;
  timers: Timers;
  /** Told each time the state changes (saved → failing, failing → saved, and each further failure). */
  onState?: (state: SaveState) => void;
  /** Waits between attempts after a failure, the last one repeated. */
  retryDelaysMs?: readonly number[];
}

const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 60_000];

/**
 * Group commit for the journal: every edit is followed by a write that includes it, and edits are never
 * acknowledged before that write is done.
 *
 * Why acknowledge after the write, not a write-ahead log: the journal is one JSON document of a few MB
 * at most, and one durable write of it (temp, fsync, rename) takes milliseconds; a log would add a second
 * file format, a replay at open and a second thing to get wrong for the same guarantee. Edits that come in
 * while a write is under way wait for the next write, which takes all of them at once: a burst of a
 * thousand edits is a handful of writes, and a single edit costs one write, started right away.
 *
 * A failed write keeps everything in memory, reports the failure (`onState`), and is tried again with a
 * growing pause (1 s, 2 s, 4 s … 60 s), and at once on the next edit or on `retryNow()`.
 */
export class Saver {
  /** Edits so far, and how many of them the last completed write held. */
  private edits = 0;
  private written = 0;
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private startSoon: ReturnType<typeof setImmediate> | null = null;
  private retryTimer: unknown = null;
  private waiters: { upTo: number; settle: (saved: boolean) => void }[] = [];
  private current: SaveState = { state: 'saved' };
  private readonly delays: readonly number[];
  private stopped = false;
  /** While above 0, no write starts (`exclusive`). */
  private held = 0;

  /**
   * `write` writes the journal as it is when it takes it, and calls `took` right then (in the same step of
   * the event loop as it reads the journal to encode it): the edits made until then are the ones it holds.
   */
  constructor(
    private readonly write: (took: () => void) => Promise<void>,
    private readonly options: SaverOptions,
  ) {
    this.delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  }

  get state(): SaveState {
    return this.current;
  }

  /** Edits not yet on disk. */
  get pending(): boolean {
    return this.written < this.edits;
  }

  /** How many edits there have been; a caller compares it before and after to see whether it edited. */
  get editCount(): number {
    return this.edits;
  }

  /**
   * Notes an edit and makes sure a write will include it. The write starts after the current turn of the
   * event loop, so edits made in one go (a handler that changes three records) are written once.
   */
  changed(): void {
    this.edits++;
    if (this.running || this.startSoon || this.held > 0) return;
    this.startSoon = setImmediate(() => {
      this.startSoon = null;
      this.run();
    });
  }

  /** True once every edit made so far is on disk; false as soon as a write that should hold them fails. */
  durable(): Promise<boolean> {
    if (!this.pending) return Promise.resolve(true);
    return new Promise((settle) => this.waiters.push({ upTo: this.edits, settle }));
  }

  /** Writes now; resolves when everything edited so far is on disk, rejects with the write's error. */
  async flush(): Promise<void> {
    if (!this.pending) return;
    const done = this.durable();
    this.startNow();
    if (!(await done)) throw this.current.state === 'failing' ? this.current.error : new Error('not saved');
  }

  /** "Opnieuw proberen": an attempt now instead of at the next retry; true when it landed. */
  retryNow(): Promise<boolean> {
    const done = this.durable();
    this.startNow();
    return done;
  }

  /** Resolves when no write is under way (whatever its outcome). */
  idle(): Promise<void> {
    return this.loopDone;
  }

  /**
   * Runs `task` with no write under way or starting meanwhile (a move switches files in between);
   * edits made meanwhile are written after it.
   */
  async exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.held++;
    try {
      await this.loopDone;
      return await task();
    } finally {
      this.held--;
      if (this.held === 0 && this.pending && !this.running) this.run();
    }
  }

  /**
   * No more attempts by timer (the app is closing: its last write is `flush`); edits, `flush` and
   * `retryNow` still write. `resume` undoes it, when closing failed and the app stays.
   */
  stop(): void {
    this.stopped = true;
    this.clearRetry();
  }

  resume(): void {
    this.stopped = false;
    if (this.current.state === 'failing' && this.pending) this.armRetry(this.current.retryAt.getTime());
  }

  private startNow(): void {
    if (this.startSoon) clearImmediate(this.startSoon);
    this.startSoon = null;
    if (!this.running && this.held === 0) this.run();
  }

  private run(): void {
    this.clearRetry();
    this.running = true;
    this.loopDone = this.loop();
  }

  private async loop(): Promise<void> {
    try {
      while (this.pending && this.held === 0) {
        // The edits this write holds: those made until it takes the journal (it looks at the file for
        // changes from outside first, and edits made meanwhile go in too); at the least, those made so far.
        let upTo = this.edits;
        try {
          await this.write(() => {
            upTo = this.edits;
          });
        } catch (error) {
          this.failed(error);
          return;
        }
        this.written = Math.max(this.written, upTo);
        this.settle((w) => w.upTo <= upTo, true);
        if (this.current.state === 'failing') this.setState({ state: 'saved' });
      }
    } finally {
      // In the same step as the last look at `pending`: an edit right after this starts a new write.
      this.running = false;
    }
  }

  private failed(error: unknown): void {
    const previous = this.current.state === 'failing' ? this.current : null;
    const attempts = (previous?.attempts ?? 0) + 1;
    const delay = this.delays[Math.min(attempts - 1, this.delays.length - 1)]!;
    const now = this.options.clock.now();
    this.setState({
      state: 'failing',
      problem: osProblem(error),
      since: previous?.since ?? now,
      attempts,
      retryAt: new Date(now.getTime() + delay),
      error,
    });
    // Every edit waiting is kept in memory but not on disk: say so now instead of after the next retry.
    this.settle(() => true, false);
    this.armRetry(now.getTime() + delay);
  }

  private armRetry(at: number): void {
    if (this.stopped) return;
    this.clearRetry();
    const wait = Math.max(0, at - this.options.clock.now().getTime());
    this.retryTimer = this.options.timers.set(() => {
      this.retryTimer = null;
      if (!this.running && this.pending && this.held === 0) this.run();
    }, wait);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.options.timers.clear(this.retryTimer);
    this.retryTimer = null;
  }

  private settle(which: (w: { upTo: number }) => boolean, saved: boolean): void {
    const now = this.waiters.filter(which);
    this.waiters = this.waiters.filter((w) => !which(w));
    for (const w of now) w.settle(saved);
  }

  private setState(state: SaveState): void {
    this.current = state;
    this.options.onState?.(state);
  }
}
