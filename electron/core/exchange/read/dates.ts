/**
 * Dates as the apps write them, read to YYYY-MM-DD: LinkedIn's `12 Mar 2024` (English month names,
 * whatever the account's language), vCard's `1980-05-17` and `19800517`, Google's `1980-05-17`, Outlook's
 * `5/17/1980` (English Windows) or `17-5-1980` (Dutch Windows). A date without a year (vCard `--0517`,
 * Apple's placeholder year 1604) or that does not exist is null: the journal keeps whole dates only.
 */
type Day = string;

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Dutch month names LinkedIn or a hand-made CSV may use where they differ from the English ones.
const dutchMonths: Record<string, number> = { mrt: 3, mei: 5, okt: 10 };

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** YYYY-MM-DD when year, month and day make a real date (not Apple's year-less 1604), else null. */
export function dayOf(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || year < 1800 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  const english = months.indexOf(key);
  if (english >= 0) return english + 1;
  return dutchMonths[key] ?? 0;
}

/** A date in any of the forms above, or null. */
export function readDay(text: string): Day | null {
  const value = text.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T|$)/.exec(value);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/.exec(value);
  if (m) return dayOf(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    // Day first unless it cannot be: a slash is the American order (month/day) when the month fits.
    const monthFirst = b > 12 || (m[2] === '/' && a <= 12);
    return monthFirst ? dayOf(year, a, b) : dayOf(year, b, a);
  }
  return null;
}
