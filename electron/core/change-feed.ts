/**
 * One change event after every write: core tells main (and main the page) which kinds of data changed,
 * whoever wrote it. The page's stores each fetch again what they show; none has to know which other
 * screens a write touches, and a write nobody in the page asked for (a reminder falling due, a
 * notification button, a merge from a synced copy of the file) reaches the screens the same way.
 *
 * How it finds what changed: not by asking each write path to say so (a new path would forget), but by
 * comparing. A write never changes a record or an array in place, it replaces the journal's array (see
 * journal-changes.ts), so "did the contacts change?" is one identity check of `journal.contacts`. The
 * feed keeps the versions it last saw and looks again after every call, every look of the reminder
 * scheduler and every change from outside (`netwerkdagboek.ts` says when); what differs is what changed.
 * A call that only read, or a write that changed nothing, finds every version the same and tells nothing.
 *
 * Why one event per tick, not one per look: a single call is looked at more than once (the scheduler
 * looks while the call's reminders catch up, then the call's own look follows), and a notification
 * button or a merge may write a few arrays one after another. All looks of one synchronous run are
 * gathered and sent as one event in a microtask, so a write gives one event however many parts it
 * touched, and the page never sees a storm of partial ones. Waiting longer (a timer) would only delay
 * every screen; the page coalesces bursts of separate calls itself.
 */
import { changeKinds, type ChangeKind } from '../contract/changes';
import type { AppEvent, IncomingChanges } from '../contract/contract';
import type { Journal } from '../contract/domain';

export type ChangedEvent = Extract<AppEvent, { type: 'changed' }>;

/** Per kind, the values that make up its version, each compared by identity with the last look's. */
export type Versions = Readonly<Record<ChangeKind, readonly unknown[]>>;

export interface ChangeFeedDeps {
  /** The versions as they are now (see `journalVersions`). Called at every look: keep it cheap. */
  versions(): Versions;
  /** Active reminders overdue or due today, the count on the navigation and on the app's icon. */
  dueCount(): number;
  emit(event: ChangedEvent): void;
  log?(error: unknown): void;
}

/** Looks for what changed since the last look and tells it, once per tick (see the top of this file). */
export class ChangeFeed {
  private seen: Versions;
  private due: number;
  private readonly kinds = new Set<ChangeKind>();
  private incoming: IncomingChanges | null = null;
  private queued = false;
  private stopped = false;

  /** What is there now is where the feed starts: the page reads it when it loads (see `announce`). */
  constructor(private readonly deps: ChangeFeedDeps) {
    this.seen = deps.versions();
    this.due = deps.dueCount();
  }

  /**
   * Compares with the last look and gathers what differs for this tick's event. `outside`: the journal
   * changed from outside (merged in, or it became writable); its notices are looked at again then, and
   * what came in is told along.
   */
  look(outside?: { incoming: IncomingChanges | null }): void {
    if (this.stopped) return;
    const now = this.deps.versions();
    for (const kind of changeKinds) {
      if (!sameVersion(this.seen[kind], now[kind])) this.kinds.add(kind);
    }
    this.seen = now;
    if (outside) {
      this.kinds.add('journal');
      if (outside.incoming) this.incoming = added(this.incoming, outside.incoming);
    }
    // Also when nothing was written: a new day moves reminders into "today" and changes the due count,
    // which only shows at the end of the tick.
    this.queue();
  }

  private queue(): void {
    if (!this.queued) {
      this.queued = true;
      queueMicrotask(() => this.tell());
    }
  }

  /**
   * Tells the reminders and their due count as they are, once, at the end of this tick: a core that just
   * opened its journal, so main's icon shows this journal's count (the page reads everything anyway).
   */
  announce(): void {
    if (this.stopped) return;
    this.kinds.add('reminders');
    this.queue();
  }

  /** Nothing more is told (the core closed: another one has the journal now). */
  stop(): void {
    this.stopped = true;
  }

  private tell(): void {
    this.queued = false;
    if (this.stopped) return;
    let due = this.due;
    try {
      due = this.deps.dueCount();
    } catch (error) {
      this.deps.log?.(error);
    }
    if (due !== this.due) this.kinds.add('reminders');
    if (this.kinds.size === 0) return;
    const event: ChangedEvent = {
      type: 'changed',
      kinds: changeKinds.filter((kind) => this.kinds.has(kind)),
      due,
      ...(this.incoming ? { incoming: this.incoming } : {}),
    };
    this.due = due;
    this.kinds.clear();
    this.incoming = null;
    try {
      this.deps.emit(event);
    } catch (error) {
      this.deps.log?.(error);
    }
  }
}

function sameVersion(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
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

/** What `journalVersions` reads of the journal store: its data and its status as the notices show it. */
export interface VersionedStore {
  readonly data: Journal;
  readonly path: string;
  readonly readOnly: boolean;
  readonly notice: unknown;
  readonly lockedBy: unknown;
}

/**
 * The versions of the journal's parts, for a ChangeFeed. The journal's arrays and the store's status are
 * compared as they are; the settings (replaced on every update, see settings.ts) by what Instellingen
 * shows of them (`settingsView`), and the sync tools' conflict copies by what they hold: both are
 * replaced also when nothing the page shows changed (a window moved is saved to the settings; the
 * folder looked at again makes a new list of copies). `today` is the person's calendar date: the
 * scheduler looks at least every few minutes, so a new day is told soon after midnight.
 */
export function journalVersions(
  store: VersionedStore,
  settings: { get(): object },
  settingsView: () => object,
  copies: { readonly copies: readonly object[] },
  today: () => string = () => '',
): () => Versions {
  let settingsSeen: object | null = null;
  let settingsKey = '';
  let copiesSeen: readonly object[] | null = null;
  let copiesKey = '';
  return () => {
    const journal = store.data;
    if (settings.get() !== settingsSeen) {
      settingsSeen = settings.get();
      settingsKey = JSON.stringify(settingsView());
    }
    if (copies.copies !== copiesSeen) {
      copiesSeen = copies.copies;
      copiesKey = JSON.stringify(copiesSeen);
    }
    return {
      // With the pairs said not to be one person: they change which duplicates Contacten offers.
      // With the organisations marked "wil ik werken": Organisaties and Vandaag are made of both.
      contacts: [journal.contacts, journal.notDuplicates, journal.organisations],
      conversations: [journal.conversations],
      touches: [journal.touches],
      questions: [journal.ownQuestions],
      // With the day: a new day changes what is due, overdue or verwaterd, even when no reminder changed and
      // the due count stays the same (Overzicht, Herinneringen and Contacten's filter refetch on it).
      reminders: [journal.reminders, today()],
      dismissals: [journal.dismissals],
      plan: [
        journal.profile,
        journal.helpRequests,
        journal.helpAsks,
        journal.plannedActions,
        journal.messageTemplates,
      ],
      settings: [settingsKey],
      journal: [
        journal.conflicts,
        journal.setAside,
        copiesKey,
        store.path,
        store.readOnly,
        store.notice,
        store.lockedBy,
      ],
    };
  };
}
