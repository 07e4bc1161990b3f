/**
 * Calendar weeks for Ritme and De drie B's on Overzicht (issue 13). Weeks start on Monday, as they do
 * in the Netherlands (nl-NL) and in British English (en-GB), the two locales of the app
 * (words/locale.ts); a date's week is plain calendar arithmetic, so no time zone can shift it.
 */
import { addDays, dayNumber, daysBetween } from './calendar';

/** A Monday, to count weeks from. */
const A_MONDAY = '2024-01-01';
const MONDAY_DAY = dayNumber(A_MONDAY);

// Asked for every conversation and touch (tens of thousands), which fall on a few hundred days.
const mondays = new Map<string, string>();

/** The Monday of the week `date` falls in (`date` itself on a Monday). */
export function weekStartOf(date: string): string {
  let monday = mondays.get(date);
  if (monday === undefined) {
    const offset = ((daysBetween(A_MONDAY, date) % 7) + 7) % 7;
    monday = offset === 0 ? date : addDays(date, -offset);
    // Bounded: a journal's dates span a few years; a runaway input should not grow it without end.
    if (mondays.size > 20_000) mondays.clear();
    mondays.set(date, monday);
  }
  return monday;
}

/**
 * The week `date` falls in as a number (weeks since Monday 2024-01-01, negative before it; one Monday
 * to the next is one more): what counting tens of thousands of records by week keys on, with no date string to look up.
 */
export function weekNumberOf(date: string): number {
  return Math.floor((dayNumber(date) - MONDAY_DAY) / 7);
}

/** The Mondays of the last `count` weeks up to the week of `today`, oldest first. */
export function lastWeeks(today: string, count: number): string[] {
  const current = weekStartOf(today);
  const weeks: string[] = [];
  for (let i = count - 1; i >= 0; i--) weeks.push(addDays(current, -7 * i));
  return weeks;
}
