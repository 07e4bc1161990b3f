/**
 * What is due after a change, measured the way the app does it: the journal opened through
 * openNetwerkdagboek (so keep-in-touch is reconciled for every contact with a cadence, as at launch), then
 * whole calls through `dispatch`: validation, the domain work, `ReminderBook.follow()` (the reminder rules
 * for what the call changed) and `scheduler.changed()` (what is due now, one timer re-armed).
 *
 * Used by run.ts; `npx tsx build/bench/due-after-change.ts [--rounds=7]` runs it on its own.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import Conf from 'conf';
import type { Channel } from '../../electron/contract/contract';
import type { Clock } from '../../electron/core/clock';
import { JournalStore } from '../../electron/core/journal/journal-store';
import { openNetwerkdagboek, type Netwerkdagboek } from '../../electron/core/netwerkdagboek';
import { isActive } from '../../electron/core/reminders/due';
import { effectiveCadence } from '../../electron/core/reminders/keep-in-touch';
import { addDays } from '../../electron/core/reminders/local-time';
import { ReminderBook } from '../../electron/core/reminders/reminder-book';
import { ReminderScheduler } from '../../electron/core/reminders/scheduler';
import { SettingsStore } from '../../electron/core/settings/settings';
import { countingTimers, median, percentile } from './stats';

/** The kinds of change timed, one after the other, in this order. */
export const CHANGE_KINDS = [
  'touches:add (contact with a cadence)',
  'conversations:update (planned → held: a thank-you)',
  'conversations:update (next step date)',
  'reminders:snooze',
  'reminders:complete (keep-in-touch: the next one)',
  'contacts:update (strength: other cadence)',
] as const;

export interface DispatchOptions {
  /** The generated journal; a copy is opened, the file itself is not changed. */
  journalPath: string;
  /** A folder for the copy and the settings. */
  folder: string;
  clock: Clock;
  /** The day the clock says it is (YYYY-MM-DD). */
  today: string;
  warmup: number;
  rounds: number;
  /** Calls per round; a multiple of CHANGE_KINDS.length keeps the kinds equally represented. */
  perRound: number;
  /** A garbage collection between rounds, when available. */
  collect: () => void;
  log: (error: unknown) => void;
}

export interface DispatchResult {
  /** The median wait for the save that a change is answered after (taken out of p50/p95). */
  saveWaitP50: number;
  /** openNetwerkdagboek: open + keep-in-touch reconciled for every contact + the scheduler's launch look. */
  openMs: number;
  remindersAtOpen: number;
  activeAtOpen: number;
  /** Per round: median and p95 of a whole dispatch, and of follow() + changed() within it. */
  p50: number[];
  p95: number[];
  rulesP50: number[];
  rulesP95: number[];
  /** Per round: the share of dispatch time spent in follow() + changed(). */
  rulesShare: number[];
  /** Per kind of change, over all rounds: median and p95 of dispatch, median of follow() + changed(). */
  perKind: { kind: string; p50: number; p95: number; rulesP50: number }[];
  mostArmed: number;
  armedAtEnd: number;
  /** Notifications at the launch look, and while the changes were made (none expected: nothing falls due). */
  noticesAtOpen: number;
  noticesDuringChanges: number;
  calls: number;
  activeAtEnd: number;
  remindersAtEnd: number;
}

/**
 * Times whole dispatches of the usual changes on the opened journal. The time inside the reminder rules
 * and the scheduler is taken by wrapping `ReminderBook.prototype.follow` and
 * `ReminderScheduler.prototype.changed` for the duration (outermost calls only; the wrapper costs two
 * performance.now() calls).
 */
