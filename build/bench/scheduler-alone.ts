/** Section 5 of the bench, second half: the reminder scheduler on its own, over the opened journal. */
import { performance } from 'node:perf_hooks';
import type { Reminder } from '../../electron/contract/domain';
import type { JournalStore } from '../../electron/core/journal/journal-store';
import { isActive } from '../../electron/core/reminders/due';
import { addDays } from '../../electron/core/reminders/local-time';
import type { ReminderNotice } from '../../electron/core/reminders/ports';
import { ReminderScheduler } from '../../electron/core/reminders/scheduler';
import { clock, collect, DUE_EDITS, DUE_ROUNDS, DUE_WARMUP, TODAY } from './options';
import { countingTimers, median, percentile } from './stats';

/**
 * The scheduler on the opened journal, as the app runs it: start (the launch look), then rounds of edits of
 * one reminder each through store.update, each followed by scheduler.changed(). Half the edits move an open
 * reminder to another day and time (a new moment, whose instant is not cached yet), half change a done
 * one's note (which the scheduler must notice costs nothing). Real timers, counted.
 */
export function measureDue(store: JournalStore) {
  const timers = countingTimers();
  const notices: ReminderNotice[] = [];
  const zone = 'Europe/Amsterdam';
  const scheduler = new ReminderScheduler({
    store,
    clock: { now: () => clock.now(), zone: () => zone },
    timers,
    notifier: { show: (notice) => notices.push(notice) },
    describe: (r) => ({ title: 'Herinnering', body: r.title, target: { view: 'reminders', id: r.id } }),
    summary: (count) => ({ title: `${count} herinneringen`, body: '' }),
  });
  collect();
  let start = performance.now();
  scheduler.start();
  const startMs = performance.now() - start;
  const atLaunch = notices.length;

  const open = store.data.reminders.filter(isActive).map((r) => r.id);
  const done = store.data.reminders.filter((r) => !isActive(r)).map((r) => r.id);
  const edit = (id: string, change: (r: Reminder) => Reminder) =>
    store.update((journal) => {
      const reminders = journal.reminders.slice();
      const i = reminders.findIndex((r) => r.id === id);
      reminders[i] = change(reminders[i]!);
      return { ...journal, reminders };
    });
  const stats = { p50: [] as number[], p95: [] as number[], changedP95: [] as number[] };
  let total: number[] = [];
  let changed: number[] = [];
  const updatedAt = clock.now().toISOString();
  for (let rep = 0; rep < DUE_WARMUP + DUE_ROUNDS * DUE_EDITS; rep++) {
    if (rep >= DUE_WARMUP && (rep - DUE_WARMUP) % DUE_EDITS === 0) collect();
    const moveOpen = rep % 2 === 0;
    const ids = moveOpen ? open : done;
    const id = ids[(rep * 7919) % ids.length]!;
    start = performance.now();
    if (moveOpen) {
      const time = `${String(8 + (rep % 12)).padStart(2, '0')}:${String((rep * 7) % 60).padStart(2, '0')}`;
      edit(id, (r) => ({
        ...r,
        state: 'open',
        due: { date: addDays(TODAY, 1 + (rep % 60)), time, zone },
        snoozedUntil: null,
        notifiedAt: null,
        updatedAt,
      }));
    } else {
      edit(id, (r) => ({ ...r, note: `Bewerking ${rep}.`, updatedAt }));
    }
    const edited = performance.now();
    scheduler.changed();
    const end = performance.now();
    if (rep < DUE_WARMUP) continue;
    total.push(end - start);
    changed.push(end - edited);
    if (total.length === DUE_EDITS) {
      stats.p50.push(median(total));
      stats.p95.push(percentile(total, 95));
      stats.changedP95.push(percentile(changed, 95));
      total = [];
      changed = [];
    }
  }
  const armedAtEnd = timers.armed;
  scheduler.stop();
  const summary =
    `Reminders: ${open.length} open or snoozed of ${store.data.reminders.length}; ${atLaunch} notice(s) at ` +
    `launch for ${scheduler.missedAtLaunch} missed, ${notices.length - atLaunch} during the edits; ` +
    `${scheduler.dueCount()} overdue or due today; one timer armed at the end: ${armedAtEnd === 1}.`;
  return { ...stats, startMs, mostArmed: timers.mostArmed, armedAtEnd, summary };
}
