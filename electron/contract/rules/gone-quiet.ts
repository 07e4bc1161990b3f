/**
 * The one rule for "verwaterd" (a relation gone quiet), so Overzicht's Verwaterd list, Contacten's
 * keep-in-touch filter and the contact page never disagree about a person (review s6, S3).
 *
 * A relation has gone quiet once twice its keep-in-touch cadence has passed without contact, or once more
 * than QUIET_MONTHS months have, whichever comes first: someone known very well, whom the defaults
 * leave without reminders, still fades after half a year of silence. Counted from the last contact (a
 * conversation held, a touch, the date on the contact, a keep-in-touch reminder marked done), or from
 * the day the contact was made when there never was one. Left out: people the person chose never to be
 * reminded of (their own cadence `geen`), archived people, and people an import brought in who are not
 * sorted in yet (nobody has looked at them: calling 300 of them verwaterd would say nothing).
 *
 * Before that day a relation with a cadence is on track until the cadence has passed, then due.
 */
import type { Contact } from '../domain';
import { addDays, addMonths } from './calendar';
import { awaitsSortIn } from './sort-in';

/** Without contact for longer than this many months a relation is verwaterd, whatever its cadence. */
export const QUIET_MONTHS = 6;

/** A cadence that asks for contact: every so many days, or every so many calendar months. */
export type Interval = { days: number } | { months: number };

/** `date` plus `times` intervals. Two months from 31 August is 31 October, not 30 October. */
export function after(date: string, interval: Interval, times = 1): string {
  return 'days' in interval ? addDays(date, interval.days * times) : addMonths(date, interval.months * times);
}

/** The first day a relation counts as verwaterd, and which limit made it. */
export interface QuietFrom {
  on: string;
  by: 'cadence' | 'months';
}

/**
 * The first day on which this relation counts as verwaterd, counting from `anchor` (the last contact, or
 * the day the contact was made); null when it never does (see above for who is left out).
 * `interval` is the cadence in effect (the contact's own or their strength's default), null for none.
 */
export function quietFrom(
  contact: Pick<Contact, 'cadence' | 'archived' | 'importedAt' | 'strength'>,
  anchor: string,
  interval: Interval | null,
): QuietFrom | null {
  if (contact.cadence === 'geen' || contact.archived || awaitsSortIn(contact)) return null;
  // "More than six months": six calendar months to the day is still within them.
  const byMonths = addDays(addMonths(anchor, QUIET_MONTHS), 1);
  const byCadence = interval ? after(anchor, interval, 2) : null;
  return byCadence !== null && byCadence <= byMonths
    ? { on: byCadence, by: 'cadence' }
    : { on: byMonths, by: 'months' };
}

/** Where keeping in touch stands: no cadence and not gone quiet is `none`. */
export type KeepInTouchStand = 'none' | 'on-track' | 'due' | 'verwaterd';

/**
 * Where the relation stands on `today`: verwaterd from `quietFrom`'s day; before that, with a cadence, on
 * track until the cadence has passed and due after; without one, `none`.
 */
export function keepInTouchStand(
  contact: Pick<Contact, 'cadence' | 'archived' | 'importedAt' | 'strength'>,
  anchor: string,
  interval: Interval | null,
  today: string,
): KeepInTouchStand {
  if (contact.archived) return 'none';
  const quiet = quietFrom(contact, anchor, interval);
  if (quiet && today >= quiet.on) return 'verwaterd';
  if (!interval) return 'none';
  return today < after(anchor, interval) ? 'on-track' : 'due';
}
