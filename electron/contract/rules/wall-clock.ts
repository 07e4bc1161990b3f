/**
 * How a rule reads the wall clock: the two conversions between an instant and a moment as a person
 * reads it where they live. The rules in this folder take one instead of computing time zones
 * themselves, so they stay small enough for the renderer's bundle:
 * - core passes its Temporal-based conversions (`core/reminders/local-time.ts`), for any zone;
 * - the renderer passes `localWallClock`, the JavaScript engine's own `Date`, which knows the zone the
 *   computer is in and nothing else. That is the only zone the renderer ever previews in.
 * Both settle the two odd hours of daylight saving the same way ("compatible", as calendars do): a time
 * the clocks skip lies after the gap, and a time that comes twice means its first pass.
 */
import type { LocalMoment } from '../domain';

export interface WallClock {
  /** The local moment (to the minute, rounded down) of an instant (epoch ms) in `zone`. */
  momentAt(instant: number, zone: string): LocalMoment;
  /** The instant (epoch ms) of a local moment. */
  instantOf(moment: LocalMoment): number;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The computer's own zone, through `Date`. It does not look at the zone it is given or that a moment
 * carries: use it only with the zone the computer is in (`Intl.DateTimeFormat().resolvedOptions()`).
 */
export const localWallClock: WallClock = {
  momentAt(instant, zone) {
    const d = new Date(instant);
    return {
      date: `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
      zone,
    };
  },
  instantOf({ date, time }) {
    const year = Number(date.slice(0, 4));
    // All fields at once, as local wall time, so the engine settles a skipped or repeated time itself.
    const d = new Date(
      year,
      Number(date.slice(5, 7)) - 1,
      Number(date.slice(8, 10)),
      Number(time.slice(0, 2)),
      Number(time.slice(3, 5)),
    );
    // The constructor reads years 0-99 as 1900-1999.
    if (year < 100) d.setFullYear(year);
    return d.getTime();
  },
};
