/**
 * Calendar dates (YYYY-MM-DD) counted in whole days, with plain arithmetic: no time zone can shift a
 * date, and it costs next to nothing (keeping in touch works out a date for each of thousands of
 * contacts, where Temporal's PlainDate costs microseconds per call). Shared by core and the renderer, so
 * both count days the same way; core's local-time.test.ts proves the results are Temporal's.
 */

const DAY_MS = 86_400_000;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Days since 1970-01-01 of a YYYY-MM-DD date, counted as the proleptic Gregorian calendar does (H. Hinnant's
 * days_from_civil): no Date made per call, which keeping in touch and Overzicht ask for thousands of
 * contacts at open. A day past the month's end runs on into the next month, as Date does; a month outside
 * 1-12 (not a date any record holds) is left to Date.
 */
export function dayNumber(date: string): number {
  let y = field(date, 0, 4);
  const m = field(date, 5, 7);
  const d = field(date, 8, 10);
  if (!(m >= 1 && m <= 12 && Number.isInteger(m) && Number.isInteger(y) && Number.isInteger(d)))
    return dateDayNumber(y, m, d);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/**
 * The number in `text` from `start` to `end`, as `Number(text.slice(start, end))` reads it: digit by digit
 * when they are all digits (every date a record holds), so no string is made for the tens of thousands
 * of dates an open goes through.
 */
function field(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number(text.slice(start, end));
    n = n * 10 + digit;
  }
  return n;
}

/** As `dayNumber`, through Date (setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999). */
function dateDayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / DAY_MS);
}

/** Days Date can hold either side of 1970 (±100,000,000, see ECMA-262's time values). */
const DATE_DAYS = 100_000_000;

/** The YYYY-MM-DD date of a day number (civil_from_days; beyond Date's range, as Date writes it). */
function dateOfDay(day: number): string {
  if (!(Math.abs(day) <= DATE_DAYS) || !Number.isInteger(day)) return dateOfDayByDate(day);
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

function dateOfDayByDate(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `date` plus `days` calendar days (negative: earlier). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Adds calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const index = field(date, 0, 4) * 12 + field(date, 5, 7) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const day = Math.min(field(date, 8, 10), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${pad(month + 1)}-${pad(day)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days in month `month` (0-11) of `year`, as Date counts them (the proleptic Gregorian calendar). */
function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !(month >= 0 && month <= 11) || Math.abs(year) > 200_000) {
    const d = new Date(0);
    d.setUTCFullYear(year, month + 1, 0);
    return d.getUTCDate();
  }
  if (month !== 1) return MONTH_DAYS[month]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
