import { nativeTheme } from 'electron';
import type { WatchedSettingsStore } from './settings';

/**
 * Light or dark as Instellingen says (`theme`: light, dark, or the system's). Electron's `themeSource`
 * carries it everywhere at once: the page's `prefers-color-scheme`, the window's background (window.ts
 * follows `updated`), and what the system draws (scroll bars, menus, the title bar on macOS and Windows).
 * The page sets its own colours from the setting too, so it never waits for this.
 */
export function setupTheme(settings: WatchedSettingsStore): void {
  nativeTheme.themeSource = settings.get().theme;
  settings.onChange((now, before) => {
    if (now.theme !== before.theme) nativeTheme.themeSource = now.theme;
  });
}
