import { describe, expect, it } from 'vitest';
import { plannedStand, readyToRecord } from './planned-stand';

const now = { date: '2026-11-23', time: '14:05' };

describe('where a planned conversation stands', () => {
  it('is to be recorded once its time today has come, not upcoming (trial s11)', () => {
    expect(plannedStand({ date: '2026-11-23', time: '09:00' }, now)).toBe('to-record');
    expect(plannedStand({ date: '2026-11-23', time: '14:05' }, now)).toBe('to-record');
    expect(readyToRecord(plannedStand({ date: '2026-11-23', time: '09:00' }, now))).toBe(true);
  });

  it('is still coming later today or on a later day', () => {
    expect(plannedStand({ date: '2026-11-23', time: '14:06' }, now)).toBe('coming');
    expect(plannedStand({ date: '2026-11-24', time: '08:00' }, now)).toBe('coming');
    expect(plannedStand({ date: '2026-11-24', time: null }, now)).toBe('coming');
  });

  it('is today, not yet asked about, when it has no time; passed on an earlier day', () => {
    expect(plannedStand({ date: '2026-11-23', time: null }, now)).toBe('today');
    expect(readyToRecord('today')).toBe(false);
    expect(plannedStand({ date: '2026-11-22', time: '23:30' }, now)).toBe('passed');
    expect(readyToRecord('passed')).toBe(true);
  });
});
