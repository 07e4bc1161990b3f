import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../contract/domain';
import { sampleReminder } from '../testing/sample-records';
import { FIRST_NUDGES_PER_DAY, FirstNudgeDays } from './first-nudges';

const keepInTouchOn = (date: string, kind: Reminder['kind'] = 'contact-onderhouden'): Reminder => ({
  ...sampleReminder,
  kind,
  due: { ...sampleReminder.due, date },
});

describe('first nudges for people sorted in after an import', () => {
  it('go a few a day from tomorrow, around the days that are full already', () => {
    const active = [
      ...Array.from({ length: FIRST_NUDGES_PER_DAY }, () => keepInTouchOn('2026-11-25')),
      keepInTouchOn('2026-11-24'),
      // Other kinds of reminder leave room for keeping in touch.
      keepInTouchOn('2026-11-26', 'bedanken'),
      keepInTouchOn('2026-11-26', 'eigen'),
    ];
    const days = new FirstNudgeDays(active, '2026-11-23');
    const taken = Array.from({ length: 8 }, () => days.take());
    expect(taken).toEqual([
      '2026-11-24',
      '2026-11-24',
      '2026-11-26',
      '2026-11-26',
      '2026-11-26',
      '2026-11-27',
      '2026-11-27',
      '2026-11-27',
    ]);
  });

  it('counts nothing until a first nudge is asked for', () => {
    let looked = 0;
    const active = {
      *[Symbol.iterator]() {
        looked++;
        yield keepInTouchOn('2026-11-24');
      },
    };
    const days = new FirstNudgeDays(active, '2026-11-23');
    expect(looked).toBe(0);
    days.take();
    days.take();
    expect(looked).toBe(1);
  });
});
