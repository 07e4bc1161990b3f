import { randomUUID } from 'node:crypto';
import {
  DONE_SHOWN,
  type KeepInTouchDefaults,
  type KeepInTouchStatus,
  type Language,
  type ReminderGroup,
  type ReminderList,
  type ReminderRow,
  type SnoozeOption,
} from '../../contract/contract';
import type {
  Contact,
  Conversation,
  FieldErrorCode,
  LocalMoment,
  OwnReminderFields,
  Reminder,
  ReminderChanges,
  ReminderKind,
  ThanksMethod,
  Touch,
} from '../../contract/domain';
import { changesBetween, noteChanges } from '../array-changes';
import { zoneOf, type Clock } from '../clock';
import { given, type ContactBook } from '../contacts/contact-book';
import type { ConversationBook } from '../conversations/conversation-book';
import { needsThanks } from '../conversations/conversation-list';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import { daysFrom, effectiveDue, groupOf, isActive, type Days } from './due';
import { after, effectiveCadence, keepInTouchState, latest } from './keep-in-touch';
import { addDays, instantOf, momentAt, today } from './local-time';
import { reminderNotice, reminderTitle, type Linked } from './texts';

/** The most changed reminders an edit puts in place by searching for them; more go by id in one pass. */
const IN_PLACE_MAX = 32;

/** Until this time of night, "tomorrow morning" means the coming morning (see `moments.ts` too). */
export const SMALL_HOURS_END = '05:00';

/** The settings the reminder rules read; always the current ones. */
export interface ReminderSettings {
  /** When the app's own reminders fall due ("09:00"). */
  reminderTime: string;
  keepInTouchDefaults: KeepInTouchDefaults;
}

const none: readonly never[] = Object.freeze([]);

/**
 * The reminders (herinneringen): the person's own, and the ones the app keeps for them.
 *
 * The app's own reminders follow the rest of the journal:
 * - *bedanken*: a conversation that becomes held and not yet thanked gets a thank-you reminder for the
 *   next morning; thanking the conversation completes it, and completing it thanks the conversation.
 * - *opvolgen*: a next step with a date in a conversation's evaluation is one follow-up reminder.
 * - *contact onderhouden*: every active contact with a cadence has exactly one open keep-in-touch
 *   reminder, due a cadence after the last contact; logging contact moves it.
 *
 * Other books change conversations, contacts and touches without knowing about reminders. `follow()`
 * catches up with what they did by comparing the journal's arrays with the ones seen last time (records
 * are immutable, so identity says what changed), and applies the rules to the changed records only.
 * Every method starts by following, and the app calls it after every call too.
 */
export class ReminderBook {
  private readonly index = new ReminderIndex();
  private seen: {
    contacts: readonly Contact[];
    conversations: readonly Conversation[];
    touches: readonly Touch[];
  };
  /**
   * The keep-in-touch due worked out last per contact ("2026-12-01 09:00"). A reminder's due is moved only
   * when this changes (new contact logged, other cadence, other reminder time), so a date the person chose
   * for it stays until the anchor or cadence really changes.
   */
  private readonly targets = new Map<string, string>();
  private readonly rows = new WeakMap<Reminder, { key: unknown[]; row: ReminderRow }>();
  private soonest: { of: readonly Reminder[]; list: Reminder[] } | null = null;
  private latestDone: { version: number; list: Reminder[] } | null = null;
  private readonly localDates = new LocalDates();

  constructor(
    private readonly store: JournalStore,
    private readonly contacts: ContactBook,
    private readonly conversations: ConversationBook,
    private readonly clock: Clock,
    private readonly settings: () => ReminderSettings,
    private readonly newId: () => string = randomUUID,
  ) {
    const { contacts: c, conversations: v, touches: t } = store.data;
    this.seen = { contacts: c, conversations: v, touches: t };
  }

  // Reading.

