/** What the journal store is given when it opens a journal, and what it tells back. */
import type { OsProblem } from '../../contract/messages';
import type { Clock, Timers } from '../clock';
import type { FsOps } from './fs-ops';
import type { MergeReport } from './journal-merge';
import type { SaveState } from './saver';

export interface JournalStoreOptions {
  path: string;
  clock: Clock;
  /** For the retries after a failed save; setTimeout (unref'd) by default. */
  timers?: Timers;
  /** The file operations of every write; the real ones by default (tests inject failures). */
  fs?: FsOps;
  /** How many daily backups to keep beside the journal. */
  keepBackups?: number;
  /** Told when saving starts failing, fails again, or lands again. */
  onSaveState?: (state: SaveState) => void;
  /** Told when the daily backup could not be made (null when a later one could). */
  onBackupProblem?: (problem: BackupProblem | null) => void;
  /** Waits between save attempts after a failure. */
  retryDelaysMs?: readonly number[];
  /** Where failures of the folder watch go. */
  log?: (error: unknown) => void;
  /**
   * Whether a missing file may be started as a new journal: only the default place on a first run. A
   * journal the person chose (and one with backups) that is not there opens read-only with a notice.
   */
  mayCreate?: boolean;
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

/** The daily backup could not be made: a quieter notice than a failing save, the journal itself is fine. */
export interface BackupProblem {
  problem: OsProblem;
  since: Date;
  error: unknown;
}
