/**
 * When things can be: a moment asked for "later" must still lie ahead (a snooze, a new reminder), a day
 * something already happened on cannot lie ahead (the last contact, a touch, a thank-you).
 * Core refuses with these answers, on the field they are about, and the page can check with the
 * very same rule before it asks. Pure, as every rule in this folder: it is given today, or now and a
 * wall clock (see wall-clock.ts).
 */
import type { FieldErrorCode, LocalMoment } from '../domain';
import type { WallClock } from './wall-clock';

const MINUTE_MS = 60_000;

/**
 * Which field a moment that is not ahead of `now` is wrong on: the date when it is an earlier day, else
 * the time; null when it lies ahead. Less than a minute ahead counts as past: it would ring before the
 * dialog has closed.
 */
export function pastField(
  chosen: { date: string; time: string },
  { now, zone }: { now: number; zone: string },
  wall: WallClock,
): 'date' | 'time' | null {
  const moment: LocalMoment = { date: chosen.date, time: chosen.time, zone };
  if (wall.instantOf(moment) >= now + MINUTE_MS) return null;
  return chosen.date < wall.momentAt(now, zone).date ? 'date' : 'time';
}

/** True when `date` (YYYY-MM-DD) lies after `today`: a day still to come. */
export function isLaterDay(date: string | null | undefined, today: string): boolean {
  return typeof date === 'string' && date > today;
}

/** The code core refuses a day still to come with: "Laatste contact" has its own sentence. */
export function futureCode(field: string): FieldErrorCode {
  return field === 'lastContactOn' ? 'last_contact_in_future' : 'in_future';
}
