import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, copyFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Low } from 'lowdb';
import type { JournalNotice } from '../../contract/contract';
import { JOURNAL_SCHEMA_VERSION, type Journal } from '../../contract/domain';
import type { Clock, Timers } from '../clock';
import { DomainError } from '../errors';
import { DamagedJournalError, decodeJournal, JournalFile } from './journal-file';
import { JournalLock, type LockOwner } from './journal-lock';
import { mergeJournals, type MergeReport } from './journal-merge';
import { JournalSync } from './journal-sync';
import { watchFolder } from './journal-watch';
import { NewerVersionError } from './migrations';

export interface JournalStoreOptions {
  path: string;
  clock: Clock;
  /** How long edits may gather before they are written together. */
  saveDelayMs?: number;
  /** How many daily backups to keep beside the journal. */
  keepBackups?: number;
  /** Called when a save in the background fails; the edit stays in memory and is retried on the next save. */
  onSaveError?: (error: unknown) => void;
  /** Written into the lock file, so a second window can say who has the journal open. */
  appVersion?: string;
  /** Take the journal's lock (journal-lock.ts); on unless a test opens a file twice on purpose. */
  lock?: boolean;
  /** With timers, the file is watched for changes from outside (journal-watch.ts). */
  watchTimers?: Timers;
  /**
   * The journal in memory changed because of the file: an outside change was merged (`report`), or the
   * journal became writable after the other window closed it (null).
   */
  onOutsideChange?: (report: MergeReport | null) => void;
}

export function emptyJournal(): Journal {
  return {
    schemaVersion: JOURNAL_SCHEMA_VERSION,
    contacts: [],
    conversations: [],
    touches: [],
    ownQuestions: [],
    reminders: [],
    deleted: [],
    conflicts: [],
  };
}

/**
 * The one owner of the journal file.
 *
 * Holds the journal in memory as immutable records, and writes it back in the background: a burst of
 * edits becomes one or a few writes, and `flush()` (called on quit) makes sure the last edit lands.
 * A damaged file is moved aside and the newest good backup taken instead; a file from a newer app is
 * left untouched and the journal opens read-only.
 */