export async function measureDispatch(options: DispatchOptions): Promise<DispatchResult> {
  const { clock, today } = options;
  const timers = countingTimers();

  let notices = 0;
  let rulesMs = 0;
  let depth = 0;
  const timed = <T extends object>(proto: T, name: keyof T & string) => {
    const original = proto[name] as (...args: unknown[]) => unknown;
    (proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      if (depth > 0) return original.apply(this, args);
      depth++;
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        rulesMs += performance.now() - start;
        depth--;
      }
    };
    return () => {
      (proto as Record<string, unknown>)[name] = original;
    };
  };
  // A change is answered once it is on disk (journal/saver.ts). That wait is the save, timed on its own in
  // the save rows; here it is taken out, so this row stays what it says: the work of the call itself.
  let savingMs = 0;
  const durable = Object.getOwnPropertyDescriptor(JournalStore.prototype, 'durable')!;
  const originalDurable = JournalStore.prototype.durable;
  JournalStore.prototype.durable = async function (this: JournalStore) {
    const start = performance.now();
    try {
      return await originalDurable.call(this);
    } finally {
      savingMs += performance.now() - start;
    }
  };
  const restore = [
    timed(ReminderBook.prototype, 'follow'),
    timed(ReminderScheduler.prototype, 'changed'),
    () => Object.defineProperty(JournalStore.prototype, 'durable', durable),
  ];

  const settings = new SettingsStore(
    new Conf({ cwd: join(options.folder, 'settings'), projectName: 'netwerkdagboek-bench' }),
  );
  let app: Netwerkdagboek | null = null;
  try {
    const start = performance.now();
    app = await openNetwerkdagboek({
      journalPath: options.journalPath,
      clock,
      settings,
      systemLanguages: ['nl-NL'],
      openExternal: async () => undefined,
      showInFolder: () => undefined,
      chooseJournalLocation: async () => null,
      appVersion: 'bench',
      notifier: { show: () => void notices++ },
      timers,
      log: options.log,
    });
    const openMs = performance.now() - start;
    const core = app;
    const { store } = core;
    if (store.notice || store.readOnly) {
      throw new Error(`Journal did not open cleanly: ${JSON.stringify(store.notice)}`);
    }
    const remindersAtOpen = store.data.reminders.length;
    const noticesAtOpen = notices;
    const activeAtOpen = store.data.reminders.filter(isActive).length;

    // What the changes pick from, worked out once, untimed.
    const defaults = settings.get().keepInTouchDefaults;
    const withCadence = store.data.contacts.filter(
      (c) => !c.archived && effectiveCadence(c, defaults).interval !== null,
    );
    const byStrength = withCadence.filter(
      (c) => c.cadence === 'standaard' && (c.strength === 'goed' || c.strength === 'een-beetje'),
    );
    const planned = store.data.conversations
      .filter((c) => c.status === 'gepland' && !c.thanks.thanked)
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    const withNextStep = store.data.conversations.filter(
      (c) => c.evaluation !== null && c.evaluation.nextStep.trim() !== '',
    );
    // Snoozed over and over; none of these is finished by another change here.
    const snoozable = store.data.reminders
      .filter((r) => isActive(r) && (r.kind === 'eigen' || r.kind === 'opvolgen'))
      .map((r) => r.id);
    const total = options.warmup + options.rounds * options.perRound;
    const perKind = Math.ceil(total / CHANGE_KINDS.length);
    if (planned.length < perKind) throw new Error(`Only ${planned.length} planned conversations.`);
    if (!withCadence.length || !byStrength.length || !withNextStep.length || !snoozable.length) {
      throw new Error('The generated journal lacks contacts or reminders to change.');
    }
    // Each keep-in-touch reminder completed is a different contact's (the next one made for them stays open).
    const keepInTouch = [
      ...new Map(
        store.data.reminders
          .filter((r) => r.kind === 'contact-onderhouden' && isActive(r) && r.contactId !== null)
          .map((r) => [r.contactId, r.id]),
      ).values(),
    ];
    if (keepInTouch.length < perKind || keepInTouch.length % 7919 === 0) {
      throw new Error(`Only ${keepInTouch.length} open keep-in-touch reminders.`);
    }

    /** The nth call: which channel and what it sends, as the renderer would send it. */
    const call = (n: number): [Channel, unknown] => {
      const k = Math.floor(n / CHANGE_KINDS.length);
      switch (n % CHANGE_KINDS.length) {
        case 0:
          return [
            'touches:add',
            {
              contactId: withCadence[(k * 7919) % withCadence.length]!.id,
              channel: 'telefoon',
              on: addDays(today, -(k % 3)),
              note: 'Even gebeld.',
            },
          ];
        case 1:
          // Held today, as "Markeer als gehouden" sends it: a conversation cannot be held on a day to come.
          return [
            'conversations:update',
            { id: planned[k]!.id, changes: { status: 'gehouden', date: today } },
          ];
        case 2: {
          const c = core.conversations.get(withNextStep[(k * 7919) % withNextStep.length]!.id);
          const nextStepOn = addDays(today, 1 + ((k * 13) % 60));
          return [
            'conversations:update',
            { id: c.id, changes: { evaluation: { ...c.evaluation, nextStepOn } } },
          ];
        }
        case 3: {
          // Put off to the day after it is due now (or after today): a snooze must land later than that,
          // and the same reminder is put off again and again here.
          const id = snoozable[(k * 31) % snoozable.length]!;
          const r = core.reminders.get(id);
          const from = (r.snoozedUntil ?? r.due).date;
          const date = addDays(from > today ? from : today, 1);
          return ['reminders:snooze', { id, option: 'moment', date, time: '09:00' }];
        }
        case 4:
          return ['reminders:complete', { id: keepInTouch[(k * 7919) % keepInTouch.length]! }];
        default: {
          const contact = core.contacts.get(byStrength[(k * 7919) % byStrength.length]!.id);
          return [
            'contacts:update',
            { id: contact.id, changes: { strength: contact.strength === 'goed' ? 'een-beetje' : 'goed' } },
          ];
        }
      }
    };

    const result = {
      p50: [] as number[],
      p95: [] as number[],
      rulesP50: [] as number[],
      rulesP95: [] as number[],
      rulesShare: [] as number[],
    };
    const kinds = CHANGE_KINDS.map(() => ({ total: [] as number[], rules: [] as number[] }));
    let times: number[] = [];
    let rules: number[] = [];
    const saveWaits: number[] = [];
    for (let n = 0; n < total; n++) {
      const sample = n >= options.warmup;
      if (sample && (n - options.warmup) % options.perRound === 0) options.collect();
      const [channel, payload] = call(n);
      rulesMs = 0;
      savingMs = 0;
      const start = performance.now();
      const outcome = await core.dispatch(channel, payload);
      const took = performance.now() - start - savingMs;
      saveWaits.push(savingMs);
      if (!outcome.ok) {
        throw new Error(`${channel} ${JSON.stringify(payload)} failed: ${JSON.stringify(outcome.error)}`);
      }
      if (!sample) continue;
      times.push(took);
      rules.push(rulesMs);
      kinds[n % CHANGE_KINDS.length]!.total.push(took);
      kinds[n % CHANGE_KINDS.length]!.rules.push(rulesMs);
      if (times.length === options.perRound) {
        result.p50.push(median(times));
        result.p95.push(percentile(times, 95));
        result.rulesP50.push(median(rules));
        result.rulesP95.push(percentile(rules, 95));
        result.rulesShare.push(sum(rules) / sum(times));
        times = [];
        rules = [];
      }
    }
    return {
      ...result,
      saveWaitP50: median(saveWaits.slice(options.warmup)),
      openMs,
      remindersAtOpen,
      activeAtOpen,
      perKind: CHANGE_KINDS.map((kind, i) => ({
        kind,
        p50: median(kinds[i]!.total),
        p95: percentile(kinds[i]!.total, 95),
        rulesP50: median(kinds[i]!.rules),
      })),
      mostArmed: timers.mostArmed,
      armedAtEnd: timers.armed,
      noticesAtOpen,
      noticesDuringChanges: notices - noticesAtOpen,
      calls: total,
      activeAtEnd: store.data.reminders.filter(isActive).length,
      remindersAtEnd: store.data.reminders.length,
    };
  } finally {
    for (const undo of restore) undo();
    await app?.close();
  }
}

