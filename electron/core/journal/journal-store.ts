import { randomUUID } from 'node:crypto';
import { Low } from 'lowdb';
import { REPAIR_CHANGES_SHOWN, type JournalNotice } from '../../contract/contract';
import type { OsProblem } from '../../contract/messages';
import type { Journal } from '../../contract/domain';
import { systemTimers } from '../clock';
import { DomainError } from '../errors';
import { newestGoodBackup, removeStaleTempFiles } from './backups';
import { realFs } from './fs-ops';
import { encodeJournal } from './serialize';
import { DamagedJournalError, emptyJournal, JournalFile } from './journal-file';
import {
  absentJournalNotice,
  exists,
  keepOriginal,
  moveAside,
  readOnlyReason,
  writeVerified,
} from './journal-places';
import type { BackupProblem, JournalStoreOptions } from './journal-store-options';
import { JournalLock, type LockOwner } from './journal-lock';
import { mergeJournals, type MergeReport } from './journal-merge';
import type { JournalSync } from './journal-sync';
import { watchFolder } from './journal-watch';
import { NewerVersionError } from './migrations';
import { osProblem } from './os-errors';
import { Saver, type SaveState } from './saver';
import { StoreBackups } from './store-backups';

export type { SaveState } from './saver';
export { emptyJournal } from './journal-file';
export type { BackupProblem, JournalStoreOptions } from './journal-store-options';

/**
 * The one owner of the journal file.
 *
 * Holds the journal in memory as immutable records; every edit is followed by a durable write that
 * includes it (group commit, see `saver.ts`), and `durable()` tells a caller when its edit is on disk.
 * A damaged file is moved aside and the newest good backup taken instead; a file from a newer app, or one
 * the person made read-only, is left untouched and the journal opens read-only.
 */
export class JournalStore {
  private currentPath: string;
  private readonly saver: Saver;
  /** The daily backups made at open and before an import; `close()` waits for them. */
  private readonly backups: StoreBackups;
  /** What must be done before the next write (a migrated journal: keep the file as it was); once. */
  private beforeFirstWrite: (() => Promise<void>) | null = null;

