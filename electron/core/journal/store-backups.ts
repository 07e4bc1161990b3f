/**
 * The journal store's backups (backups.ts does the files): the daily one made at open and before an
 * import, whose failure is shown more quietly than a failing save, and the copy a migrated journal must
 * have before it is first written.
 */
import { backUpDaily, keepBeforeMigration } from './backups';
import type { BackupProblem, JournalStoreOptions } from './journal-store-options';
import { osProblem } from './os-errors';

export class StoreBackups {
  /** The backups started so far, settled (made or failed). */
  private made: Promise<void> = Promise.resolve();
  private failure: BackupProblem | null = null;

  constructor(
    /** The journal's path now (a move changes it). */
    private readonly path: () => string,
    private readonly options: JournalStoreOptions,
  ) {}

  /** The daily backup's failure, if the last one failed. */
  get problem(): BackupProblem | null {
    return this.failure;
  }

  /** Settles once every backup started so far is written (or failed). */
  settled(): Promise<void> {
    return this.made;
  }

  /** Settles once every backup started so far, also one started while waiting, is written (or failed). */
  async allSettled(): Promise<void> {
    for (let waited: Promise<void> | null = null; waited !== this.made;) await (waited = this.made);
  }

  /**
   * Today's backup of `bytes` (the file as read, or the journal encoded when it is made), unless a good
   * one is there or under way. Never rejects: a failure is kept in `problem` and told.
   */
  daily(bytes: Uint8Array | (() => Uint8Array)): Promise<void> {
    const made = this.backUp(bytes);
    this.made = Promise.all([this.made, made]).then(() => undefined);
    return made;
  }

  /**
   * Before a migrated journal is first written over the file it came from: that file, byte for byte, in
   * `backups/` (today's backup when it holds exactly those bytes, else a copy of its own), read back.
   * Rejects when it cannot be kept: the write that needs it then fails, is shown and retried, and the
   * file stays as it was.
   */
  async keepOriginal(bytes: Uint8Array, fromVersion: number): Promise<void> {
    await this.allSettled();
    await keepBeforeMigration({
      path: this.path(),
      bytes,
      fromVersion,
      clock: this.options.clock,
      fs: this.options.fs,
    });
  }

  private async backUp(bytes: Uint8Array | (() => Uint8Array)): Promise<void> {
    try {
      await backUpDaily({
        path: this.path(),
        bytes,
        clock: this.options.clock,
        keep: this.options.keepBackups ?? 7,
        fs: this.options.fs,
      });
      if (this.failure) {
        this.failure = null;
        this.options.onBackupProblem?.(null);
      }
    } catch (error) {
      // A failed backup must not stop the person from working; it is shown, more quietly than a save.
      this.failure = { problem: osProblem(error), since: this.options.clock.now(), error };
      this.options.onBackupProblem?.(this.failure);
    }
  }
}
