import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { addDays } from './calendar';
import { addIsoWeeks, isoWeekOf, mondayOfIsoWeek } from './iso-weeks';

describe('ISO weeks', () => {
  it('names the week of a date, the year going by its Thursday', () => {
    expect(isoWeekOf('2026-11-30')).toBe('2026-W49');
    expect(isoWeekOf('2026-12-06')).toBe('2026-W49');
    // 1 January 2027 is a Friday: it belongs to the last week of 2026, which has 53.
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    // 29 December 2025 is a Monday whose Thursday is 1 January 2026.
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
  });

  it('agrees with Temporal for every day of ten years', () => {
    for (let date = '2020-01-01'; date < '2030-01-01'; date = addDays(date, 1)) {
      const p = Temporal.PlainDate.from(date);
      const expected = `${p.yearOfWeek}-W${String(p.weekOfYear).padStart(2, '0')}`;
      expect(isoWeekOf(date)).toBe(expected);
    }
  });

  it('finds a week’s Monday, and refuses a week its year lacks', () => {
    expect(mondayOfIsoWeek('2026-W49')).toBe('2026-11-30');
    expect(mondayOfIsoWeek('2026-W01')).toBe('2025-12-29');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28');
    expect(mondayOfIsoWeek('2027-W53')).toBeNull();
  });

  it('moves a week on or back across a year’s end', () => {
    expect(addIsoWeeks('2026-W53', 1)).toBe('2027-W01');
    expect(addIsoWeeks('2027-W01', -1)).toBe('2026-W53');
    expect(addIsoWeeks('2026-W49', 3)).toBe('2026-W52');
  });
});
