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
import { knownZone, zoneOf, type Clock } from '../clock';

// Records are immutable, so a moment's instant is computed once per object.
const instants = new WeakMap<LocalMoment, number>();

/** The instant (epoch milliseconds) of a local moment. */
export function instantOf(moment: LocalMoment): number {
  let ms = instants.get(moment);
  if (ms === undefined) {
    // A zone this runtime does not know (see `TimeZone`) counts as UTC: a time a little off beats none.
    const zone = knownZone(moment.zone) ? moment.zone : 'UTC';
    ms = Temporal.PlainDateTime.from(`${moment.date}T${moment.time}`).toZonedDateTime(zone, {
      disambiguation: 'compatible',
    }).epochMilliseconds;
    instants.set(moment, ms);
  }
  return ms;
}

/** The local moment (to the minute, rounded down) of an instant in a zone. */
export function momentAt(instant: Date | number, zone: string): LocalMoment {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const known = knownZone(zone) ? zone : 'UTC';
  const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(known).toPlainDateTime();
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

// Calendar dates are counted with plain arithmetic, shared with the renderer (see contract/rules/calendar.ts).
export { addDays, addMonths, daysBetween } from '../../contract/rules/calendar';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Whether two local moments are the same date, time and zone. */
export function sameMoment(a: LocalMoment, b: LocalMoment): boolean {
  return a.date === b.date && a.time === b.time && a.zone === b.zone;
}
