/**
 * The app's core across reopenings of the journal: "always starts".
 *
 * A journal that cannot be used at launch (not there, on a stick not plugged in; a folder that cannot be
 * made; damaged where it cannot be moved aside) still gives a working app: core opens read-only with a
 * notice, and the notice offers choices. Each choice opens a new core on the journal it leads to and
 * closes the old one; the page then loads its state anew. Main and the browser harness both start here,
 * so the choices work the same in both.
 */
import { readFile } from 'node:fs/promises';
import { DamagedJournalError, decodeJournal } from './journal/journal-file';
import { emptyJournal, JournalStore } from './journal/journal-store';
import {
  openNetwerkdagboek,
  type CorePorts,
  type JournalReopen,
  type Netwerkdagboek,
} from './netwerkdagboek';
import { DomainError } from './errors';
import { checkRestorable, putInPlace } from './journal/restore';
import type { ReminderControl } from './reminders/ports';

/** Opens the core on `ports.journalPath`, able to reopen it another way (the journal:* choices). */
export async function startNetwerkdagboek(
  ports: Omit<CorePorts, 'reopen' | 'openJournal'>,
): Promise<Netwerkdagboek> {
  // The journal the settings point to; the choices below change it only once a journal is there.
  let home = { path: ports.journalPath, mayCreate: ports.mayCreateJournal ?? true };
  let switching: Promise<unknown> = Promise.resolve();

  const open = (
    path: string,
    mayCreate: boolean,
    openJournal?: CorePorts['openJournal'],
  ): Promise<Netwerkdagboek> =>
    openNetwerkdagboek({ ...ports, journalPath: path, mayCreateJournal: mayCreate, openJournal, reopen });

  /** Closes the current core and opens `next` in its place; if that fails, the home journal again. */
  async function replace(next: () => Promise<Netwerkdagboek>): Promise<void> {
    await current.close();
    try {
      current = await next();
    } catch (error) {
      current = await open(home.path, home.mayCreate);
      throw error;
    }
  }

  async function choose(how: JournalReopen): Promise<{ reopened: boolean; keptAside?: string }> {
    if (typeof how === 'object') {
      // Refused before anything closes, so a damaged or newer file changes nothing.
      checkRestorable(how.restore);
      let keptAside = '';
      // Between closing and opening: the old core's last save is on disk (and in the copy) by then.
      await replace(async () => {
        keptAside = await putInPlace(home.path, how.restore, ports.clock, ports.fs);
        return open(home.path, home.mayCreate);
      });
      return { reopened: true, keptAside };
    }
    switch (how) {
      case 'retry':
        await replace(() => open(home.path, home.mayCreate));
        return { reopened: true };
      case 'open': {
        const chosen = await ports.chooseJournalFile?.(current.store.path);
        if (!chosen) return { reopened: false };
        // Opening a damaged journal moves it aside and starts anew, right for the journal the settings
        // name, wrong for a file picked by hand: one mis-click must not rename someone's other file.
        await refuseNonJournal(chosen);
        await replace(() => open(chosen, false));
        // Remembered only when there is a journal there to work in; otherwise the next start (or "try
        // again") goes back to the one the settings named.
        const notice = current.store.notice?.kind;
        if (notice !== 'missing' && notice !== 'unavailable') {
          ports.settings.update({ journalPath: chosen });
          home = { path: chosen, mayCreate: false };
        }
        return { reopened: true };
      }
      case 'openBackup': {
        // Asked first, so "there is none" changes nothing; opened again with the core's own options.
        const found = await JournalStore.openBackup({ path: home.path, clock: ports.clock });
        if (!found) throw new DomainError('no_backup');
        await replace(() =>
          open(home.path, false, async (options) => (await JournalStore.openBackup(options)) ?? found),
        );
        return { reopened: true };
      }
      case 'startNew': {
        const target = await ports.chooseJournalLocation(current.store.path);
        if (!target) return { reopened: false };
        // What is on screen goes along: a backup being looked at becomes the journal; otherwise it is empty.
        const shown = current.store.notice?.kind;
        const data = shown === 'backup' || shown === 'damaged-in-place' ? current.store.data : emptyJournal();
        // Written and read back before the settings name it, so a crash leaves either journal whole.
        await replace(() =>
          open(target, false, (options) => JournalStore.create({ ...options, path: target }, data)),
        );
        ports.settings.update({ journalPath: target });
        home = { path: target, mayCreate: false };
        return { reopened: true };
      }
    }
  }

  /** Throws not_a_journal when `path` can be read but is not a journal this app can open. */
  async function refuseNonJournal(path: string): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch {
      return; // Not readable: the core opens it read-only and says why, without touching it.
    }
    try {
      decodeJournal(bytes);
    } catch (error) {
      if (error instanceof DamagedJournalError) throw new DomainError('not_a_journal');
      // A journal from a newer app opens read-only with its own notice.
    }
  }

  // One choice at a time: a second click while the first is still opening waits for it.
  function reopen(how: JournalReopen): Promise<{ reopened: boolean; keptAside?: string }> {
    const run = switching.catch(() => undefined).then(() => choose(how));
    switching = run;
    return run;
  }

  let current = await open(home.path, home.mayCreate);

  const schedule: ReminderControl = {
    rescan: (reason) => current.schedule.rescan(reason),
    notificationAction: (id, action) => current.schedule.notificationAction(id, action),
    upcoming: (limit) => current.schedule.upcoming(limit),
    dueCount: () => current.schedule.dueCount(),
    stop: () => current.schedule.stop(),
  };
  return {
    dispatch: (channel, payload) => current.dispatch(channel, payload),
    get store() {
      return current.store;
    },
    get contacts() {
      return current.contacts;
    },
    get conversations() {
      return current.conversations;
    },
    get touches() {
      return current.touches;
    },
    get questions() {
      return current.questions;
    },
    get reminders() {
      return current.reminders;
    },
    schedule,
    language: () => current.language(),
    close: async () => {
      await switching.catch(() => undefined);
      await current.close();
    },
  };
}
