/**
 * Putting a reminder off ("Later"): which options are offered and where each one lands.
 *
 * One rule for both sides: core stores the moment this gives (`reminders:snooze`), and the renderer's
 * snooze menu shows the same moment beside each option before it is chosen ("morgen 09:00"). Pure: it is
 * given the time, the person's zone, their reminder time and a wall clock (see wall-clock.ts), and
 * imports nothing that runs, so the renderer's bundle carries only these few lines.
 */
import type { SnoozeOption } from '../contract';
import type { FieldErrorCode, LocalMoment } from '../domain';
import { addDays } from './calendar';
import type { WallClock } from './wall-clock';
import { pastField } from './when';

/** Until this time of night, "tomorrow morning" means the coming morning: the person has not slept yet. */
export const SMALL_HOURS_END = '05:00';

/** When "this evening" lands. */
export const EVENING = '19:00';

/** "This evening" is offered until this time; after it, the evening has as good as begun. */
export const LAST_EVENING_OFFER = '18:30';

/** "In a week" is this many calendar days on, at the reminder time. */
export const WEEK_DAYS = 7;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** What a snooze is worked out from. */
export interface SnoozeContext {
  /** Now, epoch ms. */
  now: number;
  /** The person's IANA zone. */
  zone: string;
  /** When the app's own reminders fall due ("09:00"): "tomorrow morning" and "in a week" use it. */
  reminderTime: string;
}

/** Where a snooze lands, or why it cannot: an error code per field (`option`, `date`, `time`). */
export type SnoozeLanding =
  | { ok: true; moment: LocalMoment }
  | { ok: false; fields: Partial<Record<'option' | 'date' | 'time', FieldErrorCode>> };

/**
 * The options that make sense now, in menu order: "this evening" only before the evening has begun.
 * Given `after` (the moment the reminder is due now, and the reminder time), only those that land later
 * than it: on a thank-you due tomorrow at 09:00, "Later" never offers this evening or tomorrow 09:00.
 */
export function snoozeChoices(
  { now, zone }: Pick<SnoozeContext, 'now' | 'zone'>,
  wall: WallClock,
  after?: { current: LocalMoment; reminderTime: string },
) {
  const evening = wall.momentAt(now, zone).time < LAST_EVENING_OFFER;
  const choices: SnoozeOption[] = evening
    ? ['hour', 'evening', 'morning', 'week', 'moment']
    : ['hour', 'morning', 'week', 'moment'];
  if (!after) return choices;
  const context = { now, zone, reminderTime: after.reminderTime };
  return choices.filter(
    (option) =>
      option === 'moment' ||
      snoozeLanding(option, { date: null, time: null }, context, wall, after.current).ok,
  );
}

/**
 * Until when a reminder is put off: an hour from now (to the next whole minute), this evening at 19:00,
 * tomorrow morning or in a week at the reminder time, or a moment of the person's choosing, which must lie
 * ahead. Weekends are days like any other: a reminder put off on Friday evening comes on Saturday.
 */
export function snoozeLanding(
  option: SnoozeOption,
  chosen: { date: string | null; time: string | null },
  context: SnoozeContext,
  wall: WallClock,
  current?: LocalMoment,
): SnoozeLanding {
  const landing = landingFrom(option, chosen, context, wall);
  // Put off means later than it is due now, not earlier and not the same moment.
  if (landing.ok && current && wall.instantOf(landing.moment) <= wall.instantOf(current)) {
    return {
      ok: false,
      fields: option === 'moment' ? { date: 'not_later', time: 'not_later' } : { option: 'not_later' },
    };
  }
  return landing;
}

function landingFrom(
  option: SnoozeOption,
  chosen: { date: string | null; time: string | null },
  { now, zone, reminderTime }: SnoozeContext,
  wall: WallClock,
): SnoozeLanding {
  const here = wall.momentAt(now, zone);
  const day = here.date;
  switch (option) {
    case 'hour':
      return { ok: true, moment: firstMomentFrom(now + HOUR_MS, zone, wall) };
    case 'evening': {
      const evening: LocalMoment = { date: day, time: EVENING, zone };
      // Less than a minute ahead is as good as past: it would ring before the menu has closed.
      if (wall.instantOf(evening) < now + MINUTE_MS) return { ok: false, fields: { option: 'in_past' } };
      return { ok: true, moment: evening };
    }
    case 'morning': {
      // Still up in the small hours, "tomorrow morning" is the coming one, if it is still to come.
      const coming =
        here.time < SMALL_HOURS_END && wall.instantOf({ date: day, time: reminderTime, zone }) > now;
      return { ok: true, moment: { date: coming ? day : addDays(day, 1), time: reminderTime, zone } };
    }
    case 'week':
      return { ok: true, moment: { date: addDays(day, WEEK_DAYS), time: reminderTime, zone } };
    case 'moment': {
      if (chosen.date === null || chosen.time === null) {
        const fields: Partial<Record<'date' | 'time', FieldErrorCode>> = {};
        if (chosen.date === null) fields.date = 'date_required';
        if (chosen.time === null) fields.time = 'time_required';
        return { ok: false, fields };
      }
      const past = pastField({ date: chosen.date, time: chosen.time }, { now, zone }, wall);
      if (past) return { ok: false, fields: { [past]: 'in_past' } };
      return { ok: true, moment: { date: chosen.date, time: chosen.time, zone } };
    }
  }
}

/**
 * The first whole minute at or after `instant`, as a local moment. In the hour that repeats when the
 * clocks go back, a wall time means its first pass, up to an hour too early; then the first minute after
 * the repeated stretch is taken, so a snooze never ends before it should.
 */
export function firstMomentFrom(instant: number, zone: string, wall: WallClock): LocalMoment {
  const target = Math.ceil(instant / MINUTE_MS) * MINUTE_MS;
  let probe = target;
  let moment = wall.momentAt(probe, zone);
  while (wall.instantOf(moment) < target) {
    probe += MINUTE_MS;
    moment = wall.momentAt(probe, zone);
  }
  return moment;
}