  /**
   * The Herinneringen screen: open and snoozed reminders by group (te laat, vandaag, binnenkort, later),
   * soonest first, then the latest DONE_SHOWN done or skipped ones, newest first.
   */
  list(language: Language): ReminderList {
    this.follow();
    const days = daysFrom(today(this.clock));
    const groups: Record<Exclude<ReminderGroup, 'done'>, ReminderRow[]> = {
      overdue: [],
      today: [],
      soon: [],
      later: [],
    };
    for (const r of this.soonestFirst()) {
      const row = this.row(r, language, days);
      groups[row.group as keyof typeof groups].push(row);
    }
    const done = this.newestDone().map((r) => this.row(r, language, days));
    return {
      reminders: [...groups.overdue, ...groups.today, ...groups.soon, ...groups.later, ...done],
      counts: {
        overdue: groups.overdue.length,
        today: groups.today.length,
        soon: groups.soon.length,
        later: groups.later.length,
        done: this.index.size - this.index.active.size,
      },
    };
  }

  /** Reminders due today or earlier and not done: the count in the navigation and on the app icon. */
  dueCount(): number {
    this.follow();
    const day = today(this.clock);
    let due = 0;
    for (const r of this.index.active) if (effectiveDue(r).date <= day) due++;
    return due;
  }

  /** The next `limit` open reminders, soonest first (the tray menu). */
  upcoming(limit: number, language: Language): ReminderRow[] {
    this.follow();
    const days = daysFrom(today(this.clock));
    return this.soonestFirst()
      .slice(0, limit)
      .map((r) => this.row(r, language, days));
  }

  get(id: string): Reminder {
    this.follow();
    const reminder = this.index.byId.get(id);
    if (!reminder) throw new DomainError('not_found');
    return reminder;
  }

  /** Title, body and target of a notification for this reminder. */
  describe(r: Reminder, language: Language): ReturnType<typeof reminderNotice> {
    return reminderNotice(r, this.linked(r), language, today(this.clock));
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
    if (!interval || contact.archived) return status;
    // Where the relation stands counts from real contact (a reminder marked done means they got in touch);
    // a skipped reminder only moves the next nudge, it does not make a fading tie fresh again.
    const day = today(this.clock);
    const { state } = keepInTouchState(this.anchorOf(contact, 'done'), interval, day);
    const { nextDueOn } = keepInTouchState(this.anchorOf(contact), interval, day);
    return { ...status, state, nextDueOn };
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
    if (Object.keys(bad).length > 0) throw new DomainError('invalid_input', bad);
    const contactId = fields.contactId ?? conversation?.contactId ?? null;
    const reminder: Reminder = {
      ...this.fresh('eigen', contactId, fields.conversationId, {
        date: fields.date,
        time: fields.time,
        zone: zoneOf(this.clock),
      }),
      title: fields.title,
      note: fields.note,
    };
    this.commit(this.edit().put(reminder));
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
    let next: Reminder = { ...current, ...rest, updatedAt: this.now() };
    if (date !== undefined || time !== undefined) {
      const due = {
        date: date ?? current.due.date,
        time: time ?? current.due.time,
        zone: zoneOf(this.clock),
      };
      if (!sameMoment(due, current.due)) {
        const state = current.state === 'snoozed' ? 'open' : current.state;
        next = { ...next, due, state, snoozedUntil: null, notifiedAt: null };
      }
    }
    this.commit(this.edit().put(next));
    return next;
  }

  /**
   * Marks a reminder done. A thank-you needs to know how the thanks went (card, e-mail, message, call):
   * its conversation is then marked thanked today. Keeping in touch starts counting again from today.
   */
  complete(id: string, thanksHow: ThanksMethod | null): Reminder {
    const current = this.get(id);
    if (current.state === 'done') return current;
    const conversation =
      current.kind === 'bedanken' ? this.linkedConversation(current.conversationId) : undefined;
    if (current.kind === 'bedanken' && thanksHow === null) {
      throw new DomainError('invalid_input', { thanksHow: 'required' });
    }
    const next: Reminder = { ...current, ...this.finished('done') };
    this.commit(this.edit().put(next));
    if (conversation && thanksHow !== null && !conversation.thanks.thanked) {
      // Seen by follow() as "became thanked"; its thank-you reminder is already done, so nothing more happens.
      this.conversations.update(conversation.id, {
        thanks: { thanked: true, how: thanksHow, on: today(this.clock) },
      });
    }
    this.afterKeepInTouch(next);
    return next;
  }

