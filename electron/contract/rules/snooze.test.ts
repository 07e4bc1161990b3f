import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporalWallClock } from '../../core/reminders/snooze';
import type { LocalMoment } from '../domain';
import {
  firstMomentFrom,
  snoozeChoices,
  snoozeLanding,
  type SnoozeContext,
  type SnoozeLanding,
} from './snooze';
import { localWallClock, type WallClock } from './wall-clock';

// The rule runs on core's Temporal clock (any zone) and on the renderer's, the engine's `Date` (the
// computer's own zone only). With the process in Amsterdam both must land every option on the same
// moment; otherwise the menu would promise one moment and core store another.
const ZONE = 'Europe/Amsterdam';
let tz: string | undefined;
beforeAll(() => {
  tz = process.env['TZ'];
  process.env['TZ'] = ZONE;
});
afterAll(() => {
  if (tz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = tz;
});

/** An instant written with its offset, as the clocks on the wall in Amsterdam showed it. */
const at = (iso: string) => Date.parse(iso);
const text = (m: LocalMoment) => `${m.date} ${m.time}`;
const none = { date: null, time: null };

const clocks: [string, WallClock][] = [
  ['core (Temporal)', temporalWallClock],
  ['renderer (Date)', localWallClock],
];

describe.each(clocks)('snoozing on the %s wall clock', (_name, wall) => {
  const context = (now: number, reminderTime = '09:00'): SnoozeContext => ({ now, zone: ZONE, reminderTime });
  const lands = (option: Parameters<typeof snoozeLanding>[0], now: number, reminderTime = '09:00') => {
    const landing = snoozeLanding(option, none, context(now, reminderTime), wall);
    if (!landing.ok) throw new Error(`refused: ${JSON.stringify(landing.fields)}`);
    expect(landing.moment.zone).toBe(ZONE);
    return text(landing.moment);
  };

  it('an hour on is rounded up to the next whole minute, never down', () => {
    expect(lands('hour', at('2026-11-23T10:00:00+01:00'))).toBe('2026-11-23 11:00');
    expect(lands('hour', at('2026-11-23T10:00:01+01:00'))).toBe('2026-11-23 11:01');
    expect(lands('hour', at('2026-11-23T23:30:00+01:00'))).toBe('2026-11-24 00:30');
  });

  it('an hour on across the spring-forward gap is an hour of real time (01:30 → 03:30)', () => {
    expect(lands('hour', at('2026-03-29T01:30:00+01:00'))).toBe('2026-03-29 03:30');
  });

  it('an hour on into the repeated hour of autumn ends after it, not an hour early', () => {
    // 02:30 summer time + 1 h is 02:30 winter time, but "02:30" means its first pass: 03:00 is taken.
    const now = at('2026-10-25T02:30:00+02:00');
    const landing = snoozeLanding('hour', none, context(now), wall);
    expect(landing.ok && text(landing.moment)).toBe('2026-10-25 03:00');
    expect(landing.ok && wall.instantOf(landing.moment)).toBeGreaterThanOrEqual(now + 3_600_000);
  });

  it('this evening is 19:00 today, refused once less than a minute is left', () => {
    expect(lands('evening', at('2026-11-23T00:10:00+01:00'))).toBe('2026-11-23 19:00');
    expect(lands('evening', at('2026-11-23T18:58:59+01:00'))).toBe('2026-11-23 19:00');
    for (const late of [
      '2026-11-23T18:59:30+01:00',
      '2026-11-23T19:00:00+01:00',
      '2026-11-23T22:00:00+01:00',
    ]) {
      expect(snoozeLanding('evening', none, context(at(late)), wall)).toEqual({
        ok: false,
        fields: { option: 'in_past' },
      });
    }
  });

  it('tomorrow morning is the next day at the reminder time', () => {
    expect(lands('morning', at('2026-11-23T10:00:00+01:00'))).toBe('2026-11-24 09:00');
    expect(lands('morning', at('2026-11-23T23:59:00+01:00'), '07:30')).toBe('2026-11-24 07:30');
  });

  it('in the small hours, tomorrow morning is the coming one, until 05:00', () => {
    expect(lands('morning', at('2026-11-24T00:05:00+01:00'))).toBe('2026-11-24 09:00');
    expect(lands('morning', at('2026-11-24T04:59:00+01:00'))).toBe('2026-11-24 09:00');
    expect(lands('morning', at('2026-11-24T05:00:00+01:00'))).toBe('2026-11-25 09:00');
  });

  it('in the small hours after an early reminder time has passed, the morning after', () => {
    expect(lands('morning', at('2026-11-24T04:30:00+01:00'), '04:00')).toBe('2026-11-25 04:00');
    expect(lands('morning', at('2026-11-24T04:30:00+01:00'), '04:45')).toBe('2026-11-24 04:45');
  });

  it('weekends are days like any other', () => {
    // Friday evening → Saturday morning; Saturday → next Saturday.
    expect(lands('morning', at('2026-11-27T21:00:00+01:00'))).toBe('2026-11-28 09:00');
    expect(lands('week', at('2026-11-28T11:00:00+01:00'))).toBe('2026-12-05 09:00');
  });

  it('keeps the reminder time on the wall across a daylight-saving change', () => {
    expect(lands('morning', at('2026-03-28T22:00:00+01:00'))).toBe('2026-03-29 09:00');
    expect(lands('week', at('2026-10-20T10:00:00+02:00'))).toBe('2026-10-27 09:00');
    // A reminder time the spring-forward night skips is still to come at 01:59: that morning, as set.
    expect(lands('morning', at('2026-03-29T01:59:00+01:00'), '02:30')).toBe('2026-03-29 02:30');
  });

  it('counts across the end of a month, a year and a leap day', () => {
    expect(lands('morning', at('2026-01-31T12:00:00+01:00'))).toBe('2026-02-01 09:00');
    expect(lands('morning', at('2026-12-31T22:00:00+01:00'))).toBe('2027-01-01 09:00');
    expect(lands('morning', at('2028-02-28T12:00:00+01:00'))).toBe('2028-02-29 09:00');
    expect(lands('week', at('2026-11-27T10:00:00+01:00'))).toBe('2026-12-04 09:00');
    expect(lands('week', at('2026-12-28T10:00:00+01:00'))).toBe('2027-01-04 09:00');
    expect(lands('week', at('2028-02-25T10:00:00+01:00'))).toBe('2028-03-03 09:00');
  });

  it('a chosen moment must be complete and lie ahead; the field at fault is named', () => {
    const now = at('2026-11-23T10:00:00+01:00');
    const choose = (date: string | null, time: string | null): SnoozeLanding =>
      snoozeLanding('moment', { date, time }, context(now), wall);
    expect(choose(null, null)).toEqual({
      ok: false,
      fields: { date: 'date_required', time: 'time_required' },
    });
    expect(choose('2026-11-24', null)).toEqual({ ok: false, fields: { time: 'time_required' } });
    expect(choose('2026-11-22', '12:00')).toEqual({ ok: false, fields: { date: 'in_past' } });
    expect(choose('2026-11-23', '10:00')).toEqual({ ok: false, fields: { time: 'in_past' } });
    expect(choose('2026-11-23', '10:01')).toEqual({
      ok: true,
      moment: { date: '2026-11-23', time: '10:01', zone: ZONE },
    });
  });

  it('offers this evening until 18:30, and again after midnight', () => {
    const choices = (iso: string) => snoozeChoices({ now: at(iso), zone: ZONE }, wall);
    expect(choices('2026-11-23T18:29:00+01:00')).toEqual(['hour', 'evening', 'morning', 'week', 'moment']);
    expect(choices('2026-11-23T18:30:00+01:00')).toEqual(['hour', 'morning', 'week', 'moment']);
    expect(choices('2026-11-23T23:59:00+01:00')).not.toContain('evening');
    expect(choices('2026-11-24T00:00:00+01:00')).toContain('evening');
  });

  it('offers only what lands later than the reminder is due now (a thank-you due tomorrow 09:00)', () => {
    const now = { now: at('2026-11-23T14:00:00+01:00'), zone: ZONE };
    const after = (date: string, time: string) =>
      snoozeChoices(now, wall, { current: { date, time, zone: ZONE }, reminderTime: '09:00' });
    // An hour on, this evening and tomorrow 09:00 are all no later than tomorrow 09:00.
    expect(after('2026-11-24', '09:00')).toEqual(['week', 'moment']);
    // Due this evening at 18:00: an hour on is earlier, 19:00 is later.
    expect(after('2026-11-23', '18:00')).toEqual(['evening', 'morning', 'week', 'moment']);
    // Overdue: everything still to come is later.
    expect(after('2026-11-20', '09:00')).toEqual(['hour', 'evening', 'morning', 'week', 'moment']);
    // Due after next week: only a chosen moment can be later.
    expect(after('2026-12-24', '09:00')).toEqual(['moment']);
  });

  it('a moment no later than the reminder is due is refused on both fields, an option on the option', () => {
    const ctx = context(at('2026-11-23T14:00:00+01:00'));
    const due = { date: '2026-11-24', time: '09:00', zone: ZONE };
    expect(snoozeLanding('moment', { date: '2026-11-24', time: '09:00' }, ctx, wall, due)).toEqual({
      ok: false,
      fields: { date: 'not_later', time: 'not_later' },
    });
    expect(snoozeLanding('morning', none, ctx, wall, due)).toEqual({
      ok: false,
      fields: { option: 'not_later' },
    });
    expect(snoozeLanding('moment', { date: '2026-11-24', time: '09:01' }, ctx, wall, due)).toMatchObject({
      ok: true,
      moment: { date: '2026-11-24', time: '09:01' },
    });
  });

  it('the first whole minute from an instant on the minute is that minute', () => {
    expect(text(firstMomentFrom(at('2026-11-23T10:00:00+01:00'), ZONE, wall))).toBe('2026-11-23 10:00');
    expect(text(firstMomentFrom(at('2026-11-23T10:00:00.001+01:00'), ZONE, wall))).toBe('2026-11-23 10:01');
  });
});

describe('the two wall clocks', () => {
  // 2026 and 2027 in Amsterdam, with the two daylight-saving nights of each drawn often.
  const dstNights = [
    at('2026-03-29T01:00:00+01:00'),
    at('2026-10-25T01:00:00+02:00'),
    at('2027-03-28T01:00:00+01:00'),
    at('2027-10-31T01:00:00+02:00'),
  ];
  const instant = fc.oneof(
    fc.integer({ min: at('2026-01-01T00:00:00+01:00'), max: at('2027-12-31T23:59:59+01:00') }),
    fc
      .tuple(fc.constantFrom(...dstNights), fc.integer({ min: 0, max: 4 * 3_600_000 }))
      .map(([night, offset]) => night + offset),
  );
  const timeOfDay = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it('read every instant as the same local moment', () => {
    fc.assert(
      fc.property(instant, (now) => {
        expect(localWallClock.momentAt(now, ZONE)).toEqual(temporalWallClock.momentAt(now, ZONE));
      }),
      { numRuns: 2_000 },
    );
  });

  it('settle every local moment, skipped and repeated ones too, on the same instant', () => {
    fc.assert(
      fc.property(instant, timeOfDay, (day, time) => {
        const moment = { date: temporalWallClock.momentAt(day, ZONE).date, time, zone: ZONE };
        expect(localWallClock.instantOf(moment)).toBe(temporalWallClock.instantOf(moment));
      }),
      { numRuns: 2_000 },
    );
  });

  it('land every snooze option on the same moment', () => {
    fc.assert(
      fc.property(
        instant,
        timeOfDay,
        fc.constantFrom('hour', 'evening', 'morning', 'week', 'moment' as const),
        (now, reminderTime, option) => {
          const context = { now, zone: ZONE, reminderTime };
          const chosen = { date: localWallClock.momentAt(now, ZONE).date, time: reminderTime };
          expect(snoozeLanding(option, chosen, context, localWallClock)).toEqual(
            snoozeLanding(option, chosen, context, temporalWallClock),
          );
          expect(snoozeChoices(context, localWallClock)).toEqual(snoozeChoices(context, temporalWallClock));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
