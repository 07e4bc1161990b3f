import { app, dialog, shell } from 'electron';
import { systemClock } from '../core/clock';
import { openNetwerkdagboek, type Netwerkdagboek } from '../core/netwerkdagboek';
import { resolveJournalPath, type SettingsStore } from '../core/settings/settings';

/** Opens core with Electron's answers to its ports: paths, languages, the system's link opener. */
export function setupCore(settings: SettingsStore): Promise<Netwerkdagboek> {
  return openNetwerkdagboek({
    journalPath: resolveJournalPath(process.env, settings.get(), app.getPath('userData')),
    clock: systemClock,
    settings,
    systemLanguages: app.getPreferredSystemLanguages(),
    // Core has already passed the link through its allowlist (core/external-links.ts).
    openExternal: (url) => shell.openExternal(url),
    // Core only ever passes the journal's own path or where a damaged copy was moved to.
    showInFolder: (path) => shell.showItemInFolder(path),
    chooseJournalLocation: async (currentPath) => {
      const { canceled, filePath } = await dialog.showSaveDialog({
        defaultPath: currentPath,
        filters: [{ name: 'JSON', extensions: ['json'] }],
        properties: ['createDirectory'],
      });
      return canceled || !filePath ? null : filePath;
    },
    appVersion: app.getVersion(),
  });
}
