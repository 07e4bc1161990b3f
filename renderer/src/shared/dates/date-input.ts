/**
 * Dates and times as people type them, read in the app's language (Instellingen → Taal), never the
 * operating system's: Dutch `15-10-2026`, English (British, as the app's English is) `15/10/2026`, both
 * day first and 24-hour, so a date means the same in either language. Also "15/10", "15 okt",
 * "15 oktober 2026", "morgen", "today", ISO "2026-10-15", and times as "14:30", "14.30", "1430", "9",
 * "14u" or "2:30 pm". Pure: today is given, nothing is read from the clock.
 *
 * What cannot be read is said to be unreadable, never guessed: a month of 13 or a 31 February is not
 * "rolled over" into another date (the bug of a native field: 15-10-2026 read month first became
 * 10 December). Calendar arithmetic is the contract's (`rules/calendar.ts`, held to Temporal's answers
 * by core's tests and by this module's property tests), so the renderer carries no date library.
 */
import type { Language } from '$contract/contract';
import { addDays, daysBetween } from '$contract/rules/calendar';

/** What a date field's text says: nothing, a date (YYYY-MM-DD), or something the app cannot read. */
export type DateReading = { kind: 'empty' } | { kind: 'date'; date: string } | { kind: 'unreadable' };

/** What a time field's text says: nothing, a time (HH:MM), or something the app cannot read. */
export type TimeReading = { kind: 'empty' } | { kind: 'time'; time: string } | { kind: 'unreadable' };

