/**
 * Following up a hulpvraag (issue 14): an ask put to a contact that has no answer yet gets a follow-up
 * reminder (kind `opvolgen`, without a conversation) ASK_FOLLOW_UP_DAYS after the day it was asked, at the
 * reminder time. Its id is made from the ask's (`vraag-<id>`), as an action's reminder is (`actie-<id>`),
 * so the two find each other on every computer without a field of their own, and two computers that both
 * made it merge it as one record. It is worded when shown, with the contact's name and the question
 * (texts.ts), and leads to the contact, where the asks are.
 *
 * Like a thank-you it is made when an ask comes to wait for an answer (logged without one, its answer
 * cleared, its hulpvraag opened again), never again for the same state: one the person deleted or let go
 * stays gone. It goes once the ask is answered, the hulpvraag answered or withdrawn, the ask or its
 * contact deleted; a new day of asking moves it (and brings it back if it was dealt with).
 */
import type { HelpAsk, HelpRequest, LocalMoment, Reminder } from '../../contract/domain';
import type { Changed, JournalChanges } from '../journal-changes';
import { isActive } from './due';
import { addDays } from './local-time';
import type { ReminderEdit, ReminderRecords } from './reminder-edit';

/** Days after asking that an unanswered ask is followed up. */
export const ASK_FOLLOW_UP_DAYS = 7;

/** The id of an ask's follow-up reminder. */
export function askReminderIdOf(askId: string): string {
  return `vraag-${askId}`.slice(0, 64);
}

/** Whether this reminder follows up an ask (and not a conversation's next step). */
export function isAskReminder(r: Pick<Reminder, 'id' | 'kind' | 'conversationId'>): boolean {
  return r.kind === 'opvolgen' && r.conversationId === null && r.id.startsWith('vraag-');
}

/** Whether an ask has an answer: a day answered, words of the answer, or the conversation that gave it. */
export function answered(ask: HelpAsk): boolean {
  return ask.answeredOn !== null || ask.answer.trim() !== '' || ask.conversationId !== null;
}

/** Whether the ask waits to be followed up: put to a contact still there, unanswered, its hulpvraag open. */
export function awaitsAnswer(ask: HelpAsk | null, request: HelpRequest | undefined | null): boolean {
  return ask !== null && ask.contactId !== null && !answered(ask) && request?.status === 'open';
}

/** How the rules place a reminder: due at a day's reminder time, or now when that has passed. */
export type DueFrom = (day: string) => { due: LocalMoment; passed: boolean };

/**
 * The follow-ups of the asks that changed, or whose hulpvraag did, in line with them: gathered in `edit`.
 * `asks` and `requests` are the journal's as they are now.
 */
export function followAsks(
  changed: Pick<JournalChanges, 'helpAsks' | 'helpRequests'>,
  asks: readonly HelpAsk[],
  requests: readonly HelpRequest[],
  records: ReminderRecords,
  dueFrom: DueFrom,
  edit: ReminderEdit,
): void {
  if (changed.helpAsks.length === 0 && changed.helpRequests.length === 0) return;
  const requestNow = new Map(requests.map((h) => [h.id, h]));
  const requestBefore = new Map<string, HelpRequest | null>();
  for (const { before, after } of changed.helpRequests) requestBefore.set((after ?? before)!.id, before);
  // Every ask whose own record or whose hulpvraag changed: before and after.
  const pairs = new Map<string, Changed<HelpAsk>>();
  for (const pair of changed.helpAsks) pairs.set((pair.after ?? pair.before)!.id, pair);
  if (changed.helpRequests.length > 0) {
    for (const a of asks) {
      if (!pairs.has(a.id) && requestBefore.has(a.helpRequestId)) pairs.set(a.id, { before: a, after: a });
    }
  }
  const { index } = records;
  for (const [id, { before, after }] of pairs) {
    const reminderId = askReminderIdOf(id);
    const current = index.byId.get(reminderId);
    const active = current && isActive(current) ? current : undefined;
    const was =
      before !== null &&
      awaitsAnswer(
        before,
        requestBefore.has(before.helpRequestId)
          ? requestBefore.get(before.helpRequestId)
          : requestNow.get(before.helpRequestId),
      );
    const is = awaitsAnswer(after, after && requestNow.get(after.helpRequestId));
    if (!is) {
      if (active) edit.remove(active);
      continue;
    }
    const ask = after!;
    const redated = was && before!.askedOn !== ask.askedOn;
    if (was && !redated) {
      if (active && active.contactId !== ask.contactId) edit.change(active, { contactId: ask.contactId });
      continue;
    }
    // Waiting from now on, or asked on another day: due a week after asking.
    const { due, passed } = dueFrom(addDays(ask.askedOn, ASK_FOLLOW_UP_DAYS));
    // Due at once (asked a while ago, noted now): listed, not announced to the person typing it in.
    const notifiedAt = passed ? records.now() : null;
    if (!current) {
      edit.put({ ...records.fresh('opvolgen', ask.contactId, null, due), id: reminderId, notifiedAt });
    } else {
      edit.change(current, {
        contactId: ask.contactId,
        due,
        state: 'open',
        snoozedUntil: null,
        notifiedAt,
        completedAt: null,
      });
    }
  }
}
