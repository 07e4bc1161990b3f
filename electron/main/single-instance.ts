import { app } from 'electron';

/**
 * One app per person: a second launch hands over to the first, which comes to the front (its window
 * made again if it was closed to the tray), instead of two processes writing the same journal file.
 * Returns false in the second process, which then quits.
 */
export function setupSingleInstance(showWindow: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    // A window can only be made once the app is ready; before that the first launch opens one anyway.
    if (app.isReady()) showWindow();
  });
  return true;
}
