import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../core/settings/settings';
import { WatchedSettingsStore } from './settings';
import { nativeTheme, resetFakeElectron } from './testing/fake-electron';
import { setupTheme } from './theme';

vi.mock('electron', () => import('./testing/fake-electron'));

beforeEach(resetFakeElectron);

describe('setupTheme', () => {
  it('starts the app in the theme chosen last time', () => {
    setupTheme(new WatchedSettingsStore({ store: { ...defaultSettings, theme: 'dark' } }));
    expect(nativeTheme.themeSource).toBe('dark');
  });

  it('follows the system when nothing was chosen', () => {
    setupTheme(new WatchedSettingsStore({ store: {} }));
    expect(nativeTheme.themeSource).toBe('system');
  });

  it('switches at once when the setting changes, and not for other settings', () => {
    const settings = new WatchedSettingsStore({ store: {} });
    setupTheme(settings);
    settings.update({ theme: 'light' });
    expect(nativeTheme.themeSource).toBe('light');
    nativeTheme.themeSource = 'dark'; // as if something else had set it: a language change leaves it be
    settings.update({ language: 'en' });
    expect(nativeTheme.themeSource).toBe('dark');
  });
});
