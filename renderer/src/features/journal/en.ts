/** Words about the journal file itself, in English. */
import type { RepairChange } from '$contract/contract';
import type { journalNL } from './nl';

export const journalEN: typeof journalNL = {
  kinds: {
    contacts: 'Contact',
    conversations: 'Conversation',
    touches: 'Touch',
    ownQuestions: 'Own question',
    reminders: 'Reminder',
  },
  repairedTitle: 'Your journal is open, but not everything in it could be used',
  repairedKept: (path) => `Your file as it was is kept aside, unchanged: ${path}`,
  repairedNotKept: (problem) =>
    `The original file could not be kept aside, so the app changed nothing and opened your journal read-only. ${problem}`,
  changesTitle: 'The app mended this itself:',
  change: (c: RepairChange): string => {
    switch (c.change) {
      case 'reference-cleared':
        return `the reference to “${c.missing}” (${c.field}) was removed, because that contact is not in your journal`;
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
  restored: (n) =>
    n === 1 ? 'Put back in your journal.' : `Put back in your journal, with ${n - 1} that belong to it.`,
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
