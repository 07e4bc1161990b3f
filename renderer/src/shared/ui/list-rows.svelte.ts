import { WindowCache, type ListWindow } from './window-cache';

/**
 * A WindowCache the page reacts to: reading `total`, `rowAt` or `extra` in a component or `$derived`
 * re-runs it when an answer arrives. The store that owns the list gives `fetch` (its channel with the
 * current query) and calls `reset()` when the query or the journal changed.
 */
export class ListRows<Row, Extra> {
  #version = $state(0);
  readonly #cache: WindowCache<Row, Extra>;

  constructor(
    fetch: (offset: number, limit: number) => Promise<ListWindow<Row, Extra>>,
    options: {
      windowSize?: number;
      keep?: number;
      onError?: (error: unknown) => void;
      /** The row's key (as the list keys its rows), so a row from before is never shown twice. */
      key?: (row: Row) => string;
    } = {},
  ) {
    this.#cache = new WindowCache({ ...options, fetch, onChange: () => this.#version++ });
  }

  /** How many rows the whole list has. */
  get total(): number {
    void this.#version;
    return this.#cache.total;
  }

  get extra(): Extra | undefined {
    void this.#version;
    return this.#cache.extra;
  }

  /** Whether an answer arrived since the last reset (false while the rows shown are older). */
  get current(): boolean {
    void this.#version;
    return this.#cache.current;
  }

  /** Whether every row in view is of the current query and journal (none left from before). */
  get settled(): boolean {
    void this.#version;
    return this.#cache.settled;
  }

  rowAt(index: number): Row | undefined {
    void this.#version;
    return this.#cache.rowAt(index);
  }

  findIndex(matches: (row: Row) => boolean): number {
    void this.#version;
    return this.#cache.findIndex(matches);
  }

  /** Whether the current answer holds a matching row; undefined when not known (see WindowCache.holds). */
  holds(matches: (row: Row) => boolean): boolean | undefined {
    void this.#version;
    return this.#cache.holds(matches);
  }

  /** The row at `index`, fetched first if it is not here. */
  row(index: number): Promise<Row | undefined> {
    return this.#cache.row(index);
  }

  /** Rows `first` up to `last` are in view. */
  show(first: number, last: number): Promise<void> {
    return this.#cache.show(first, last);
  }

  /** A new query or a changed journal: ask again for what is in view. */
  reset(): Promise<void> {
    return this.#cache.reset();
  }
}