/** The years a typed date may fall in; "15-10-20266" is a typo, not a date. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const pad = (n: number) => String(n).padStart(2, '0');

/** Month names and their usual short forms, in both languages: a Dutch user in English mode may type "mei". */
const MONTHS: readonly (readonly string[])[] = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'febr', 'february'],
  ['maart', 'mrt', 'mar', 'march'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['augustus', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const monthByName = new Map<string, number>(
  MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** Words for a day relative to today, in both languages. */
const RELATIVE = new Map<string, number>([
  ['eergisteren', -2],
  ['gisteren', -1],
  ['vandaag', 0],
  ['morgen', 1],
  ['overmorgen', 2],
  ['yesterday', -1],
  ['today', 0],
  ['tomorrow', 1],
]);

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date of day, month and year, or null when there is no such date (31 February, month 13). */
function dateOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Which way a date without a year leans: a field for what happened (laatste contact, a touch, a thank-you)
 * looks back, one for what is planned (a reminder, a next step) looks ahead, and one that can be either (a
 * conversation) takes the nearest.
 */
export type DateLean = 'past' | 'future' | 'nearest';

/**
 * The date of a typed day and month, with the year as typed or, when none is typed, the one the field
 * leans to: on 20 December "5-1" is next January for a plan and last January for a touch; "nearest" takes
 * the one closest to today. Two digits are the year of that ending nearest to today's ("26" is 2026,
 * "99" is 1999, "30" is 2030): never 2099 for a date of birth typed short.
 */
function withYear(
  typedYear: string | undefined,
  month: number,
  day: number,
  today: string,
  lean: DateLean,
): string | null {
  const thisYear = Number(today.slice(0, 4));
  if (typedYear === undefined) {
    const candidates = [thisYear - 1, thisYear, thisYear + 1]
      .map((year) => dateOf(year, month, day))
      .filter((date): date is string => date !== null);
    // YYYY-MM-DD compares as text.
    if (lean === 'past') return candidates.filter((d) => d <= today).at(-1) ?? null;
    if (lean === 'future') return candidates.find((d) => d >= today) ?? null;
    if (candidates.length === 0) return null;
    const distance = (date: string) => Math.abs(Date.parse(date) - Date.parse(today));
    return candidates.reduce((best, date) => (distance(date) < distance(best) ? date : best));
  }
  if (typedYear.length === 4) return dateOf(Number(typedYear), month, day);
  if (typedYear.length !== 2) return null;
  const century = Math.floor(thisYear / 100) * 100;
  const years = [century - 100, century, century + 100].map((c) => c + Number(typedYear));
  // Nearest to this year; of two as near, the earlier one.
  const year = years.reduce((best, y) => (Math.abs(y - thisYear) < Math.abs(best - thisYear) ? y : best));
  return dateOf(year, month, day);
}

/** Reads a typed date; `today` (YYYY-MM-DD) gives "morgen" its meaning and a date without a year its year. */
export function readDate(text: string, today: string, lean: DateLean = 'nearest'): DateReading {
  const typed = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (typed === '') return { kind: 'empty' };
  const date = readDateText(typed, today, lean);
  return date === null ? { kind: 'unreadable' } : { kind: 'date', date };
}

function readDateText(typed: string, today: string, lean: DateLean): string | null {
  const relative = RELATIVE.get(typed);
  if (relative !== undefined) return addDays(today, relative);

  // ISO, year first: what the app itself writes, and what a developer would type.
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (m) return dateOf(Number(m[1]), Number(m[2]), Number(m[3]));

  // Day first, with any of the separators people use: 15-10-2026, 15/10/26, 15.10.2026, 15 10 2026, 15-10.
  m = /^(\d{1,2})\s?[-/.\s]\s?(\d{1,2})(?:\s?[-/.\s]\s?(\d{2}|\d{4}))?$/.exec(typed);
  if (m) return withYear(m[3], Number(m[2]), Number(m[1]), today, lean);

  // Eight digits without separators: 15102026.
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(typed);
  if (m) return dateOf(Number(m[3]), Number(m[2]), Number(m[1]));

  // A month by name, day before it (15 okt, 15 oktober 2026, 3 mrt. '27) or after it (Oct 15, 2026).
  m = /^(\d{1,2})\.?\s?([a-z]+)\.?,?(?:\s?'?(\d{2}|\d{4}))?$/.exec(typed);
  if (m) {
    const month = monthByName.get(m[2]!);
    return month ? withYear(m[3], month, Number(m[1]), today, lean) : null;
  }
  m = /^([a-z]+)\.?\s?(\d{1,2})(?:st|nd|rd|th)?,?(?:\s'?(\d{2}|\d{4}))?$/.exec(typed);
  if (m) {
    const month = monthByName.get(m[1]!);
    return month ? withYear(m[3], month, Number(m[2]), today, lean) : null;
  }
  return null;
}

/** Reads a typed time of day: 14:30, 14.30, 14u30, 14h, 1430, 9, 2:30 pm, 12 am. */
export function readTime(text: string): TimeReading {
  const typed = text.trim().toLowerCase().replace(/\s+/g, '');
  if (typed === '') return { kind: 'empty' };
  const m = /^(\d{1,2})(?:[:.uh]?(\d{2}))?(?:u|h|uur)?(am|pm|a\.m\.|p\.m\.)?$/.exec(typed);
  if (!m) return { kind: 'unreadable' };
  let hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.replaceAll('.', '');
  if (half) {
    // 12 am is midnight and 12 pm noon; "13 pm" means nothing.
    if (hours < 1 || hours > 12) return { kind: 'unreadable' };
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return { kind: 'unreadable' };
  return { kind: 'time', time: `${pad(hours)}:${pad(minutes)}` };
}

/** How a date field shows a date: `15-10-2026` in Dutch, `15/10/2026` in English. */
export function writeDate(date: string, language: Language): string {
  const [y, m, d] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
  return language === 'nl' ? `${d}-${m}-${y}` : `${d}/${m}/${y}`;
}

/** The pattern a date field asks for, as a placeholder: "dd-mm-jjjj", "dd/mm/yyyy". */
export function datePattern(language: Language): string {
  return language === 'nl' ? 'dd-mm-jjjj' : 'dd/mm/yyyy';
}

/** Day of the week of a date, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(date: string): number {
  return (((daysBetween('1970-01-01', date) + 3) % 7) + 7) % 7;
}

/** A time `minutes` on (or back), wrapping round midnight: what ArrowUp/ArrowDown do in a time field. */
export function stepTime(time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const next = (((total + minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(next / 60))}:${pad(next % 60)}`;
}

/**
 * The next time on a grid of `minutes` (ArrowUp from 14:07 is 14:15, not 14:22): from a time off the
 * grid a step first lands on it.
 */
export function stepTimeOnGrid(time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const size = Math.abs(minutes);
  const off = total % size;
  if (off === 0) return stepTime(time, minutes);
  return stepTime(time, minutes > 0 ? size - off : -off);
}
