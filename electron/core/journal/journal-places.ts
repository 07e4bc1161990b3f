/**
 * The places around the journal file that the store looks at or writes before it trusts one: whether the
 * journal is there (and may be started), why a file that reads fine must not be written, a new journal
 * written and read back, the original kept before a repair, a damaged file moved aside.
 */
import { constants } from 'node:fs';
import { access, mkdir, rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { JournalNotice } from '../../contract/contract';
import type { Journal } from '../../contract/domain';
import type { Clock } from '../clock';
import { DomainError } from '../errors';
import { listBackups } from './backups';
import { writeFileDurably } from './durable-write';
import { realFs, type FsOps } from './fs-ops';
import { JournalFile } from './journal-file';
import { osProblem } from './os-errors';
import { serializeJournal } from './serialize';

/**
 * When there is no journal file: only a first run starts one (the folder is made; null lets the store
 * open it). A journal that was there before (the person chose this file, or it has backups) and is not
 * now sits on a USB stick or in a cloud folder not mounted yet: starting empty would hide every contact
 * and, with the first edit, put an empty journal there. That, and a folder that cannot be made or
 * reached, is the notice the journal opens with, read-only and empty. Nothing is created on the way.
 */
export async function absentJournalNotice(path: string, mayCreate: boolean): Promise<JournalNotice | null> {
  try {
    await access(path);
    return null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      return { kind: 'unavailable', path, problem: osProblem(error) };
    }
  }
  const backups = (await listBackups(path)).length;
  if (!mayCreate || backups > 0) return { kind: 'missing', path, backups };
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    return { kind: 'unavailable', path, problem: osProblem(error) };
  }
  return null;
}

function stem(path: string): string {
  return basename(path, extname(path));
}

/**
 * Why a journal that reads fine must not be written: the person made the file read-only (no write bit for
 * its owner: root could still write it, so the bits are asked, not `access`), or its folder cannot be
 * written, where a save (temp file + rename) could not land.
 */
export async function readOnlyReason(path: string, fs: FsOps): Promise<'file' | 'folder' | null> {
  const real = await fs.realpath(path).catch(() => path);
  const { mode } = await fs.stat(real);
  if ((mode & 0o200) === 0) return 'file';
  const writable = await fs.access(dirname(real), constants.W_OK).then(
    () => true,
    () => false,
  );
  return writable ? null : 'folder';
}

/** Whether something is at `path` (a file, a folder, a link). */
export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
  );
}

/**
 * Writes `journal` to a new file at `path` durably and reads it back: the proof that the journal is
 * there before anything starts to rely on it. Refuses a path where something already is. Returns the
 * file, read (so its sync knows what is on disk).
 */
export async function writeVerified(
  path: string,
  journal: Journal,
  now: () => Date,
  fs: FsOps = realFs,
): Promise<JournalFile> {
  if (await exists(path)) throw new DomainError('file_exists');
  await mkdir(dirname(path), { recursive: true });
  await writeFileDurably(path, serializeJournal(journal), fs);
  const file = new JournalFile(path, now, fs);
  const back = await file.read();
  if (file.repair || JSON.stringify(back) !== JSON.stringify(journal)) {
    throw new Error(`The journal written to ${path} did not read back the same.`);
  }
  return file;
}

/** Keeps the journal's bytes as they were under `journal.before-repair-<time>.json`, and returns that path. */
export async function keepOriginal(path: string, bytes: Uint8Array, clock: Clock): Promise<string> {
  const time = clock.now().toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(path), `${stem(path)}.before-repair-${time}${extname(path) || '.json'}`);
  await writeFileDurably(target, bytes);
  return target;
}

/** Renames a damaged journal to `journal.damaged-<time>.json` beside it and returns the new path. */
export async function moveAside(path: string, clock: Clock): Promise<string> {
  const time = clock.now().toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(path), `${stem(path)}.damaged-${time}${extname(path) || '.json'}`);
  await rename(path, target);
  return target;
}
