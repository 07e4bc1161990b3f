import { randomUUID } from 'node:crypto';
import type {
  KeepInTouchStatus,
  Language,
  ReminderList,
  ReminderRow,
  SnoozeOption,
} from '../../contract/contract';
import type {
  Conversation,
  FieldErrorCode,
  Journal,
  OwnReminderFields,
  Reminder,
  ReminderChanges,
  ThanksMethod,
} from '../../contract/domain';
import type { KeepInTouchState } from '../../contract/contact-filters';
import { zoneOf, type Clock } from '../clock';
import { given, type ContactBook } from '../contacts/contact-book';
import type { ConversationBook } from '../conversations/conversation-book';
import { DomainError } from '../errors';
import { ChangesSince } from '../journal-changes';
import type { JournalStore } from '../journal/journal-store';
import { isActive } from './due';
import { KeepInTouchStates } from './keep-in-touch-states';
import { after, effectiveCadence } from './keep-in-touch';
import { instantOf, sameMoment, today } from './local-time';
import { ReminderRecords } from './reminder-edit';
import { ReminderListView } from './reminder-list';
import { ReminderRules, type ReminderSettings } from './reminder-rules';
import { snoozeUntil, temporalWallClock } from './snooze';
import { keepInTouchStand } from '../../contract/rules/gone-quiet';
import { pastField } from '../../contract/rules/when';
import { reminderNotice } from './texts';
import { withActionFollowing } from '../actions/action-reminders';

export type { ReminderSettings } from './reminder-rules';

/**
 * The reminders (herinneringen): the person's own, and the ones the app keeps for them (the thank-you,
 * follow-up and keep-in-touch rules, reminder-rules.ts).
 *
 * Other books change conversations, contacts and touches without knowing about reminders. `follow()`
 * hands what they changed since the last look to the rules (journal-changes.ts says how the writes tell
 * it). Every method here starts by following, and the app follows once after every call too.
 *
 * Made of: the records and how one change is written (reminder-edit.ts), the index over them
 * (reminder-index.ts), the list as the screens show it (reminder-list.ts), snooze times (snooze.ts).
 */
export class ReminderBook {
  private readonly records: ReminderRecords;
  private readonly rules: ReminderRules;
  private readonly view: ReminderListView;
  private readonly changes: ChangesSince;
  private readonly states: KeepInTouchStates;

  constructor(
    private readonly store: JournalStore,
    private readonly contacts: ContactBook,
    private readonly conversations: ConversationBook,
    private readonly clock: Clock,
    private readonly settings: () => ReminderSettings,
    newId: () => string = randomUUID,
  ) {
    this.records = new ReminderRecords(store, clock, newId);
    this.rules = new ReminderRules(this.records, contacts, clock, settings);
    this.states = new KeepInTouchStates(contacts, (c, zone) => this.rules.anchorOf(c, 'done', zone));
    this.view = new ReminderListView(this.records, contacts, conversations, clock);
    this.changes = new ChangesSince(store);
  }

  private get index() {
    return this.records.index;
  }

  // Reading.

  /**
   * The Herinneringen screen: open and snoozed reminders by group (te laat, vandaag, binnenkort, later),
   * soonest first, then the latest DONE_SHOWN done or skipped ones, newest first.
   */
  list(language: Language): ReminderList {
    this.follow();
    return this.view.list(language);
  }

  /** Reminders due today or earlier and not done: the count in the navigation and on the app icon. */
  dueCount(): number {
    this.follow();
    return this.view.dueCount();
  }

  /** The next `limit` open reminders, soonest first (the tray menu). */
  upcoming(limit: number, language: Language): ReminderRow[] {
    this.follow();
    return this.view.upcoming(limit, language);
  }

  get(id: string): Reminder {
    this.follow();
    const reminder = this.index.byId.get(id);
    if (!reminder) throw new DomainError('not_found');
    return reminder;
  }

  /** Whether this is a keep-in-touch reminder the app made and the person never touched (see the rules). */
  untouched(r: Reminder): boolean {
    this.follow();
    return this.rules.untouched(r);
  }

  /** Title, body and target of a notification for this reminder. */
  describe(r: Reminder, language: Language): ReturnType<typeof reminderNotice> {
    return reminderNotice(r, this.view.linked(r), language, today(this.clock));
  }

  /** Keeping in touch with one contact: the cadence in effect, the last contact, the next due date. */
  keepInTouch(contactId: string): KeepInTouchStatus {
    this.follow();
    const contact = this.contacts.get(contactId);
    const { effective, days, interval } = effectiveCadence(contact, this.settings().keepInTouchDefaults);
    const status: KeepInTouchStatus = {
      cadence: contact.cadence,
      effective,
      days,
      lastContactOn: contact.lastContactOn,
      nextDueOn: null,
      state: 'none',
    };
    // An archived contact is no longer kept in touch with.
    if (contact.archived) return status;
    // Where the relation stands counts from real contact (a reminder marked done means they got in touch);
    // a skipped reminder only moves the next nudge, it does not make a fading tie fresh again. Without a
    // cadence a relation can still go quiet (the shared rule: over six months without contact).
    const state = keepInTouchStand(
      contact,
      this.rules.anchorOf(contact, 'done'),
      interval,
      today(this.clock),
    );
    if (!interval) return { ...status, state };
    return { ...status, state, nextDueOn: after(this.rules.anchorOf(contact), interval) };
  }

