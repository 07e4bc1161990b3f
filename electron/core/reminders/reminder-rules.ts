/**
 * The reminders the app keeps for the person, and how they follow the rest of the journal:
 * - *bedanken*: a conversation that becomes held and not yet thanked gets a thank-you reminder for the
 *   next morning; thanking the conversation completes it, and completing it thanks the conversation.
 * - *opvolgen*: a next step with a date in a conversation's evaluation is one follow-up reminder.
 * - *contact onderhouden*: every active contact with a cadence has exactly one open keep-in-touch
 *   reminder, due a cadence after the last contact; logging contact moves it.
 * - *opvolgen* of a hulpvraag: an ask without an answer is followed up a week after it was asked
 *   (ask-reminders.ts).
 *
 * The rules are applied to what changed (see journal-changes.ts for how they learn it), never to the whole
 * journal, except at open (`reconcileAll`, `catchUp`).
 */
import type { KeepInTouchDefaults } from '../../contract/contract';
import type { Contact, Conversation, LocalMoment, Reminder, ReminderKind } from '../../contract/domain';
import { zoneOf, type Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import { needsThanks } from '../conversations/conversation-list';
import type { JournalChanges } from '../journal-changes';
import { followAsks } from './ask-reminders';
import { isActive } from './due';
import { FirstNudgeDays } from './first-nudges';
import { after, effectiveCadence, latest } from './keep-in-touch';
import { sharedLocalDays } from './local-days';
import { addDays, instantOf, momentAt, sameMoment, today } from './local-time';
import type { ReminderEdit, ReminderRecords } from './reminder-edit';

/** The settings the reminder rules read; always the current ones. */
export interface ReminderSettings {
  /** When the app's own reminders fall due ("09:00"). */
  reminderTime: string;
  keepInTouchDefaults: KeepInTouchDefaults;
}

export class ReminderRules {
  /**
   * The keep-in-touch due worked out last per contact ("2026-12-01 09:00"). A reminder's due is moved only
   * when this changes (new contact logged, other cadence, other reminder time), so a date the person chose
   * for it stays until the anchor or cadence really changes.
   */
  private readonly targets = new Map<string, string>();
  private readonly localDates = sharedLocalDays;

  constructor(
    private readonly records: ReminderRecords,
    private readonly contacts: ContactBook,
    private readonly clock: Clock,
    private readonly settings: () => ReminderSettings,
  ) {}

  private get index() {
    return this.records.index;
  }

  /** Applies the rules to the conversations, contacts and touches that changed, in one new reminders array. */
  follow(changed: JournalChanges): void {
    // Whose last contact, cadence or existence may have changed.
    const people = new Set<string>();
    const edit = this.records.edit();
    for (const { before, after } of changed.conversations) {
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
    for (const { before, after } of changed.contacts) {
      const id = (after ?? before)!.id;
      people.add(id);
      if (after === null) for (const r of this.index.ofContact(id)) edit.remove(r);
    }
    for (const { before, after } of changed.touches) {
      if (before) people.add(before.contactId);
      if (after) people.add(after.contactId);
    }
    const { helpAsks, helpRequests } = this.records.store.data;
    followAsks(changed, helpAsks, helpRequests, this.records, (day) => this.dueFrom(day), edit);
    // One new reminders array for the whole change, unless a rule above touched keep-in-touch reminders
    // (a contact or conversation gone): keeping in touch then works from what is written.
    if (edit.keepInTouch) {
      this.records.commit(edit);
      this.reconcile(people);
    } else {
      this.reconcile(people, undefined, edit);
    }
  }

  /** Every contact's keep-in-touch reminder in line with their cadence and last contact. */
  reconcileAll(): void {
    const ids = new Set(this.records.store.data.contacts.map((c) => c.id));
    // Reminders for contacts that are gone (the file was edited by hand) are looked at too.
    for (const r of this.index.active) {
      if (r.kind === 'contact-onderhouden' && r.contactId) ids.add(r.contactId);
    }
    this.reconcile(ids);
  }

  /**
   * The thank-yous and follow-ups the app would have made had it known, for what still matters: a next
   * step dated today or later, and a thank-you for a conversation of the past week not thanked yet.
   */
  catchUp(): void {
    const day = today(this.clock);
    const weekAgo = addDays(day, -7);
    const due = (date: string): LocalMoment => ({
      date,
      time: this.settings().reminderTime,
      zone: zoneOf(this.clock),
    });
    const edit = this.records.edit();
    for (const c of this.records.store.data.conversations) {
      const has = (kind: ReminderKind) => this.index.ofConversation(c.id).some((r) => r.kind === kind);
      if (needsThanks(c) && c.date >= weekAgo && !has('bedanken')) {
        edit.put(this.records.fresh('bedanken', c.contactId, c.id, this.thankYouMoment(c)));
      }
      const step = nextStepOn(c);
      if (step !== null && step >= day && !has('opvolgen')) {
        edit.put(this.records.fresh('opvolgen', c.contactId, c.id, due(step)));
      }
    }
    this.records.commit(edit);
  }

  /**
   * Thank-you (bedanken). Created when a conversation becomes held and not thanked (never again for the
   * same state, so one skipped or deleted stays gone), completed when it is thanked, and withdrawn when the
   * conversation turns out to be still planned.
   */
  private thankYou(before: Conversation | null, after: Conversation, edit: ReminderEdit): void {
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
          notifiedAt: done.notifiedAt ?? (passed ? this.records.now() : null),
        });
      } else {
        const fresh = this.records.fresh('bedanken', after.contactId, after.id, this.thankYouMoment(after));
        // Noted days later, it is due at once: listed under Vandaag, but no notification about the
        // conversation the person is typing in right now.
        const dueNow = instantOf(fresh.due) <= this.clock.now().getTime();
        edit.put(dueNow ? { ...fresh, notifiedAt: this.records.now() } : fresh);
      }
    }
    if (before && !before.thanks.thanked && after.thanks.thanked) {
      for (const r of open) edit.change(r, this.records.finished('done'));
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
    return this.dueFrom(addDays(c.date, 1)).due;
  }

  /** `day` at the reminder time; once that has passed, today at the reminder time, or else right now. */
  private dueFrom(day: string): { due: LocalMoment; passed: boolean } {
    const zone = zoneOf(this.clock);
    const time = this.settings().reminderTime;
    const now = this.clock.now().getTime();
    const onDay: LocalMoment = { date: day, time, zone };
    if (instantOf(onDay) >= now) return { due: onDay, passed: false };
    const later: LocalMoment = { date: today(this.clock), time, zone };
    if (instantOf(later) >= now) return { due: later, passed: false };
    return { due: momentAt(now, zone), passed: true };
  }

  /**
   * Follow-up (opvolgen): one per conversation whose evaluation has a next step with a date, due that day at
   * the reminder time. It moves with the date, reopens when a done one gets a new date, and goes when the
   * next step or its date is cleared. Only a change of the next step creates one, so a deleted one stays
   * gone until the person plans a new step.
   */
  private followUp(before: Conversation | null, after: Conversation, edit: ReminderEdit): void {
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
    if (!current) edit.put(this.records.fresh('opvolgen', after.contactId, after.id, due));
    else if (current.due.date !== is) {
      edit.change(current, { due, state: 'open', snoozedUntil: null, notifiedAt: null, completedAt: null });
    }
  }

  /**
   * Keeping in touch (contact onderhouden) for these contacts: exactly one open or snoozed reminder for
   * an active contact with a cadence, none otherwise. `keep` is the one to keep when there are two (a
   * reopened one).
   */
  reconcile(contactIds: Iterable<string>, keep?: Reminder, edit = this.records.edit()): void {
    const { reminderTime } = this.settings();
    // The zone and the day are read once: for every contact at open, the system's zone costs a lookup each.
    const zone = zoneOf(this.clock);
    const now = this.clock.now().getTime();
    const day = momentAt(now, zone).date;
    // A reminder that is already due when it is made (or moved) is shown in the list and counted, not
    // announced: otherwise setting a cadence for fifty quiet contacts would pop up fifty notifications.
    // (Dates compare as text; only a reminder due today needs its instant.)
    const notifiedAt = (due: LocalMoment) =>
      due.date < day || (due.date === day && instantOf(due) <= now) ? this.records.now() : null;
    const firstNudges = new FirstNudgeDays(this.index.active, day);
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
      const kept = open.find((r) => r.id === keep?.id) ?? open[0];
      const nudged = this.lastDealtWith(contact, 'done-or-skipped', zone);
      const last = latest(this.contacts.activity.lastContactOn(contact), nudged);
      const next = last === null ? null : after(last, interval);
      // Someone an import brought in and not nudged since, whose first nudge would be due by today (never
      // in touch, or last in touch long ago, as our own export brings people back): a day with room, kept
      // there. Else a journal moved to a new laptop opens on hundreds of overdue nudges.
      const date =
        contact.importedAt !== null && nudged === null && (next === null || next <= day)
          ? (kept?.due.date ?? firstNudges.take())
          : (next ?? after(this.localDates.of(contact.createdAt, zone), interval));
      const due: LocalMoment = { date, time: reminderTime, zone };
      const target = `${due.date} ${due.time}`;
      const previous = this.targets.get(contactId);
      this.targets.set(contactId, target);
      for (const r of open) if (r !== kept) edit.remove(r);
      if (!kept) {
        edit.put({
          ...this.records.fresh('contact-onderhouden', contactId, null, due),
          notifiedAt: notifiedAt(due),
        });
      } else if (previous !== undefined && previous !== target && !sameMoment(kept.due, due)) {
        edit.change(kept, { due, state: 'open', snoozedUntil: null, notifiedAt: notifiedAt(due) });
      }
    }
    this.records.commit(edit);
  }

  /**
   * Whether this is a keep-in-touch reminder the app made and keeps by itself, untouched by the person:
   * open (shown is not touched), without words of theirs, and on the moment the rules last gave it, so
   * not moved by hand. Undoing an import takes such a reminder along with its contact.
   */
  untouched(r: Reminder): boolean {
    return (
      r.kind === 'contact-onderhouden' &&
      r.contactId !== null &&
      r.state === 'open' &&
      r.snoozedUntil === null &&
      r.title === '' &&
      r.note === '' &&
      this.targets.get(r.contactId) === `${r.due.date} ${r.due.time}`
    );
  }

  /** A keep-in-touch reminder dealt with is followed by the next one, counted from today. */
  afterKeepInTouch(r: Reminder): void {
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
  anchorOf(
    contact: Contact,
    dealt: 'done' | 'done-or-skipped' = 'done-or-skipped',
    zone = zoneOf(this.clock),
  ): string {
    return this.lastInTouch(contact, dealt, zone) ?? this.localDates.of(contact.createdAt, zone);
  }

  /** The last contact or keep-in-touch reminder dealt with (see anchorOf); null when there was none. */
  private lastInTouch(contact: Contact, dealt: 'done' | 'done-or-skipped', zone: string): string | null {
    return latest(this.contacts.activity.lastContactOn(contact), this.lastDealtWith(contact, dealt, zone));
  }

  /** The day a keep-in-touch reminder for them was last done (or skipped); null when none was. */
  private lastDealtWith(contact: Contact, dealt: 'done' | 'done-or-skipped', zone: string): string | null {
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
    return dealtWith && this.localDates.of(dealtWith, zone);
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
