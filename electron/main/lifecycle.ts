import { app, dialog } from 'electron';
import type { ReminderControl } from '../core/reminders/ports';
import type { QuitWords } from './quit-words';

/**
 * Core's last act before the app goes: the reminder timer stops first, so nothing fires (and writes)
 * while the journal is written for the last time; then pending edits are written.
 */
export function closeCore(core: { schedule: ReminderControl; close(): Promise<void> }): () => Promise<void> {
  return async () => {
    core.schedule.stop();
    await core.close();
  };
}

/** What quitting needs: the window closed first, and what to do when the journal could not be written. */
export interface QuitGuard {
  /**
   * Closes the window before anything is stopped: its page may ask to keep a form with unsaved typing,
   * and the person may choose to stay. True when the window is gone.
   */
  closeWindow(): Promise<boolean>;
  /** Writes what is pending; rejects while the edits are not on disk. */
  close(): Promise<void>;
  /** Asks where to save the journal instead and saves it there; true when it is on disk there. */
  saveAs(): Promise<boolean>;
  /** The dialog's words in the UI language, and why saving fails (in that language too). */
  words(): QuitWords;
  reason(): string;
  /** Brings the window back when the person decides not to quit. */
  showWindow(): void;
}

/**
 * Writes the journal before the app goes. The first quit is held until `close()` has finished, then let
 * through; a second quit while the journal is being written waits for the same write.
 *
 * The window goes first: a form with unsaved typing makes the person choose (unsaved-forms.ts), and
 * choosing to stay cancels the quit before core is stopped, so the app goes on as it was.
 *
 * When the edits cannot be written, quitting would lose them: a native dialog (there may be no window
 * left) says so and offers to try again, to save elsewhere, or not to quit. Quitting anyway is possible,
 * but only after a second, plain warning; it is never done silently.
 */
export function setupFlushOnQuit(guard: QuitGuard, log: (error: unknown) => void = console.error): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  const quit = () => {
    state = 'closed';
    app.quit();
  };
  const attempt = async (): Promise<void> => {
    if (!(await guard.closeWindow())) {
      state = 'open';
      return;
    }
    for (;;) {
      try {
        await guard.close();
        return quit();
      } catch (error) {
        log(error);
      }
      const words = guard.words();
      const { response } = await dialog.showMessageBox({
        type: 'warning',
        title: words.title,
        message: words.message,
        detail: `${guard.reason()}\n\n${words.detail}`,
        buttons: [words.retry, words.saveAs, words.quitAnyway, words.stay],
        defaultId: 0,
        cancelId: 3,
        noLink: true,
      });
      if (response === 1) {
        await guard.saveAs().catch(log);
      } else if (response === 2) {
        const sure = await dialog.showMessageBox({
          type: 'warning',
          title: words.title,
          message: words.loseMessage,
          detail: words.loseDetail,
          buttons: [words.back, words.quitAndLose],
          defaultId: 0,
          cancelId: 0,
          noLink: true,
        });
        if (sure.response === 1) return quit();
      } else if (response !== 0) {
        state = 'open';
        guard.showWindow();
        return;
      }
    }
  };
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    attempt().catch((error: unknown) => {
      // The dialog itself failed: nothing more can be asked; keep the app (and the edits) rather than quit.
      log(error);
      state = 'open';
    });
  });
}

/**
 * What closing the last window does. With `keepRunning()` (the closeToTray setting) the app stays, in the
 * tray / menu bar, so reminders still arrive; the window is made again from there. Otherwise it quits,
 * except on macOS, where apps stay in the Dock until Cmd+Q. Quitting itself (the tray's Afsluiten, Cmd+Q,
 * logging out) never passes through here: Electron does not emit 'window-all-closed' for a quit, and
 * nothing turns a window's 'close' into a hide, so there is nothing that could hold a quit back.
 */
export function setupQuitWhenClosed(
  createWindow: () => void,
  hasWindow: () => boolean,
  keepRunning: () => boolean = () => false,
  platform: NodeJS.Platform = process.platform,
): void {
  app.on('window-all-closed', () => {
    if (keepRunning() || platform === 'darwin') return;
    app.quit();
  });
  app.on('activate', () => {
    if (!hasWindow()) createWindow();
  });
}
