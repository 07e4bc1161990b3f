/**
 * Calendar weeks for Ritme and De drie B's on Overzicht (issue 13). Weeks start on Monday, as they do
 * in the Netherlands (nl-NL) and in British English (en-GB), the two locales of the app
 * (words/locale.ts); a date's week is plain calendar arithmetic, so no time zone can shift it.
 */
import { addDays, daysBetween } from './calendar';

/** A Monday, to count weeks from. */
const A_MONDAY = '2024-01-01';

/** The Monday of the week `date` falls in (`date` itself on a Monday). */
export function weekStartOf(date: string): string {
  const offset = (((daysBetween(A_MONDAY, date) % 7) + 7) % 7) as number;
  return offset === 0 ? date : addDays(date, -offset);
}

/** The Mondays of the last `count` weeks up to the week of `today`, oldest first. */
export function lastWeeks(today: string, count: number): string[] {
  const current = weekStartOf(today);
  const weeks: string[] = [];
  for (let i = count - 1; i >= 0; i--) weeks.push(addDays(current, -7 * i));
  return weeks;
}
