/**
 * The journal file as others may change it: a sync tool bringing the other laptop's edits, a restore
 * from elsewhere, another program. Rule: never overwrite a file we did not read last.
 *
 * We remember what the file was when we last read or wrote it: its identity (inode, size, mtime) and its
 * bytes, and the journal it held (the base of a three-way merge, see journal-merge.ts). Before every write
 * (the seam in `JournalFile.write`) and whenever the watcher sees the folder change, the file is looked
 * at again: same identity → nothing happened (one stat call, so saving stays as fast as the disk); other
 * identity but the same bytes → a touch; otherwise it is read, decoded and merged with what is in memory,
 * and the merge is what gets written. Checks and writes take turns (`exclusive`), so a check never reads
 * a half-finished save of our own.
 */
import { randomUUID } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Journal } from '../../contract/domain';
import type { Clock } from '../clock';
import { writeFileDurably } from './durable-write';
import { realFs, type FsOps } from './fs-ops';
import { mergeJournals, withTombstones, type MergeReport } from './journal-merge';
import { NewerVersionError } from './migrations';

/** What the store lends the sync: its journal in memory, and a way to replace it with a merge. */
export interface SyncHost {
  current(): Journal;
  /** Replaces the journal in memory with `journal`; `report` says what came in (null: only our own change). */
  adopt(journal: Journal, report: MergeReport | null): void;
  /**
   * Reads a journal from file bytes as at open (migrating an older one; `repaired` when records had to
   * be set aside or mended, or bytes were not UTF-8); throws for a damaged file.
   */
  decode(bytes: Uint8Array): { journal: Journal; repaired: boolean };
}

interface Identity {
  ino: number;
  size: number;
  mtimeMs: number;
}

export class JournalSync {
  /** The journal as it was on disk when we last read or wrote it. */
  private base: Journal | null = null;
  private identity: Identity | null = null;
  /** The bytes we last read or wrote, in the pieces they were written in. */
  private bytes: readonly Uint8Array[] = [];
  private turn: Promise<unknown> = Promise.resolve();
  /** Set when the file now on disk comes from a newer app: nothing may be written over it. */
  newerVersion: number | null = null;

  constructor(
    private readonly host: SyncHost,
    private readonly clock: Clock,
    private readonly newId: () => string = randomUUID,
    /** How the file is looked at: the store's file operations (tests look in between). */
    private readonly fs: Pick<FsOps, 'stat'> = realFs,
  ) {}

  /** Runs `task` when no other check or write is running. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.turn.catch(() => undefined).then(task);
    this.turn = run;
    return run;
  }

  /** After the store read the file: this is the base from now on. */
  noteRead(journal: Journal, bytes: Uint8Array, stats: Stats | null): void {
    this.base = journal;
    this.bytes = [bytes];
    this.identity = stats && identityOf(stats);
  }

  /**
   * Just before a write of our journal to `path`: merges first if the file changed since we last saw it,
   * and adds tombstones for what was deleted since. Returns the journal to write (also adopted in memory).
   * `take` gives the journal in memory (the host's, by default), and is asked once, after the look at the
   * file and its merge: what it gives then, edits made while the file was looked at included, is what
   * the write holds, so a caller counting edits counts them in `take`.
   */
  async beforeWrite(path: string, take: () => Journal = () => this.host.current()): Promise<Journal> {
    await this.mergeOutside(path, 'before-write');
    if (this.newerVersion !== null) throw new NewerVersionError(this.newerVersion);
    const current = take();
    const next = this.base ? withTombstones(this.base, current, this.clock.now()) : current;
    if (next !== current) this.host.adopt(next, null);
    return next;
  }

  /** After our write landed: what is on disk now is ours. */
  async noteWritten(path: string, journal: Journal, pieces: readonly Uint8Array[]): Promise<void> {
    this.base = journal;
    this.bytes = pieces;
    this.identity = await this.fs.stat(path).then(identityOf, () => null);
  }

  /**
   * Looks at the file now; when someone else changed it, merges it into memory. Returns what came in,
   * and whether the merge must be written back (ours had something theirs did not). Null: no change.
   */
  check(path: string): Promise<{ report: MergeReport; writeBack: boolean } | null> {
    return this.exclusive(() => this.mergeOutside(path, 'watch'));
  }

  private async mergeOutside(
    path: string,
    why: 'watch' | 'before-write',
  ): Promise<{ report: MergeReport; writeBack: boolean } | null> {
    let stats: Stats;
    try {
      stats = await this.fs.stat(path);
    } catch (error) {
      // Gone (a sync tool between delete and create, or removed): the next save puts ours back.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      // Not readable now (held by a sync tool, a network drive's hiccup): never write over what we could
      // not look at; the save fails, is shown and retried.
      if (why === 'before-write') throw error;
      return null;
    }
    const now = identityOf(stats);
    if (this.identity && sameIdentity(this.identity, now)) return null;
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      if (why === 'before-write' && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return null;
    }
    if (sameBytes(bytes, this.bytes)) {
      this.identity = now;
      return null;
    }
    let theirs: Journal;
    try {
      const decoded = this.host.decode(bytes);
      theirs = decoded.journal;
      // Mended on reading (records set aside, bytes not UTF-8): the file as it was is kept beside it
      // before anything is merged, since the next save replaces it.
      if (decoded.repaired) await keepCopy(path, bytes, this.clock);
    } catch (error) {
      if (error instanceof NewerVersionError) {
        this.newerVersion = error.fileVersion;
        return null;
      }
      // Half-written by a program that writes in place, or damaged. A watcher looks again later; a save
      // keeps the file aside (never overwritten, never lost) and writes ours.
      if (why === 'watch') return null;
      await keepAside(path, this.clock);
      this.identity = null;
      return null;
    }
    const result = mergeJournals(this.base, this.host.current(), theirs, this.clock.now(), this.newId);
    this.base = theirs;
    this.bytes = [bytes];
    this.identity = now;
    const { added, changed, deleted, conflicts } = result.report;
    // Told only when something came in: the same journal rewritten (a touch, a copy of ours) is no news.
    this.host.adopt(result.journal, added + changed + deleted + conflicts > 0 ? result.report : null);
    return { report: result.report, writeBack: result.differsFromTheirs };
  }
}

function identityOf(stats: Stats): Identity {
  return { ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs };
}

function sameIdentity(a: Identity, b: Identity): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

function sameBytes(file: Buffer, pieces: readonly Uint8Array[]): boolean {
  let length = 0;
  for (const p of pieces) length += p.length;
  if (length !== file.length) return false;
  let offset = 0;
  for (const p of pieces) {
    if (Buffer.compare(file.subarray(offset, offset + p.length), p) !== 0) return false;
    offset += p.length;
  }
  return true;
}

/**
 * An undecodable file that is about to be replaced by our save: kept beside it as a damaged copy. If it
 * cannot be moved (and is still there), the save fails instead of writing over it.
 */
async function keepAside(path: string, clock: Clock): Promise<void> {
  try {
    await rename(path, besidePath(path, 'damaged', clock));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Keeps `bytes` (an outside version of the journal that had to be mended) beside the journal. */
async function keepCopy(path: string, bytes: Uint8Array, clock: Clock): Promise<void> {
  await writeFileDurably(besidePath(path, 'before-repair', clock), bytes);
}

function besidePath(path: string, what: string, clock: Clock): string {
  const time = clock.now().toISOString().replace(/[:.]/g, '-');
  const stem = basename(path, extname(path));
  return join(dirname(path), `${stem}.${what}-${time}${extname(path) || '.json'}`);
}