export class JournalStore {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  private saving: Promise<void> = Promise.resolve();
  private readonly saveDelayMs: number;
  private currentPath: string;
  /** The daily backup made at open, if any; `close()` waits for it. */
  private backup: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: Low<Journal>,
    private readonly options: JournalStoreOptions,
    /** Why the journal was not opened as it was on disk, if so. */
    readonly notice: JournalNotice | null,
    /** True when writing would destroy something we cannot read (a newer or unreadable file). */
    private readonly cannotWrite: boolean,
  ) {
    this.saveDelayMs = options.saveDelayMs ?? 300;
    this.currentPath = options.path;
  }

  /** The schemaVersion the file had when it was opened; null for a new or replaced journal. */
  versionOnDisk: number | null = null;

  /** The file all saves go to. */
  get path(): string {
    return this.currentPath;
  }

  /** Another window of the app on this computer has the journal open for writing; this one only reads. */
  lockedBy: LockOwner | null = null;
  private lock: JournalLock | null = null;
  private sync: JournalSync | null = null;
  private watcher: { stop(): void } | null = null;

  /** True when nothing may be written: a file we cannot read, or another window is the writer. */
  get readOnly(): boolean {
    return this.cannotWrite || this.lockedBy !== null || (this.sync?.newerVersion ?? null) !== null;
  }

  /** Opens (or starts) the journal at `options.path`. Never throws for a bad file; see `notice`. */
  static async open(options: JournalStoreOptions): Promise<JournalStore> {
    await mkdir(dirname(options.path), { recursive: true });
    const attempt =
      options.lock === false
        ? null
        : await JournalLock.acquire(options.path, options.appVersion ?? '', options.clock.now());
    const busy = attempt?.kind === 'busy' ? attempt.owner : null;
    const store = await JournalStore.read(options, busy !== null);
    if (attempt?.kind === 'held') store.lock = attempt.lock;
    store.lockedBy = busy;
    if (options.watchTimers) {
      store.watcher = watchFolder(
        options.path,
        options.watchTimers,
        () => store.lookOutside().then(() => undefined),
        (error) => options.onSaveError?.(error),
      );
    }
    return store;
  }

  /**
   * Looks whether the file changed from outside and merges it in (see journal-sync.ts); when this
   * window only reads because another had the journal, tries to become the writer first.
   */
  async lookOutside(): Promise<MergeReport | null> {
    let writable = false;
    if (this.lockedBy) {
      const attempt = await JournalLock.acquire(
        this.path,
        this.options.appVersion ?? '',
        this.options.clock.now(),
      );
      if (attempt.kind === 'held') {
        this.lock = attempt.lock;
        this.lockedBy = null;
        writable = true;
      } else if (attempt.kind === 'unlockable') this.lockedBy = null;
    }
    const result = this.sync ? await this.sync.check(this.path) : null;
    if (result?.writeBack && !this.readOnly) this.scheduleSave();
    if (writable && !result) this.options.onOutsideChange?.(null);
    return result?.report ?? null;
  }

  /** Merges a journal from elsewhere (a sync tool's conflict copy) into this one; nothing is lost. */
  mergeIn(other: Journal): MergeReport {
    if (this.readOnly) throw new DomainError('journal_read_only');
    const result = mergeJournals(null, this.db.data, other, this.options.clock.now(), randomUUID);
    this.update(() => result.journal);
    return result.report;
  }

  /** Reads the file; `busy`: another process writes it, so nothing here may move or write it. */
  private static async read(options: JournalStoreOptions, busy: boolean): Promise<JournalStore> {
    const file = new JournalFile(options.path);
    const db = new Low<Journal>(file, emptyJournal());
    try {
      await db.read();
    } catch (error) {
      if (error instanceof NewerVersionError) {
        return new JournalStore(db, options, { kind: 'newer-version', fileVersion: error.fileVersion }, true);
      }
      if (error instanceof DamagedJournalError && !busy) {
        const movedTo = await moveAside(options.path, options.clock);
        const backup = await newestGoodBackup(options.path);
        db.data = backup?.journal ?? emptyJournal();
        const store = new JournalStore(
          db,
          options,
          { kind: 'damaged', movedTo, restoredFrom: backup?.path ?? null },
          false,
        );
        if (backup) await file.write(db.data);
        store.attachSync(file);
        return store;
      }
      return new JournalStore(db, options, { kind: 'unreadable', reason: (error as Error).message }, true);
    }
    const store = new JournalStore(db, options, null, false);
    store.versionOnDisk = file.fromVersion;
    store.attachSync(file);
    if (file.existed) {
      // The copy runs beside the first minutes of work instead of in front of them; saves replace the
      // file by rename, so whatever version the copy reads is a whole, valid journal.
      store.backup = store.backUpDaily();
      if (file.migrated && !busy) {
        // ...except here: the backup must hold the old shape before the migrated one is written.
        await store.backup;
        await file.write(db.data);
      }
    }
    return store;
  }

  /** The current journal. Treat it as read-only: change it through `update`. */
  get data(): Journal {
    return this.db.data;
  }

  /** Replaces the journal with `next(current)` and schedules a save. */
  update(next: (journal: Journal) => Journal): void {
    if (this.readOnly) throw new DomainError('journal_read_only');
    this.db.data = next(this.db.data);
    this.scheduleSave();
  }

  private scheduleSave(): void {
    this.dirty = true;
    this.timer ??= setTimeout(() => {
      this.flush().catch((error: unknown) => this.options.onSaveError?.(error));
    }, this.saveDelayMs);
  }

  /** From now on every write of `file` first checks for, and merges, changes from outside. */
  private attachSync(file: JournalFile): void {
    const sync = new JournalSync(
      {
        current: () => this.db.data,
        adopt: (journal, report) => {
          this.db.data = journal;
          if (report) this.options.onOutsideChange?.(report);
        },
        decode: (text) => decodeJournal(text).journal,
      },
      this.options.clock,
    );
    sync.noteRead(this.db.data, file.lastRead?.bytes ?? new Uint8Array(), file.lastRead?.stats ?? null);
    file.lastRead = null;
    file.sync = sync;
    this.sync = sync;
  }

  /** Writes pending edits now; resolves when everything edited so far is on disk. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // Chained so two saves never overlap, and a save requested during a save still runs after it.
    const run = this.saving.catch(() => undefined).then(() => this.writePending());
    this.saving = run;
    return run;
  }

  /**
   * Moves the journal to `target`: from now on every save goes there. The old file stays where it was,
   * as a copy. A target that already exists is refused, so moving can never overwrite anything.
   */
  async moveTo(target: string): Promise<void> {
    if (this.readOnly) throw new DomainError('journal_read_only');
    if (
      await access(target).then(
        () => true,
        () => false,
      )
    )
      throw new DomainError('file_exists');
    await this.flush();
    await mkdir(dirname(target), { recursive: true });
    const previous = { adapter: this.db.adapter, path: this.currentPath };
    // Switch first, then save: an edit that arrives meanwhile can only land in the new file.
    const moved = new JournalFile(target);
    this.db.adapter = moved;
    this.currentPath = target;
    this.attachSync(moved);
    this.dirty = true;
    try {
      await this.flush();
    } catch (error) {
      this.db.adapter = previous.adapter;
      this.currentPath = previous.path;
      throw error;
    }
    await this.followMove();
  }

  /** After a move: the lock and the watch go with the journal to its new place. */
  private async followMove(): Promise<void> {
    await this.lock?.release();
    const attempt = await JournalLock.acquire(
      this.path,
      this.options.appVersion ?? '',
      this.options.clock.now(),
    );
    this.lock = attempt.kind === 'held' ? attempt.lock : null;
    if (this.watcher && this.options.watchTimers) {
      this.watcher.stop();
      this.watcher = watchFolder(
        this.path,
        this.options.watchTimers,
        () => this.lookOutside().then(() => undefined),
        (error) => this.options.onSaveError?.(error),
      );
    }
  }

  /** Flushes, stops the background timer and the watch, and gives up the lock. */
  async close(): Promise<void> {
    this.watcher?.stop();
    await this.backup;
    try {
      if (!this.readOnly) await this.flush();
    } finally {
      await this.lock?.release();
      this.lock = null;
    }
  }

  private async writePending(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      try {
        await this.db.write();
      } catch (error) {
        this.dirty = true;
        throw error;
      }
    }
  }

  /** Keeps one copy of the journal per day in `backups/`, the newest `keepBackups` of them. */
  private async backUpDaily(): Promise<void> {
    const folder = backupFolder(this.path);
    const day = this.options.clock.now().toISOString().slice(0, 10);
    const name = `${stem(this.path)}-${day}.json`;
    try {
      await mkdir(folder, { recursive: true });
      const existing = await listBackups(this.path);
      if (!existing.some((b) => basename(b) === name)) await snapshot(this.path, join(folder, name));
      const all = await listBackups(this.path);
      for (const old of all.slice(this.options.keepBackups ?? 7)) await rm(old, { force: true });
    } catch (error) {
      // A failed backup must not stop the person from working; it is reported like a failed save.
      this.options.onSaveError?.(error);
    }
  }
}

