/**
 * The Electron shell: composes the app from one `setupX()` per feature, in order. Everything with a rule
 * in it lives in core (plain Node); what is here adapts Electron to core's ports.
 */
import { app, dialog } from 'electron';
import { systemClock } from '../core/clock';
import type { Netwerkdagboek } from '../core/netwerkdagboek';
import { today } from '../core/reminders/local-time';
import { resolveLanguage } from '../core/settings/settings';
import { setupAppMenu } from './app-menu';
import { registerAppScheme, serveAppFiles } from './app-protocol';
import { preloadPath, rendererFolder, rendererUrl } from './app-url';
import { appIconPath, applyOpenAtLogin, setBadge, setupAppIdentity, trayIconPath } from './desktop';
import { createEmit } from './events';
import { isAppSender, setupIpc } from './ipc';
import { closeCore, setupFlushOnQuit, setupQuitWhenClosed } from './lifecycle';
import { quitGuard } from './quit-guard';
import { MainWindowHost } from './main-window';
import { createNotifier } from './notifications';
import { setupCore } from './open-core';
import { setupPowerEvents } from './power';
import { setupSecurity } from './security';
import { setupSettings } from './settings';
import { setupSingleInstance } from './single-instance';
import { startupPaths } from './startup-paths';
import { setupTheme } from './theme';
import { setupTray } from './tray';
import { confirmLosingForms } from './unsaved-forms';
import { createMainWindow } from './window';
import { startFailedText } from './words';

function main(): void {
  const paths = startupPaths(process.argv, process.env, app.isPackaged);
  // Must happen before anything reads userData, the single-instance lock included.
  if (paths.userData) app.setPath('userData', paths.userData);
  // Windows's AppUserModelId and Linux's desktop name, so notifications and the taskbar group under the
  // app; both match build/electron-builder.yml.
  setupAppIdentity();

  let windows: MainWindowHost | null = null;
  if (!setupSingleInstance(() => windows?.show())) return;

  const appUrl = rendererUrl(process.env, app.isPackaged);
  // Both only before ready: the scheme's privileges, the sandbox for every renderer.
  registerAppScheme();
  setupSecurity(appUrl);

  app
    .whenReady()
    .then(async () => {
      serveAppFiles(rendererFolder);
      const settings = setupSettings();
      // Before the window, so its first paint is already light or dark as chosen.
      setupTheme(settings);
      const language = () => resolveLanguage(settings.get().language, app.getPreferredSystemLanguages());
      const host = new MainWindowHost(
        () => createMainWindow({ settings, preloadPath, appUrl }),
        (window) => confirmLosingForms(window, language()),
      );
      windows = host;
      const menu = setupAppMenu(language, {
        platform: process.platform,
        packaged: app.isPackaged,
        command: (command) => host.command(command),
      });
      // Core calls the notifier and emit while it opens (what fell due while the app was closed), before
      // `core` is set: everything below asks for the schedule when it needs it.
      let core: Netwerkdagboek | null = null;
      const schedule = () => core?.schedule ?? null;
      let tray: ReturnType<typeof setupTray> | null = null;

      const notifier = createNotifier({
        open: (event) => host.open(event),
        schedule,
        language,
        iconPath: appIconPath(),
      });
      core = await setupCore(settings, {
        journalPath: paths.journal,
        notifier,
        emit: createEmit({
          send: (event) => host.send(event),
          setBadge: (due) => setBadge(due),
          refreshTray: () => tray?.refresh(),
        }),
      });
      const opened = core;

      setupFlushOnQuit(
        quitGuard(
          opened,
          closeCore(opened),
          () => host.show(),
          () => host.closeForQuit(),
        ),
      );
      setupPowerEvents(schedule);
      // Again at every start: the stored choice wins over a login item changed elsewhere, and on Windows
      // the entry then points at the executable as installed now.
      applyOpenAtLogin(settings.get().openAtLogin);

      tray = setupTray(
        {
          schedule,
          language,
          showWindow: () => host.show(),
          open: (event) => host.open(event),
          quit: () => app.quit(),
          iconPath: trayIconPath(),
          today: () => today(systemClock),
        },
        () => settings.get().closeToTray,
      );
      // The tray comes and goes with closeToTray; it and the application menu speak the UI language.
      // (Window moves are saved to the settings too; they need no new menu.)
      settings.onChange((now, before) => {
        if (now.closeToTray !== before.closeToTray || now.language !== before.language) tray?.sync();
        if (now.language !== before.language) menu.rebuild();
      });

      setupIpc({
        // What a call changed reaches the tray and the badge through core's change event (events.ts).
        dispatch: opened.dispatch,
        language: opened.language,
        isAppSender: (event) => isAppSender(event, host.current()?.webContents, appUrl),
        log: (message) => console.warn(message),
      });
      setupQuitWhenClosed(
        () => host.show(),
        () => host.current() !== null,
        () => settings.get().closeToTray,
      );
      host.start();
    })
    .catch((error: unknown) => {
      console.error(error);
      // No window and no dictionary yet: a plain native message in both languages is all we can give.
      dialog.showErrorBox('Netwerkdagboek', startFailedText(error));
      app.exit(1);
    });
}

main();