  private constructor(
    private readonly db: Low<Journal>,
    private readonly options: JournalStoreOptions,
    /** Why the journal was not opened as it was on disk, if so. */
    readonly notice: JournalNotice | null,
    /** True when writing would destroy something we cannot read (a newer or unreadable file). */
    private readonly cannotWrite: boolean,
  ) {
    this.currentPath = options.path;
    this.backups = new StoreBackups(() => this.path, options);
    const write = async (took: () => void) => {
      if (this.beforeFirstWrite) await this.beforeFirstWrite();
      this.beforeFirstWrite = null;
      // Taken once the file has been looked at (journal-file.ts): `took` counts the edits it holds.
      await (this.db.adapter as JournalFile).writeTaken(() => {
        took();
        return this.db.data;
      });
    };
    this.saver = new Saver(write, {
      clock: options.clock,
      timers: options.timers ?? systemTimers,
      onState: options.onSaveState,
      retryDelaysMs: options.retryDelaysMs,
    });
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

  /**
   * Opens (or, on a true first run, starts) the journal at `options.path`. Never throws for a bad or
   * missing file or folder: the store then opens read-only, and `notice` says what happened.
   */
  static async open(options: JournalStoreOptions): Promise<JournalStore> {
    const absent = await absentJournalNotice(options.path, options.mayCreate ?? true);
    if (absent) {
      const db = new Low<Journal>(new JournalFile(options.path), emptyJournal());
      return new JournalStore(db, options, absent, true);
    }
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
        (error) => options.log?.(error),
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
    if (result?.writeBack && !this.readOnly) this.saver.changed();
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
    const fs = options.fs ?? realFs;
    // What a crash in the middle of an earlier save left: partial copies of private data. Not while
    // another window is the writer: its save may be under way.
    if (!busy) await removeStaleTempFiles(options.path, fs).catch(() => undefined);
    const file = new JournalFile(options.path, () => options.clock.now(), fs);
    const db = new Low<Journal>(file, emptyJournal());
    const readOnly = (notice: JournalNotice) => new JournalStore(db, options, notice, true);
    try {
      await db.read();
    } catch (error) {
      if (error instanceof NewerVersionError) {
        return readOnly({ kind: 'newer-version', fileVersion: error.fileVersion });
      }
      if (error instanceof DamagedJournalError && !busy) return JournalStore.openDamaged(db, file, options);
      // Another window writes this file (and will deal with it), or it cannot be read: left as it is.
      return readOnly({ kind: 'unavailable', path: options.path, problem: busy ? 'busy' : osProblem(error) });
    }
    // Another window writes the file: the repair is only shown here; that window keeps the original.
    if (file.repair && !busy) return JournalStore.openRepaired(db, file, options);
    const cannotWrite = file.existed && !busy ? await readOnlyReason(options.path, fs) : null;
    if (cannotWrite) return readOnly({ kind: 'read-only', reason: cannotWrite });
    const store = new JournalStore(db, options, null, false);
    store.versionOnDisk = file.fromVersion;
    // The bytes that just decoded are what today's backup holds (attachSync lets go of them).
    const bytes = file.lastRead?.bytes ?? null;
    store.attachSync(file);
    // A window that only reads (another one writes) leaves backups and migration to the writer.
    if (file.existed && bytes && !busy) {
      // The copy runs beside the first minutes of work instead of in front of them.
      void store.backups.daily(bytes);
      if (file.migrated) {
        // ...except here: the file as it was is kept in backups/ before the migrated journal is written
        // over it; until it is, no write goes through (it fails, is shown and retried).
        store.beforeFirstWrite = () => store.backups.keepOriginal(bytes, file.fromVersion!);
        await store.saveNow();
      }
    }
    return store;
  }

  /** A damaged file is moved aside, never overwritten; the newest good backup is taken instead. */
  private static async openDamaged(
    db: Low<Journal>,
    file: JournalFile,
    options: JournalStoreOptions,
  ): Promise<JournalStore> {
    const backup = await newestGoodBackup(options.path);
    db.data = backup?.journal ?? emptyJournal();
    const restoredFrom = backup?.path ?? null;
    let movedTo: string;
    try {
      movedTo = await moveAside(options.path, options.clock);
    } catch (error) {
      // A read-only folder, say: the damaged file stays where it is, untouched, and nothing may be
      // written over it, so the backup (or an empty journal) is shown read-only.
      const problem = osProblem(error);
      return new JournalStore(
        db,
        options,
        { kind: 'damaged-in-place', path: options.path, problem, restoredFrom },
        true,
      );
    }
    const store = new JournalStore(db, options, { kind: 'damaged', movedTo, restoredFrom }, false);
    if (backup) await store.saveNow();
    store.attachSync(file);
    return store;
  }

  /**
   * Some records were set aside or mended (repair.ts). The file as it was is kept beside the journal,
   * byte for byte, before the repaired journal is written; if it cannot be kept, nothing is written.
   */
  private static async openRepaired(
    db: Low<Journal>,
    file: JournalFile,
    options: JournalStoreOptions,
  ): Promise<JournalStore> {
    const repair = file.repair!;
    const shown = repair.changes.slice(0, REPAIR_CHANGES_SHOWN);
    const notice = (keptAt: string | null, problem: OsProblem | null): JournalNotice => ({
      kind: 'repaired',
      keptAt,
      problem,
      setAside: repair.setAside,
      changes: shown,
      moreChanges: repair.changes.length - shown.length,
    });
    let keptAt: string;
    try {
      keptAt = await keepOriginal(options.path, file.original!, options.clock);
    } catch (error) {
      return new JournalStore(db, options, notice(null, osProblem(error)), true);
    }
    const store = new JournalStore(db, options, notice(keptAt, null), false);
    store.versionOnDisk = file.fromVersion;
    store.attachSync(file);
    // Today's backup holds the file as it was, before the repair is written.
    await store.backups.daily(file.original!);
    await store.saveNow();
    return store;
  }

  /**
   * The newest good backup of the journal at `options.path`, opened read-only so the person can look
   * (and keep it as their journal somewhere with `create`); null when there is none.
   */
  static async openBackup(options: JournalStoreOptions): Promise<JournalStore | null> {
    const backup = await newestGoodBackup(options.path);
    if (!backup) return null;
    const file = new JournalFile(backup.path);
    const db = new Low<Journal>(file, backup.journal);
    const notice = { kind: 'backup', path: backup.path, journalPath: options.path } as const;
    return new JournalStore(db, options, notice, true);
  }

  /**
   * Starts a journal at `options.path` holding `journal`, written durably and read back before it is
   * opened, so a journal that is opened from now on is known to be on disk. Never overwrites a file.
   */
  static async create(options: JournalStoreOptions, journal: Journal): Promise<JournalStore> {
    await writeVerified(options.path, journal, () => options.clock.now());
    return JournalStore.open({ ...options, mayCreate: false });
  }

  /** Writes the repaired or restored state now; a failure is a failing save, shown and retried. */
  private async saveNow(): Promise<void> {
    this.saver.changed();
    await this.saver.flush().catch(() => undefined);
  }

  /** The current journal. Treat it as read-only: change it through `update`. */
  get data(): Journal {
    return this.db.data;
  }

  /** Replaces the journal with `next(current)`; a write that includes it starts right away. */
  update(next: (journal: Journal) => Journal): void {
    if (this.readOnly) throw new DomainError('journal_read_only');
    this.db.data = next(this.db.data);
    this.saver.changed();
  }

  /** How many edits there have been; compare before and after a call to see whether it edited. */
  get editCount(): number {
    return this.saver.editCount;
  }

  /**
   * True once every edit made so far is on disk; false when the write that should have held them failed
   * (they are kept in memory and retried, see `saveState`). Never rejects.
   */
  durable(): Promise<boolean> {
    return this.saver.durable();
  }

  /** Saved, or failing since when and why. */
  get saveState(): SaveState {
    return this.saver.state;
  }

  /** Settles once the daily backup made at open is written (or failed): before the backups are listed. */
  backedUp(): Promise<void> {
    return this.backups.settled();
  }

  /** Before an import: today's backup of the journal as it is now, unless a good one is there or under way. */
  backUpToday(): Promise<void> {
    const encoded = () => Buffer.concat(encodeJournal(this.data, {}));
    return this.readOnly ? Promise.resolve() : this.backups.daily(encoded);
  }

  /** The daily backup's failure, if it failed. */
  get backupProblem(): BackupProblem | null {
    return this.backups.problem;
  }

  /** Edits in memory that are not on disk yet. */
  get unsaved(): boolean {
    return this.saver.pending;
  }

  /** "Opnieuw proberen": a save attempt now; true when everything is on disk. */
  retryNow(): Promise<boolean> {
    return this.saver.retryNow();
  }

  /** From now on every write of `file` first checks for, and merges, changes from outside. */
  private attachSync(file: JournalFile): void {
    const current = () => this.db.data;
    this.sync = file.startSync(
      { current, adopt: (journal, report) => this.adopt(journal, report) },
      this.options.clock,
    );
  }

  private adopt(journal: Journal, report: MergeReport | null): void {
    this.db.data = journal;
    if (report) this.options.onOutsideChange?.(report);
  }

  /** Writes pending edits now; resolves when everything edited so far is on disk, rejects if it fails. */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  /**
   * Moves the journal to `target`: from now on every save goes there. The old file stays where it was,
   * as a copy. A target that already exists is refused, so moving can never overwrite anything.
   *
   * Crash-safe in either order: the new file is written durably and read back first; only then is
   * `record` called (main stores the new path in the settings), and only then do saves go there. A crash
   * before `record` leaves the old journal in use, whole; after it, the new one, whole. It runs in the
   * save chain, so no save lands in between; edits made meanwhile are saved to the new file after it.
   */
  async moveTo(target: string, record: () => void = () => undefined): Promise<void> {
    if (this.readOnly) throw new DomainError('journal_read_only');
    if (await exists(target)) throw new DomainError('file_exists');
    // The old file brought up to date when it can be; when saving there is what fails, this is how the
    // person saves elsewhere ("Opslaan als…"), so a failure here does not stop the move.
    await this.saver.flush().catch(() => undefined);
    const fs = this.options.fs ?? realFs;
    await this.saver.exclusive(async () => {
      const moved = await writeVerified(target, this.db.data, () => this.options.clock.now(), fs);
      record();
      this.db.adapter = moved;
      this.currentPath = target;
      this.attachSync(moved);
    });
    await this.followMove();
    // Edits that came in during the move.
    await this.flush();
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
        (error) => this.options.log?.(error),
      );
    }
  }

  /**
   * Waits for the backup, stops the retries and the watch, writes what is pending, and gives up the lock.
   * Rejects while edits are not on disk (the lock is kept then: this window still holds them).
   */
  async close(): Promise<void> {
    this.watcher?.stop();
    // Also one started while waiting (the backup before an import confirmed just now).
    await this.backups.allSettled();
    this.saver.stop();
    try {
      if (!this.readOnly) await this.saver.flush();
    } catch (error) {
      // Not on disk: the app may stay open after all (quitting asks), so saving goes on as before.
      this.saver.resume();
      throw error;
    }
    await this.lock?.release();
    this.lock = null;
  }
}