  /** Lets a reminder go without doing it. A skipped thank-you is not asked again. */
  skip(id: string): Reminder {
    const current = this.get(id);
    if (current.state === 'skipped') return current;
    const next: Reminder = { ...current, ...this.finished('skipped') };
    this.commit(this.edit().put(next));
    this.afterKeepInTouch(next);
    return next;
  }

  /**
   * Puts a reminder off: an hour from now, this evening at 19:00, tomorrow morning or in a week at the
   * reminder time, or a moment of the person's choosing. It is notified again when the new moment comes.
   */
  snooze(id: string, option: SnoozeOption, chosen: { date: string | null; time: string | null }): Reminder {
    const current = this.get(id);
    if (!isActive(current)) throw new DomainError('invalid_input', { option: 'invalid' });
    const until = this.snoozeMoment(option, chosen);
    const next: Reminder = {
      ...current,
      state: 'snoozed',
      snoozedUntil: until,
      notifiedAt: null,
      updatedAt: this.now(),
    };
    this.commit(this.edit().put(next));
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
    const now = this.now();
    const next: Reminder = {
      ...current,
      state: 'open',
      snoozedUntil: null,
      completedAt: null,
      notifiedAt: instantOf(current.due) <= this.clock.now().getTime() ? (current.notifiedAt ?? now) : null,
      updatedAt: now,
    };
    this.commit(this.edit().put(next));
    if (current.kind === 'bedanken' && current.state === 'done') {
      const conversation = this.linkedConversation(current.conversationId);
      if (conversation?.thanks.thanked) {
        // follow() then sees a conversation that needs thanks again, with this reminder already open for it.
        this.conversations.update(conversation.id, { thanks: { thanked: false, how: null, on: null } });
      }
    }
    // A keep-in-touch reminder replaced when it was done gives way to this one again.
    if (current.kind === 'contact-onderhouden' && current.contactId !== null) {
      this.reconcile([current.contactId], next);
    }
    return this.index.byId.get(id) ?? next;
  }

  /** Deletes a reminder. Keeping in touch is a rule, not a reminder: for a contact with a cadence a new one follows. */
  delete(id: string): void {
    const current = this.get(id);
    this.commit(this.edit().remove(current));
    if (current.kind === 'contact-onderhouden' && current.contactId !== null) {
      this.reconcile([current.contactId]);
    }
  }

  // Following the rest of the journal.

  /**
   * Applies the rules for the conversations, contacts and touches changed since the last look. Cheap when
   * nothing changed: three identity checks.
   */
  follow(): void {
    // The scheduler writes reminders too (when one was notified): the index follows those first.
    this.index.sync(this.store.data.reminders);
    if (this.store.readOnly) return;
    const { contacts, conversations, touches } = this.store.data;
    const seen = this.seen;
    if (seen.contacts === contacts && seen.conversations === conversations && seen.touches === touches) {
      return;
    }
    this.seen = { contacts, conversations, touches };

    // Whose last contact, cadence or existence may have changed.
    const people = new Set<string>();
    const edit = this.edit();
    for (const { before, after } of pairs(seen.conversations, conversations)) {
      for (const c of [before, after]) if (c) for (const id of everyone(c)) people.add(id);
      if (after === null) {
        for (const r of this.index.ofConversation(before!.id)) edit.remove(r);
        continue;
      }
      this.thankYou(before, after, edit);
      this.followUp(before, after, edit);
      if (before && before.contactId !== after.contactId) {
        // The app's reminders about a conversation are about its main contact.
        for (const r of this.index.ofConversation(after.id)) {
          if (r.kind !== 'eigen') edit.change(r, { contactId: after.contactId });
        }
      }
    }
    for (const { before, after } of pairs(seen.contacts, contacts)) {
      const id = (after ?? before)!.id;
      people.add(id);
      if (after === null) for (const r of this.index.ofContact(id)) edit.remove(r);
    }
    for (const { before, after } of pairs(seen.touches, touches)) {
      if (before) people.add(before.contactId);
      if (after) people.add(after.contactId);
    }
    // One new reminders array for the whole change, unless a rule above touched keep-in-touch reminders
    // (a contact or conversation gone): keeping in touch then works from what is written.
    if (edit.keepInTouch) {
      this.commit(edit);
      this.reconcile(people);
    } else {
      this.reconcile(people, undefined, edit);
    }
  }

