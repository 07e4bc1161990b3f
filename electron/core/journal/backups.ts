import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Journal } from '../../contract/domain';
import type { Clock } from '../clock';
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

/** Where today's backup of the journal at `path` goes (the day on core's clock). */
function todaysBackup(path: string, clock: Clock): string {
  return join(backupFolder(path), `${stem(path)}-${clock.now().toISOString().slice(0, 10)}.json`);
}

/**
 * The journal's bytes on disk when there is no backup of today yet (the app has been open since an
 * earlier day) and they read as a journal: what a backup made now, before a change of many records at
 * once (an import), holds. Null when today's backup is there (checked when made, or at open).
 */
async function unbackedJournal(path: string, clock: Clock, fs: FsOps = realFs): Promise<Uint8Array | null> {
  const target = todaysBackup(path, clock);
  if (underWay.has(target) || (await listBackups(path, fs)).includes(target)) return null;
  // The file as last written (writes land whole, by rename); a half-written or damaged one is no backup.
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) return null;
  try {
    decodeJournal(bytes);
    return bytes;
  } catch {
    return null;
  }
}

export interface DailyBackup {
  /** The journal file. */
  path: string;
  /**
   * The bytes of the journal as read at open, which decoded: what today's backup holds. Null: the
   * journal on disk now, and only when there is no backup of today yet (see unbackedJournal).
   */
  bytes: Uint8Array | null;
  clock: Clock;
  keep: number;
  fs?: FsOps;
}

/**
 * Keeps one copy of the journal per day in `backups/`, the newest `keep` of them. Written like the
 * journal (temp file, fsync, rename), so a crash leaves no half backup on the final name, and read back
 * before it counts. Today's backup is made again when the one there does not decode (cut short by an
 * older version of the app, or damaged since). Throws when the backup cannot be made.
 */
export async function backUpDaily({
  path,
  bytes: given,
  clock,
  keep,
  fs = realFs,
}: DailyBackup): Promise<void> {
  const bytes = given ?? (await unbackedJournal(path, clock, fs));
  if (bytes === null) return;
  const target = todaysBackup(path, clock);
  underWay.add(target);
  try {
    await backUp(path, target, bytes, clock, fs);
  } finally {
    underWay.delete(target);
  }
  const all = await listBackups(path, fs);
  for (const old of all.slice(keep)) await fs.rm(old, { force: true });
}

/** `bytes` as today's backup, unless a good one is there; read back before it counts. */
async function backUp(path: string, target: string, bytes: Uint8Array, clock: Clock, fs: FsOps) {
  await mkdir(backupFolder(path), { recursive: true });
  const existing = await listBackups(path, fs);
  if (!existing.includes(target) || !(await isGoodBackup(target, bytes))) {
    await writeFileDurably(target, bytes, fs);
    // Instellingen shows when a backup was made from the file's time: the time on core's clock, so it
    // agrees with the day in the name (and a test's injected clock is the only clock in play). Only a
    // nicety: a file system that refuses it (some network drives) leaves the real time, and the backup
    // is as good.
    await fs.utimes(target, clock.now(), clock.now()).catch(() => undefined);
    // The bytes decoded at open; what is on disk now must be exactly them.
    const written = await readFile(target);
    if (!written.equals(bytes)) throw new Error(`The backup ${target} does not read back as written.`);
  }
}

async function isGoodBackup(target: string, journalBytes: Uint8Array): Promise<boolean> {
  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch {
    return false;
  }
  // The same bytes as the journal that just decoded: good, without decoding it again.
  if (bytes.equals(journalBytes)) return true;
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
