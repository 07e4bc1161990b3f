/**
 * What the export and restore parts of Instellingen (and Contacten's export menu) say, as a shape:
 * `nl.ts` and `en.ts` each fill it in.
 */
import type { ExportFormat } from '$contract/exchange';
import type { Plural } from '$contract/words/plural';

export interface ExportingWords {
  title: string;
  hint: string;
  /** Each format: the button and a line saying what it is for. */
  formats: Record<ExportFormat, { label: string; hint: string }>;
  /** Contacten's menu: the button and the two contact formats. */
  menu: { button: string; label: string; csv: string; vcard: string };
  /** The toast once the file is on disk: what went in, and where. */
  saved: Record<ExportFormat, Plural>;
  savedWhere(what: string, path: string): string;
  /** The toast's button: the file just written, in the file manager. */
  showInFolder: string;
  /** Nothing to export (core wrote no file): no contacts yet, or nothing planned for the calendar. */
  empty: { contacts: string; calendar: string };
  notSaved(problem: string): string;
  backups: {
    title: string;
    hint: string;
    none: string;
    loading: string;
    /** One backup in the list: its day, written out, and what it holds. */
    holds(contacts: string, conversations: string): string;
    contacts: Plural;
    conversations: Plural;
    unreadable: string;
    restore: string;
    /** "Terugzetten" for one day, for a screen reader: which one. */
    restoreLabel(day: string): string;
    restoreFile: string;
    restoreFileHint: string;
    confirmTitle(day: string): string;
    confirmText(holds: string): string;
    confirmFileTitle: string;
    confirmFileText: string;
    confirmButton: string;
    /** Added to the question while a form holds typing not saved yet, which the restore lets go. */
    unsavedTyping: string;
    restoredFrom(day: string): string;
    restoredFromFile: string;
    keptAside(path: string): string;
    showInFolder: string;
  };
}
