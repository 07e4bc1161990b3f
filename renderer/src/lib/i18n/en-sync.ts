import type { syncNL } from './nl-sync';

/** Words for a journal shared between windows and computers: read-only, conflicts, conflict copies. */
export const syncEN: typeof syncNL = {
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
  collections: {
    contacts: 'Contact',
    conversations: 'Conversation',
    touches: 'Touch',
    ownQuestions: 'Own question',
    reminders: 'Reminder',
  },
};
