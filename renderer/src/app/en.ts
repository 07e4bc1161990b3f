/** The shell's words in English. */
import type { AppWords } from './words';
export const appEN: AppWords = {
  appName: 'Netwerkdagboek',
  nav: {
    label: 'Main menu',
    contacts: 'Contacts',
    conversations: 'Conversations',
    learning: 'What I learn',
    reminders: 'Reminders',
    overview: 'Overview',
    settings: 'Settings',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    edit: 'Edit',
    delete: 'Delete',
    undo: 'Undo',
    none: '—',
    notSet: 'Not filled in',
    loading: 'Loading…',
    shortcut: (keys) => `Shortcut: ${keys}`,
  },
  unsaved: {
    title: 'Discard what you typed?',
    text: 'You filled in something here that has not been saved yet.',
    discard: 'Discard',
    keepEditing: 'Keep editing',
  },
  placeholder: {
    comingTitle: 'Coming soon',
    overview:
      'Here you will see at a glance how your network is doing: whom you are building, confirming and drawing on, and where attention is needed.',
  },
  errors: {
    generic: 'Something went wrong. Please try again.',
    fixFields: 'Check the highlighted fields.',
  },
};
