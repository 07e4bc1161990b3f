import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Journal } from '../../contract/domain';
import { zoneOf, type Clock } from '../clock';
import { tempFilePattern, writeFileDurably } from './durable-write';
import { realFs, type FsOps } from './fs-ops';
import { decodeJournal } from './journal-file';
import { NewerVersionError } from './migrations';

function stem(path: string): string {
  return basename(path, extname(path));
}

export function backupFolder(path: string): string {
  return join(dirname(path), 'backups');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Backups of this journal, newest first (the date in the name sorts as text). */
export async function listBackups(path: string, fs: FsOps = realFs): Promise<string[]> {
  // Exactly "<stem>-YYYY-MM-DD.json": another journal in the same folder ("journal-werk.json") has
  // backups that start the same way, and they must never be pruned or restored as this one's.
  const own = new RegExp(`^${escape(stem(path))}-\\d{4}-\\d{2}-\\d{2}\\.json$`);
  let names: string[];
  try {
    names = await fs.readdir(backupFolder(path));
  } catch {
    return [];
  }
  return names
    .filter((n) => own.test(n))
    .sort()
    .reverse()
    .map((n) => join(backupFolder(path), n));
}

/** The newest backup that decodes as a journal, or null. */
export async function newestGoodBackup(path: string): Promise<{ path: string; journal: Journal } | null> {
  for (const candidate of await listBackups(path)) {
    try {
      return { path: candidate, journal: decodeJournal(await readFile(candidate)).journal };
    } catch {
      // A damaged backup is skipped; an older one may still be good.
    }
  }
  return null;
}

/** Today's backups being written now, by where they go: one under way is as good as there. */
const underWay = new Set<string>();
/** Backups this process wrote and read back, or decoded, with the identity they had then. */
const knownGood = new Map<string, string>();

const identity = (fs: FsOps, target: string) =>
  fs.stat(target).then(
    (s) => `${s.size}:${s.mtimeMs}:${s.ino}`,
    () => null,
  );

/** Where today's backup of the journal at `path` goes: the local day on core's clock, in its zone. */
function todaysBackup(path: string, clock: Clock): string {
  return join(backupFolder(path), `${stem(path)}-${localDay(clock)}.json`);
}

/**
 * Today's date (YYYY-MM-DD) where the person is. Not the UTC day: in Amsterdam a backup made at 00:30
 * belongs to that new day (the UTC date is still yesterday's), and the first one of it must be made then.
 */
export function localDay(clock: Clock): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: zoneOf(clock),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(clock.now());
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export interface DailyBackup {
  /** The journal file. */
  path: string;
  /**
   * What today's backup holds: the bytes of the journal as read at open, which decoded; or, before an
   * import, the journal as it is in memory then (edits still on their way to disk included), encoded
   * only when a backup is made (it costs a full encoding when no save ran yet since open).
   */
  bytes: Uint8Array | (() => Uint8Array);
  clock: Clock;
  keep: number;
  fs?: FsOps;
}

/**
 * Keeps one copy of the journal per day in `backups/`, the newest `keep` of them. Written like the
 * journal (temp file, fsync, rename), so a crash leaves no half backup on the final name, and read back
 * before it counts. A good backup of today (the first of the day) is kept as it is, and so is one being
 * written now; one that does not decode (cut short by an older version of the app, or damaged since) is
 * made again. Says whether it made one or a good one is there; throws when neither.
 */
export async function backUpDaily({
  path,
  bytes,
  clock,
  keep,
  fs = realFs,
}: DailyBackup): Promise<'made' | 'present'> {
  const target = todaysBackup(path, clock);
  // The one at open, say, holds the journal as read then; its failure is told by whoever started it.
  if (underWay.has(target)) return 'present';
  underWay.add(target);
  try {
    const result = await backUp(path, target, bytes, clock, fs);
    const all = await listBackups(path, fs);
    for (const old of all.slice(keep)) await fs.rm(old, { force: true });
    return result;
  } finally {
    underWay.delete(target);
  }
}

/** `bytes` as today's backup, unless a good one is there; read back before it counts. */
async function backUp(
  path: string,
  target: string,
  given: Uint8Array | (() => Uint8Array),
  clock: Clock,
  fs: FsOps,
): Promise<'made' | 'present'> {
  await mkdir(backupFolder(path), { recursive: true });
  const existing = await listBackups(path, fs);
  if (existing.includes(target)) {
    const now = await identity(fs, target);
    if (now !== null && knownGood.get(target) === now) return 'present';
    if (await isGoodBackup(target, typeof given === 'function' ? null : given)) {
      if (now !== null) knownGood.set(target, now);
      return 'present';
    }
  }
  knownGood.delete(target);
  const bytes = typeof given === 'function' ? given() : given;
  await writeFileDurably(target, bytes, fs);
  // Instellingen shows when a backup was made from the file's time: the time on core's clock, so it
  // agrees with the day in the name (and a test's injected clock is the only clock in play). Only a
  // nicety: a file system that refuses it (some network drives) leaves the real time, and the backup
  // is as good.
  await fs.utimes(target, clock.now(), clock.now()).catch(() => undefined);
  // What is on disk now must be exactly the bytes given.
  const written = await readFile(target);
  if (!written.equals(bytes)) throw new Error(`The backup ${target} does not read back as written.`);
  const now = await identity(fs, target);
  if (now !== null) knownGood.set(target, now);
  return 'made';
}

/**
 * The journal file as it was before a migration, kept in `backups/` byte for byte before the migrated
 * journal is written over it: today's backup when it holds exactly these bytes (the one made at open
 * does, unless an older app made today's earlier), else a copy of its own,
 * `<name>.before-migration-v<version>-<time>.json`, which is neither listed nor pruned as a daily backup.
 * Read back before it counts; throws when it cannot be kept. Says where it is.
 */
export async function keepBeforeMigration({
  path,
  bytes,
  fromVersion,
  clock,
  fs = realFs,
}: {
  path: string;
  bytes: Uint8Array;
  fromVersion: number;
  clock: Clock;
  fs?: FsOps;
}): Promise<string> {
  const daily = todaysBackup(path, clock);
  if (await holds(daily, bytes)) return daily;
  const time = clock.now().toISOString().replace(/[:.]/g, '-');
  const target = join(backupFolder(path), `${stem(path)}.before-migration-v${fromVersion}-${time}.json`);
  if (await holds(target, bytes)) return target;
  // Never over another file, not even one of ours.
  if (
    await fs.stat(target).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`${target} is there already.`);
  await mkdir(backupFolder(path), { recursive: true });
  await writeFileDurably(target, bytes, fs);
  if (!(await holds(target, bytes))) throw new Error(`The copy ${target} does not read back as written.`);
  return target;
}

/** Whether `file` holds exactly `bytes`; false when it cannot be read. */
const holds = (file: string, bytes: Uint8Array) =>
  readFile(file).then(
    (read) => read.equals(bytes),
    () => false,
  );

async function isGoodBackup(target: string, journalBytes: Uint8Array | null): Promise<boolean> {
  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch {
    return false;
  }
  // The same bytes as the journal that just decoded: good, without decoding it again.
  if (journalBytes && bytes.equals(journalBytes)) return true;
  try {
    decodeJournal(bytes);
    return true;
  } catch (error) {
    // Made by a newer app on another computer: not ours to replace.
    return error instanceof NewerVersionError;
  }
}

/**
 * Removes what interrupted saves of this journal left behind: temp files named exactly as
 * `writeFileDurably` names them, for the journal and for its backups, and nothing else. A temp file of
 * another process that is still running is left alone (it may be writing right now).
 */
export async function removeStaleTempFiles(path: string, fs: FsOps = realFs): Promise<string[]> {
  const removed: string[] = [];
  const real = await fs.realpath(path).catch(() => path);
  const places: [string, RegExp][] = [
    [dirname(real), tempFilePattern(basename(real))],
    [
      backupFolder(path),
      new RegExp(`^\\.${escape(stem(path))}-\\d{4}-\\d{2}-\\d{2}\\.json\\.\\d+\\.\\d+\\.tmp$`),
    ],
  ];
  for (const [folder, pattern] of places) {
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!pattern.test(name) || writtenByLiveProcess(name)) continue;
      await fs.rm(join(folder, name), { force: true });
      removed.push(join(folder, name));
    }
  }
  return removed;
}

function writtenByLiveProcess(tempName: string): boolean {
  const pid = Number(/\.(\d+)\.\d+\.tmp$/.exec(tempName)?.[1]);
  if (!Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
