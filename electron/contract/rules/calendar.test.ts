import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from './calendar';

// The arithmetic as it was written with Date (until s11), which the plain arithmetic must equal exactly.
const DAY_MS = 86_400_000;
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
function dayNumber(date: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(d.getTime() / DAY_MS);
}
function dateOfDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
const reference = {
  addDays: (date: string, days: number) => dateOfDay(dayNumber(date) + days),
  addMonths: (date: string, months: number) => {
    const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
    const year = Math.floor(index / 12);
    const month = index - year * 12;
    const d = new Date(0);
    d.setUTCFullYear(year, month + 1, 0);
    const day = Math.min(Number(date.slice(8, 10)), d.getUTCDate());
    return `${String(year).padStart(4, '0')}-${pad(month + 1)}-${pad(day)}`;
  },
  daysBetween: (from: string, to: string) => dayNumber(to) - dayNumber(from),
};

/** A small deterministic generator, so a failure names a case that comes back. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('calendar arithmetic without Date', () => {
  it('gives exactly what the Date arithmetic gave, for valid dates and odd ones', () => {
    const next = random(11);
    const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
    const odd = [
      '2024-02-30',
      '2023-02-29',
      '2024-00-10',
      '2024-13-01',
      '0000-01-01',
      '0099-12-31',
      'abcd-ef-gh',
      '',
      '2024- 1-05',
      '+024-01-05',
      '2024-01-0',
      '2024/01/05',
    ];
    const dates: string[] = [...odd, '1970-01-01', '1969-12-31', '2000-02-29', '1900-02-28', '2100-03-01'];
    for (let i = 0; i < 1500; i++) {
      const year = i % 10 === 0 ? int(0, 9999) : int(1890, 2110);
      dates.push(`${String(year).padStart(4, '0')}-${pad(int(1, 12))}-${pad(int(1, i % 7 === 0 ? 31 : 28))}`);
    }
    for (const date of dates) {
      for (const n of [0, 1, -1, 7, -7, 29, 30, 31, 59, 60, 365, -366, 1461, int(-40_000, 40_000), 0.5]) {
        expect(addDays(date, n), `${date} + ${n} days`).toBe(reference.addDays(date, n));
      }
      for (const n of [0, 1, -1, 2, 6, -6, 11, 12, -13, 24, int(-2400, 2400)]) {
        expect(addMonths(date, n), `${date} + ${n} months`).toBe(reference.addMonths(date, n));
      }
      const other = dates[int(0, dates.length - 1)]!;
      expect(daysBetween(date, other), `${date} to ${other}`).toBe(reference.daysBetween(date, other));
    }
    // Beyond what Date holds it says so as Date does.
    expect(addDays('2024-01-01', 200_000_000)).toBe(reference.addDays('2024-01-01', 200_000_000));
  });
});
