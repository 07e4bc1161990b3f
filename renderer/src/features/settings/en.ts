/** Words of the settings screen, in English. */
import type { settingsNL } from './nl';

export const settingsEN: typeof settingsNL = {
  title: 'Settings',
  language: 'Language',
  languageHint: 'By default the app follows your computer’s language.',
  languages: { system: 'Same as the system', nl: 'Nederlands', en: 'English' },
  journal: 'Your journal file',
  showInFolder: 'Show in folder',
  moveJournal: 'Move…',
  movedToast: (path) => `Your journal now lives in ${path}. The old file was left in place as a copy.`,
  journalHint:
    'Everything you enter is kept in this one file on your own computer. Nothing goes to the internet. Every day the app keeps a backup copy in the “backups” folder beside it.',
  version: (v) => `Version ${v}`,
};
