import type { Contact, Conversation, Reminder, ReminderKind } from '../../electron/contract/domain';
import { addDays } from './days';
import type { Draw } from './random';
import { NEXT_STEPS, OWN_REMINDERS } from './sentences';

/** Reminders fall due at the usual reminder time, some at a moment of the user's own. */
const REMINDER_TIME = '09:00';
const REMINDER_ZONE = 'Europe/Amsterdam';

/**
 * Reminders as years of use leave them: nearly all done or skipped, a few hundred still open or snoozed
 * (some overdue, most ahead), of every kind, linked as the app links them, all in Amsterdam time.
 */
export function generateReminders(
  count: number,
  today: string,
  contacts: readonly Contact[],
  conversations: readonly Conversation[],
  draw: Draw,
): Reminder[] {
  const { random, pick, int, uuid } = draw;
  const held = conversations.filter((c) => c.status === 'gehouden');
  const withNextStep = held.filter((c) => c.evaluation?.nextStepOn);
  const day = (date: string, days: number) => addDays(date, days).toISOString().slice(0, 10);
  const at = (date: string, hour: number) => {
    const moment = new Date(`${date}T00:00:00Z`);
    moment.setUTCHours(hour, int(0, 59), int(0, 59), int(0, 999));
    return moment.toISOString();
  };
  const ownTime = () => `${String(int(7, 21)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
  // About 1.5% still to do: a few hundred in a journal of 20,000.
  const activeEvery = 64;
  const reminders: Reminder[] = [];
  for (let i = 0; i < count; i++) {
    const active = i % activeEvery === 0;
    const roll = random();
    const kind: ReminderKind =
      roll < 0.4 ? 'bedanken' : roll < 0.7 ? 'contact-onderhouden' : roll < 0.9 ? 'opvolgen' : 'eigen';
    let contactId: string | null = null;
    let conversationId: string | null = null;
    let date: string;
    if (kind === 'bedanken' && held.length) {
      const c = pick(held);
      [contactId, conversationId, date] = [c.contactId, c.id, day(c.date, 1)];
    } else if (kind === 'opvolgen' && withNextStep.length) {
      const c = pick(withNextStep);
      [contactId, conversationId, date] = [c.contactId, c.id, c.evaluation!.nextStepOn!];
    } else {
      contactId = kind === 'eigen' && random() < 0.5 ? null : pick(contacts).id;
      date = day(today, -int(1, 3 * 365));
    }
    // Open ones from the last weeks or the months ahead, whatever they are linked to.
    if (active) date = day(today, int(-30, 120));
    if (!active && date >= today) date = day(today, -int(1, 30));
    const time = kind === 'eigen' ? ownTime() : REMINDER_TIME;
    const snoozed = active && random() < 0.2;
    const past = date < today;
    const made = day(date, -int(1, 30));
    const createdAt = at(made > today ? day(today, -int(0, 7)) : made, int(7, 21));
    let state: Reminder['state'] = 'open';
    let snoozedUntil: Reminder['snoozedUntil'] = null;
    let notifiedAt: string | null = null;
    let completedAt: string | null = null;
    if (!active) {
      state = random() < 0.85 ? 'done' : 'skipped';
      const finished = day(date, int(0, 3));
      completedAt = at(finished > today ? today : finished, int(7, 21));
      notifiedAt = random() < 0.9 ? `${date}T0${int(7, 8)}:00:00.000Z` : null;
    } else if (snoozed) {
      state = 'snoozed';
      snoozedUntil = { date: day(today, int(0, 14)), time: ownTime(), zone: REMINDER_ZONE };
    } else if (past) {
      notifiedAt = `${date}T0${int(7, 8)}:00:00.000Z`;
    }
    reminders.push({
      id: uuid(),
      kind,
      contactId,
      conversationId,
      due: { date, time, zone: REMINDER_ZONE },
      title: kind === 'eigen' ? pick(OWN_REMINDERS) : '',
      note: kind === 'eigen' && random() < 0.3 ? pick(NEXT_STEPS) : '',
      state,
      snoozedUntil,
      notifiedAt,
      completedAt,
      createdAt,
      updatedAt: completedAt ?? createdAt,
    });
  }
  return reminders;
}
