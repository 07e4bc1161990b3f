import ElectronStore from 'electron-store';
import { defaultSettings, SettingsStore, type Settings } from '../core/settings/settings';

/** The settings file's name in userData (`settings.json`). */
export const SETTINGS_FILE_NAME = 'settings';

/**
 * Core's settings port over electron-store. electron-store only stores the file (atomically, in
 * userData); the shape and its migrations are core's (`migrateSettings`), so a hand-edited or older file
 * is repaired there rather than rejected here.
 */
export function setupSettings(): SettingsStore {
  const engine = new ElectronStore<Settings>({
    name: SETTINGS_FILE_NAME,
    defaults: defaultSettings,
    // The settings are small and re-creatable: a file that isn't JSON at all starts over instead of
    // stopping the app. The journal is never in here, so nothing of value can be lost this way.
    clearInvalidConfig: true,
  });
  return new SettingsStore(engine);
}
