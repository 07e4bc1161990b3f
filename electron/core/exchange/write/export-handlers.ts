/**
 * The channels of taking the journal out and bringing a copy back (issue 12): exports to CSV, vCard,
 * iCalendar and JSON, written where the person chooses in main's save dialog; the list of daily backups;
 * restoring one of them, or a full JSON export, as the journal; and showing a file in the file manager:
 * the journal, where a damaged one was set aside, or the file the last export wrote. Spread into core's
 * handler map.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Handlers } from '../../dispatch';
import type { Language } from '../../../contract/contract';
import type { Reminder } from '../../../contract/domain';
import { RESTORE_MAX_BYTES, type ExportFormat, type ExportResult } from '../../../contract/exchange';
import { localeOf } from '../../../contract/words/locale';
import { zoneOf, type Clock } from '../../clock';
import { DomainError } from '../../errors';
import { backupFolder } from '../../journal/backups';
import { writeFileDurably } from '../../journal/durable-write';
import type { FsOps } from '../../journal/fs-ops';
import type { JournalStore } from '../../journal/journal-store';
import { osProblem, osProblemMessage } from '../../journal/os-errors';
import { backupOf, backupViews } from '../../journal/restore';
import { serializeJournal } from '../../journal/serialize';
import { isActive } from '../../reminders/due';
import { today } from '../../reminders/local-time';
import type { SettingsStore } from '../../settings/settings';
import { contactsCsv } from './csv';
import { calendarIcs } from './ics';
import { contactsVcard } from './vcard';
import { exportWords } from './words';

/** What core asks main for to export: where to save the file. Part of CorePorts. */
export interface ExportPorts {
  /**
   * Asks the person where to save an export (main's save dialog, starting at `suggestedName`); null when
   * they cancel. Without it, exports are refused.
   */
  chooseExportLocation?: (suggestedName: string, format: ExportFormat) => Promise<string | null>;
}

export interface ExportDeps {
  store: JournalStore;
  clock: Clock;
  settings: SettingsStore;
  fs?: FsOps;
  language: () => Language;
  describe: (reminder: Reminder, language: Language) => { title: string; body: string };
  chooseExportLocation?: ExportPorts['chooseExportLocation'];
  chooseJournalFile?: (currentPath: string) => Promise<string | null>;
  /** Shows a file in the system's file manager (main: `shell.showItemInFolder`). */
  showInFolder: (path: string) => void;
  /** Core's reopen (app-session.ts): closes this core, puts the bytes in the journal's place, opens anew. */
  reopen?: (how: { restore: Uint8Array }) => Promise<{ reopened: boolean; keptAside?: string }>;
}

const extensions: Record<ExportFormat, string> = { csv: 'csv', vcard: 'vcf', ics: 'ics', json: 'json' };

type ExportHandlers = Pick<
  Handlers,
  | 'exchange:export'
  | 'journal:backups'
  | 'journal:restoreBackup'
  | 'journal:restoreFile'
  | 'shell:showJournalFile'
>;