  /**
   * Brings every contact's keep-in-touch reminder in line with their cadence and last contact: at open,
   * and when the defaults per strength or the reminder time change.
   */
  reconcileKeepInTouch(): void {
    if (this.store.readOnly) return;
    this.follow();
    const ids = new Set(this.store.data.contacts.map((c) => c.id));
    // Reminders for contacts that are gone (the file was edited by hand) are looked at too.
    for (const r of this.index.active) {
      if (r.kind === 'contact-onderhouden' && r.contactId) ids.add(r.contactId);
    }
    this.reconcile(ids);
  }

  /**
   * Once, after opening a journal from before reminders existed (version 2): the thank-yous and follow-ups
   * the app would have made had it known, for what still matters: a next step dated today or later, and a
   * thank-you for a conversation of the past week not thanked yet. Older ones would only be noise.
   */
  catchUp(): void {
    if (this.store.readOnly) return;
    this.follow();
    const day = today(this.clock);
    const weekAgo = addDays(day, -7);
    const due = (date: string): LocalMoment => ({
      date,
      time: this.settings().reminderTime,
      zone: zoneOf(this.clock),
    });
    const edit = this.edit();
    for (const c of this.store.data.conversations) {
      const has = (kind: ReminderKind) => this.index.ofConversation(c.id).some((r) => r.kind === kind);
      if (needsThanks(c) && c.date >= weekAgo && !has('bedanken')) {
        edit.put(this.fresh('bedanken', c.contactId, c.id, this.thankYouMoment(c)));
      }
      const step = nextStepOn(c);
      if (step !== null && step >= day && !has('opvolgen')) {
        edit.put(this.fresh('opvolgen', c.contactId, c.id, due(step)));
      }
    }
    this.commit(edit);
  }

  /**
   * Thank-you (bedanken). Created when a conversation becomes held and not thanked (never again for the
   * same state, so one skipped or deleted stays gone), completed when it is thanked, and withdrawn when the
   * conversation turns out to be still planned.
   */
  private thankYou(before: Conversation | null, after: Conversation, edit: Edit): void {
    const theirs = this.index.ofConversation(after.id).filter((r) => r.kind === 'bedanken');
    const open = theirs.filter(isActive);
    if (needsThanks(after) && !(before && needsThanks(before)) && open.length === 0) {
      const done = theirs.findLast((r) => r.state === 'done');
      if (before?.thanks.thanked && done) {
        // Thanked by mistake and undone: the same reminder is open again, without a second notification
        // for a moment that has passed (the person is looking at this conversation right now).
        const passed = instantOf(done.due) <= this.clock.now().getTime();
        edit.change(done, {
          state: 'open',
          completedAt: null,
          notifiedAt: done.notifiedAt ?? (passed ? this.now() : null),
        });
      } else {
        const fresh = this.fresh('bedanken', after.contactId, after.id, this.thankYouMoment(after));
        // Noted days later, it is due at once: listed under Vandaag, but no notification about the
        // conversation the person is typing in right now.
        const dueNow = instantOf(fresh.due) <= this.clock.now().getTime();
        edit.put(dueNow ? { ...fresh, notifiedAt: this.now() } : fresh);
      }
    }
    if (before && !before.thanks.thanked && after.thanks.thanked) {
      for (const r of open) edit.change(r, this.finished('done'));
    }
    if (before?.status === 'gehouden' && after.status === 'gepland') for (const r of open) edit.remove(r);
    // A corrected date moves a thank-you that has not come up yet (not shown, not put off by the person).
    if (before && needsThanks(before) && needsThanks(after) && before.date !== after.date) {
      for (const r of open) {
        if (r.state === 'open' && r.notifiedAt === null) edit.change(r, { due: this.thankYouMoment(after) });
      }
    }
  }

