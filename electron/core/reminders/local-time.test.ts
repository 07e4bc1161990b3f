import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { knownZone, systemZone, zoneOf } from '../clock';
import { addDays, addMonths, daysBetween, instantOf, momentAt, today } from './local-time';

// Dates around month ends, leap days, year ends and the far past and future.
const dates = [
  '2026-01-31',
  '2026-02-28',
  '2028-02-29',
  '2026-03-31',
  '2026-08-31',
  '2026-12-31',
  '2026-11-23',
  '1999-12-31',
  '2000-02-29',
  '2100-02-28',
  '0099-06-15',
  '2999-12-31',
];

describe('calendar arithmetic', () => {
  it('adds days as Temporal does', () => {
    for (const date of dates) {
      for (const days of [-400, -31, -1, 0, 1, 7, 14, 29, 30, 365, 366, 3_650]) {
        expect(addDays(date, days), `${date} + ${days} days`).toBe(
          Temporal.PlainDate.from(date).add({ days }).toString(),
        );
      }
    }
  });

  it('adds months as Temporal does: the 31st becomes the last day of a shorter month', () => {
    for (const date of dates) {
      for (const months of [-13, -1, 0, 1, 2, 3, 6, 11, 12, 24]) {
        expect(addMonths(date, months), `${date} + ${months} months`).toBe(
          Temporal.PlainDate.from(date).add({ months }).toString(),
        );
      }
    }
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('counts days between dates as Temporal does', () => {
    for (const from of dates) {
      for (const to of dates) {
        expect(daysBetween(from, to)).toBe(
          Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days,
        );
      }
    }
  });
});

describe('a time zone the runtime does not know', () => {
  it('reads a moment in it as UTC instead of failing', () => {
    const moment = { date: '2026-11-24', time: '09:00', zone: 'Mars/Olympus_Mons' };
    expect(new Date(instantOf(moment)).toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(momentAt(Date.parse('2026-11-24T09:00:00Z'), 'Mars/Olympus_Mons')).toMatchObject({
      time: '09:00',
    });
  });

  it('falls back to the system zone when the clock names an unusable one (TZ set to nothing or a path)', () => {
    for (const zone of ['Etc/Unknown', '', ':/etc/localtime']) {
      const clock = { now: () => new Date('2026-11-24T09:00:00Z'), zone: () => zone };
      expect(zoneOf(clock)).toBe(systemZone());
      expect(() => today(clock)).not.toThrow();
    }
    expect(knownZone(systemZone())).toBe(true);
  });
});
