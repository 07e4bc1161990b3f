import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../contract/contract';
import { JOURNAL_SCHEMA_VERSION, type Journal, type Reminder } from '../../contract/domain';
import type { Clock } from '../clock';
import { JournalStore } from '../journal/journal-store';
import { openNetwerkdagboek, type Netwerkdagboek } from '../netwerkdagboek';
import { SettingsStore } from '../settings/settings';
import { addDays, instantOf, today } from './local-time';
import { ManualClock } from '../testing/manual-clock';
import type { ReminderNotice } from './ports';
import { ReminderScheduler, TICK_MS, type SchedulerDeps } from './scheduler';

const ZONE = 'Europe/Amsterdam';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let dir: string;
let path: string;
const openStores: JournalStore[] = [];
const openApps: Netwerkdagboek[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-scheduler-'));
  path = join(dir, 'journal.json');
});
afterEach(async () => {
  for (const store of openStores.splice(0)) await store.close();
  for (const app of openApps.splice(0)) await app.close();
  await rm(dir, { recursive: true, force: true });
});

async function openStore(clock: Clock): Promise<JournalStore> {
  const store = await JournalStore.open({ path, clock });
  openStores.push(store);
  return store;
}

/** Closes (flushes) the store, as quitting the app does. */
async function closeStore(store: JournalStore): Promise<void> {
  openStores.splice(openStores.indexOf(store), 1);
  await store.close();
}

