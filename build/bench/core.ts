/**
 * The whole journal core as the app opens it (openNetwerkdagboek: the store, every book, keeping in touch
 * reconciled, the scheduler's launch look), with settings in a folder of the bench's own and nothing
 * shown or opened outside: for rows measured the way the page asks, through `dispatch`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import Conf from 'conf';
import type { Clock } from '../../electron/core/clock';
import { openNetwerkdagboek } from '../../electron/core/netwerkdagboek';
import { SettingsStore } from '../../electron/core/settings/settings';

export async function openCore(options: {
  journalPath: string;
  folder: string;
  clock: Clock;
  log: (error: unknown) => void;
}) {
  const settingsDir = join(options.folder, 'settings');
  await mkdir(settingsDir, { recursive: true });
  return openNetwerkdagboek({
    journalPath: options.journalPath,
    clock: options.clock,
    settings: new SettingsStore(new Conf({ cwd: settingsDir, projectName: 'netwerkdagboek-bench' })),
    systemLanguages: ['nl-NL'],
    openExternal: async () => undefined,
    showInFolder: () => undefined,
    chooseJournalLocation: async () => null,
    appVersion: 'bench',
    notifier: { show: () => undefined },
    log: options.log,
  });
}
