import type { JournalNotice } from '$contract/contract';
import { api, ApiError, unwrap } from '../../shared/api';
import { i18n } from '../../shared/i18n/i18n.svelte';
import { app } from '../../app/app.svelte';

/** The choices a notice offers when the journal could not be opened as it is. */
export type JournalChoice = 'retry' | 'open' | 'openBackup' | 'startNew';

/** Which choices make sense for a notice: a backup only when there is one, never the journal one is in. */
export function choicesFor(notice: JournalNotice): JournalChoice[] {
  switch (notice.kind) {
    case 'missing':
      return notice.backups > 0 ? ['retry', 'open', 'openBackup', 'startNew'] : ['retry', 'open', 'startNew'];
    case 'unavailable':
      return ['retry', 'open', 'openBackup', 'startNew'];
    case 'damaged-in-place':
    case 'backup':
      return ['retry', 'open', 'startNew'];
    default:
      return [];
  }
}

/** The journal file's own business: choosing another way to open it, and the records set aside in it. */
class JournalState {
  busy = $state(false);
  error = $state<string | null>(null);

  /** Opens the journal the chosen way; core then holds another journal, so the page loads anew. */
  async choose(choice: JournalChoice): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      const { reopened } = await unwrap(api.journal[choice]());
      if (reopened) app.reload();
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Puts a set-aside record back as `raw`. Returns null when it went back, else the message and what is
   * wrong per field (core checks it with the same schema as the file).
   */
  async restore(
    id: string,
    raw: string,
  ): Promise<{ message: string; fields: Record<string, string> } | null> {
    try {
      const { restored } = await unwrap(api.journal.restoreRecord({ id, raw }));
      app.say(
        restored === 1 ? i18n.t.journal.restored : i18n.plural(i18n.t.journal.restoredWith, restored - 1),
      );
      await this.refresh();
      return null;
    } catch (error) {
      if (error instanceof ApiError) return { message: error.message, fields: error.error.fields ?? {} };
      return { message: (error as Error).message, fields: {} };
    }
  }

  async drop(id: string): Promise<void> {
    try {
      await unwrap(api.journal.dropRecord({ id }));
      app.say(i18n.t.journal.dropped);
      await this.refresh();
    } catch (error) {
      app.say((error as Error).message);
    }
  }

  /**
   * The set-aside list is in the journal's status. A record that went back shows up wherever its kind
   * is shown: those screens hear of it as a change and fetch it themselves.
   */
  private async refresh(): Promise<void> {
    app.status = await unwrap(api.app.status());
  }
}

export const journal = new JournalState();