function reminder(id: string, date: string, time: string, fields: Partial<Reminder> = {}): Reminder {
  const at = '2026-11-01T10:00:00.000Z';
  return {
    id,
    kind: 'eigen',
    contactId: null,
    conversationId: null,
    due: { date, time, zone: ZONE },
    title: `Herinnering ${id}`,
    note: '',
    state: 'open',
    snoozedUntil: null,
    notifiedAt: null,
    completedAt: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

function add(store: JournalStore, ...reminders: Reminder[]): void {
  store.update((j) => ({ ...j, reminders: [...j.reminders, ...reminders] }));
}

function edit(store: JournalStore, id: string, change: (r: Reminder) => Reminder): void {
  store.update((j) => ({ ...j, reminders: j.reminders.map((r) => (r.id === id ? change(r) : r)) }));
}

function find(store: JournalStore, id: string): Reminder {
  const found = store.data.reminders.find((r) => r.id === id);
  if (!found) throw new Error(`no reminder ${id}`);
  return found;
}

interface Shown extends ReminderNotice {
  /** The clock's time when it was shown. */
  at: string;
}

/** A scheduler on a manual clock with a recording notifier. */
function schedule(store: JournalStore, clock: ManualClock, extra: Partial<SchedulerDeps> = {}) {
  const shown: Shown[] = [];
  const summaries: number[] = [];
  const counts: { due: number; at: string }[] = [];
  const errors: unknown[] = [];
  const scheduler = new ReminderScheduler({
    store,
    clock,
    timers: clock,
    notifier: { show: (notice) => shown.push({ ...notice, at: clock.now().toISOString() }) },
    describe: (r) => ({
      title: 'Herinnering',
      body: `Niet vergeten: ${r.title}`,
      target: r.conversationId
        ? { view: 'conversation', id: r.conversationId }
        : { view: 'reminders', id: r.id },
    }),
    summary: (count, missed) => {
      summaries.push(count);
      return {
        title: `${count} herinneringen${missed ? ' gemist' : ''}`,
        body: 'Bekijk ze in Herinneringen.',
      };
    },
    onDueCount: (due) => counts.push({ due, at: clock.now().toISOString() }),
    log: (error) => errors.push(error),
    ...extra,
  });
  return { scheduler, shown, summaries, counts, errors };
}

/** The UTC instant of a local moment in Amsterdam, as an ISO string. */
function utc(date: string, time: string): string {
  return new Date(instantOf({ date, time, zone: ZONE })).toISOString();
}

describe('a reminder far ahead', () => {
  it('fires 40 days ahead on time, not before, through one timer capped at the tick', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const delays: number[] = [];
    const timers = {
      set: (callback: () => void, ms: number) => {
        delays.push(ms);
        return clock.set(callback, ms);
      },
      clear: (handle: unknown) => clock.clear(handle),
    };
    const store = await openStore(clock);
    const date = addDays(today(clock), 40);
    expect(date).toBe('2027-01-02');
    add(store, reminder('r40', date, '09:30', { conversationId: 'g1' }));
    const { scheduler, shown } = schedule(store, clock, { timers });
    scheduler.start();
    expect(scheduler.missedAtLaunch).toBe(0);
    expect(scheduler.nextAt).toBe(Date.parse('2027-01-02T08:30:00Z'));
    expect(clock.pending).toBe(1);

    clock.advanceTo('2027-01-02T08:29:00Z');
    expect(shown).toEqual([]);
    expect(find(store, 'r40').notifiedAt).toBeNull();
    clock.advanceTo('2027-01-02T08:30:00Z');
    expect(shown).toEqual([
      {
        reminderId: 'r40',
        title: 'Herinnering',
        body: 'Niet vergeten: Herinnering r40',
        target: { view: 'conversation', id: 'g1' },
        actions: true,
        at: '2027-01-02T08:30:00.000Z',
      },
    ]);
    expect(find(store, 'r40').notifiedAt).toBe('2027-01-02T08:30:00.000Z');
    expect(scheduler.nextAt).toBeNull();
    // 40 days of ticks: never more than one timer, never longer than the tick (far below 2^31−1 ms).
    expect(Math.max(...delays)).toBe(TICK_MS);
    expect(delays.length).toBeGreaterThan((40 * DAY) / TICK_MS - 10);
    clock.advance(7 * DAY);
    expect(shown).toHaveLength(1);
    expect(clock.pending).toBe(1);
  });
});

describe('one timer', () => {
  it('keeps exactly one armed timer for 10,000 reminders: after start, after changes, after firing', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    const start = Date.parse('2026-11-23T09:00:00Z');
    const all: Reminder[] = [];
    for (let i = 0; i < 10_000; i++) {
      // Spread over the next ten days, on the quarter hour, so some share a moment; a third are done.
      const at = new Date(start + ((i * 7919) % 960) * 15 * MINUTE + 15 * MINUTE);
      const local = at.toLocaleString('sv-SE', { timeZone: ZONE });
      const done = i % 3 === 0;
      all.push(
        reminder(`r${i}`, local.slice(0, 10), local.slice(11, 16), {
          state: done ? 'done' : 'open',
          completedAt: done ? '2026-11-20T10:00:00.000Z' : null,
        }),
      );
    }
    add(store, ...all);
    const { scheduler, shown, summaries } = schedule(store, clock);
    scheduler.start();
    expect(clock.pending).toBe(1);

    add(store, reminder('extra', '2026-11-23', '10:05'));
    scheduler.changed();
    expect(clock.pending).toBe(1);
    edit(store, 'r1', (r) => ({ ...r, state: 'skipped', completedAt: '2026-11-23T09:00:00.000Z' }));
    scheduler.changed();
    expect(clock.pending).toBe(1);
    scheduler.rescan('unlock');
    expect(clock.pending).toBe(1);

    for (let step = 0; step < 48; step++) {
      clock.advance(30 * MINUTE);
      expect(clock.pending).toBe(1);
    }
    const dueBy = clock.now().getTime();
    const expected = store.data.reminders.filter(
      (r) => r.state === 'open' && instantOf(r.due) <= dueBy,
    ).length;
    expect(expected).toBeGreaterThan(500);
    // Every due one announced once, alone or within a summary; all noted in the journal.
    const single = shown.filter((n) => n.reminderId !== null).map((n) => n.reminderId);
    expect(new Set(single).size).toBe(single.length);
    expect(single.length + summaries.reduce((a, b) => a + b, 0)).toBe(expected);
    expect(
      store.data.reminders.filter((r) => r.state === 'open' && instantOf(r.due) <= dueBy && !r.notifiedAt),
    ).toEqual([]);
    scheduler.stop();
    expect(clock.pending).toBe(0);
  });

  it('looks again on changed() only when the reminders were replaced', async () => {
    let looks = 0;
    const manual = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const counting = Object.assign(Object.create(manual) as ManualClock, {
      now: () => {
        looks++;
        return manual.now();
      },
    });
    const store = await openStore(manual);
    add(store, reminder('a', '2026-11-24', '09:00'));
    const { scheduler } = schedule(store, counting);
    scheduler.start();
    looks = 0;
    scheduler.changed();
    store.update((j) => ({ ...j, contacts: [] }));
    scheduler.changed();
    expect(looks).toBe(0);
    edit(store, 'a', (r) => ({ ...r, title: 'Anders' }));
    scheduler.changed();
    expect(looks).toBeGreaterThan(0);
  });
});