  /**
   * The day after the conversation at the reminder time. A conversation noted late gets today at the
   * reminder time, or, when that has passed too, right now.
   */
  private thankYouMoment(c: Conversation): LocalMoment {
    const zone = zoneOf(this.clock);
    const time = this.settings().reminderTime;
    const now = this.clock.now().getTime();
    const nextDay: LocalMoment = { date: addDays(c.date, 1), time, zone };
    if (instantOf(nextDay) >= now) return nextDay;
    const later: LocalMoment = { date: today(this.clock), time, zone };
    if (instantOf(later) >= now) return later;
    return momentAt(now, zone);
  }

  /**
   * Follow-up (opvolgen): one per conversation whose evaluation has a next step with a date, due that day at
   * the reminder time. It moves with the date, reopens when a done one gets a new date, and goes when the
   * next step or its date is cleared. Only a change of the next step creates one, so a deleted one stays
   * gone until the person plans a new step.
   */
  private followUp(before: Conversation | null, after: Conversation, edit: Edit): void {
    const was = nextStepOn(before);
    const is = nextStepOn(after);
    if (was === is) return;
    const existing = this.index.ofConversation(after.id).filter((r) => r.kind === 'opvolgen');
    const current = existing.find(isActive) ?? existing.at(-1);
    if (is === null) {
      for (const r of existing) if (isActive(r)) edit.remove(r);
      return;
    }
    const due: LocalMoment = { date: is, time: this.settings().reminderTime, zone: zoneOf(this.clock) };
    if (!current) edit.put(this.fresh('opvolgen', after.contactId, after.id, due));
    else if (current.due.date !== is) {
      edit.change(current, { due, state: 'open', snoozedUntil: null, notifiedAt: null, completedAt: null });
    }
  }

  /**
   * Keeping in touch (contact onderhouden) for these contacts: exactly one open or snoozed reminder for
   * an active contact with a cadence, none otherwise. `keep` is the one to keep when there are two (a
   * reopened one).
   */
  private reconcile(contactIds: Iterable<string>, keep?: Reminder, edit = this.edit()): void {
    const { reminderTime } = this.settings();
    // The zone and the day are read once: for every contact at open, the system's zone costs a lookup each.
    const zone = zoneOf(this.clock);
    const now = this.clock.now().getTime();
    const day = momentAt(now, zone).date;
    // A reminder that is already due when it is made (or moved) is shown in the list and counted, not
    // announced: otherwise setting a cadence for fifty quiet contacts would pop up fifty notifications.
    // (Dates compare as text; only a reminder due today needs its instant.)
    const notifiedAt = (due: LocalMoment) =>
      due.date < day || (due.date === day && instantOf(due) <= now) ? this.now() : null;
    for (const contactId of contactIds) {
      const open = this.index
        .ofContact(contactId)
        .filter((r) => r.kind === 'contact-onderhouden' && isActive(r));
      const contact = this.contacts.find(contactId);
      const interval = contact && !contact.archived ? this.intervalOf(contact) : null;
      if (!contact || !interval) {
        for (const r of open) edit.remove(r);
        this.targets.delete(contactId);
        continue;
      }
      const anchor = this.anchorOf(contact, 'done-or-skipped', zone);
      const due: LocalMoment = { date: after(anchor, interval), time: reminderTime, zone };
      const target = `${due.date} ${due.time}`;
      const previous = this.targets.get(contactId);
      this.targets.set(contactId, target);
      const kept = open.find((r) => r.id === keep?.id) ?? open[0];
      for (const r of open) if (r !== kept) edit.remove(r);
      if (!kept) {
        edit.put({ ...this.fresh('contact-onderhouden', contactId, null, due), notifiedAt: notifiedAt(due) });
      } else if (previous !== undefined && previous !== target && !sameMoment(kept.due, due)) {
        edit.change(kept, { due, state: 'open', snoozedUntil: null, notifiedAt: notifiedAt(due) });
      }
    }
    this.commit(edit);
  }

  /** A keep-in-touch reminder dealt with is followed by the next one, counted from today. */
  private afterKeepInTouch(r: Reminder): void {
    if (r.kind === 'contact-onderhouden' && r.contactId !== null) this.reconcile([r.contactId]);
  }

