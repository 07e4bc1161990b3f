/**
 * When reminders fall due: one timer, the wall clock, and a note in the journal of what was shown.
 *
 * Every look goes by `clock.now()` and the journal, never by what a timer was meant for: a timer only
 * says "look again". So a laptop that slept through a due moment, a clock set forward or back, or a timer
 * that fires late all come down to the same question, "what is due now and not yet shown?", and the
 * answer cannot lose or repeat a reminder. What was shown is kept on the record (`notifiedAt`), so it
 * holds across restarts; the book clears it when a reminder's moment moves (snooze, edit).
 *
 * However many reminders there are, exactly one timer is armed: for the next due moment, or the periodic
 * tick (`TICK_MS`) when that is further away. The tick is also the look that notices a changed clock, a
 * missed wake-up, and a new day for the due count.
 */
import type { AppTarget } from '../../contract/contract';
import type { Reminder } from '../../contract/domain';
import { changesBetween, indexInSorted, sortedIndex } from '../array-changes';
import type { Clock, Timers } from '../clock';
import type { JournalStore } from '../journal/journal-store';
import { daysFrom, effectiveDue, groupOf, isActive, type Days } from './due';
import { instantOf, today } from './local-time';
import type { Notifier, RescanReason } from './ports';

export interface SchedulerDeps {
  store: JournalStore;
  clock: Clock;
  timers: Timers;
  notifier: Notifier;
  /** The notification for one reminder, worded in the UI language, and what a click opens. */
  describe(reminder: Reminder): { title: string; body: string; target: AppTarget };
  /** The one notification for several reminders that fell due together (or while the app was closed). */
  /** Words one notification for `count` reminders; `missed` when they fell due while the app was closed. */
  summary(count: number, missed: boolean): { title: string; body: string };
  /** Called with the number of reminders overdue or due today whenever it changes (and at start). */
  onDueCount?(due: number): void;
  /** Called after every look, whatever its reason (a timer, a change, a resume): it may have written. */
  onLooked?(): void;
  /** Where errors from the notifier, the wording or a save go; a failing one never stops the scheduler. */
  log?(error: unknown): void;
}

/** The periodic look by wall clock, and the longest the one armed timer is ever set for. */
export const TICK_MS = 5 * 60_000;

/** The most reminders falling due together that still get a notification each. */
export const MAX_SEPARATE = 3;

/** Passes of one rescan at most, when a notifier or listener keeps changing reminders while it runs. */
const MAX_PASSES = 8;

/** The active (open or snoozed) reminders of one version of the reminders array. */
interface ActiveIndex {
  of: readonly Reminder[];
  active: Set<Reminder>;
  /**
   * The active ones not shown yet, soonest first: a look after an edit reads the first few instead of
   * going through them all. Null if an instant could not be worked out; then every look goes through all.
   */
  pending: Reminder[] | null;
  /** How many active ones are due on or before `countedFor` (a date), kept up to date by each patch. */
  count: number;
  countedFor: string | null;
}

/** The instant a reminder falls due now (its snooze moment when snoozed). */
const dueAt = (r: Reminder) => instantOf(effectiveDue(r));
const soonestFirst = (a: Reminder, b: Reminder) => dueAt(a) - dueAt(b);

/**
 * Decides which reminders are due, shows each once, and keeps one timer armed for the next.
 * Nothing happens before `start()` (the launch look) or after `stop()`.
 */
export class ReminderScheduler {
  private running = false;
  private launching = false;
  private scanning = false;
  private again = false;
  private handle: unknown = null;
  private armed = false;
  private next: number | null = null;
  private missed = 0;
  private reported: number | null = null;
  /** The reminders array as of the last look; `changed()` looks again only when it was replaced. */
  private seen: readonly Reminder[] | null = null;
  private index: ActiveIndex | null = null;
  private days: Days | null = null;
  /**
   * Shown this run but not noted in the journal (read-only journal, or a failed update): reminder id →
   * the instant it was shown for, so it is shown once per due moment all the same.
   */
  private readonly shownInMemory = new Map<string, number>();

  constructor(private readonly deps: SchedulerDeps) {}

  /** The launch look: what fell due while the app was closed is shown now, as one summary if several. */
  start(): void {
    this.running = true;
    this.launching = true;
    this.rescan('launch');
  }

