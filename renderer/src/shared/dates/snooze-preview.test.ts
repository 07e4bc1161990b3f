import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n.svelte';
import { daysBetween, formatMoment, snoozeChoices, snoozeTarget } from './moments';

// The snooze menu's preview, as the person sees it: computed on this computer's clock, here set to
// Amsterdam so the daylight-saving nights of 2026 can be walked through.
// vi.stubEnv sets process.env.TZ, which Node's clock follows at once; unstubbed, the machine's zone is back.
beforeAll(() => {
  vi.stubEnv('TZ', 'Europe/Amsterdam');
});
afterAll(() => {
  vi.unstubAllEnvs();
});
afterEach(() => {
  i18n.language = 'nl';
});

const at = (iso: string) => new Date(iso);
const lands = (option: Parameters<typeof snoozeTarget>[0], iso: string, reminderTime = '09:00') => {
  const target = snoozeTarget(option, reminderTime, at(iso));
  return target && `${target.date} ${target.time}`;
};

describe('the snooze menu', () => {
  it('offers this evening until 18:30 and from midnight on', () => {
    expect(snoozeChoices(at('2026-11-23T18:29:00+01:00'))).toEqual([
      'hour',
      'evening',
      'morning',
      'week',
      'moment',
    ]);
    expect(snoozeChoices(at('2026-11-23T18:30:00+01:00'))).toEqual(['hour', 'morning', 'week', 'moment']);
    expect(snoozeChoices(at('2026-11-24T00:01:00+01:00'))).toContain('evening');
  });

  it('previews an hour on to the next whole minute, in the computer’s zone', () => {
    expect(lands('hour', '2026-11-23T10:00:30+01:00')).toBe('2026-11-23 11:01');
    expect(snoozeTarget('hour', '09:00', at('2026-11-23T10:00:00+01:00'))?.zone).toBe('Europe/Amsterdam');
  });

  it('previews an hour on across both daylight-saving nights, where it really lands', () => {
    expect(lands('hour', '2026-03-29T01:30:00+01:00')).toBe('2026-03-29 03:30');
    // Into the repeated hour: after it, not at "02:30", which would mean the first pass, an hour early.
    expect(lands('hour', '2026-10-25T02:30:00+02:00')).toBe('2026-10-25 03:00');
  });

  it('previews this evening at 19:00, and nothing once the evening has begun', () => {
    expect(lands('evening', '2026-11-23T10:00:00+01:00')).toBe('2026-11-23 19:00');
    expect(lands('evening', '2026-11-23T19:30:00+01:00')).toBeNull();
  });

  it('previews tomorrow morning at the reminder time, the coming morning in the small hours', () => {
    expect(lands('morning', '2026-11-23T10:00:00+01:00', '07:30')).toBe('2026-11-24 07:30');
    expect(lands('morning', '2026-11-24T02:00:00+01:00')).toBe('2026-11-24 09:00');
    expect(lands('morning', '2026-11-24T05:00:00+01:00')).toBe('2026-11-25 09:00');
  });

  it('previews next week seven days on: a weekend is not skipped, a month end is crossed', () => {
    expect(lands('week', '2026-11-28T11:00:00+01:00')).toBe('2026-12-05 09:00');
    expect(lands('week', '2026-12-28T11:00:00+01:00')).toBe('2027-01-04 09:00');
    expect(lands('week', '2026-10-20T10:00:00+02:00')).toBe('2026-10-27 09:00');
  });

  it('previews no moment for "Kies een moment…"', () => {
    expect(snoozeTarget('moment', '09:00', at('2026-11-23T10:00:00+01:00'))).toBeNull();
  });

  it('shows where it lands as the person reads it, in either language', () => {
    const target = snoozeTarget('morning', '09:00', at('2026-11-23T10:00:00+01:00'))!;
    expect(formatMoment(target, '2026-11-23')).toBe('morgen 09:00');
    i18n.language = 'en';
    expect(formatMoment(target, '2026-11-23')).toBe('tomorrow 09:00');
    const week = snoozeTarget('week', '09:00', at('2026-11-23T10:00:00+01:00'))!;
    i18n.language = 'nl';
    expect(formatMoment(week, '2026-11-23')).toBe('ma 30 nov 09:00');
  });

  it('says when a moment was set in another zone', () => {
    const elsewhere = { date: '2026-11-24', time: '09:00', zone: 'America/New_York' };
    expect(formatMoment(elsewhere, '2026-11-23')).toBe('morgen 09:00 (tijd in America/New_York)');
  });
});

describe('days between dates', () => {
  it('counts whole days, also in the years before 100 that Date.UTC reads as 19xx', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
  });
});
