/** Words of the settings screen, in English. */
import type { SettingsWords } from './words';

export const settingsEN: SettingsWords = {
  title: 'Settings',
  language: 'Language',
  languageHint: 'By default the app follows your computer’s language.',
  systemLanguage: 'Same as the system',
  theme: 'Appearance',
  themeHint: 'Light or dark. Match system follows whatever your computer uses at the moment.',
  themes: { system: 'Match system', light: 'Light', dark: 'Dark' },
  journal: 'Your journal file',
  showInFolder: 'Show in folder',
  moveJournal: 'Move…',
  movedToast: (path) => `Your journal now lives in ${path}. The old file was left in place as a copy.`,
  journalHint:
    'Everything you enter is kept in this one file on your own computer. Nothing goes to the internet. Every day the app keeps a backup copy in the “backups” folder beside it.',
  version: (v) => `Version ${v}`,
};
