/**
 * Restoring the journal from one of its daily backups, or from a full JSON export (which is a journal
 * file): the file's bytes take the journal's place, after the journal as it was is kept beside it, byte
 * for byte, as `journal.before-restore-<time>.json`. Nothing of the person's is gone: going back is
 * restoring that copy.
 *
 * `app-session.ts` does it between closing one core and opening the next, so no save of the old core
 * can land over the restored file; the new core then opens it like any journal (migrated when it is
 * older, repaired per record when a few are bad, with its own notice).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { JOURNAL_SCHEMA_VERSION } from '../../contract/domain';
import type { BackupView } from '../../contract/exchange';
import type { Clock } from '../clock';
import { DomainError } from '../errors';
import { writeFileDurably } from './durable-write';
import { realFs, type FsOps } from './fs-ops';
import { DamagedJournalError, decodeJournal } from './journal-file';
import { NewerVersionError } from './migrations';
import { listBackups } from './backups';

/**
 * Throws what the person is told when `bytes` cannot become the journal: `not_a_journal` for anything
 * that does not read as one (another app's file, damage), `journal_newer` for one from a newer version
 * of the app, which this one would misread. Checked before anything is closed or written.
 */
export function checkRestorable(bytes: Uint8Array): void {
  try {
    decodeJournal(bytes);
  } catch (error) {
    if (error instanceof NewerVersionError) throw new DomainError('journal_newer');
    if (error instanceof DamagedJournalError) throw new DomainError('not_a_journal');
    throw error;
  }
}

/**
 * Keeps the journal file as it is now beside it, then writes `bytes` in its place; both durably, so a
 * crash in between leaves the old journal in place and its copy. Returns where the copy is.
 */
export async function putInPlace(
  path: string,
  bytes: Uint8Array,
  clock: Clock,
  fs: FsOps = realFs,
): Promise<string> {
  const keptAside = await freeName(path, clock.now().toISOString().replace(/[:.]/g, '-'), fs);
  await writeFileDurably(keptAside, await readFile(path), fs);
  await writeFileDurably(path, bytes, fs);
  return keptAside;
}

/**
 * `journal.before-restore-<time>.json`, or with `-2`, `-3`… when that is taken: two restores in the same
 * millisecond (or a clock set back) must not write the second copy over the first, which may be the only
 * one left of the journal as it was.
 */
async function freeName(path: string, time: string, fs: FsOps): Promise<string> {
  const ext = extname(path) || '.json';
  const base = join(dirname(path), `${basename(path, extname(path))}.before-restore-${time}`);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`;
    const taken = await fs.lstat(name).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    if (!taken) return name;
  }
}

/**
 * The journal's daily backups with what each holds, newest first. Counted from the JSON alone (no
 * validation of every record, which for seven large backups would keep Instellingen waiting); whether
 * one can really be restored is checked in full when it is asked for.
 */
export async function backupViews(path: string, fs: FsOps = realFs): Promise<BackupView[]> {
  const views: BackupView[] = [];
  for (const file of await listBackups(path, fs)) {
    const date = /(\d{4}-\d{2}-\d{2})\.json$/.exec(file)![1]!;
    const madeAt = await fs
      .stat(file)
      .then((info) => info.mtime.toISOString())
      .catch(() => null);
    views.push({ date, madeAt, ...(await countsOf(file)) });
  }
  return views;
}

async function countsOf(file: string): Promise<Omit<BackupView, 'date' | 'madeAt'>> {
  const unreadable = { contacts: null, conversations: null, restorable: false };
  try {
    const doc: unknown = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
    if (typeof doc !== 'object' || doc === null) return unreadable;
    const { schemaVersion, contacts, conversations } = doc as Record<string, unknown>;
    if (!Number.isInteger(schemaVersion) || (schemaVersion as number) > JOURNAL_SCHEMA_VERSION) {
      return unreadable;
    }
    if (!Array.isArray(contacts) || !Array.isArray(conversations)) return unreadable;
    return { contacts: contacts.length, conversations: conversations.length, restorable: true };
  } catch {
    return unreadable;
  }
}

/** The backup of `date` (YYYY-MM-DD) of the journal at `path`, as bytes; not_found when there is none. */
export async function backupOf(path: string, date: string, fs: FsOps = realFs): Promise<Uint8Array> {
  const file = (await listBackups(path, fs)).find((f) => f.endsWith(`-${date}.json`));
  if (!file) throw new DomainError('not_found');
  return readFile(file);
}
