import { app, type BrowserWindow } from 'electron';

/**
 * One app per person: a second launch hands over to the first, which comes to the front, instead of two
 * processes writing the same journal file. Returns false in the second process, which then quits.
 */
export function setupSingleInstance(mainWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = mainWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