describe('missed while the app was closed', () => {
  it('shows three missed reminders once at launch as one summary, and not again on the launch after', async () => {
    const before = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    let store = await openStore(before);
    add(
      store,
      reminder('a', '2026-11-23', '12:00'),
      reminder('b', '2026-11-23', '13:00'),
      reminder('c', '2026-11-23', '14:30'),
      reminder('later', '2026-11-24', '09:00'),
      reminder('old', '2026-11-20', '09:00', { notifiedAt: '2026-11-20T08:00:00.000Z' }),
      reminder('gone', '2026-11-22', '09:00', { state: 'done', completedAt: '2026-11-22T09:00:00.000Z' }),
    );
    await closeStore(store);

    const launch = new ManualClock('2026-11-23T16:00:00+01:00', ZONE);
    store = await openStore(launch);
    const first = schedule(store, launch);
    first.scheduler.start();
    expect(first.shown).toEqual([
      {
        reminderId: null,
        title: '3 herinneringen gemist',
        body: 'Bekijk ze in Herinneringen.',
        target: { view: 'reminders', id: null },
        actions: false,
        at: '2026-11-23T15:00:00.000Z',
      },
    ]);
    expect(first.summaries).toEqual([3]);
    expect(first.scheduler.missedAtLaunch).toBe(3);
    for (const id of ['a', 'b', 'c']) expect(find(store, id).notifiedAt).toBe('2026-11-23T15:00:00.000Z');
    first.scheduler.rescan('tick');
    expect(first.shown).toHaveLength(1);
    first.scheduler.stop();
    await closeStore(store);

    const again = new ManualClock('2026-11-23T17:00:00+01:00', ZONE);
    store = await openStore(again);
    const second = schedule(store, again);
    second.scheduler.start();
    expect(second.shown).toEqual([]);
    expect(second.scheduler.missedAtLaunch).toBe(0);
    expect(second.scheduler.nextAt).toBe(Date.parse(utc('2026-11-24', '09:00')));
  });

  it('shows one missed reminder as itself, with its actions', async () => {
    const before = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    let store = await openStore(before);
    add(store, reminder('a', '2026-11-23', '12:00'), reminder('b', '2026-11-25', '12:00'));
    await closeStore(store);

    const launch = new ManualClock('2026-11-24T08:00:00+01:00', ZONE);
    store = await openStore(launch);
    const { scheduler, shown, summaries } = schedule(store, launch);
    scheduler.start();
    expect(scheduler.missedAtLaunch).toBe(1);
    expect(summaries).toEqual([]);
    expect(shown).toMatchObject([{ reminderId: 'a', actions: true, target: { view: 'reminders', id: 'a' } }]);
  });

  it('is zero at a launch with nothing missed', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('a', '2026-11-23', '12:00'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    expect(scheduler.missedAtLaunch).toBe(0);
    expect(shown).toEqual([]);
  });
});

describe('sleep', () => {
  it('a resume after sleeping past the due time shows it once; the timer firing late shows nothing more', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('a', '2026-11-23', '10:30'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    clock.jump(3 * HOUR); // the lid closes at 10:00 and opens at 13:00; no timer fired meanwhile
    expect(shown).toEqual([]);
    scheduler.rescan('resume');
    expect(shown).toMatchObject([{ reminderId: 'a', at: '2026-11-23T12:00:00.000Z' }]);
    expect(clock.pending).toBe(1);
    clock.advance(2 * TICK_MS);
    scheduler.rescan('unlock');
    expect(shown).toHaveLength(1);
  });

  it('when the stale timer fires before the resume event, the resume shows nothing more', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('a', '2026-11-23', '10:30'), reminder('b', '2026-11-23', '11:00'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    clock.jump(3 * HOUR);
    clock.advance(TICK_MS); // the timer set before sleeping fires, late by the wall clock
    expect(shown.map((n) => n.reminderId)).toEqual(['a', 'b']);
    scheduler.rescan('resume');
    scheduler.rescan('unlock');
    clock.advance(TICK_MS);
    expect(shown).toHaveLength(2);
    expect(clock.pending).toBe(1);
  });
});

describe('the note that a reminder was shown', () => {
  it('is on disk right away, not only with the next coalesced save', async () => {
    const clock = new ManualClock('2026-11-23T08:59:00+01:00', ZONE);
    const store = await JournalStore.open({ path, clock });
    openStores.push(store);
    add(store, reminder('a', '2026-11-23', '09:00'));
    await store.flush();
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    clock.advanceTo('2026-11-23T09:00:00+01:00');
    expect(shown).toHaveLength(1);
    await expect
      .poll(async () => JSON.parse(await readFile(path, 'utf8')).reminders[0].notifiedAt)
      .toBe('2026-11-23T08:00:00.000Z');
    scheduler.stop();
  });
});

