/**
 * Putting a reminder off (later): where each snooze option lands, worked out from the wall clock, the
 * person's zone and their reminder time. Pure: the book only stores the moment this gives.
 */
import type { SnoozeOption } from '../../contract/contract';
import type { FieldErrorCode, LocalMoment } from '../../contract/domain';
import { DomainError } from '../errors';
import { addDays, instantOf, momentAt } from './local-time';

/** Until this time of night, "tomorrow morning" means the coming morning (see `moments.ts` too). */
export const SMALL_HOURS_END = '05:00';

/** What a snooze is worked out from. */
export interface SnoozeContext {
  /** Now, epoch ms. */
  now: number;
  /** The person's IANA zone. */
  zone: string;
  /** When the app's own reminders fall due ("09:00"): "tomorrow morning" and "in a week" use it. */
  reminderTime: string;
}

/**
 * Until when a reminder is put off: an hour from now, this evening at 19:00, tomorrow morning or in a week
 * at the reminder time, or a moment of the person's choosing (which must lie ahead). A choice that cannot
 * be is an `invalid_input` naming the field.
 */
export function snoozeUntil(
  option: SnoozeOption,
  chosen: { date: string | null; time: string | null },
  { now, zone, reminderTime }: SnoozeContext,
): LocalMoment {
  const day = momentAt(now, zone).date;
  switch (option) {
    case 'hour':
      return firstMomentFrom(now + 60 * 60_000, zone);
    case 'evening': {
      const evening: LocalMoment = { date: day, time: '19:00', zone };
      if (instantOf(evening) < now + 60_000) throw new DomainError('invalid_input', { option: 'in_past' });
      return evening;
    }
    case 'morning': {
      // Still up in the small hours, "tomorrow morning" is the coming one.
      const coming =
        momentAt(now, zone).time < SMALL_HOURS_END &&
        instantOf({ date: day, time: reminderTime, zone }) > now;
      return { date: coming ? day : addDays(day, 1), time: reminderTime, zone };
    }
    case 'week':
      return { date: addDays(day, 7), time: reminderTime, zone };
    case 'moment': {
      const fields: Record<string, FieldErrorCode> = {};
      if (chosen.date === null) fields['date'] = 'required';
      if (chosen.time === null) fields['time'] = 'required';
      if (chosen.date === null || chosen.time === null) throw new DomainError('invalid_input', fields);
      const moment: LocalMoment = { date: chosen.date, time: chosen.time, zone };
      if (instantOf(moment) <= now) {
        throw new DomainError('invalid_input', chosen.date < day ? { date: 'in_past' } : { time: 'in_past' });
      }
      return moment;
    }
  }
}

/**
 * The first whole minute at or after `instant`, as a local moment. In the hour that repeats when the
 * clocks go back, a wall time means its first pass (see local-time.ts), up to an hour too early; then the
 * first minute after the repeated stretch is taken, so a snooze never ends before it should.
 */
export function firstMomentFrom(instant: number, zone: string): LocalMoment {
  const target = Math.ceil(instant / 60_000) * 60_000;
  let probe = target;
  let moment = momentAt(probe, zone);
  while (instantOf(moment) < target) {
    probe += 60_000;
    moment = momentAt(probe, zone);
  }
  return moment;
}
