import { describe, expect, it } from 'vitest';
import { keepInTouchStand, quietFrom } from './gone-quiet';

/** The one rule for "verwaterd" (review s6, S3), in figures. */
const person = { cadence: 'standaard', archived: false, importedAt: null, strength: 'goed' } as const;
const quarterly = { months: 3 };

describe('the day a relation goes quiet', () => {
  it('is twice the cadence when that comes before six months', () => {
    expect(quietFrom(person, '2026-08-01', quarterly)).toEqual({ on: '2027-02-01', by: 'cadence' });
    expect(quietFrom(person, '2026-11-01', { days: 14 })).toEqual({ on: '2026-11-29', by: 'cadence' });
  });

  it('is the day after six months without contact when there is no cadence or a longer one', () => {
    // Six calendar months to the day (1 June) is still within them.
    expect(quietFrom(person, '2026-12-01', null)).toEqual({ on: '2027-06-02', by: 'months' });
    expect(quietFrom(person, '2026-05-01', { months: 12 })).toEqual({ on: '2026-11-02', by: 'months' });
    // Half-yearly: twice is a year, so six months and a day come first.
    expect(quietFrom(person, '2026-06-02', { months: 6 })).toEqual({ on: '2026-12-03', by: 'months' });
    // The 31st: six months on is the last day of a shorter month.
    expect(quietFrom(person, '2026-08-31', null)).toEqual({ on: '2027-03-01', by: 'months' });
  });

  it('never comes for someone set to no reminders, archived, or still to sort in', () => {
    expect(quietFrom({ ...person, cadence: 'geen' }, '2020-01-01', null)).toBeNull();
    expect(quietFrom({ ...person, archived: true }, '2020-01-01', quarterly)).toBeNull();
    const imported = { ...person, importedAt: '2026-01-01T10:00:00.000Z', strength: null };
    expect(quietFrom(imported, '2020-01-01', null)).toBeNull();
    // Sorted in (a strength given), the import no longer holds them back.
    expect(quietFrom({ ...imported, strength: 'goed' }, '2020-01-01', null)?.on).toBe('2020-07-02');
  });
});

describe('on track, due, verwaterd', () => {
  it('is on track until the cadence has passed, due after, verwaterd from twice the cadence', () => {
    expect(keepInTouchStand(person, '2026-08-01', quarterly, '2026-10-31')).toBe('on-track');
    expect(keepInTouchStand(person, '2026-08-01', quarterly, '2026-11-01')).toBe('due');
    expect(keepInTouchStand(person, '2026-08-01', quarterly, '2027-01-31')).toBe('due');
    expect(keepInTouchStand(person, '2026-08-01', quarterly, '2027-02-01')).toBe('verwaterd');
    expect(keepInTouchStand(person, '2026-11-01', { days: 14 }, '2026-11-28')).toBe('due');
    expect(keepInTouchStand(person, '2026-11-01', { days: 14 }, '2026-11-29')).toBe('verwaterd');
  });

  it('calls a yearly relation verwaterd after six months, though the year is not up', () => {
    expect(keepInTouchStand(person, '2026-05-01', { months: 12 }, '2026-11-01')).toBe('on-track');
    expect(keepInTouchStand(person, '2026-05-01', { months: 12 }, '2026-11-02')).toBe('verwaterd');
  });

  it('has nothing to say without a cadence until six months have passed', () => {
    expect(keepInTouchStand(person, '2026-06-02', null, '2026-12-02')).toBe('none');
    expect(keepInTouchStand(person, '2026-06-02', null, '2026-12-03')).toBe('verwaterd');
    expect(keepInTouchStand({ ...person, cadence: 'geen' }, '2020-01-01', null, '2026-12-03')).toBe('none');
    expect(keepInTouchStand({ ...person, archived: true }, '2020-01-01', quarterly, '2026-12-03')).toBe(
      'none',
    );
  });
});
