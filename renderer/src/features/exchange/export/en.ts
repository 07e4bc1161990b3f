/** Words of exporting and restoring, in English. */
import type { ExportingWords } from './words';

export const exportingEN: ExportingWords = {
  title: 'Export',
  hint: 'Take your network to another program, or keep everything somewhere of your own. You choose where the file goes; nothing is sent over the internet.',
  formats: {
    csv: {
      label: 'Contacts for Excel (CSV)…',
      hint: 'One row per contact, for Excel, Numbers or LibreOffice.',
    },
    vcard: {
      label: 'Contacts for your address book (vCard)…',
      hint: 'For Apple Contacts, Google Contacts and your phone.',
    },
    ics: {
      label: 'Calendar (ICS)…',
      hint: 'Planned conversations and reminders still to do, each with an alert. For Outlook, Apple and Google Calendar.',
    },
    json: {
      label: 'Everything in one file (JSON)…',
      hint: 'Your whole journal. You can restore this file below later, or open it as your journal.',
    },
  },
  menu: {
    button: 'Export',
    label: 'Export contacts',
    csv: 'For Excel (CSV)…',
    vcard: 'For your address book (vCard)…',
  },
  saved: {
    csv: { one: '{n} contact', other: '{n} contacts' },
    vcard: { one: '{n} contact', other: '{n} contacts' },
    ics: { one: '{n} calendar event', other: '{n} calendar events' },
    json: { one: 'Your whole journal (JSON)', other: 'Your whole journal (JSON)' },
  },
  savedWhere: (what, path) => `${what} saved to ${path}.`,
  showInFolder: 'Show in folder',
  empty: {
    contacts:
      'There are no contacts in your journal yet, so there is nothing to export. Add someone first, or import your network.',
    calendar:
      'There is nothing for your calendar yet: no planned conversations and no reminders still to do. No file was made.',
  },
  notSaved: (problem) => `The export was not saved. ${problem}`,
  backups: {
    title: 'Backups',
    hint: 'Every day the app keeps a copy of your journal, for seven days. If something went wrong, restore one. Your journal as it is now is kept as a copy first.',
    none: 'There is no backup yet. The first one will be here tomorrow.',
    loading: 'Looking for backups…',
    holds: (contacts, conversations) => `${contacts}, ${conversations}`,
    contacts: { one: '{n} contact', other: '{n} contacts' },
    conversations: { one: '{n} conversation', other: '{n} conversations' },
    unreadable: 'Cannot be read',
    restore: 'Restore…',
    restoreLabel: (day) => `Restore the backup of ${day}`,
    restoreFile: 'Restore an export…',
    restoreFileHint: 'Choose a file you made with ‘Everything in one file’.',
    confirmTitle: (day) => `Restore the backup of ${day}?`,
    confirmText: (holds) =>
      `Your journal goes back to what it held that day: ${holds}. Anything you entered since will no longer be in your journal, but it is not lost: your journal as it is now is kept as a copy first.`,
    confirmFileTitle: 'Restore an export?',
    confirmFileText:
      'Your journal gets the contents of the file you choose next. Your journal as it is now is kept as a copy first.',
    confirmButton: 'Restore',
    unsavedTyping:
      'You typed something that isn’t saved yet. Restoring throws it away. Want to keep it? Choose Cancel and save it first, so it is in the copy.',
    restoredFrom: (day) => `Your journal was restored to the backup of ${day}.`,
    restoredFromFile: 'Your journal was restored from the export.',
    keptAside: (path) => `Your journal as it was is kept as a copy at ${path}.`,
    showInFolder: 'Show in folder',
  },
};
