/**
 * The full bench's options and repetition counts (`npm run bench -- --smoke --contacts=…`, see run.ts), the
 * clock it runs on, and the small timing helpers every section uses.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Clock } from '../../electron/core/clock';
import { CHANGE_KINDS } from './due-after-change';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
};
export const SMOKE = flag('smoke');
export const STRICT = flag('strict') && !SMOKE;
export const KEEP = flag('keep');
/** The full bench, or (smoke) the same code paths once or twice over a journal a 25th of the size. */
export const full = (fullValue: number, smokeValue: number) => (SMOKE ? smokeValue : fullValue);
export const CONTACTS = option('contacts', full(5000, 200));
export const CONVERSATIONS = option('conversations', 5 * CONTACTS);
export const REMINDERS = option('reminders', 4 * CONTACTS);
export const SEED = option('seed', 1);

export const OPEN_WARMUP = full(2, 0);
export const OPEN_REPS = full(11, 2);
export const SAVE_WARMUP = full(3, 1);
export const SAVE_REPS = full(41, 2);
export const SEARCH_WARMUP_ROUNDS = full(2, 0);
export const SEARCH_ROUNDS = full(7, 1);
export const SEARCH_QUERIES = full(200, 40);

export const OPEN_CONTACT_REPS = full(41, 2);
export const DUE_WARMUP = full(50, 4);
export const DUE_ROUNDS = full(7, 1);
export const DUE_EDITS = full(200, 20);
export const DISPATCH_WARMUP = full(60, 6);
/** Imports of a file as large as the journal (each on a fresh copy): preview and apply. */
export const IMPORT_REPS = full(6, 2);
export const FILTER_ROUNDS = full(7, 1);
/** Calls per round: the kinds of change in turn, 30 of each (smoke: 2 of each). */
export const DISPATCH_CALLS = full(30, 2) * CHANGE_KINDS.length;
/** The limit for working out what is due after any change. */
export const DUE_LIMIT_MS = 5;
/** One frame at 60 Hz: the budget for the script work of opening a contact. */
export const FRAME_MS = 16;

export const TODAY = '2026-11-23';
export const clock: Clock = { now: () => new Date(`${TODAY}T10:00:00Z`) };

// A collection between repetitions keeps one repetition's garbage out of the next one's timing.
setFlagsFromString('--expose-gc');
export const gc = runInNewContext('gc') as (() => void) | undefined;
/** A full garbage collection, where the flag took. */
export const collect = () => gc?.();

/** How long `fn` took, in ms, and what it gave. */
export async function time<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/** The machine's load average, as printed before and after. */
export const loadAverage = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
/** Bytes as megabytes, two decimals. */
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
