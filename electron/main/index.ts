/**
 * The Electron shell: composes the app from one `setupX()` per feature, in order. Everything with a rule
 * in it lives in core (plain Node); what is here adapts Electron to core's ports.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { preloadPath, rendererUrl } from './app-url';
import { isAppSender, setupIpc } from './ipc';
import { setupFlushOnQuit, setupQuitWhenClosed } from './lifecycle';
import { setupCore } from './open-core';
import { setupSecurity } from './security';
import { setupSettings } from './settings';
import { setupSingleInstance } from './single-instance';
import { createMainWindow } from './window';

/**
 * Moves userData (settings, Chromium's caches, the single-instance lock) to another folder. The e2e suite
 * uses it so a test run never touches, or is blocked by, the person's own app.
 */
export const USER_DATA_ENV = 'NETWERKDAGBOEK_USER_DATA';

let mainWindow: BrowserWindow | null = null;

function main(): void {
  // Must happen before anything reads userData, the single-instance lock included.
  const userData = process.env[USER_DATA_ENV];
  if (userData) app.setPath('userData', userData);
  // Windows groups taskbar buttons and notifications by this id; it matches appId in electron-builder.yml.
  app.setAppUserModelId('nl.netwerkdagboek.app');

  if (!setupSingleInstance(() => mainWindow)) return;

  const appUrl = rendererUrl(process.env, app.isPackaged);
  setupSecurity(appUrl);

  app
    .whenReady()
    .then(async () => {
      const settings = setupSettings();
      const core = await setupCore(settings);
      setupFlushOnQuit(() => core.close());
      setupIpc({
        dispatch: core.dispatch,
        language: core.language,
        isAppSender: (event) => isAppSender(event, mainWindow?.webContents, appUrl),
        log: (message) => console.warn(message),
      });
      const openWindow = () => {
        mainWindow = createMainWindow({ settings, preloadPath, appUrl });
        mainWindow.once('closed', () => {
          mainWindow = null;
        });
      };
      setupQuitWhenClosed(openWindow, () => mainWindow !== null);
      openWindow();
    })
    .catch((error: unknown) => {
      console.error(error);
      // No window and no dictionary yet: a plain native message in both languages is all we can give.
      dialog.showErrorBox(
        'Netwerkdagboek',
        'Netwerkdagboek kon niet starten. / Netwerkdagboek could not start.\n\n' + String(error),
      );
      app.exit(1);
    });
}

main();
