/** The shell's words in English. */
import type { AppWords } from './words';
export const appEN: AppWords = {
  appName: 'Netwerkdagboek',
  nav: {
    label: 'Main menu',
    contacts: 'Contacts',
    conversations: 'Conversations',
    learning: 'What I’m learning',
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
  shortcuts: {
    title: 'Keyboard shortcuts',
    intro: 'Everything you can do from the keyboard. The app’s menu shows them too.',
    newContact: 'Add a new contact',
    newConversation: 'Plan a conversation',
    newReminder: 'Create a new reminder',
    search: 'Search contacts',
    save: 'Save the form you are working in',
    overview: 'Open this overview',
    lists: 'Move to the previous or next item in a list',
    listEnds: 'Jump to the first or last item in a list',
    steps: 'Go to the previous or next step of a conversation',
    escape: 'Close a dialog or form; if you would lose something, the app asks first',
    or: 'or',
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
