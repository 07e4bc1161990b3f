/**
 * The first keep-in-touch nudge for people an import brought in (issue 12). Sorted in by the dozen, they
 * would all be due on one day, a cadence after the import; instead each first nudge takes the first day
 * from tomorrow that has fewer than a few keep-in-touch reminders, so they come a few a day over the
 * coming weeks. After that first one, their cadence counts from when it was dealt with, as for anyone.
 */
import type { Reminder } from '../../contract/domain';
import { addDays } from './local-time';

/** At most this many keep-in-touch reminders on one day get a first nudge beside them. */
export const FIRST_NUDGES_PER_DAY = 3;

/** The days first nudges go to, filled as they are handed out (one per reconcile of the rules). */
export class FirstNudgeDays {
  private counts: Map<string, number> | null = null;
  private from: string;

  constructor(
    private readonly active: Iterable<Reminder>,
    today: string,
  ) {
    this.from = addDays(today, 1);
  }

  /** The first day from tomorrow with room, and counts one more for it. */
  take(): string {
    const counts = (this.counts ??= this.count());
    let day = this.from;
    while ((counts.get(day) ?? 0) >= FIRST_NUDGES_PER_DAY) day = addDays(day, 1);
    counts.set(day, (counts.get(day) ?? 0) + 1);
    // Days before this one are full: the next one looks from here.
    this.from = day;
    return day;
  }

  /** Open keep-in-touch reminders per day, counted only once a first nudge is asked for. */
  private count(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of this.active) {
      if (r.kind === 'contact-onderhouden') counts.set(r.due.date, (counts.get(r.due.date) ?? 0) + 1);
    }
    return counts;
  }
}
