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

// Calendar dates are counted in whole days since 1970-01-01 with plain arithmetic: no zone can shift a
// date, and keeping in touch works out a date for each of thousands of contacts, where Temporal's
// PlainDate costs microseconds per call. The results are Temporal's (see local-time.test.ts).

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(date: string): number {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(d.getTime() / DAY_MS);
}

function dateOfDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Adds calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const d = new Date(0);
  d.setUTCFullYear(year, month + 1, 0);
  const day = Math.min(Number(date.slice(8, 10)), d.getUTCDate());
  return `${String(year).padStart(4, '0')}-${pad(month + 1)}-${pad(day)}`;
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Whether two local moments are the same date, time and zone. */
export function sameMoment(a: LocalMoment, b: LocalMoment): boolean {
  return a.date === b.date && a.time === b.time && a.zone === b.zone;
}

/** Calendar dates of timestamps in a zone, cached: the same few thousand are asked for again and again. */
export class LocalDates {
  private zone = '';
  private format: Intl.DateTimeFormat | null = null;
  private readonly dates = new Map<string, string>();

  of(timestamp: string, zone: string): string {
    if (zone !== this.zone || !this.format) {
      // Parts, not the formatted string: the order of year, month and day differs per locale and version.
      this.format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      this.zone = zone;
      this.dates.clear();
    }
    let date = this.dates.get(timestamp);
    if (date === undefined) {
      const parts: Record<string, string> = {};
      for (const p of this.format.formatToParts(Date.parse(timestamp))) parts[p.type] = p.value;
      date = `${parts['year']!.padStart(4, '0')}-${parts['month']}-${parts['day']}`;
      this.dates.set(timestamp, date);
    }
    return date;
  }
}
