/**
 * What the journal feature says (repairs, saving, sharing between computers, notices), as a shape: `nl.ts`
 * and `en.ts` each fill it in. What a record is called is the contract's `labels.records`.
 */
import type { RepairChange } from '$contract/contract';
import type { Plural } from '$contract/words/plural';

export interface JournalWords {
  repairedTitle: string;
  repairedKept(path: string): string;
  repairedNotKept(problem: string): string;
  changesTitle: string;
  change(c: RepairChange): string;
  moreChanges: Plural;
  setAsideTitle: Plural;
  setAsideText: string;
  moreSetAside: Plural;
  fixOrDrop: string;
  whatIsWrong: string;
  rawLabel(label: string): string;
  copy: string;
  copied: string;
  restore: string;
  drop: string;
  dropTitle: string;
  dropText(label: string): string;
  keep: string;
  /** A set-aside record put back on its own. */
  restored: string;
  /** …with the records that belong to it (the count is of those others). */
  restoredWith: Plural;
  dropped: string;
  missingTitle: string;
  missingText(path: string): string;
  unavailableTitle: string;
  unavailableText(path: string, problem: string): string;
  damagedInPlaceTitle: string;
  damagedInPlaceText(path: string, problem: string): string;
  damagedInPlaceBackup(backup: string): string;
  damagedInPlaceEmpty: string;
  backupTitle: string;
  backupText(path: string): string;
  readOnly: string;
  choicesLabel: string;
  retry: string;
  open: string;
  openBackup: string;
  startNew: string;
  keepAsJournal: string;
}

/** Words about saving the journal: the banner when saving fails, the backup notice, read-only journals. */
export interface SavingWords {
  failingTitle: string;
  kept: string;
  since(time: string): string;
  retry: string;
  retrying: string;
  saveAs: string;
  savedAgain: string;
  savedElsewhere(path: string): string;
  stillFailing: string;
  notYetSaved: string;
  backupTitle: string;
  backupText(problem: string): string;
  readOnlyTitle: string;
  readOnlyFile: string;
  readOnlyFolder: string;
}

/** Words for a journal shared between windows and computers: read-only, conflicts, conflict copies. */
export interface SyncWords {
  lockedTitle: string;
  lockedText(pid: number): string;
  lockedSince(moment: string): string;
  nowWritable: string;
  incoming(parts: string): string;
  added: Plural;
  changed: Plural;
  removed: Plural;
  toChoose: Plural;
  copiesTitle: string;
  copiesText: string;
  copyModified(moment: string): string;
  merge: string;
  ignore: string;
  merged: string;
  nothingNew: string;
  ignored: string;
  conflictsTitle: Plural;
  conflictsText: string;
  shown: string;
  other: string;
  deletedVersion: string;
  keep: string;
  kept: string;
  empty: string;
  yes: string;
  no: string;
}

/** The journal file could not be opened as it was: damaged, or from a newer app. */
export interface NoticeWords {
  damagedTitle: string;
  damagedRestored(backup: string): string;
  damagedEmpty: string;
  damagedKept(path: string): string;
  newerTitle: string;
  newerText(v: number): string;
  showInFolder: string;
  dismiss: string;
}
