/**
 * What the app tells about the journal file: how it was opened (notices, repairs, set-aside records),
 * whether its edits are on disk and its backup made, and what syncing with another computer brought.
 */
import type { RecordCollection, RecordProblem } from './domain';
import type { OsProblem } from './os-problems';

/** What a repair at open mended without asking (see core/journal/repair.ts); always told, never silent. */
export type RepairChange = {
  collection: RecordCollection;
  /** The record's id as it was in the file. */
  id: string;
  /** What the person calls it: a name, a contact and a date, a title. */
  label: string;
} & (
  | { change: 'reference-cleared'; field: string; missing: string }
  | { change: 'id-renamed'; newId: string }
  | { change: 'duplicate-removed' }
  | { change: 'unreadable-characters' }
);

/** What went wrong with the journal file at start-up, shown once so the person knows where their data is. */
export type JournalNotice =
  | { kind: 'damaged'; movedTo: string; restoredFrom: string | null }
  /** Damaged, and it could not be moved aside (a read-only folder): left as it is, opened read-only. */
  | { kind: 'damaged-in-place'; path: string; problem: OsProblem; restoredFrom: string | null }
  | { kind: 'newer-version'; fileVersion: number }
  /** The journal (or its folder) could not be read or made; nothing was changed. Read-only, empty. */
  | { kind: 'unavailable'; path: string; problem: OsProblem }
  /** A journal was there before (it is configured, or has backups) and is not now. Read-only, empty. */
  | { kind: 'missing'; path: string; backups: number }
  /** The person chose to look at a backup: read-only until they keep it somewhere as their journal. */
  | { kind: 'backup'; path: string; journalPath: string }
  | {
      /** Some records were set aside or mended; `keptAt` holds the file as it was, byte for byte. */
      kind: 'repaired';
      /** Null when the original could not be kept (then the journal is read-only, `problem` says why). */
      keptAt: string | null;
      problem: OsProblem | null;
      setAside: number;
      /** The first REPAIR_CHANGES_SHOWN changes; `moreChanges` counts the rest. */
      changes: RepairChange[];
      moreChanges: number;
    }
  /** The person made the file read-only, or its folder cannot be written: opened read-only, untouched. */
  | { kind: 'read-only'; reason: 'file' | 'folder' };

/** How many repair changes a notice lists; a journal mended in thousands of places says how many more. */
export const REPAIR_CHANGES_SHOWN = 100;

/** A set-aside record as the UI shows it: the record's text, what is wrong, what the person calls it. */
export interface SetAsideView {
  id: string;
  collection: RecordCollection;
  label: string;
  raw: string;
  problems: RecordProblem[];
  setAsideAt: string;
}

/** Whether the journal's edits are on disk; while failing, the edits are kept in memory and retried. */
export type SaveStatus =
  | { state: 'saved' }
  | {
      state: 'failing';
      problem: OsProblem;
      /** What happened and what to do, in the UI language. */
      message: string;
      /** ISO instant of the first failure. */
      since: string;
      /** ISO instant of the next attempt by itself. */
      retryAt: string;
    };

/** The daily backup could not be made (the journal itself is fine): a quieter notice. */
export interface BackupStatus {
  problem: OsProblem;
  message: string;
  since: string;
}

export interface JournalStatus {
  path: string;
  readOnly: boolean;
  notice: JournalNotice | null;
  /** Another window of the app on this computer has the journal open: this one only reads. */
  lockedBy: { pid: number; host: string; appVersion: string; since: string } | null;
  /** Records waiting for the person to fix or drop them (the first SET_ASIDE_SHOWN), and how many. */
  setAside: SetAsideView[];
  setAsideTotal: number;
  save: SaveStatus;
  backup: BackupStatus | null;
}

/** What a merge brought in from the other computer (or a conflict copy). */
export interface IncomingChanges {
  added: number;
  changed: number;
  deleted: number;
  /** Records changed on both sides, now waiting for the person to choose. */
  conflicts: number;
}

/** A record changed on two computers, as the person chooses between the two versions. */
export interface ConflictView {
  id: string;
  collection: RecordCollection;
  recordId: string;
  /** What the record is, in the UI language: a contact's name, "conversation with …". */
  title: string;
  /** The version the journal shows now; null when it is deleted. */
  shown: Record<string, unknown> | null;
  /** The other version; null when the other side deleted it. */
  other: Record<string, unknown> | null;
  /** The fields in which the two differ (all of them when one is deleted). */
  fields: string[];
  at: string;
}

/** A copy of the journal a sync tool made beside it ("journal (conflicted copy …).json"). */
export interface ConflictCopy {
  name: string;
  modifiedAt: string;
}

export interface SyncView {
  conflicts: ConflictView[];
  copies: ConflictCopy[];
}

/** How many set-aside records `app:status` carries; the rest follow as earlier ones are dealt with. */
export const SET_ASIDE_SHOWN = 50;