/** The handlers of the export and restore channels, over the journal that is open now. */
export function exportHandlers(deps: ExportDeps): ExportHandlers {
  const { store, clock } = deps;
  /** Where the last export of this session went, for "Toon in map"; the renderer never names a path. */
  let lastExport: string | null = null;

  /** The file's text and how many contacts, events or records it holds. */
  function build(format: ExportFormat, language: Language): { text: string; count: number } {
    const journal = store.data;
    // The people of the contact list (archived ones are in the full export), in the list's order.
    const collator = new Intl.Collator(localeOf(language), { sensitivity: 'base', numeric: true });
    const contacts = journal.contacts
      .filter((c) => !c.archived)
      .sort((a, b) => collator.compare(a.name, b.name));
    switch (format) {
      case 'csv':
        return { text: contactsCsv(contacts, language), count: contacts.length };
      case 'vcard':
        return { text: contactsVcard(contacts), count: contacts.length };
      case 'ics': {
        const names = new Map(journal.contacts.map((c) => [c.id, c.name]));
        const conversations = journal.conversations.filter((c) => c.status === 'gepland');
        const reminders = journal.reminders.filter(isActive);
        const text = calendarIcs({
          conversations,
          reminders,
          contactName: (id) => names.get(id),
          describe: (r) => deps.describe(r, language),
          zone: zoneOf(clock),
          reminderTime: deps.settings.get().reminderTime,
          language,
          now: clock.now(),
        });
        return { text, count: conversations.length + reminders.length };
      }
      case 'json': {
        const count =
          journal.contacts.length +
          journal.conversations.length +
          journal.touches.length +
          journal.ownQuestions.length +
          journal.reminders.length;
        // The journal file exactly as it is written: it opens (or is restored) as the journal again.
        return { text: serializeJournal(journal), count };
      }
    }
  }

  /** Whether `target` is the journal itself or inside its backups folder (after links are followed). */
  async function overJournal(target: string): Promise<boolean> {
    const real = (p: string) => realpath(p).catch(() => resolve(p));
    const [file, journal, backups] = await Promise.all([
      real(target),
      real(store.path),
      real(backupFolder(store.path)),
    ]);
    return file === journal || resolve(target) === resolve(store.path) || file.startsWith(backups + sep);
  }

  function reopen(how: { restore: Uint8Array }) {
    if (!deps.reopen) throw new Error('This core cannot reopen its journal.');
    // Another window writes this journal, or it is shown read-only for a reason of its own: its notice
    // has the choices that fit, and nothing may be put in its place from here.
    if (store.readOnly) throw new DomainError('journal_read_only');
    return deps.reopen(how);
  }

  return {
    'exchange:export': async ({ format }): Promise<ExportResult> => {
      if (!deps.chooseExportLocation) throw new Error('This core cannot ask where to save.');
      const language = deps.language();
      const { text, count } = build(format, language);
      if (count === 0 && format !== 'json') {
        return { saved: false, path: null, count, problem: null, empty: true };
      }
      const name = `netwerkdagboek-${exportWords[language].fileNames[format]}-${today(clock)}.${extensions[format]}`;
      const target = await deps.chooseExportLocation(name, format);
      if (!target) return { saved: false, path: null, count, problem: null, empty: false };
      if (await overJournal(target)) throw new DomainError('export_over_journal');
      try {
        // Like the journal: temp file, fsync, rename. "Opgeslagen" only once it is on disk, whole.
        await writeFileDurably(target, text, deps.fs);
      } catch (error) {
        return {
          saved: false,
          path: target,
          count,
          problem: osProblemMessage(osProblem(error), language),
          empty: false,
        };
      }
      lastExport = target;
      return { saved: true, path: target, count, problem: null, empty: false };
    },
    'shell:showJournalFile': async ({ which }) => {
      const notice = store.notice;
      if (which === 'journal') deps.showInFolder(store.path);
      else if (which === 'damaged' && notice?.kind === 'damaged') deps.showInFolder(notice.movedTo);
      // Moved or deleted since: the file manager would have nothing to point at.
      else if (which === 'export' && lastExport && (await stat(lastExport).catch(() => null))) {
        deps.showInFolder(lastExport);
      } else throw new DomainError('not_found');
      return { shown: true };
    },
    'journal:backups': async () => {
      // Today's copy is made beside the first minutes of work: listed once it is there.
      await store.backedUp();
      return backupViews(store.path, deps.fs);
    },
    'journal:restoreBackup': async ({ date }) => {
      const bytes = await backupOf(store.path, date, deps.fs);
      const { keptAside } = await reopen({ restore: bytes });
      return { reopened: true, keptAside: keptAside ?? null };
    },
    'journal:restoreFile': async () => {
      if (store.readOnly) throw new DomainError('journal_read_only');
      const chosen = await deps.chooseJournalFile?.(store.path);
      if (!chosen) return { reopened: false, keptAside: null };
      const unreadable = () => {
        throw new DomainError('not_a_journal');
      };
      // Its size first: any file can be chosen, and a huge one would be read whole before being refused.
      if ((await stat(chosen).catch(unreadable)).size > RESTORE_MAX_BYTES) {
        throw new DomainError('restore_too_large');
      }
      const bytes = await readFile(chosen).catch(unreadable);
      const { keptAside } = await reopen({ restore: bytes });
      return { reopened: true, keptAside: keptAside ?? null };
    },
  };
}
