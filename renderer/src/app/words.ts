/**
 * What the shell says (the app's name, the menu, the words every screen shares), as a shape: `nl.ts` and
 * `en.ts` each fill it in.
 */

/** The shell's words: the app's name, the menu, the words every screen shares. */
export interface AppWords {
  appName: string;
  nav: {
    label: string;
    contacts: string;
    organisations: string;
    goal: string;
    trail: string;
    help: string;
    conversations: string;
    actions: string;
    learning: string;
    reminders: string;
    overview: string;
    settings: string;
  };
  common: {
    save: string;
    cancel: string;
    close: string;
    edit: string;
    delete: string;
    undo: string;
    none: string;
    notSet: string;
    loading: string;
    shortcut(keys: string): string;
  };
  /** Asked before typing that was not saved is thrown away (Esc on a small form, a dialog). */
  unsaved: {
    title: string;
    text: string;
    discard: string;
    keepEditing: string;
  };
  /** The shortcuts overview (Ctrl/Cmd+/ or ?), one line per shortcut. */
  shortcuts: {
    title: string;
    /** Said before the list, about the keys in it. */
    intro: string;
    newContact: string;
    newConversation: string;
    newReminder: string;
    search: string;
    save: string;
    overview: string;
    lists: string;
    listEnds: string;
    steps: string;
    moveAction: string;
    escape: string;
    /** The sort-in pass's own single keys (issue 12), in a part of their own: they work only there. */
    sortIn: {
      title: string;
      circle: string;
      warmth: string;
      strength: string;
      next: string;
      back: string;
      done: string;
    };
    /** Between two keys that do the same ("Ctrl+/ of ?"). */
    or: string;
  };
  errors: {
    generic: string;
    fixFields: string;
  };
}