function sum(xs: readonly number[]): number {
  let total = 0;
  for (const x of xs) total += x;
  return total;
}

// On its own: a generated journal in a temp folder, the figures printed.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { writeGeneratedJournal } = await import('./generate');
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  const arg = (name: string, fallback: number) => {
    const found = process.argv.find((a) => a.startsWith(`--${name}=`));
    return found ? Number(found.slice(name.length + 3)) : fallback;
  };
  const today = '2026-11-23';
  const root = await mkdtemp(join(tmpdir(), 'ndb-due-'));
  try {
    await mkdir(join(root, 'journal'));
    const { path } = await writeGeneratedJournal(join(root, 'journal'), {
      contacts: 5000,
      conversations: 25000,
      reminders: 20000,
      seed: 1,
    });
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    const r = await measureDispatch({
      journalPath: path,
      folder: root,
      clock: { now: () => new Date(`${today}T10:00:00Z`) },
      today,
      warmup: 60,
      rounds: arg('rounds', 7),
      perRound: 180,
      collect: () => gc?.(),
      log: (error) => console.error(error),
    });
    console.log(
      `open ${ms(r.openMs)}, ${r.activeAtOpen} active of ${r.remindersAtOpen}; after ${r.calls} calls ` +
        `${r.activeAtEnd} active of ${r.remindersAtEnd}; most armed ${r.mostArmed}, at end ${r.armedAtEnd}`,
    );
    console.log(`dispatch p95 ${ms(median(r.p95))} (rounds ${r.p95.map((x) => x.toFixed(2)).join(' ')})`);
    console.log(`dispatch median ${ms(median(r.p50))}`);
    console.log(`follow+changed p95 ${ms(median(r.rulesP95))}, median ${ms(median(r.rulesP50))}`);
    console.log(`share ${(median(r.rulesShare) * 100).toFixed(0)}%`);
    for (const k of r.perKind) {
      console.log(`  ${k.kind.padEnd(52)} p50 ${ms(k.p50)}  p95 ${ms(k.p95)}  rules p50 ${ms(k.rulesP50)}`);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
