import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.svelte';
import {
  daysBetween,
  formatAgo,
  formatClock,
  formatDay,
  formatLongInstant,
  formatWhen,
  localDate,
  localTime,
} from './moments';

afterEach(() => {
  i18n.language = 'nl';
});

describe('calendar dates', () => {
  it('localDate is the local calendar day, and steps over month and year ends', () => {
    const now = new Date(2026, 11, 31, 23, 30); // 31 Dec 2026, 23:30 local
    expect(localDate(0, now)).toBe('2026-12-31');
    expect(localDate(1, now)).toBe('2027-01-01');
    expect(localDate(-31, now)).toBe('2026-11-30');
  });

  it('localDate pads months and days to two digits', () => {
    expect(localDate(0, new Date(2026, 0, 5, 8))).toBe('2026-01-05');
  });

  it('localTime is HH:MM, minutes on from now', () => {
    const now = new Date(2026, 2, 3, 9, 5);
    expect(localTime(0, now)).toBe('09:05');
    expect(localTime(60, now)).toBe('10:05');
    expect(localTime(-10, now)).toBe('08:55');
  });

  it('daysBetween counts whole days either way, also across a clock change (29 March 2026)', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('dates as a person reads them', () => {
  it('formatLongInstant says the day and the time in the person’s own zone, the year only when another', () => {
    // Built from local parts, so it reads 09:15 whatever zone the tests run in.
    const made = new Date(2026, 10, 20, 9, 15).toISOString();
    expect(formatLongInstant(made, '2026-11-23')).toBe('20 november, 09:15');
    expect(formatLongInstant(made, '2027-01-02')).toBe('20 november 2026, 09:15');
    i18n.language = 'en';
    expect(formatLongInstant(made, '2026-11-23')).toBe('20 November, 09:15');
  });

  it('formatDay says today, tomorrow and yesterday in words', () => {
    expect(formatDay('2026-03-03', '2026-03-03')).toBe('vandaag');
    expect(formatDay('2026-03-04', '2026-03-03')).toBe('morgen');
    expect(formatDay('2026-03-02', '2026-03-03')).toBe('gisteren');
  });

  it('formatDay shows the year only when it is not this year', () => {
    expect(formatDay('2026-03-10', '2026-03-03')).not.toMatch(/2026/);
    expect(formatDay('2027-03-10', '2026-03-03')).toMatch(/2027/);
  });

  it('formatDay writes a day one way in a language, with the year or without', () => {
    expect(formatDay('2026-12-04', '2026-12-01')).toBe('vr 4 dec');
    expect(formatDay('2027-01-24', '2026-12-01')).toBe('zo 24 jan 2027');
    i18n.language = 'en';
    expect(formatDay('2026-12-04', '2026-12-01')).toBe('Fri 4 Dec');
    expect(formatDay('2027-01-24', '2026-12-01')).toBe('Sun 24 Jan 2027');
  });

  it('formatClock keeps the time of day whatever the zone', () => {
    expect(formatClock('09:05')).toBe('09:05');
    expect(formatClock('23:59')).toBe('23:59');
    i18n.language = 'en';
    expect(formatClock('14:30')).toBe('14:30');
  });

  it('formatWhen gives the date alone, or the date and the time', () => {
    expect(formatWhen('2026-03-03', null)).toBe('3 mrt 2026');
    expect(formatWhen('2026-03-03', '14:30')).toBe('3 mrt 2026, 14:30');
    i18n.language = 'en';
    expect(formatWhen('2026-03-03', '14:30')).toBe('3 Mar 2026, 14:30');
  });

  it('formatAgo rounds to days, weeks, months and years', () => {
    expect(formatAgo('2026-03-01', '2026-03-06')).toBe('5 dagen');
    expect(formatAgo('2026-03-01', '2026-03-22')).toBe('3 weken');
    expect(formatAgo('2025-08-01', '2026-03-15')).toBe('7 maanden');
    expect(formatAgo('2023-01-01', '2026-03-01')).toBe('3 jaar');
    // A date in the future (a clock that was off) is not "-2 days".
    expect(formatAgo('2026-03-08', '2026-03-06')).toBe('0 dagen');
  });
});
