/**
 * Keeping in touch (contact onderhouden): which cadence applies to a contact and when contact is due next.
 * Whether a relation is on track, due, or has gone quiet (verwaterd) is the shared rule in
 * contract/rules/gone-quiet.ts, which Overzicht uses too.
 *
 * Pure calendar rules; ReminderBook keeps the one open reminder per contact in line with them.
 */
import type { KeepInTouchDefaults, KeepInTouchStatus } from '../../contract/contract';
import type { Contact } from '../../contract/domain';
import { awaitsSortIn } from '../../contract/rules/sort-in';
import { after, type Interval } from '../../contract/rules/gone-quiet';

export { after, type Interval };

/** The cadence in effect for a contact, after the default for their strength, and its interval. */
export interface EffectiveCadence {
  effective: KeepInTouchStatus['effective'];
  /** Days for `aangepast`, else null. */
  days: number | null;
  /** Null when no contact is asked for (`geen`, or `aangepast` without a number of days). */
  interval: Interval | null;
}

const intervals = {
  'twee-weken': { days: 14 },
  maandelijks: { months: 1 },
  kwartaal: { months: 3 },
  halfjaar: { months: 6 },
  jaarlijks: { months: 12 },
} as const satisfies Record<string, Interval>;

/**
 * The cadence that applies: the contact's own, or for `standaard` the default for their relationship
 * strength (`onbekend` when none is set). Months are calendar months, so "monthly" from the 15th is the
 * 15th again, not every 30 days. Someone an import brought in follows no default until sorted in: a
 * default for `onbekend` would otherwise nudge about hundreds of people nobody has looked at yet.
 */
export function effectiveCadence(contact: Contact, defaults: KeepInTouchDefaults): EffectiveCadence {
  const byDefault = awaitsSortIn(contact) ? 'geen' : defaults[contact.strength ?? 'onbekend'];
  const cadence = contact.cadence === 'standaard' ? byDefault : contact.cadence;
  if (cadence === 'aangepast') {
    const days = contact.cadenceDays;
    return { effective: 'aangepast', days, interval: days === null ? null : { days } };
  }
  return { effective: cadence, days: null, interval: cadence === 'geen' ? null : intervals[cadence] };
}

/** The latest of some calendar dates (YYYY-MM-DD sorts as it reads); null when there are none. */
export function latest(...dates: (string | null)[]): string | null {
  let last: string | null = null;
  for (const date of dates) if (date !== null && (last === null || date > last)) last = date;
  return last;
}
