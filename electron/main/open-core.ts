import { app, clipboard, dialog, shell } from 'electron';
import type { AppEvent } from '../contract/contract';
import { systemClock } from '../core/clock';
import { startNetwerkdagboek } from '../core/app-session';
import type { Netwerkdagboek } from '../core/netwerkdagboek';
import type { Notifier } from '../core/reminders/ports';
import { journalLocation, type SettingsStore } from '../core/settings/settings';
import { applyOpenAtLogin } from './desktop';
import { chooseExportLocation } from './export-dialog';

/** The ports main answers with its own parts: notifications, events to the window. */
export interface MainPorts {
  /** The journal named on the command line (or, in development, the environment); null: the usual one. */
  journalPath?: string | null;
  /** Native notifications (see notifications.ts). */
  notifier: Notifier;
  /** What core tells main without being asked (the due count): to the window, the badge, the tray. */
  emit: (event: AppEvent) => void;
  /** Where core's login-item setting goes; Electron's login items by default. */
  setOpenAtLogin?: (open: boolean) => void;
}

/** Opens core with Electron's answers to its ports: paths, languages, the system's link opener. */
export function setupCore(settings: SettingsStore, ports: MainPorts): Promise<Netwerkdagboek> {
  const journal = journalLocation(ports.journalPath ?? null, settings.get(), app.getPath('userData'));
  return startNetwerkdagboek({
    journalPath: journal.path,
    mayCreateJournal: !journal.chosen,
    clock: systemClock,
    // timers: core's default (setTimeout, unref'd) is what the app wants.
    settings,
    systemLanguages: app.getPreferredSystemLanguages(),
    // Core has already passed the link through its allowlist (core/external-links.ts).
    openExternal: (url) => shell.openExternal(url),
    // Core only ever passes the journal's own path, where a damaged copy was moved to, or the file its
    // last export wrote.
    showInFolder: (path) => shell.showItemInFolder(path),
    // A thank-you or other text the person chose to copy, to paste in their mail or chat app.
    copyText: (text) => clipboard.writeText(text),
    chooseJournalLocation: async (currentPath) => {
      const { canceled, filePath } = await dialog.showSaveDialog({
        defaultPath: currentPath,
        filters: [{ name: 'JSON', extensions: ['json'] }],
        properties: ['createDirectory'],
      });
      return canceled || !filePath ? null : filePath;
    },
    chooseJournalFile: async (currentPath) => {
      const { canceled, filePaths } = await dialog.showOpenDialog({
        defaultPath: currentPath,
        filters: [{ name: 'JSON', extensions: ['json'] }],
        properties: ['openFile'],
      });
      return canceled ? null : (filePaths[0] ?? null);
    },
    chooseExportLocation,
    appVersion: app.getVersion(),
    notifier: ports.notifier,
    emit: ports.emit,
    setOpenAtLogin:
      ports.setOpenAtLogin ??
      ((open) => {
        applyOpenAtLogin(open);
      }),
  });
}
