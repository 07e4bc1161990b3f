/**
 * ISO weeks ("2026-W49") for the netwerkactieplan (issue 14): an action planned for a week rather than a
 * day. Weeks start on Monday (weeks.ts); week 1 is the week that holds 4 January, so a week belongs to
 * the year of its Thursday. Plain calendar arithmetic, shared by core and the page.
 */
import { addDays, daysBetween } from './calendar';
import { weekStartOf } from './weeks';

/** The ISO week `date` falls in. */
export function isoWeekOf(date: string): string {
  const thursday = addDays(weekStartOf(date), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${week < 10 ? `0${week}` : week}`;
}

/** The Monday of an ISO week; null for a week its year does not have ("2026-W53"). */
export function mondayOfIsoWeek(week: string): string | null {
  const year = week.slice(0, 4);
  const number = Number(week.slice(6));
  const monday = addDays(weekStartOf(`${year}-01-04`), 7 * (number - 1));
  return isoWeekOf(monday) === week ? monday : null;
}

/** The ISO week `weeks` weeks after `week` (negative: before). */
export function addIsoWeeks(week: string, weeks: number): string {
  return isoWeekOf(addDays(mondayOfIsoWeek(week) ?? weekStartOf(`${week.slice(0, 4)}-12-28`), 7 * weeks));
}
