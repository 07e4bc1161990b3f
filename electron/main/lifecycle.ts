import { app } from 'electron';

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

/** Closing the last window quits, except on macOS where apps stay in the Dock until Cmd+Q. */
export function setupQuitWhenClosed(createWindow: () => void, hasWindow: () => boolean): void {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!hasWindow()) createWindow();
  });
}
