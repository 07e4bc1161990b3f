/**
 * Core's change events, handed to the stores that show what changed.
 *
 * After every write, the page's own included, core tells which kinds of data changed (`changed` in
 * `AppEvent`, kinds in `$contract/changes`). Each store says once which kinds it shows and how it fetches
 * them again (`changes.watch`), and refreshes itself: no store calls another to refresh it, and a write
 * from outside the page (a reminder falling due, a notification button, a merge from a synced copy)
 * reaches every screen the same way as one made here.
 *
 * Bursts: a store's refresh runs at once for the first change and never twice at the same time; the
 * changes that arrive while it runs are gathered and make one more run after it. So a burst of writes
 * costs at most two reloads per store, and the first one without any waiting.
 */
import type { ChangeKind } from '$contract/changes';
import type { AppEvent, IncomingChanges } from '$contract/contract';

export type ChangedEvent = Extract<AppEvent, { type: 'changed' }>;

/** What changed since a store last refreshed: the kinds it watches that changed, and the latest news. */
export interface ChangeBatch {
  kinds: ReadonlySet<ChangeKind>;
  /** The due count as of the latest event. */
  due: number;
  /** What came in from outside since the last refresh, added up; null when nothing did. */
  incoming: IncomingChanges | null;
}

export interface WatchOptions {
  /**
   * Whether the store shows anything now (its list was loaded, its screen is open). When false, a change
   * is not fetched: the store fetches fresh data when it is shown, as it does anyway.
   */
  when?: () => boolean;
}

interface Watcher {
  kinds: ReadonlySet<ChangeKind>;
  refresh: (batch: ChangeBatch) => unknown;
  when: () => boolean;
  /** Changes gathered and not yet handed to `refresh`; null when there are none. */
  pending: { kinds: Set<ChangeKind>; due: number; incoming: IncomingChanges | null } | null;
  running: boolean;
  gone: boolean;
}

/** Hands each change event to the stores watching its kinds; one per page (`changes` below). */
export class ChangeHub {
  private readonly watchers = new Set<Watcher>();

  /**
   * Calls `refresh` after a change of any of `kinds`; returns the function that stops it. A refresh that
   * fails is the store's to show (its own error state); the hub only keeps going.
   */
  watch(
    kinds: readonly ChangeKind[],
    refresh: (batch: ChangeBatch) => unknown,
    options: WatchOptions = {},
  ): () => void {
    const watcher: Watcher = {
      kinds: new Set(kinds),
      refresh,
      when: options.when ?? (() => true),
      pending: null,
      running: false,
      gone: false,
    };
    this.watchers.add(watcher);
    return () => {
      watcher.gone = true;
      watcher.pending = null;
      this.watchers.delete(watcher);
    };
  }

  /** One change event from core: gathered for each store that watches one of its kinds. */
  receive(event: ChangedEvent): void {
    for (const watcher of this.watchers) {
      const kinds = event.kinds.filter((kind) => watcher.kinds.has(kind));
      if (kinds.length === 0) continue;
      const pending = (watcher.pending ??= { kinds: new Set(), due: event.due, incoming: null });
      for (const kind of kinds) pending.kinds.add(kind);
      pending.due = event.due;
      if (event.incoming) pending.incoming = added(pending.incoming, event.incoming);
      if (!watcher.running) {
        watcher.running = true;
        // In a microtask: events handed over in one go (a test, a page catching up) make one run.
        queueMicrotask(() => void this.run(watcher));
      }
    }
  }

  private async run(watcher: Watcher): Promise<void> {
    try {
      while (watcher.pending && !watcher.gone) {
        const batch = watcher.pending;
        watcher.pending = null;
        if (!watcher.when()) continue;
        try {
          await watcher.refresh(batch);
        } catch {
          // Shown by the store itself (its failed state); the next change tries again.
        }
      }
    } finally {
      watcher.running = false;
    }
  }
}

function added(a: IncomingChanges | null, b: IncomingChanges): IncomingChanges {
  if (!a) return b;
  return {
    added: a.added + b.added,
    changed: a.changed + b.changed,
    deleted: a.deleted + b.deleted,
    conflicts: a.conflicts + b.conflicts,
  };
}

/** The page's one hub: stores watch it; `app/navigation.ts` hands it the change events of `api.events`. */
export const changes = new ChangeHub();
