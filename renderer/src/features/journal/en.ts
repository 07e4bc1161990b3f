/** Words about the journal file itself, in English. */
import type { RepairChange } from '$contract/contract';
import type { JournalWords, NoticeWords, SavingWords, SyncWords } from './words';

export const journalEN: JournalWords = {
  repairedTitle: 'Your journal is open, but not everything in it could be used',
  repairedKept: (path) => `Your file as it was is kept aside, unchanged: ${path}`,
  repairedNotKept: (problem) =>
    `The original file could not be kept aside, so the app changed nothing and opened your journal read-only. ${problem}`,
  changesTitle: 'The app mended this itself:',
  change: (c: RepairChange): string => {
    switch (c.change) {
      case 'reference-cleared':
        return `the link to “${c.missing}” (${c.field}) was removed, because that contact is not in your journal`;
      case 'id-renamed':
        return `another item had the same id (${c.id}); this one now has the id ${c.newId}`;
      case 'duplicate-removed':
        return 'was in there twice, exactly the same; once is enough';
      case 'unreadable-characters':
        return 'holds characters that could not be read (now shown as �); please check its text';
    }
  },
  moreChanges: { one: '… and {n} more.', other: '… and {n} more.' },
  setAsideTitle: {
    one: '{n} item set aside, for you to repair',
    other: '{n} items set aside, for you to repair',
  },
  setAsideText:
    'These items were in your journal file but were not right. They are kept until you decide: edit the text and put the item back, or throw it away.',
  moreSetAside: {
    one: 'And {n} more item; it appears here once you have dealt with these.',
    other: 'And {n} more items; they appear here once you have dealt with these.',
  },
  fixOrDrop: 'View, edit or throw away the text',
  whatIsWrong: 'What is not right:',
  rawLabel: (label) => `Text of ${label}`,
  copy: 'Copy text',
  copied: 'The text is on the clipboard.',
  restore: 'Put back',
  drop: 'Throw away',
  dropTitle: 'Throw this item away?',
  dropText: (label) =>
    `“${label}” will be gone from your journal for good. The original file that was kept aside stays.`,
  keep: 'Keep',
  restored: 'Put back in your journal.',
  restoredWith: {
    one: 'Put back in your journal, with {n} that belongs to it.',
    other: 'Put back in your journal, with {n} that belong to it.',
  },
  dropped: 'Thrown away.',
  missingTitle: 'Your journal was not found',
  missingText: (path) =>
    `The app looked for your journal at ${path}, but it is not there now. Is it on a USB stick or in a cloud folder? Connect it, or wait until it has finished syncing, then try again. The app does not start a new, empty journal on its own.`,
  unavailableTitle: 'Your journal cannot be opened',
  unavailableText: (path, problem) => `${problem} (${path}) The app changed nothing.`,
  damagedInPlaceTitle: 'Your journal file is damaged',
  damagedInPlaceText: (path, problem) =>
    `The damaged file (${path}) could not be set aside, so it was not touched. ${problem}`,
  damagedInPlaceBackup: (backup) => `You are looking at the most recent good backup (${backup}), read-only.`,
  damagedInPlaceEmpty: 'There is no usable backup, so you see an empty journal, read-only.',
  backupTitle: 'You are looking at a backup',
  backupText: (path) =>
    `This is ${path}, read-only. To go on with it, keep it as your journal in a place of your choice.`,
  readOnly: 'Until you choose, nothing can be changed.',
  choicesLabel: 'What would you like to do?',
  retry: 'Try again',
  open: 'Choose file…',
  openBackup: 'Open a backup',
  startNew: 'New journal somewhere else…',
  keepAsJournal: 'Keep as my journal…',
};

/** Words about saving the journal, in English. */
export const savingEN: SavingWords = {
  failingTitle: 'Your changes have not been saved yet',
  kept: 'Everything you enter stays in the app and is saved again by itself as soon as it can be. Do not quit the app before this notice is gone, or choose “Save as…” to save your journal somewhere else.',
  since: (time) => `Failing since ${time}.`,
  retry: 'Try again',
  retrying: 'Saving…',
  saveAs: 'Save as…',
  savedAgain: 'Everything is saved again.',
  savedElsewhere: (path) => `Your journal was saved in ${path} and is kept there from now on.`,
  stillFailing: 'Saving still does not work. The app keeps trying.',
  notYetSaved:
    'Your change is in the app but not saved to disk yet. That happens by itself as soon as it can (see the notice at the top).',
  backupTitle: 'Today’s backup was not made',
  backupText: (problem) =>
    `${problem} Your journal itself is fine and is saved as usual; the app tries the backup again at the next start.`,
  readOnlyTitle: 'Your journal is open read-only',
  readOnlyFile:
    'The file was made read-only, so the app does not change it: you can look at everything but not change anything. Want to write again? Make the file writable and restart the app.',
  readOnlyFolder:
    'The folder your journal is in may not be written to, so the app does not change the file: you can look at everything but not change anything. Give yourself write access to the folder and restart the app.',
};

/** Words for a journal shared between windows and computers: read-only, conflicts, conflict copies. */
export const syncEN: SyncWords = {
  lockedTitle: 'Read only: this journal is already open',
  lockedText: (pid: number) =>
    `This journal is already open in another Netwerkdagboek window (process ${pid}). You can read here; changes can be made in that window. Once you close it there, you can carry on here within a few seconds.`,
  lockedSince: (moment: string) => `Opened there on ${moment}.`,
  nowWritable: 'The other window was closed. You can make changes here again.',
  incoming: (parts: string) => `Changes from your other computer came in: ${parts}.`,
  added: { one: '{n} new', other: '{n} new' },
  changed: { one: '{n} changed', other: '{n} changed' },
  removed: { one: '{n} deleted', other: '{n} deleted' },
  toChoose: { one: '{n} to choose between', other: '{n} to choose between' },
  copiesTitle: 'There is a second version of your journal in its folder',
  copiesText:
    'Your sync program put a copy beside your journal, usually because it was changed on two computers at once. Merging takes over whatever the copy has that is not here yet; nothing is lost, and the copy is kept under a new name.',
  copyModified: (moment: string) => `changed on ${moment}`,
  merge: 'Merge',
  ignore: 'Ignore',
  merged: 'The copy was merged.',
  nothingNew: 'The copy was merged; it held nothing new.',
  ignored: 'The copy was put aside under a new name, in the same folder.',
  conflictsTitle: {
    one: '{n} item was changed differently on two computers',
    other: '{n} items were changed differently on two computers',
  },
  conflictsText: 'For each item, choose the version to keep. The other version is then dropped.',
  shown: 'In your journal now',
  other: 'Other version',
  deletedVersion: 'Deleted',
  keep: 'Keep this one',
  kept: 'Kept. The other version was dropped.',
  empty: '(empty)',
  yes: 'yes',
  no: 'no',
};

export const noticeEN: NoticeWords = {
  damagedTitle: 'Your journal file was damaged',
  damagedRestored: (backup) =>
    `The app opened the most recent good backup (${backup}). Anything you entered after that may still be in the damaged file.`,
  damagedEmpty: 'There was no usable backup, so you are starting with an empty journal.',
  damagedKept: (path) => `The original file was not thrown away but set aside: ${path}`,
  newerTitle: 'This journal was made with a newer version of Netwerkdagboek',
  newerText: (v) =>
    `The file uses version ${v} of the data format. This version of the app does not know it yet and leaves the file untouched. Update the app to continue; until then you cannot change anything.`,
  showInFolder: 'Show in folder',
  dismiss: 'Got it',
};
