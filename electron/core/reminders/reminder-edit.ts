/**
 * Writing reminders: new records, and one change gathered from the rules and the person's own action
 * and then written in one go, one new reminders array per change whose readers are told what changed
 * (`noteChanges`).
 */
import { randomUUID } from 'node:crypto';
import type { Journal, LocalMoment, Reminder, ReminderKind } from '../../contract/domain';
import { noteChanges } from '../array-changes';
import type { Clock } from '../clock';
import type { JournalStore } from '../journal/journal-store';
import { ReminderIndex } from './reminder-index';

/** The most changed reminders an edit puts in place by searching for them; more go by id in one pass. */
const IN_PLACE_MAX = 32;

/** The journal's reminders as the book, its rules and its views share them: looked up, made and written. */
export class ReminderRecords {
  readonly index = new ReminderIndex();

  constructor(
    readonly store: JournalStore,
    private readonly clock: Clock,
    private readonly newId: () => string = randomUUID,
  ) {}

  /** The reminders as stored now, with the index following them (the scheduler writes reminders too). */
  get all(): readonly Reminder[] {
    const reminders = this.store.data.reminders;
    this.index.sync(reminders);
    return reminders;
  }

  /** Now as the records write it (UTC ISO). */
  now(): string {
    return this.clock.now().toISOString();
  }

  /** A new, open reminder. */
  fresh(
    kind: ReminderKind,
    contactId: string | null,
    conversationId: string | null,
    due: LocalMoment,
  ): Reminder {
    const now = this.now();
    return {
      id: this.newId(),
      kind,
      contactId,
      conversationId,
      due,
      title: '',
      note: '',
      state: 'open',
      snoozedUntil: null,
      notifiedAt: null,
      completedAt: null,
      createdAt: now,
      updatedAt: now,
    };
  }

  /** The fields of a reminder finished now. */
  finished(state: 'done' | 'skipped'): Partial<Reminder> {
    const now = this.now();
    return { state, snoozedUntil: null, completedAt: now, updatedAt: now };
  }

  /** An empty change, to gather into and `commit`. */
  edit(): ReminderEdit {
    return new ReminderEdit(this.index, this.now());
  }

  /**
   * Writes what `edit` gathered as one new reminders array (nothing when it is empty), together with
   * `alongside`'s change of other records in the same store update: both are written, or neither.
   */
  commit(edit: ReminderEdit, alongside?: (j: Journal) => Journal): void {
    if (edit.empty) return;
    this.store.update((j) => {
      const next = { ...j, reminders: edit.applyTo(j.reminders) };
      return alongside ? alongside(next) : next;
    });
    this.index.sync(this.store.data.reminders);
  }
}

/**
 * Changes to the reminders, gathered and then written in one go. `change` builds on what is already
 * gathered for the same reminder, so two rules changing one reminder both count.
 */
export class ReminderEdit {
  private readonly changed = new Map<string, Reminder | null>();
  private readonly added = new Map<string, Reminder>();
  /** Whether a keep-in-touch reminder is changed, made or removed. */
  keepInTouch = false;

  constructor(
    private readonly index: ReminderIndex,
    /** When the edit is made: the `updatedAt` of what it changes. */
    private readonly at: string,
  ) {}

  get empty(): boolean {
    return this.changed.size === 0 && this.added.size === 0;
  }

  put(r: Reminder): this {
    // Once a reminder is removed (its conversation or contact is gone), no other rule brings it back.
    if (this.changed.get(r.id) === null) return this;
    if (r.kind === 'contact-onderhouden') this.keepInTouch = true;
    if (this.index.byId.has(r.id)) this.changed.set(r.id, r);
    else this.added.set(r.id, r);
    return this;
  }

  change(r: Reminder, changes: Partial<Reminder>): this {
    const base = this.changed.get(r.id) ?? this.added.get(r.id) ?? r;
    return this.put({ ...base, ...changes, updatedAt: this.at });
  }

  remove(r: Reminder): this {
    if (r.kind === 'contact-onderhouden') this.keepInTouch = true;
    if (this.added.delete(r.id)) return this;
    this.changed.set(r.id, null);
    return this;
  }

  applyTo(reminders: readonly Reminder[]): Reminder[] {
    return this.inPlace(reminders) ?? this.byId(reminders);
  }

  /**
   * The changed records put where the index's versions of them are, the new ones at the end: one copy
   * and a few searches instead of a lookup per reminder, and the readers of the new array are told what
   * changed (see `noteChanges`). Null when the index does not describe `reminders` (ids not unique, or a
   * record not where it should be); then `byId` decides.
   */
  private inPlace(reminders: readonly Reminder[]): Reminder[] | null {
    if (this.index.size !== reminders.length) return null;
    // Each change is found with a search through the array: for a bulk change (every keep-in-touch
    // reminder moved by a new reminder time) one pass by id is cheaper.
    if (this.changed.size > IN_PLACE_MAX) return null;
    const added = [...this.added.values()];
    const removed: Reminder[] = [];
    const next = reminders.concat(added);
    const gone: number[] = [];
    for (const [id, change] of this.changed) {
      const current = this.index.byId.get(id);
      const at = current === undefined ? -1 : next.indexOf(current);
      if (at === -1 || at >= reminders.length) return null;
      if (change === current) continue;
      removed.push(current!);
      if (change === null) gone.push(at);
      else {
        next[at] = change;
        added.push(change);
      }
    }
    if (gone.length > 0) {
      gone.sort((a, b) => b - a);
      for (const at of gone) next.splice(at, 1);
    }
    noteChanges(reminders, next, { removed, added });
    return next;
  }

  private byId(reminders: readonly Reminder[]): Reminder[] {
    const next: Reminder[] = [];
    for (const r of reminders) {
      const change = this.changed.get(r.id);
      if (change === undefined) next.push(r);
      else if (change !== null) next.push(change);
    }
    for (const r of this.added.values()) next.push(r);
    return next;
  }
}