  private intervalOf(contact: Contact) {
    return effectiveCadence(contact, this.settings().keepInTouchDefaults).interval;
  }

  /**
   * Where keeping in touch counts from: the last contact (conversations and touches included) or the last
   * time a keep-in-touch reminder for them was done or skipped, whichever is later. Only for someone never
   * in touch, the day they were added: a contact typed in today with "last contact: March" is as quiet as
   * that date says, not freshly in touch.
   */
  private anchorOf(
    contact: Contact,
    dealt: 'done' | 'done-or-skipped' = 'done-or-skipped',
    zone = zoneOf(this.clock),
  ): string {
    let dealtWith: string | null = null;
    let dealtAt = -Infinity;
    for (const r of this.index.ofContact(contact.id)) {
      if (r.kind !== 'contact-onderhouden' || r.completedAt === null || isActive(r)) continue;
      if (dealt === 'done' && r.state !== 'done') continue;
      const at = Date.parse(r.completedAt);
      if (at > dealtAt) {
        dealtAt = at;
        dealtWith = r.completedAt;
      }
    }
    const last = latest(
      this.contacts.activity.lastContactOn(contact),
      dealtWith && this.localDates.of(dealtWith, zone),
    );
    return last ?? this.localDates.of(contact.createdAt, zone);
  }

  // Building blocks.

  private snoozeMoment(
    option: SnoozeOption,
    chosen: { date: string | null; time: string | null },
  ): LocalMoment {
    const zone = zoneOf(this.clock);
    const now = this.clock.now().getTime();
    const day = momentAt(now, zone).date;
    const { reminderTime } = this.settings();
    switch (option) {
      case 'hour':
        return firstMomentFrom(now + 60 * 60_000, zone);
      case 'evening': {
        const evening: LocalMoment = { date: day, time: '19:00', zone };
        if (instantOf(evening) < now + 60_000) throw new DomainError('invalid_input', { option: 'in_past' });
        return evening;
      }
      case 'morning': {
        // Still up in the small hours, "tomorrow morning" is the coming one.
        const coming =
          momentAt(now, zone).time < SMALL_HOURS_END &&
          instantOf({ date: day, time: reminderTime, zone }) > now;
        return { date: coming ? day : addDays(day, 1), time: reminderTime, zone };
      }
      case 'week':
        return { date: addDays(day, 7), time: reminderTime, zone };
      case 'moment': {
        const fields: Record<string, FieldErrorCode> = {};
        if (chosen.date === null) fields['date'] = 'required';
        if (chosen.time === null) fields['time'] = 'required';
        if (chosen.date === null || chosen.time === null) throw new DomainError('invalid_input', fields);
        const moment: LocalMoment = { date: chosen.date, time: chosen.time, zone };
        if (instantOf(moment) <= now) {
          throw new DomainError(
            'invalid_input',
            chosen.date < day ? { date: 'in_past' } : { time: 'in_past' },
          );
        }
        return moment;
      }
    }
  }

