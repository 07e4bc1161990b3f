/**
 * One writer per journal per computer.
 *
 * Where the lock lives: beside the journal, as `.~lock.<file>.<computer>#` (the way LibreOffice marks an
 * open document), not in the app's own data folder. Two processes can have different data folders (a
 * second user-data folder, a sandboxed build with its own temp folder), but they always see the same
 * journal folder, so a lock there is seen by every process that could write the file. The computer's
 * name is part of the file name because the folder is often synced: the other laptop's lock arrives here
 * too, and it must neither block this computer (that laptop writes its own copy, and the merge in
 * journal-sync.ts reconciles the two) nor be overwritten by this computer's own lock (which would then
 * travel back and confuse that one). A lock whose computer is not this one is therefore never a refusal.
 *
 * Taking over a stale lock (this computer, process gone, or from before a restart) must let exactly one
 * contender win: the stale file is only removed while holding a second, short-lived file created
 * exclusively (`<lock>.takeover`), and only if it still holds exactly the stale contents judged; the new
 * lock is then created with O_EXCL, which only one process can do.
 */
import { randomUUID } from 'node:crypto';
import { hostname, uptime, userInfo } from 'node:os';
import { open, readFile, realpath, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Who holds a journal open for writing. */
export interface LockOwner {
  pid: number;
  host: string;
  user: string;
  appVersion: string;
  /** When the lock was taken (ISO). */
  since: string;
  /** When the holder's computer started (ISO): a lock from before a restart is stale whatever its pid. */
  bootedAt: string;
  /** Tells two journals opened by one process apart (tests, and a journal moved while open). */
  instance: string;
}

export type LockAttempt =
  | { kind: 'held'; lock: JournalLock }
  /** Another process on this computer has it open: open read-only. */
  | { kind: 'busy'; owner: LockOwner }
  /** No lock can be written here (a read-only folder); nothing can be saved there anyway. */
  | { kind: 'unlockable' };

/** Instances this process holds: a lock with our own pid is only alive if it is one of these. */
const heldHere = new Set<string>();

/** How far two reports of the same boot time may differ (uptime is read in whole seconds, clocks drift). */
const BOOT_SLACK_MS = 5 * 60_000;
/** A takeover file older than this belongs to a process that died in the middle of taking over. */
const TAKEOVER_STALE_MS = 30_000;

export class JournalLock {
  private released = false;

  private constructor(
    readonly path: string,
    readonly owner: LockOwner,
  ) {}

  /** The lock file for a journal: beside it, named for this computer. */
  static async pathFor(journalPath: string): Promise<string> {
    const folder = await realpath(dirname(journalPath)).catch(() => dirname(journalPath));
    const file = await realpath(journalPath).catch(() => join(folder, basename(journalPath)));
    return join(dirname(file), `.~lock.${basename(file)}.${hostTag()}#`);
  }

  /** Tries to become the journal's writer on this computer. */
  static async acquire(journalPath: string, appVersion: string, now: Date): Promise<LockAttempt> {
    const path = await JournalLock.pathFor(journalPath);
    const owner: LockOwner = {
      pid: process.pid,
      host: hostname(),
      user: safeUser(),
      appVersion,
      since: now.toISOString(),
      bootedAt: bootTime().toISOString(),
      instance: randomUUID(),
    };
    const text = JSON.stringify(owner) + '\n';
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        const handle = await open(path, 'wx', 0o644);
        // Ours from the moment the file exists: another contender in this process that reads it before
        // the write below has finished must see a live lock, not a stale one it may remove.
        heldHere.add(owner.instance);
        try {
          await handle.writeFile(text);
          await handle.sync();
        } catch {
          // Created but not written (a full disk): no lock rather than no app; nothing can be saved here
          // until there is room anyway, and the save banner says so.
          heldHere.delete(owner.instance);
          await handle.close().catch(() => undefined);
          await rm(path, { force: true }).catch(() => undefined);
          return { kind: 'unlockable' };
        }
        await handle.close();
        return { kind: 'held', lock: new JournalLock(path, owner) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Any other reason the file cannot be made (read-only, no permission, disk full, a folder gone):
        // the app still starts; what can be written is shown by the save state.
        if (code !== 'EEXIST') return { kind: 'unlockable' };
      }
      const found = await readLock(path);
      if (found === 'gone') continue;
      if (found === 'unreadable') {
        // Being written this very moment by its creator, or left half-written by a crash: wait a little.
        if (await olderThan(path, TAKEOVER_STALE_MS)) await takeOver(path, null);
        else await pause(25);
        continue;
      }
      // Same file name, another computer's name inside: not ours to judge or remove. Work without a lock.
      if (found.owner.host !== hostname()) return { kind: 'unlockable' };
      if (isAlive(found.owner)) return { kind: 'busy', owner: found.owner };
      await takeOver(path, found.text);
    }
    // Twenty rounds of others creating and removing locks: someone else is busy taking over.
    const last = await readLock(path);
    if (typeof last === 'object') return { kind: 'busy', owner: last.owner };
    return { kind: 'unlockable' };
  }

  /** Gives the journal up: removes the lock file, if it is still ours. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    heldHere.delete(this.owner.instance);
    const found = await readLock(this.path);
    if (typeof found === 'object' && found.owner.instance === this.owner.instance) {
      await rm(this.path, { force: true });
    }
  }
}

/**
 * Removes the stale lock at `path` if it still holds `staleText` (null: whatever it holds, for a lock
 * left half-written). Only while holding `<path>.takeover`, created exclusively: so between reading the
 * lock and removing it nobody else can remove it and put a fresh one in its place.
 */
async function takeOver(path: string, staleText: string | null): Promise<void> {
  const mutex = `${path}.takeover`;
  let handle;
  try {
    handle = await open(mutex, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Someone else is taking over; if they died doing it, their file is removed after a while.
    if (await olderThan(mutex, TAKEOVER_STALE_MS)) await rm(mutex, { force: true });
    else await pause(25);
    return;
  }
  try {
    const now = await readFile(path, 'utf8').catch(() => null);
    if (now !== null && (staleText === null || now === staleText)) await rm(path, { force: true });
  } finally {
    await handle.close();
    await rm(mutex, { force: true });
  }
}

async function readLock(path: string): Promise<'gone' | 'unreadable' | { owner: LockOwner; text: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    return 'unreadable';
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (
      typeof owner.pid !== 'number' ||
      typeof owner.host !== 'string' ||
      typeof owner.bootedAt !== 'string' ||
      typeof owner.instance !== 'string'
    ) {
      return 'unreadable';
    }
    return { owner: owner as LockOwner, text };
  } catch {
    return 'unreadable';
  }
}

/** Whether the process that wrote a lock on this computer is still running. */
function isAlive(owner: LockOwner): boolean {
  const booted = Date.parse(owner.bootedAt);
  // Written before this computer last started: its process is gone, whatever now has its pid.
  if (!Number.isFinite(booted) || Math.abs(booted - bootTime().getTime()) > BOOT_SLACK_MS) return false;
  if (owner.pid === process.pid) return heldHere.has(owner.instance);
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is only not ours to signal (another user's process).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function bootTime(): Date {
  return new Date(Date.now() - uptime() * 1000);
}

/** The computer's name as it can appear in a file name. */
function hostTag(): string {
  return (
    hostname()
      .replace(/[^A-Za-z0-9_-]/g, '-')
      .slice(0, 63) || 'computer'
  );
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

async function olderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch {
    return false;
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
