/**
 * Calendar arithmetic in the person's own time zone.
 *
 * Reminders are kept as a local date, time and IANA zone (see `LocalMoment`); this turns them into
 * instants for the scheduler and back. Time zones and daylight saving are a solved problem, so this
 * leans on Temporal (the `temporal-polyfill` until Node ships it): a time that does not exist on the
 * spring-forward day is moved forward past the gap, and one that exists twice on the fall-back day means
 * the first of the two ("compatible", as calendars do it).
 */
import { Temporal } from 'temporal-polyfill';
import type { LocalMoment } from '../../contract/domain';
import { zoneOf, type Clock } from '../clock';

// Records are immutable, so a moment's instant is computed once per object.
const instants = new WeakMap<LocalMoment, number>();

/** The instant (epoch milliseconds) of a local moment. */
export function instantOf(moment: LocalMoment): number {
  let ms = instants.get(moment);
  if (ms === undefined) {
    ms = Temporal.PlainDateTime.from(`${moment.date}T${moment.time}`).toZonedDateTime(moment.zone, {
      disambiguation: 'compatible',
    }).epochMilliseconds;
    instants.set(moment, ms);
  }
  return ms;
}

/** The local moment (to the minute, rounded down) of an instant in a zone. */
export function momentAt(instant: Date | number, zone: string): LocalMoment {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDateTime();
  return {
    date: local.toPlainDate().toString(),
    time: `${pad(local.hour)}:${pad(local.minute)}`,
    zone,
  };
}

/** Now, as a local moment in the clock's zone. */
export function nowMoment(clock: Clock): LocalMoment {
  return momentAt(clock.now(), zoneOf(clock));
}

/** Today's calendar date in the clock's zone. */
export function today(clock: Clock): string {
  return nowMoment(clock).date;
}

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** Adds calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  return Temporal.PlainDate.from(date).add({ months }).toString();
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