  private fresh(
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

  private finished(state: 'done' | 'skipped'): Partial<Reminder> {
    const now = this.now();
    return { state, snoozedUntil: null, completedAt: now, updatedAt: now };
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private edit(): Edit {
    return new Edit(this.index, this.now());
  }

  /** What a reminder refers to; the last contact only for a notification, rows don't show it. */
  private linked(r: Reminder, withLastContact = true): Linked {
    const contact = r.contactId === null ? undefined : this.contacts.find(r.contactId);
    return {
      contact,
      conversation: r.conversationId === null ? undefined : this.conversations.find(r.conversationId),
      lastContactOn: contact && withLastContact ? this.contacts.activity.lastContactOn(contact) : null,
    };
  }

  private linkedConversation(id: string | null): Conversation | undefined {
    if (id === null) return undefined;
    const conversation = this.conversations.find(id);
    if (!conversation) throw new DomainError('invalid_input', { conversationId: 'invalid_choice' });
    return conversation;
  }

  /** One row of the list, made again only when the reminder, what it links to, the language or the day changes. */
  private row(r: Reminder, language: Language, days: Days): ReminderRow {
    const linked = this.linked(r, false);
    const key = [linked.contact, linked.conversation, language, days.today];
    const cached = this.rows.get(r);
    if (cached && cached.key.every((k, i) => k === key[i])) return cached.row;
    const row: ReminderRow = {
      id: r.id,
      kind: r.kind,
      state: r.state,
      group: groupOf(r, days),
      title: reminderTitle(r, linked, language, days.today),
      note: r.note,
      due: effectiveDue(r),
      contactId: r.contactId,
      contactName: linked.contact?.name ?? null,
      conversationId: r.conversationId,
      completedAt: r.completedAt,
    };
    this.rows.set(r, { key, row });
    return row;
  }

  /** Open and snoozed reminders, soonest first; sorted again only when the reminders changed. */
  private soonestFirst(): readonly Reminder[] {
    const reminders = this.store.data.reminders;
    if (this.soonest?.of !== reminders) {
      this.index.sync(reminders);
      const list = [...this.index.active].sort(
        (a, b) => instantOf(effectiveDue(a)) - instantOf(effectiveDue(b)) || (a.id < b.id ? -1 : 1),
      );
      this.soonest = { of: reminders, list };
    }
    return this.soonest.list;
  }

  /**
   * The latest DONE_SHOWN done or skipped reminders, newest first. Thousands of them pile up over the
   * years; only the few shown are kept in order (the app writes times in UTC, so they compare as text).
   */
  private newestDone(): readonly Reminder[] {
    const reminders = this.store.data.reminders;
    this.index.sync(reminders);
    // Notifying or snoozing open ones replaces records every few minutes; the done ones rarely change.
    if (this.latestDone?.version !== this.index.doneVersion) {
      const list: Reminder[] = [];
      const newer = (a: Reminder, b: Reminder) =>
        (a.completedAt ?? a.updatedAt) > (b.completedAt ?? b.updatedAt);
      for (const r of reminders) {
        if (isActive(r)) continue;
        if (list.length === DONE_SHOWN && !newer(r, list[list.length - 1]!)) continue;
        let i = list.length;
        while (i > 0 && newer(r, list[i - 1]!)) i--;
        list.splice(i, 0, r);
        if (list.length > DONE_SHOWN) list.pop();
      }
      this.latestDone = { version: this.index.doneVersion, list };
    }
    return this.latestDone.list;
  }

  private commit(edit: Edit): void {
    if (edit.empty) return;
    this.store.update((j) => ({ ...j, reminders: edit.applyTo(j.reminders) }));
    this.index.sync(this.store.data.reminders);
  }
}

/** The next step's date, when the evaluation has a next step with a date. */
function nextStepOn(c: Conversation | null): string | null {
  const e = c?.evaluation;
  return e && e.nextStep.trim() !== '' && e.nextStepOn !== null ? e.nextStepOn : null;
}

/** Everyone a conversation is with: its main contact and the other participants. */
function everyone(c: Conversation): string[] {
  return [c.contactId, ...c.participantIds];
}

function sameMoment(a: LocalMoment, b: LocalMoment): boolean {
  return a.date === b.date && a.time === b.time && a.zone === b.zone;
}

/**
 * The first whole minute at or after `instant`, as a local moment. In the hour that repeats when the
 * clocks go back, a wall time means its first pass (see local-time.ts), up to an hour too early; then the
 * first minute after the repeated stretch is taken, so a snooze never ends before it should.
 */
export function firstMomentFrom(instant: number, zone: string): LocalMoment {
  const target = Math.ceil(instant / 60_000) * 60_000;
  let probe = target;
  let moment = momentAt(probe, zone);
  while (instantOf(moment) < target) {
    probe += 60_000;
    moment = momentAt(probe, zone);
  }
  return moment;
}

/**
 * The records that changed between two versions of an array, paired by id: `before` null for a new
 * record, `after` null for a deleted one. Patched from the few changed places, or compared in full after
 * a big change (deleting a contact with all their conversations).
 */
function pairs<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): { before: T | null; after: T | null }[] {
  if (before === after) return [];
  const changes = changesBetween(before, after, 256);
  const gone = new Map<string, T>();
  const result: { before: T | null; after: T | null }[] = [];
  if (changes) {
    for (const r of changes.removed) gone.set(r.id, r);
    for (const r of changes.added) {
      const previous = gone.get(r.id);
      gone.delete(r.id);
      if (previous !== r) result.push({ before: previous ?? null, after: r });
    }
  } else {
    for (const r of before) gone.set(r.id, r);
    for (const r of after) {
      const previous = gone.get(r.id);
      gone.delete(r.id);
      if (previous !== r) result.push({ before: previous ?? null, after: r });
    }
  }
  for (const r of gone.values()) result.push({ before: r, after: null });
  return result;
}

/** Calendar dates of timestamps in a zone, cached: the same few thousand are asked for again and again. */
class LocalDates {
  private zone = '';
  private format: Intl.DateTimeFormat | null = null;
  private readonly dates = new Map<string, string>();

