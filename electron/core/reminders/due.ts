/**
 * When a reminder is due and which group of the Herinneringen screen it belongs to. One definition, used
 * by the list, the navigation count and the scheduler, so they never disagree.
 */
import type { ReminderGroup } from '../../contract/contract';
import type { LocalMoment, Reminder } from '../../contract/domain';
import { addDays } from './local-time';

/** Open or snoozed: still to do. */
export function isActive(r: Reminder): boolean {
  return r.state === 'open' || r.state === 'snoozed';
}

/** The moment it is due now: the snooze moment when snoozed, else the one set. */
export function effectiveDue(r: Reminder): LocalMoment {
  return r.state === 'snoozed' && r.snoozedUntil ? r.snoozedUntil : r.due;
}

/** How far ahead "Binnenkort" looks. */
export const SOON_DAYS = 7;

/** Today's date and the last day of "Binnenkort", worked out once per look at the list. */
export interface Days {
  today: string;
  soonUntil: string;
}

export function daysFrom(today: string): Days {
  return { today, soonUntil: addDays(today, SOON_DAYS) };
}

/**
 * The group for a reminder. A reminder due earlier today stays under "Vandaag" (it is today's work);
 * "Te laat" is what was due on an earlier day. Dates are compared as strings: YYYY-MM-DD sorts as it reads.
 */
export function groupOf(r: Reminder, days: Days): ReminderGroup {
  if (!isActive(r)) return 'done';
  const date = effectiveDue(r).date;
  if (date < days.today) return 'overdue';
  if (date === days.today) return 'today';
  if (date <= days.soonUntil) return 'soon';
  return 'later';
}