  /** Looks at every active reminder by the wall clock, shows what is newly due, and re-arms the timer. */
  rescan(_reason: RescanReason): void {
    if (!this.running) return;
    if (this.scanning) {
      // Called from inside a look (a notifier or listener that changed something): look once more after.
      this.again = true;
      return;
    }
    // Every reason gets the same full look by the wall clock: that is what makes sleep and clock changes safe.
    this.scanning = true;
    let next = Infinity;
    try {
      let passes = 0;
      do {
        this.again = false;
        next = this.look();
      } while (this.again && ++passes < MAX_PASSES);
    } catch (error) {
      this.log(error);
    } finally {
      this.scanning = false;
      this.arm(next);
    }
    try {
      this.deps.onLooked?.();
    } catch (error) {
      this.log(error);
    }
  }

  /** After an edit: looks again only when the reminders were replaced since the last look. */
  changed(): void {
    if (this.running && this.deps.store.data.reminders !== this.seen) this.rescan('change');
  }

  /** Disarms the timer; nothing more is shown until `start()` again. */
  stop(): void {
    this.running = false;
    this.disarm();
  }

  /** How many reminders the launch look found due while the app was closed (0 before `start()`). */
  get missedAtLaunch(): number {
    return this.missed;
  }

  /** The next moment (epoch ms) a reminder falls due that has not been shown yet, or null when none. */
  get nextAt(): number | null {
    return this.next;
  }

  /** Active reminders overdue or due today: the count on the navigation and the app icon. */
  dueCount(): number {
    return this.countDue();
  }

  /** One look: shows what is newly due, notes it, reports the due count; returns the next due instant. */
  private look(): number {
    const { store, clock } = this.deps;
    const now = clock.now().getTime();
    const { active, pending } = this.activeIndex();
    this.seen = store.data.reminders;
    const due: Reminder[] = [];
    let next = Infinity;
    // Usually nothing is due: the soonest reminder not shown yet lies ahead, and it is the next.
    let first = 0;
    while (pending && first < pending.length && this.shown(pending[first]!)) first++;
    const soonest = pending?.[first];
    if (pending && (soonest === undefined || dueAt(soonest) > now)) {
      if (soonest !== undefined) next = dueAt(soonest);
    } else {
      // Something is due: the look over all active ones, which keeps the order they are shown in.
      for (const r of active) {
        if (r.notifiedAt !== null) continue;
        // Only reminders still to show get an instant; done and skipped ones are not even in `active`.
        const at = dueAt(r);
        if (this.shownInMemory.get(r.id) === at) continue;
        if (at <= now) due.push(r);
        else if (at < next) next = at;
      }
    }
    this.next = next === Infinity ? null : next;
    // Shown soonest first, and in the same order in a running app as after a restart: the active set's
    // order follows the history of edits, so it cannot decide.
    if (due.length > 1) {
      due.sort(
        (a, b) => dueAt(a) - dueAt(b) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      );
    }
    const launch = this.launching;
    if (launch) {
      this.launching = false;
      this.missed = due.length;
    }
    if (due.length > 0) {
      this.note(due, now);
      this.show(due, launch);
    }
    this.report(this.countDue());
    return next;
  }

  /** Shown this run for its current moment though not noted in the journal (see `shownInMemory`). */
  private shown(r: Reminder): boolean {
    return this.shownInMemory.get(r.id) === dueAt(r);
  }

  /** Notes in the journal that these were shown, before showing them: better once too few than twice. */
  private note(due: readonly Reminder[], now: number): void {
    const { store } = this.deps;
    if (!store.readOnly) {
      const shown = new Set(due);
      const notifiedAt = new Date(now).toISOString();
      try {
        store.update((journal) => {
          const reminders = journal.reminders.slice();
          for (let i = 0; i < reminders.length; i++) {
            const r = reminders[i]!;
            if (shown.has(r)) reminders[i] = { ...r, notifiedAt };
          }
          return { ...journal, reminders };
        });
        this.seen = store.data.reminders;
        // Written now rather than with the next coalesced save: a crash right after the notification
        // must not show it again at the next launch.
        // A failure shows as the journal's save state (and is retried), like any other save.
        store.flush().catch(() => undefined);
        return;
      } catch (error) {
        this.log(error);
      }
    }
    for (const r of due) this.shownInMemory.set(r.id, instantOf(effectiveDue(r)));
  }

