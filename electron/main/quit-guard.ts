import type { Results } from '../contract/contract';
import { osProblemMessage } from '../core/journal/os-errors';
import { saveStatus } from '../core/journal/save-status';
import type { Netwerkdagboek } from '../core/netwerkdagboek';
import type { QuitGuard } from './lifecycle';
import { quitWords } from './quit-words';

/**
 * Core's answers to what quitting needs: the window closed first (`closeWindow`, which may be refused for
 * an unsaved form), then close, save elsewhere, the words and the reason.
 */
export function quitGuard(
  core: Pick<Netwerkdagboek, 'dispatch' | 'language' | 'store'>,
  close: () => Promise<void>,
  showWindow: () => void,
  closeWindow: () => Promise<boolean>,
): QuitGuard {
  return {
    closeWindow,
    // The write first: while it fails nothing is stopped (reminders, the folder watch), so the app can
    // stay as it was when the person chooses not to quit.
    close: async () => {
      await core.store.flush();
      await close();
    },
    saveAs: async () => {
      // The same as the banner's "Opslaan als…": the save dialog, then everything written there.
      const result = await core.dispatch('journal:saveAs', undefined);
      if (!result.ok) return false;
      const { moved, save } = result.data as Results['journal:saveAs'];
      return moved && save.state === 'saved';
    },
    words: () => quitWords[core.language()],
    reason: () => {
      const status = saveStatus(core.store.saveState, core.language());
      return status.state === 'failing' ? status.message : osProblemMessage('unknown', core.language());
    },
    showWindow,
  };
}
