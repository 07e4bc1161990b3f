import { app } from 'electron';
import type { ReminderControl } from '../core/reminders/ports';

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

/**
 * Writes the journal before the app goes. Core saves edits a moment after they happen; quitting in that
 * moment must not lose them, so the first quit is held until `close()` has finished, then let through.
 * A second quit while the journal is being written waits for the same write.
 */
export function setupFlushOnQuit(
  close: () => Promise<void>,
  log: (error: unknown) => void = console.error,
): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch(log)
      .finally(() => {
        state = 'closed';
        app.quit();
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