  /**
   * Each reminder its own notification, as long as they are few (the app's own reminders share the
   * reminder time, so two or three at 09:00 is normal); more than that, or several missed while the app
   * was closed, become one summary: never a storm.
   */
  private show(due: readonly Reminder[], launch: boolean): void {
    const { notifier } = this.deps;
    try {
      if (due.length === 1 || (!launch && due.length <= MAX_SEPARATE)) {
        for (const reminder of due) {
          notifier.show({ reminderId: reminder.id, ...this.deps.describe(reminder), actions: true });
        }
      } else {
        notifier.show({
          reminderId: null,
          ...this.deps.summary(due.length, launch),
          target: { view: 'reminders', id: null },
          actions: false,
        });
      }
    } catch (error) {
      this.log(error);
    }
  }

  private report(due: number): void {
    if (due === this.reported) return;
    this.reported = due;
    try {
      this.deps.onDueCount?.(due);
    } catch (error) {
      this.log(error);
    }
  }

  private countDue(): number {
    const date = today(this.deps.clock);
    if (this.days?.today !== date) this.days = daysFrom(date);
    const days = this.days;
    const index = this.activeIndex();
    // Counted again on a new day; in between, every patch of the index keeps the count.
    if (index.countedFor !== date) {
      let count = 0;
      for (const r of index.active) {
        const group = groupOf(r, days);
        if (group === 'overdue' || group === 'today') count++;
      }
      index.count = count;
      index.countedFor = date;
    }
    return index.count;
  }

  /** Exactly one timer: the old one is cleared before the new one is set. */
  private arm(next: number): void {
    this.disarm();
    if (!this.running) return;
    const delay = Math.min(TICK_MS, Math.max(0, next - this.deps.clock.now().getTime()));
    this.armed = true;
    this.handle = this.deps.timers.set(() => {
      this.handle = null;
      this.armed = false;
      this.rescan('tick');
    }, delay);
  }

  private disarm(): void {
    if (!this.armed) return;
    this.deps.timers.clear(this.handle);
    this.handle = null;
    this.armed = false;
  }

  /**
   * The active reminders, kept per version of the array: an edit replaces a few records, so the set is
   * patched for those (see array-changes.ts) instead of going through 20,000 reminders again.
   */
  private activeIndex(): ActiveIndex {
    const reminders = this.deps.store.data.reminders;
    const index = this.index;
    if (index?.of === reminders) return index;
    const changes = index && changesBetween(index.of, reminders);
    if (index && changes) {
      for (const r of changes.removed) if (index.active.delete(r)) this.unlist(index, r);
      for (const r of changes.added) {
        if (isActive(r) && !index.active.has(r)) {
          index.active.add(r);
          this.list(index, r);
        }
      }
      index.of = reminders;
      return index;
    }
    const active = new Set<Reminder>();
    for (const r of reminders) if (isActive(r)) active.add(r);
    let pending: Reminder[] | null = null;
    try {
      const at = new Map<Reminder, number>();
      for (const r of active) if (r.notifiedAt === null) at.set(r, dueAt(r));
      pending = [...at.keys()].sort((a, b) => at.get(a)! - at.get(b)!);
    } catch {
      // A moment without an instant: every look goes through all of them, and reports what it meets.
    }
    this.index = { of: reminders, active, pending, count: 0, countedFor: null };
    return this.index;
  }

  /** Adds an active reminder to the pending ones and the count. */
  private list(index: ActiveIndex, r: Reminder): void {
    if (index.countedFor !== null && effectiveDue(r).date <= index.countedFor) index.count++;
    if (r.notifiedAt !== null || !index.pending) return;
    try {
      index.pending.splice(sortedIndex(index.pending, r, soonestFirst), 0, r);
    } catch {
      index.pending = null;
    }
  }

  /** Takes a reminder that is no longer active out of the pending ones and the count. */
  private unlist(index: ActiveIndex, r: Reminder): void {
    if (index.countedFor !== null && effectiveDue(r).date <= index.countedFor) index.count--;
    if (r.notifiedAt !== null || !index.pending) return;
    const at = indexInSorted(index.pending, r, soonestFirst);
    if (at >= 0) index.pending.splice(at, 1);
  }

  private log(error: unknown): void {
    try {
      this.deps.log?.(error);
    } catch {
      // A failing logger must not stop the scheduler either.
    }
  }
}