describe('several falling due together while the app runs', () => {
  it('are shown soonest first, then in the order they were made, whatever their place in the journal', async () => {
    const clock = new ManualClock('2026-11-23T08:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(
      store,
      reminder('late-made', '2026-11-23', '09:00', { createdAt: '2026-11-20T10:00:00.000Z' }),
      reminder('first-made', '2026-11-23', '09:00', { createdAt: '2026-11-02T10:00:00.000Z' }),
      reminder('sooner', '2026-11-23', '08:30', { createdAt: '2026-11-21T10:00:00.000Z' }),
    );
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    // The laptop slept through both moments: all three come up in one look.
    clock.jump(2 * HOUR);
    scheduler.rescan('resume');
    expect(shown.map((n) => n.reminderId)).toEqual(['sooner', 'first-made', 'late-made']);
  });

  it('up to three get a notification each (the reminder time is shared); more become one summary', async () => {
    const clock = new ManualClock('2026-11-23T08:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, ...['a', 'b', 'c'].map((id) => reminder(id, '2026-11-23', '09:00')));
    add(store, ...['d', 'e', 'f', 'g'].map((id) => reminder(id, '2026-11-24', '09:00')));
    const { scheduler, shown, summaries } = schedule(store, clock);
    scheduler.start();
    clock.advanceTo('2026-11-23T09:00:00+01:00');
    expect(shown.map((n) => n.reminderId)).toEqual(['a', 'b', 'c']);
    expect(summaries).toEqual([]);
    clock.advanceTo('2026-11-24T09:00:00+01:00');
    expect(shown).toHaveLength(4);
    expect(shown[3]).toMatchObject({ reminderId: null, title: '4 herinneringen', actions: false });
    expect(shown[3]!.target).toEqual({ view: 'reminders', id: null });
  });
});

describe('daylight saving in Europe/Amsterdam', () => {
  it('"tomorrow 09:00" set the day before spring forward fires at 09:00 CEST (07:00Z)', async () => {
    const clock = new ManualClock('2027-03-27T20:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('t', addDays(today(clock), 1), '09:00'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    clock.advanceTo('2027-03-28T06:59:00Z');
    expect(shown).toEqual([]);
    clock.advanceTo('2027-03-28T07:00:00Z');
    expect(shown.map((n) => n.at)).toEqual(['2027-03-28T07:00:00.000Z']);
    clock.advance(DAY);
    expect(shown).toHaveLength(1);
  });

  it('"tomorrow 09:00" set the day before fall back fires at 09:00 CET (08:00Z)', async () => {
    const clock = new ManualClock('2027-10-30T20:00:00+02:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('t', addDays(today(clock), 1), '09:00'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    clock.advanceTo('2027-10-31T07:59:00Z');
    expect(shown).toEqual([]);
    clock.advanceTo('2027-10-31T08:00:00Z');
    expect(shown.map((n) => n.at)).toEqual(['2027-10-31T08:00:00.000Z']);
    clock.advance(DAY);
    expect(shown).toHaveLength(1);
  });

  it('02:30 on spring-forward day, an hour that does not exist, fires once, at 03:30 CEST', async () => {
    const clock = new ManualClock('2027-03-28T00:30:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('gap', '2027-03-28', '02:30'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    // Looks every ten minutes besides the timer, across the jump from 02:00 to 03:00.
    for (let step = 0; step < 36; step++) {
      clock.advance(10 * MINUTE);
      scheduler.rescan('tick');
    }
    expect(shown.map((n) => n.at)).toEqual(['2027-03-28T01:30:00.000Z']);
  });

  it('02:30 on fall-back day, an hour that happens twice, fires once, the first time', async () => {
    const clock = new ManualClock('2027-10-31T00:00:00+02:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('twice', '2027-10-31', '02:30'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    // Through both 02:00–03:00 hours (00:00Z–02:00Z), looking every ten minutes besides the timer.
    for (let step = 0; step < 36; step++) {
      clock.advance(10 * MINUTE);
      scheduler.rescan('tick');
    }
    expect(clock.now().toISOString()).toBe('2027-10-31T04:00:00.000Z');
    expect(shown.map((n) => n.at)).toEqual(['2027-10-31T00:30:00.000Z']);
  });

  it('a reminder made during the repeated hour for a moment in it already passed fires once, right away', async () => {
    // 02:40 the second time (CET, 01:40Z): 02:30 is the first 02:30, which has passed.
    const clock = new ManualClock('2027-10-31T02:40:00+01:00', ZONE);
    const store = await openStore(clock);
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    add(store, reminder('made-late', '2027-10-31', '02:30'));
    scheduler.changed();
    clock.advance(2 * HOUR);
    expect(shown.map((n) => n.at)).toEqual(['2027-10-31T01:40:00.000Z']);
  });
});

describe('a restart keeps what was done', () => {
  it('a done reminder stays quiet, a snoozed one fires at its snooze moment and not at its first', async () => {
    const first = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    let store = await openStore(first);
    add(store, reminder('done', '2026-11-24', '09:00'), reminder('snoozed', '2026-11-24', '09:00'));
    let run = schedule(store, first);
    run.scheduler.start();
    edit(store, 'done', (r) => ({ ...r, state: 'done', completedAt: first.now().toISOString() }));
    edit(store, 'snoozed', (r) => ({
      ...r,
      state: 'snoozed',
      snoozedUntil: { date: '2026-11-26', time: '09:00', zone: ZONE },
    }));
    run.scheduler.changed();
    run.scheduler.stop();
    await closeStore(store);

    const second = new ManualClock('2026-11-24T08:00:00+01:00', ZONE);
    store = await openStore(second);
    run = schedule(store, second);
    run.scheduler.start();
    second.advanceTo('2026-11-25T12:00:00+01:00');
    expect(run.shown).toEqual([]);
    run.scheduler.stop();
    await closeStore(store);

    const third = new ManualClock('2026-11-26T08:00:00+01:00', ZONE);
    store = await openStore(third);
    run = schedule(store, third);
    run.scheduler.start();
    third.advanceTo('2026-11-27T12:00:00+01:00');
    expect(run.shown.map((n) => [n.reminderId, n.at])).toEqual([['snoozed', '2026-11-26T08:00:00.000Z']]);
  });

  it('a reminder already shown and then snoozed (notifiedAt cleared) is shown again at the new moment', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('a', '2026-11-23', '11:00'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    clock.advanceTo('2026-11-23T11:00:00+01:00');
    expect(shown).toHaveLength(1);
    // What the book does on snooze: a new moment, and the note that it was shown cleared.
    edit(store, 'a', (r) => ({
      ...r,
      state: 'snoozed',
      snoozedUntil: { date: '2026-11-23', time: '12:00', zone: ZONE },
      notifiedAt: null,
    }));
    scheduler.changed();
    clock.advanceTo('2026-11-23T11:59:00+01:00');
    expect(shown).toHaveLength(1);
    clock.advanceTo('2026-11-23T13:00:00+01:00');
    expect(shown.map((n) => n.at)).toEqual(['2026-11-23T10:00:00.000Z', '2026-11-23T11:00:00.000Z']);
  });
});

describe('clock changes', () => {
  it('setting the clock back after a reminder was shown never shows it again', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('a', '2026-11-23', '10:10'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    clock.advance(15 * MINUTE);
    expect(shown).toHaveLength(1);
    clock.jump(-HOUR); // back to 09:15: before the moment it was shown for
    scheduler.rescan('tick');
    clock.advance(2 * HOUR); // through 10:10 again
    expect(shown).toHaveLength(1);
    expect(clock.pending).toBe(1);
  });

  it('setting the clock back before a reminder is due still shows it once, at its moment', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('a', '2026-11-23', '11:00'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    clock.jump(-2 * HOUR);
    clock.advanceTo('2026-11-23T12:00:00+01:00');
    expect(shown.map((n) => n.at)).toEqual(['2026-11-23T10:00:00.000Z']);
  });

  it('the periodic tick catches a reminder that a clock set forward made due, without a resume', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('a', '2026-11-23', '13:00'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.start();
    clock.jump(4 * HOUR); // 14:00 by the wall clock; the armed timer still counts its five minutes
    expect(shown).toEqual([]);
    clock.advance(TICK_MS);
    expect(shown).toMatchObject([{ reminderId: 'a', at: '2026-11-23T13:05:00.000Z' }]);
    clock.advance(HOUR);
    clock.jump(-3 * HOUR);
    clock.advance(4 * HOUR);
    expect(shown).toHaveLength(1);
  });
});

describe('the due count', () => {
  it('reports overdue plus today when it changes: at start, after edits and at midnight', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(
      store,
      reminder('overdue', '2026-11-20', '09:00', { notifiedAt: '2026-11-20T08:00:00.000Z' }),
      reminder('today', '2026-11-23', '15:00'),
      reminder('tomorrow', '2026-11-24', '09:00'),
      reminder('snoozed', '2026-11-20', '09:00', {
        state: 'snoozed',
        snoozedUntil: { date: '2026-11-25', time: '09:00', zone: ZONE },
      }),
      reminder('done', '2026-11-22', '09:00', { state: 'done', completedAt: '2026-11-22T09:00:00.000Z' }),
    );
    const { scheduler, counts } = schedule(store, clock);
    scheduler.start();
    expect(counts).toEqual([{ due: 2, at: '2026-11-23T09:00:00.000Z' }]);
    expect(scheduler.dueCount()).toBe(2);

    add(store, reminder('own', '2026-11-23', '18:00'));
    scheduler.changed();
    edit(store, 'overdue', (r) => ({ ...r, state: 'done', completedAt: clock.now().toISOString() }));
    scheduler.changed();
    expect(counts.map((c) => c.due)).toEqual([2, 3, 2]);
    clock.advanceTo('2026-11-23T23:59:00+01:00'); // "today" and "own" fire; still today's work
    expect(counts.map((c) => c.due)).toEqual([2, 3, 2]);

    clock.advanceTo('2026-11-24T00:10:00+01:00');
    expect(counts.map((c) => c.due)).toEqual([2, 3, 2, 3]);
    const midnight = Date.parse('2026-11-23T23:00:00Z');
    const reportedAt = Date.parse(counts[3]!.at);
    expect(reportedAt).toBeGreaterThanOrEqual(midnight);
    expect(reportedAt).toBeLessThanOrEqual(midnight + TICK_MS);
    expect(scheduler.dueCount()).toBe(3);
  });
});

describe('what a look works from, kept per edit', () => {
  it('the next moment follows the soonest reminder when it moves later, is snoozed, done or deleted', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(
      store,
      reminder('a', '2026-11-24', '09:00'),
      reminder('b', '2026-11-25', '09:00'),
      reminder('c', '2026-11-26', '09:00'),
      reminder('d', '2026-11-27', '09:00'),
    );
    const { scheduler } = schedule(store, clock);
    scheduler.start();
    const next = () => new Date(scheduler.nextAt!).toISOString();
    expect(next()).toBe('2026-11-24T08:00:00.000Z');
    edit(store, 'a', (r) => ({ ...r, due: { date: '2026-12-01', time: '09:00', zone: ZONE } }));
    scheduler.changed();
    expect(next()).toBe('2026-11-25T08:00:00.000Z');
    edit(store, 'b', (r) => ({
      ...r,
      state: 'snoozed',
      snoozedUntil: { date: '2026-11-28', time: '09:00', zone: ZONE },
    }));
    scheduler.changed();
    expect(next()).toBe('2026-11-26T08:00:00.000Z');
    edit(store, 'c', (r) => ({ ...r, state: 'done', completedAt: clock.now().toISOString() }));
    scheduler.changed();
    expect(next()).toBe('2026-11-27T08:00:00.000Z');
    store.update((j) => ({ ...j, reminders: j.reminders.filter((r) => r.id !== 'd') }));
    scheduler.changed();
    expect(next()).toBe('2026-11-28T08:00:00.000Z');
    expect(scheduler.dueCount()).toBe(0);
  });

  it('after hundreds of edits of every kind, the next moment and the due count are what a look over all finds', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    let seed = 7;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    /** A local moment from a day ago to five days ahead, on the quarter hour. */
    const moment = (): [string, string] => {
      const quarters = Math.floor((random() * 6 - 1) * 96);
      const local = new Date(clock.now().getTime() + quarters * 15 * MINUTE).toLocaleString('sv-SE', {
        timeZone: ZONE,
      });
      return [
        local.slice(0, 10),
        `${local.slice(11, 14)}${String(Math.floor(random() * 4) * 15).padStart(2, '0')}`,
      ];
    };
    const local = () => {
      const [date, time] = moment();
      return { date, time, zone: ZONE };
    };
    add(store, ...Array.from({ length: 300 }, (_, i) => reminder(`r${i}`, ...moment())));
    const { scheduler, errors } = schedule(store, clock);
    scheduler.start();
    /** The next moment and the due count from scratch: every reminder looked at. */
    const fromScratch = () => {
      const now = clock.now().getTime();
      const day = today(clock);
      let next = Infinity;
      let due = 0;
      for (const r of store.data.reminders) {
        if (r.state !== 'open' && r.state !== 'snoozed') continue;
        const m = r.state === 'snoozed' && r.snoozedUntil ? r.snoozedUntil : r.due;
        if (m.date <= day) due++;
        const at = instantOf(m);
        if (r.notifiedAt === null && at > now && at < next) next = at;
      }
      return { next: next === Infinity ? null : next, due };
    };
    for (let step = 0; step < 400; step++) {
      const ids = store.data.reminders.map((r) => r.id);
      const pick = () => ids[Math.floor(random() * ids.length)]!;
      const at = clock.now().toISOString();
      const roll = random();
      if (roll < 0.15) add(store, reminder(`n${step}`, ...moment()));
      else if (roll < 0.3) {
        edit(store, pick(), (r) => ({
          ...r,
          state: 'open',
          due: local(),
          snoozedUntil: null,
          notifiedAt: null,
        }));
      } else if (roll < 0.45) {
        edit(store, pick(), (r) => ({ ...r, state: 'snoozed', snoozedUntil: local(), notifiedAt: null }));
      } else if (roll < 0.55) {
        edit(store, pick(), (r) => ({ ...r, state: 'done', snoozedUntil: null, completedAt: at }));
      } else if (roll < 0.65) {
        const id = pick();
        store.update((j) => ({ ...j, reminders: j.reminders.filter((r) => r.id !== id) }));
      } else if (roll < 0.75) {
        // One edited and one made in the same change, as keeping in touch does.
        const id = pick();
        store.update((j) => ({
          ...j,
          reminders: [
            ...j.reminders.map((r) => (r.id === id ? { ...r, state: 'open' as const, due: local() } : r)),
            reminder(`m${step}`, ...moment()),
          ],
        }));
      } else if (roll < 0.8) {
        // Many at once: looked at again from the start.
        const many = new Set(ids.filter(() => random() < 0.4));
        store.update((j) => ({
          ...j,
          reminders: j.reminders.map((r) => (many.has(r.id) ? { ...r, due: local(), notifiedAt: null } : r)),
        }));
      } else {
        clock.advance(Math.floor(random() * 8) * HOUR + Math.floor(random() * 4) * 15 * MINUTE);
      }
      scheduler.changed();
      expect({ step, next: scheduler.nextAt, due: scheduler.dueCount() }).toEqual({ step, ...fromScratch() });
    }
    expect(errors).toEqual([]);
    expect(clock.pending).toBe(1);
  });
});

describe('robustness', () => {
  it('a journal that cannot be written still shows each reminder once per run', () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const data: Journal = {
      schemaVersion: JOURNAL_SCHEMA_VERSION,
      contacts: [],
      conversations: [],
      touches: [],
      ownQuestions: [],
      reminders: [reminder('a', '2026-11-23', '09:00'), reminder('b', '2026-11-23', '11:00')],
      deleted: [],
      conflicts: [],
      setAside: [],
      notDuplicates: [],
      dismissals: [],
      organisations: [],
      profile: [],
      helpRequests: [],
      helpAsks: [],
      plannedActions: [],
      messageTemplates: [],
    };
    const readOnly = {
      data,
      readOnly: true,
      update: () => {
        throw new Error('journal_read_only');
      },
    } as unknown as JournalStore;
    const { scheduler, shown, errors } = schedule(readOnly, clock);
    scheduler.start();
    expect(shown).toMatchObject([{ reminderId: 'a' }]);
    clock.advanceTo('2026-11-23T12:00:00+01:00');
    scheduler.rescan('resume');
    expect(shown.map((n) => n.reminderId)).toEqual(['a', 'b']);
    expect(errors).toEqual([]);
  });

  it('a failing notifier is logged and the timer stays armed', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('a', '2026-11-23', '10:30'), reminder('b', '2026-11-23', '11:30'));
    const { scheduler, errors } = schedule(store, clock, {
      notifier: {
        show: () => {
          throw new Error('no notification daemon');
        },
      },
    });
    scheduler.start();
    clock.advanceTo('2026-11-23T12:00:00+01:00');
    expect(errors).toHaveLength(2);
    expect(clock.pending).toBe(1);
    expect(find(store, 'b').notifiedAt).not.toBeNull();
  });

  it('does nothing before start or after stop', async () => {
    const clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
    const store = await openStore(clock);
    add(store, reminder('a', '2026-11-23', '09:00'));
    const { scheduler, shown } = schedule(store, clock);
    scheduler.rescan('resume');
    scheduler.changed();
    expect(shown).toEqual([]);
    expect(clock.pending).toBe(0);
    scheduler.start();
    scheduler.stop();
    expect(clock.pending).toBe(0);
    add(store, reminder('b', '2026-11-23', '09:30'));
    scheduler.changed();
    scheduler.rescan('resume');
    expect(shown).toHaveLength(1);
    expect(clock.pending).toBe(0);
  });
});

