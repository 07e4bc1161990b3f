import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../core/settings/settings';
import { app, resetFakeElectron } from './testing/fake-electron';
import { SETTINGS_FILE_NAME, setupSettings, WatchedSettingsStore } from './settings';

vi.mock('electron', () => import('./testing/fake-electron'));

let userData: string;
const settingsFile = () => join(userData, `${SETTINGS_FILE_NAME}.json`);

beforeEach(async () => {
  resetFakeElectron();
  userData = await mkdtemp(join(tmpdir(), 'netwerkdagboek-settings-'));
  app.setPath('userData', userData);
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('setupSettings', () => {
  it('starts with the defaults and writes them to settings.json in userData', async () => {
    expect(setupSettings().get()).toEqual(defaultSettings);
    expect(JSON.parse(await readFile(settingsFile(), 'utf8'))).toEqual(defaultSettings);
  });

  it('keeps a change for the next start', () => {
    const bounds = { x: 40, y: 30, width: 1000, height: 700, maximized: true };
    setupSettings().update({ language: 'en', windowBounds: bounds });
    expect(setupSettings().get()).toMatchObject({ language: 'en', windowBounds: bounds });
  });

  it('repairs a hand-edited file field by field', async () => {
    await writeFile(settingsFile(), JSON.stringify({ language: 'fr', journalPath: '/data/journal.json' }));
    const settings = setupSettings().get();
    expect(settings.language).toBe('system');
    expect(settings.journalPath).toBe('/data/journal.json');
    expect(JSON.parse(await readFile(settingsFile(), 'utf8'))).toMatchObject({ language: 'system' });
  });

  it('starts over from a file that is not JSON at all instead of failing to start', async () => {
    await writeFile(settingsFile(), '{ this is not json');
    expect(setupSettings().get()).toEqual(defaultSettings);
  });

  it('tells main what changed, after it is saved', () => {
    const settings = setupSettings();
    const seen: [boolean, boolean][] = [];
    const stop = settings.onChange((now, before) => {
      seen.push([before.closeToTray, now.closeToTray]);
      expect(setupSettings().get().closeToTray).toBe(now.closeToTray);
    });
    settings.update({ closeToTray: false });
    stop();
    settings.update({ closeToTray: true });
    expect(seen).toEqual([[true, false]]);
  });

  it('keeps a change when a listener fails, and reports the failure', () => {
    const log = vi.fn();
    const settings = new WatchedSettingsStore({ store: {} }, log);
    const failure = new Error('tray gone');
    settings.onChange(() => {
      throw failure;
    });
    expect(settings.update({ language: 'en' }).language).toBe('en');
    expect(log).toHaveBeenCalledWith(failure);
  });
});