  /**
   * Where keeping in touch stands with every active contact that has a cadence or has gone quiet, by id,
   * as `keepInTouch` says it for one (Contacten's filter and its counts). Worked out for everyone once and
   * patched per change for the people it touched (keep-in-touch-states.ts), so changing a filter or typing a
   * search costs a lookup, and the first one after an edit little more.
   */
  keepInTouchStates(): ReadonlyMap<string, KeepInTouchState> {
    this.follow();
    const defaults = this.settings().keepInTouchDefaults;
    return this.states.of(this.store.data, today(this.clock), zoneOf(this.clock), defaults);
  }

  // The person's own changes.

  /** A reminder of the person's own. Linked to a conversation only, it is about that conversation's contact. */
  create(fields: OwnReminderFields): Reminder {
    this.follow();
    const conversation =
      fields.conversationId === null ? undefined : this.conversations.find(fields.conversationId);
    const bad: Record<string, FieldErrorCode> = {};
    if (fields.contactId !== null && !this.contacts.find(fields.contactId)) {
      bad['contactId'] = 'invalid_choice';
    }
    if (fields.conversationId !== null && !conversation) bad['conversationId'] = 'invalid_choice';
    // A new reminder is for later: one already past would go straight to "Te laat".
    const past = pastField(fields, this.nowHere(), temporalWallClock);
    if (past) bad[past] = 'in_past';
    if (Object.keys(bad).length > 0) throw new DomainError('invalid_input', bad);
    const contactId = fields.contactId ?? conversation?.contactId ?? null;
    const reminder: Reminder = {
      ...this.records.fresh('eigen', contactId, fields.conversationId, {
        date: fields.date,
        time: fields.time,
        zone: zoneOf(this.clock),
      }),
      title: fields.title,
      note: fields.note,
    };
    this.records.commit(this.records.edit().put(reminder));
    return reminder;
  }

  /**
   * Changes title, note, moment or contact. A new moment counts as a new due moment: it is notified again,
   * and a snooze is over. The app's own reminders stay with the contact they are about.
   */
  update(id: string, changes: ReminderChanges): Reminder {
    const current = this.get(id);
    const change = given(changes);
    const fields: Record<string, FieldErrorCode> = {};
    if (current.kind === 'eigen' && change.title === '') fields['title'] = 'required';
    if (change.contactId !== undefined && change.contactId !== current.contactId) {
      if (current.kind !== 'eigen') fields['contactId'] = 'invalid';
      else if (change.contactId !== null && !this.contacts.find(change.contactId)) {
        fields['contactId'] = 'invalid_choice';
      }
    }
    if (Object.keys(fields).length > 0) throw new DomainError('invalid_input', fields);
    const { date, time, ...rest } = change;
    let next: Reminder = { ...current, ...rest, updatedAt: this.records.now() };
    if (date !== undefined || time !== undefined) {
      const due = {
        date: date ?? current.due.date,
        time: time ?? current.due.time,
        zone: zoneOf(this.clock),
      };
      if (!sameMoment(due, current.due)) {
        const past = pastField(due, this.nowHere(), temporalWallClock);
        if (past) throw new DomainError('invalid_input', { [past]: 'in_past' });
        const state = current.state === 'snoozed' ? 'open' : current.state;
        next = { ...next, due, state, snoozedUntil: null, notifiedAt: null };
      }
    }
    this.records.commit(this.records.edit().put(next));
    return next;
  }

  /**
   * Marks a reminder done. A thank-you needs to know how the thanks went (card, e-mail, message, call):
   * its conversation is then marked thanked today. Keeping in touch starts counting again from today. An
   * action's reminder marks the action done today, its reflection still to write.
   */
  complete(id: string, thanksHow: ThanksMethod | null): Reminder {
    const current = this.get(id);
    if (current.state === 'done') return current;
    const conversation =
      current.kind === 'bedanken' ? this.linkedConversation(current.conversationId) : undefined;
    if (current.kind === 'bedanken' && thanksHow === null) {
      throw new DomainError('invalid_input', { thanksHow: 'required' });
    }
    const next: Reminder = { ...current, ...this.records.finished('done') };
    this.records.commit(this.records.edit().put(next), this.actionFollowing(next, true));
    if (conversation && thanksHow !== null && !conversation.thanks.thanked) {
      // Seen by follow() as "became thanked"; its thank-you reminder is already done, so nothing more happens.
      this.conversations.update(conversation.id, {
        thanks: { thanked: true, how: thanksHow, on: today(this.clock) },
      });
    }
    this.rules.afterKeepInTouch(next);
    return next;
  }