describe('ManualClock', () => {
  it('fires timers in order, including ones armed by callbacks, each at its own time', () => {
    const clock = new ManualClock('2026-11-23T10:00:00Z');
    const fired: string[] = [];
    clock.set(() => fired.push(`b ${clock.now().toISOString()}`), 2 * MINUTE);
    clock.set(() => {
      fired.push(`a ${clock.now().toISOString()}`);
      clock.set(() => fired.push(`c ${clock.now().toISOString()}`), 30_000);
    }, MINUTE);
    const cleared = clock.set(() => fired.push('never'), MINUTE);
    clock.clear(cleared);
    expect(clock.pending).toBe(2);
    clock.advance(3 * MINUTE);
    expect(fired).toEqual([
      'a 2026-11-23T10:01:00.000Z',
      'c 2026-11-23T10:01:30.000Z',
      'b 2026-11-23T10:02:00.000Z',
    ]);
    expect(clock.now().toISOString()).toBe('2026-11-23T10:03:00.000Z');
    expect(clock.pending).toBe(0);
  });

  it('jump moves the wall clock only: timers count elapsed time, as setTimeout does', () => {
    const clock = new ManualClock('2026-11-23T10:00:00Z');
    let fired = 0;
    clock.set(() => fired++, 5 * MINUTE);
    clock.jump(HOUR);
    expect(fired).toBe(0);
    expect(clock.now().toISOString()).toBe('2026-11-23T11:00:00.000Z');
    clock.advance(5 * MINUTE);
    expect(fired).toBe(1);
    expect(clock.now().toISOString()).toBe('2026-11-23T11:05:00.000Z');
    expect(clock.zone()).toBe('Europe/Amsterdam');
    expect(() => clock.advanceTo('2026-11-23T10:00:00Z')).toThrow(RangeError);
  });
});

