import ElectronStore from 'electron-store';
import {
  defaultSettings,
  SettingsStore,
  type Settings,
  type SettingsEngine,
} from '../core/settings/settings';

/** The settings file's name in userData (`settings.json`). */
export const SETTINGS_FILE_NAME = 'settings';

type SettingsListener = (now: Settings, before: Settings) => void;

/**
 * Core's settings store, telling main when a setting changed: the tray comes and goes with
 * `closeToTray`, its menu follows the language.
 */
export class WatchedSettingsStore extends SettingsStore {
  private readonly listeners = new Set<SettingsListener>();

  constructor(
    engine: SettingsEngine,
    private readonly log: (error: unknown) => void = console.error,
  ) {
    super(engine);
  }

  override update(changes: Parameters<SettingsStore['update']>[0]): Settings {
    const before = this.get();
    const now = super.update(changes);
    for (const listener of this.listeners) {
      try {
        listener(now, before);
      } catch (error) {
        // The setting is saved; a listener that fails must not make the change look failed.
        this.log(error);
      }
    }
    return now;
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  onChange(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * Core's settings port over electron-store. electron-store only stores the file (atomically, in
 * userData); the shape and its migrations are core's (`migrateSettings`), so a hand-edited or older file
 * is repaired there rather than rejected here.
 */
export function setupSettings(): WatchedSettingsStore {
  const engine = new ElectronStore<Settings>({
    name: SETTINGS_FILE_NAME,
    defaults: defaultSettings,
    // The settings are small and re-creatable: a file that isn't JSON at all starts over instead of
    // stopping the app. The journal is never in here, so nothing of value can be lost this way.
    clearInvalidConfig: true,
  });
  return new WatchedSettingsStore(engine);
}
