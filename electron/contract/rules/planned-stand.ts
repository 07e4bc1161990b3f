/**
 * Where a planned conversation stands for the person now, so the list, the contact's timeline and the
 * editor agree (trial s11: one planned for 9:00 today was still "upcoming" at 14:00). Pure, as every rule
 * in this folder: it is given the person's local date and time (the injected clock in tests).
 *
 * - `coming`: a later day, or today at a time still ahead.
 * - `today`: today without a time. It may be this evening, so it is not asked about yet; it shows as
 *   today, and can be marked held whenever the person likes.
 * - `to-record`: today at a time that has come: "Hoe ging het?", ready to be marked held.
 * - `passed`: an earlier day, still not marked held.
 */
export type PlannedStand = 'coming' | 'today' | 'to-record' | 'passed';

/** `now`: the local date (YYYY-MM-DD) and time of day (HH:MM). A time is HH:MM or null. */
export function plannedStand(
  planned: { date: string; time: string | null },
  now: { date: string; time: string },
): PlannedStand {
  if (planned.date > now.date) return 'coming';
  if (planned.date < now.date) return 'passed';
  if (!planned.time) return 'today';
  return planned.time <= now.time ? 'to-record' : 'coming';
}

/** The person is likely to want to write down how it went: its moment has come (today) or passed. */
export function readyToRecord(stand: PlannedStand): boolean {
  return stand === 'to-record' || stand === 'passed';
}