describe('through the app: done and snoozed survive a restart', () => {
  /** The whole core on the temp journal, launched at `at` on a manual clock with a recording notifier. */
  async function launch(at: string) {
    const clock = new ManualClock(at, ZONE);
    const shown: Shown[] = [];
    const app = await openNetwerkdagboek({
      journalPath: path,
      clock,
      timers: clock,
      notifier: { show: (notice) => shown.push({ ...notice, at: clock.now().toISOString() }) },
      settings: new SettingsStore(
        new Conf({ cwd: join(dir, 'settings'), projectName: 'netwerkdagboek-test' }),
      ),
      systemLanguages: ['nl-NL'],
      openExternal: async () => undefined,
      showInFolder: () => undefined,
      chooseJournalLocation: async () => null,
      appVersion: '0.0.0',
    });
    openApps.push(app);
    return { app, clock, shown };
  }

  async function quit(app: Netwerkdagboek): Promise<void> {
    openApps.splice(openApps.indexOf(app), 1);
    await app.close();
  }

  function data<T>(result: Result<unknown>): T {
    if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
    return result.data as T;
  }

  it('reminders:complete and reminders:snooze hold after reopening; the snoozed one fires once, at its new moment', async () => {
    const first = await launch('2026-11-23T10:00:00+01:00');
    const own = { date: '2026-11-24', time: '09:00' };
    const done = data<Reminder>(
      await first.app.dispatch('reminders:create', { ...own, title: 'Cv bijwerken' }),
    );
    const later = data<Reminder>(
      await first.app.dispatch('reminders:create', { ...own, title: 'Vacature bekijken' }),
    );
    expect(first.clock.pending).toBe(1);
    data(await first.app.dispatch('reminders:complete', { id: done.id }));
    data(
      await first.app.dispatch('reminders:snooze', {
        id: later.id,
        option: 'moment',
        date: '2026-11-26',
        time: '09:00',
      }),
    );
    expect(first.clock.pending).toBe(1);
    await quit(first.app);

    // The next morning, past the moment both were first set for: nothing.
    const second = await launch('2026-11-24T08:00:00+01:00');
    second.clock.advanceTo('2026-11-25T12:00:00+01:00');
    expect(second.shown).toEqual([]);
    expect(
      data<{ missedReminders: number }>(await second.app.dispatch('app:status', undefined)),
    ).toMatchObject({
      missedReminders: 0,
    });
    await quit(second.app);

    // At the snooze moment: exactly one notification, for the snoozed one.
    const third = await launch('2026-11-26T08:00:00+01:00');
    third.clock.advanceTo('2026-11-26T12:00:00+01:00');
    expect(third.shown.map((n) => [n.reminderId, n.at])).toEqual([[later.id, '2026-11-26T08:00:00.000Z']]);
    expect(third.shown[0]!.body + third.shown[0]!.title).toContain('Vacature bekijken');
    await quit(third.app);

    // And not again at the launch after.
    const fourth = await launch('2026-11-26T13:00:00+01:00');
    fourth.clock.advance(DAY);
    expect(fourth.shown).toEqual([]);
  });

  it('a reminder snoozed after its notification is shown again, once, at the snooze moment', async () => {
    const { app, clock, shown } = await launch('2026-11-23T10:00:00+01:00');
    const r = data<Reminder>(
      await app.dispatch('reminders:create', { date: '2026-11-23', time: '10:30', title: 'Bellen' }),
    );
    clock.advanceTo('2026-11-23T10:30:00+01:00');
    expect(shown).toHaveLength(1);
    data(await app.dispatch('reminders:snooze', { id: r.id, option: 'hour' }));
    clock.advanceTo('2026-11-23T13:00:00+01:00');
    expect(shown.map((n) => n.at)).toEqual(['2026-11-23T09:30:00.000Z', '2026-11-23T10:30:00.000Z']);
    expect(clock.pending).toBe(1);
  });
});
