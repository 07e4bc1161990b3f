/**
 * Export, backups and restore, as the page does them: core builds and writes every file (the page
 * never sees a path it could write to), main's dialog asks where. After a restore core holds another
 * journal, so the page loads anew, as after the journal notice's choices; what to tell the person then
 * (where the journal as it was is kept) waits in sessionStorage for the fresh page.
 */
import type { BackupView, ExportFormat } from '$contract/exchange';
import { api, unwrap } from '../../../shared/api';
import { i18n } from '../../../shared/i18n/i18n.svelte';
import { formatLongDay, formatLongInstant } from '../../../shared/dates/moments';
import { app } from '../../../app/app.svelte';
import { drafts } from '../../../shared/forms/drafts.svelte';

const RESTORED_KEY = 'netwerkdagboek.restored';

/** What a restore told the page before it loaded anew: from which backup (null: an export), kept where. */
export interface Restored {
  /** The backup as `backupWhen` writes it ("20 november, 09:15"). */
  from: string | null;
  keptAside: string;
}

function takeRestored(): Restored | null {
  try {
    const text = sessionStorage.getItem(RESTORED_KEY);
    sessionStorage.removeItem(RESTORED_KEY);
    return text ? (JSON.parse(text) as Restored) : null;
  } catch {
    return null;
  }
}

/**
 * When a backup was made, as a person reads it: "20 november, 09:15" in their own zone (with the year
 * when it is not this year's), or only the day of its name when the file's time cannot be read.
 */
export function backupWhen(backup: Pick<BackupView, 'date' | 'madeAt'>): string {
  return backup.madeAt ? formatLongInstant(backup.madeAt) : formatLongDay(backup.date);
}

/** "12 contacten, 3 gesprekken". */
export function backupHolds(backup: BackupView): string {
  const t = i18n.t.exporting.backups;
  return t.holds(
    i18n.plural(t.contacts, backup.contacts ?? 0),
    i18n.plural(t.conversations, backup.conversations ?? 0),
  );
}

class ExportingState {
  /** The format being exported now (its button waits), or null. */
  busy = $state<ExportFormat | null>(null);
  backups = $state<BackupView[] | null>(null);
  restoring = $state(false);
  /** Set on the page that loaded after a restore: told in Instellingen until the page goes. */
  restored = $state<Restored | null>(takeRestored());

  constructor() {
    // The person restored from Instellingen: that is where the fresh page opens, saying what happened.
    if (this.restored) app.view = 'settings';
  }

  /**
   * Exports in `format` to a place the person picks; the toast says where once it is on disk. One at a
   * time: a second click meanwhile is ignored (the buttons stay enabled, so focus stays where it was).
   */
  async export(format: ExportFormat): Promise<void> {
    if (this.busy) return;
    this.busy = format;
    try {
      const result = await unwrap(api.exchange.export({ format }));
      const t = i18n.t.exporting;
      if (result.empty) {
        app.say(format === 'ics' ? t.empty.calendar : t.empty.contacts);
      } else if (result.saved && result.path) {
        // The file in the file manager: core shows the file it wrote last, the page names no path.
        app.say(t.savedWhere(i18n.plural(t.saved[format], result.count), result.path), {
          label: t.showInFolder,
          run: () =>
            void unwrap(api.shell.showJournalFile({ which: 'export' })).catch((e: Error) =>
              app.say(e.message),
            ),
        });
      } else if (result.problem) {
        app.say(t.notSaved(result.problem));
      }
    } catch (error) {
      app.say((error as Error).message);
    } finally {
      this.busy = null;
    }
  }

  async loadBackups(): Promise<void> {
    try {
      this.backups = await unwrap(api.journal.backups());
    } catch (error) {
      this.backups = [];
      app.say((error as Error).message);
    }
  }

  /** Restores the backup of `date` (asked first, by the page) and loads the page anew. */
  async restoreBackup(backup: BackupView): Promise<void> {
    await this.restore(() => unwrap(api.journal.restoreBackup({ date: backup.date })), backupWhen(backup));
  }

  /** Restores a full export the person picks in main's open dialog. */
  async restoreFile(): Promise<void> {
    await this.restore(() => unwrap(api.journal.restoreFile()), null);
  }

  private async restore(
    run: () => Promise<{ reopened: boolean; keptAside: string | null }>,
    from: string | null,
  ): Promise<void> {
    this.restoring = true;
    try {
      const { reopened, keptAside } = await run();
      if (!reopened || !keptAside) return;
      const restored: Restored = { from, keptAside };
      try {
        sessionStorage.setItem(RESTORED_KEY, JSON.stringify(restored));
      } catch {
        // Web storage is there on the app's own scheme; were it not, the copy is still beside the
        // journal ("Toon in map" shows it), only the fresh page cannot name it.
      }
      // Typing still in a form was for the journal now kept aside, and its records may not be in the one
      // restored: saved there it would land on the wrong version, or on nothing. The question before the
      // restore said it goes; asking again while the page reloads would only leave the old forms open.
      drafts.discardAll();
      app.reload();
    } catch (error) {
      app.say((error as Error).message);
    } finally {
      this.restoring = false;
    }
  }
}

export const exporting = new ExportingState();
