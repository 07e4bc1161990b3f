import type { DuplicatesWords } from './words';

export const duplicatesEN: DuplicatesWords = {
  button: (count) => `Possible duplicates (${count})`,
  title: 'Possible duplicates',
  intro:
    'These contacts look alike. If they are the same person, merge them; if they are two people, choose ‘Not a duplicate’.',
  why: {
    email: (address) => `Same email address: ${address}`,
    linkedin: 'Same LinkedIn profile',
    sameName: 'Same name',
    similarName: 'Similar name',
  },
  pairLabel: (a, b) => `${a} and ${b}`,
  merge: 'Merge…',
  notDuplicate: 'Not a duplicate',
  notDuplicateToast: (a, b) => `${a} and ${b} won’t be suggested as duplicates again.`,
  allDone: 'There are no possible duplicates left.',
  more: { one: '{n} more pair after these.', other: '{n} more pairs after these.' },
  close: 'Close',
  dialog: {
    title: 'Merge contacts',
    intro:
      'Choose which details to keep. What you wrote about them, their tags and the last contact are combined; conversations, referrals and reminders come along.',
    keepThis: 'Keep this contact',
    kept: 'stays',
    mergedAway: 'is merged into the other',
    same: 'Same',
    empty: '—',
    chooseLabel: (field) => `${field}: which to keep?`,
    combinedTitle: 'Combined',
    tags: 'Tags',
    textsKept: (fields) => `Both texts are kept: ${fields}.`,
    intoNotes: (values) =>
      `The LinkedIn link you don’t keep goes into the notes, so it isn’t lost: ${values}`,
    keptEmails: (values) => `Not chosen as the main address, kept among the other email addresses: ${values}`,
    keptPhones: (values) => `Not chosen as the main number, kept among the other phone numbers: ${values}`,
    created: (when) => `added ${when}`,
    imported: (when) => `imported ${when}`,
    nameWith: (name, apart) => `${name} (${apart})`,
    conversations: { one: '{n} conversation', other: '{n} conversations' },
    lastContact: 'Last contact',
    moves: (other, kept) =>
      `Conversations, referrals, reminders and every ‘in touch’ you logged for ${other} move to ${kept}.`,
    confirm: 'Merge',
    unsaved: (names) =>
      `You typed something for ${names} that isn’t saved yet. Merging throws it away. Want to keep it? Choose Cancel and save it first.`,
    confirmDiscarding: 'Merge anyway',
    mergedToast: (name) => `Merged into ${name}.`,
    undoneToast: (name) => `Merge undone: ${name} is a separate contact again.`,
  },
  formWarning: {
    text: {
      one: 'Someone with this name is already in your network:',
      other: '{n} people with this name are already in your network:',
    },
    open: (name) => `Open ${name}`,
  },
};