function stem(path: string): string {
  return basename(path, extname(path));
}

function backupFolder(path: string): string {
  return join(dirname(path), 'backups');
}

/** Backups of this journal, newest first (the date in the name sorts as text). */
async function listBackups(path: string): Promise<string[]> {
  // Exactly "<stem>-YYYY-MM-DD.json": another journal in the same folder ("journal-werk.json") has
  // backups that start the same way, and they must never be pruned or restored as this one's.
  const own = new RegExp(
    `^${stem(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{4}-\\d{2}-\\d{2}\\.json$`,
  );
  let names: string[];
  try {
    names = await readdir(backupFolder(path));
  } catch {
    return [];
  }
  return names
    .filter((n) => own.test(n))
    .sort()
    .reverse()
    .map((n) => join(backupFolder(path), n));
}

async function newestGoodBackup(path: string): Promise<{ path: string; journal: Journal } | null> {
  for (const candidate of await listBackups(path)) {
    try {
      return { path: candidate, journal: decodeJournal(await readFile(candidate, 'utf8')).journal };
    } catch {
      // A damaged backup is skipped; an older one may still be good.
    }
  }
  return null;
}

/** Renames a damaged journal to `journal.damaged-<time>.json` beside it and returns the new path. */
async function moveAside(path: string, clock: Clock): Promise<string> {
  const time = clock.now().toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(path), `${stem(path)}.damaged-${time}${extname(path) || '.json'}`);
  await rename(path, target);
  return target;
}

/**
 * Keeps the journal as it is now under `target`. A real copy, not a hard link: a backup must survive
 * whatever happens to the journal, including a sync tool or editor that writes it in place. Where the
 * file system can clone (btrfs, XFS, APFS) the copy shares blocks and costs next to nothing.
 */
async function snapshot(path: string, target: string): Promise<void> {
  await copyFile(path, target, constants.COPYFILE_FICLONE);
}