  of(timestamp: string, zone: string): string {
    if (zone !== this.zone || !this.format) {
      // Parts, not the formatted string: the order of year, month and day differs per locale and version.
      this.format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      this.zone = zone;
      this.dates.clear();
    }
    let date = this.dates.get(timestamp);
    if (date === undefined) {
      const parts: Record<string, string> = {};
      for (const p of this.format.formatToParts(Date.parse(timestamp))) parts[p.type] = p.value;
      date = `${parts['year']!.padStart(4, '0')}-${parts['month']}-${parts['day']}`;
      this.dates.set(timestamp, date);
    }
    return date;
  }
}

/**
 * Reminders by id, contact and conversation, and the open ones. Built once per version of the reminders
 * array and patched after an edit (see array-changes.ts), so one contact's reminders are a lookup, not a
 * pass over twenty thousand.
 */
class ReminderIndex {
  private of: readonly Reminder[] | null = null;
  readonly byId = new Map<string, Reminder>();
  private readonly byContact = new Map<string, Reminder[]>();
  private readonly byConversation = new Map<string, Reminder[]>();
  readonly active = new Set<Reminder>();
  /** Goes up whenever a done or skipped reminder comes or goes, so views of those know to look again. */
  doneVersion = 0;

  get size(): number {
    return this.byId.size;
  }

  ofContact(id: string): readonly Reminder[] {
    return this.byContact.get(id) ?? none;
  }

  ofConversation(id: string): readonly Reminder[] {
    return this.byConversation.get(id) ?? none;
  }

  sync(reminders: readonly Reminder[]): void {
    if (this.of === reminders) return;
    const changes = this.of && changesBetween(this.of, reminders, 256);
    if (changes) {
      for (const r of changes.removed) this.drop(r);
      for (const r of changes.added) this.add(r);
    } else {
      this.byId.clear();
      this.byContact.clear();
      this.byConversation.clear();
      this.active.clear();
      for (const r of reminders) this.add(r);
    }
    this.of = reminders;
  }

  private add(r: Reminder): void {
    this.byId.set(r.id, r);
    if (r.contactId !== null) listed(this.byContact, r.contactId).push(r);
    if (r.conversationId !== null) listed(this.byConversation, r.conversationId).push(r);
    if (isActive(r)) this.active.add(r);
    else this.doneVersion++;
  }

  private drop(r: Reminder): void {
    if (this.byId.get(r.id) === r) this.byId.delete(r.id);
    if (r.contactId !== null) unlisted(this.byContact, r.contactId, r);
    if (r.conversationId !== null) unlisted(this.byConversation, r.conversationId, r);
    if (!this.active.delete(r)) this.doneVersion++;
  }
}

function listed(map: Map<string, Reminder[]>, key: string): Reminder[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

function unlisted(map: Map<string, Reminder[]>, key: string, r: Reminder): void {
  const list = map.get(key);
  if (!list) return;
  const rest = list.filter((x) => x !== r);
  if (rest.length === 0) map.delete(key);
  else map.set(key, rest);
}

/**
 * Changes to the reminders, gathered and then written in one go. `change` builds on what is already
 * gathered for the same reminder, so two rules changing one reminder both count.
 */
class Edit {
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