  /**
   * An action's reminder done (or open again) marks the action so too (action-reminders.ts): the change
   * to the action, written in the same store update as the reminder's, so the two never disagree.
   */
  private actionFollowing(r: Reminder, done: boolean): ((j: Journal) => Journal) | undefined {
    if (r.kind !== 'eigen') return undefined;
    const day = today(this.clock);
    const stamp = this.records.now();
    return (j) => withActionFollowing(j, r.id, done, day, stamp);
  }

  /** Now and the person's zone, as the shared rules take them. */
  private nowHere(): { now: number; zone: string } {
    return { now: this.clock.now().getTime(), zone: zoneOf(this.clock) };
  }

  /** Lets a reminder go without doing it. A skipped thank-you is not asked again. */
  skip(id: string): Reminder {
    const current = this.get(id);
    if (current.state === 'skipped') return current;
    const next: Reminder = { ...current, ...this.records.finished('skipped') };
    this.records.commit(this.records.edit().put(next));
    this.rules.afterKeepInTouch(next);
    return next;
  }

  /**
   * Puts a reminder off: an hour from now, this evening at 19:00, tomorrow morning or in a week at the
   * reminder time, or a moment of the person's choosing. It is notified again when the new moment comes.
   */
  snooze(id: string, option: SnoozeOption, chosen: { date: string | null; time: string | null }): Reminder {
    const current = this.get(id);
    if (!isActive(current)) throw new DomainError('invalid_input', { option: 'invalid' });
    const until = snoozeUntil(
      option,
      chosen,
      {
        now: this.clock.now().getTime(),
        zone: zoneOf(this.clock),
        reminderTime: this.settings().reminderTime,
      },
      current.snoozedUntil ?? current.due,
    );
    const next: Reminder = {
      ...current,
      state: 'snoozed',
      snoozedUntil: until,
      notifiedAt: null,
      updatedAt: this.records.now(),
    };
    this.records.commit(this.records.edit().put(next));
    return next;
  }

  /**
   * Undoes done, skipped or snoozed: the reminder is open again at its own moment. A thank-you that was
   * done makes its conversation not thanked again. A moment already past is not announced a second time:
   * the person is looking at it.
   */
  reopen(id: string): Reminder {
    const current = this.get(id);
    if (current.state === 'open') return current;
    const now = this.records.now();
    const next: Reminder = {
      ...current,
      state: 'open',
      snoozedUntil: null,
      completedAt: null,
      notifiedAt: instantOf(current.due) <= this.clock.now().getTime() ? (current.notifiedAt ?? now) : null,
      updatedAt: now,
    };
    const actionOpened = current.state === 'done' ? this.actionFollowing(next, false) : undefined;
    this.records.commit(this.records.edit().put(next), actionOpened);
    if (current.kind === 'bedanken' && current.state === 'done') {
      const conversation = this.linkedConversation(current.conversationId);
      if (conversation?.thanks.thanked) {
        // follow() then sees a conversation that needs thanks again, with this reminder already open for it.
        this.conversations.update(conversation.id, { thanks: { thanked: false, how: null, on: null } });
      }
    }
    // A keep-in-touch reminder replaced when it was done gives way to this one again.
    if (current.kind === 'contact-onderhouden' && current.contactId !== null) {
      this.rules.reconcile([current.contactId], next);
    }
    return this.index.byId.get(id) ?? next;
  }

  /** Deletes a reminder. Keeping in touch is a rule, not a reminder: for a contact with a cadence a new one follows. */
  delete(id: string): void {
    const current = this.get(id);
    this.records.commit(this.records.edit().remove(current));
    if (current.kind === 'contact-onderhouden' && current.contactId !== null) {
      this.rules.reconcile([current.contactId]);
    }
  }

  // Following the rest of the journal.

  /**
   * Applies the rules to the conversations, contacts and touches changed since the last look. Cheap when
   * nothing changed: five identity checks.
   */
  follow(): void {
    // The scheduler writes reminders too (when one was notified): the index follows those first.
    this.index.sync(this.store.data.reminders);
    if (this.store.readOnly) return;
    const changed = this.changes.take();
    if (changed) this.rules.follow(changed);
  }

  /**
   * Brings every contact's keep-in-touch reminder in line with their cadence and last contact: at open,
   * and when the defaults per strength or the reminder time change.
   */
  reconcileKeepInTouch(): void {
    if (this.store.readOnly) return;
    this.follow();
    this.rules.reconcileAll();
  }

  /**
   * Once, after opening a journal from before reminders existed (version 2): the thank-yous and follow-ups
   * the app would have made had it known, for what still matters: a next step dated today or later, and a
   * thank-you for a conversation of the past week not thanked yet. Older ones would only be noise.
   */
  catchUp(): void {
    if (this.store.readOnly) return;
    this.follow();
    this.rules.catchUp();
  }

  private linkedConversation(id: string | null): Conversation | undefined {
    if (id === null) return undefined;
    const conversation = this.conversations.find(id);
    if (!conversation) throw new DomainError('invalid_input', { conversationId: 'invalid_choice' });
    return conversation;
  }
}
