import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultSettings,
  migrateSettings,
  resolveJournalPath,
  resolveLanguage,
  SettingsStore,
  type Settings,
} from './settings';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** electron-store's engine, on a file in the temp folder; a new one reads what the last one wrote. */
function engine() {
  return new Conf<Record<string, unknown>>({ cwd: dir, projectName: 'netwerkdagboek-test' });
}

async function onDisk(): Promise<unknown> {
  return JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
}

const bounds = { x: 10, y: 20, width: 1200, height: 800, maximized: false };

describe('SettingsStore', () => {
  it('starts with the defaults on first run and writes them to disk', async () => {
    const settings = new SettingsStore(engine());
    expect(settings.get()).toEqual({
      settingsVersion: 1,
      language: 'system',
      theme: 'system',
      windowBounds: null,
      journalPath: null,
      reminderTime: '09:00',
      keepInTouchDefaults: {
        'heel-goed': 'geen',
        goed: 'halfjaar',
        'een-beetje': 'kwartaal',
        onbekend: 'geen',
      },
      closeToTray: true,
      openAtLogin: false,
      weeklyGoal: 2,
    });
    expect(await onDisk()).toEqual(settings.get());
  });

  it('gives settings from before Overzicht the weekly goal of 2, keeping the rest (issue 13)', () => {
    const before = { ...defaultSettings, language: 'en', reminderTime: '08:15' } as Record<string, unknown>;
    delete before['weeklyGoal'];
    const settings = new SettingsStore({ store: before });
    expect(settings.get()).toMatchObject({ language: 'en', reminderTime: '08:15', weeklyGoal: 2 });
    // A goal that is not one (hand-edited) falls back on its own.
    expect(new SettingsStore({ store: { ...before, weeklyGoal: -3 } }).get().weeklyGoal).toBe(2);
  });

  it('gives settings from before the theme choice the system theme, keeping the rest', async () => {
    const before = { ...defaultSettings, language: 'en', weeklyGoal: 4 } as Record<string, unknown>;
    delete before['theme'];
    await writeFile(join(dir, 'config.json'), JSON.stringify(before));
    expect(new SettingsStore(engine()).get()).toMatchObject({
      theme: 'system',
      language: 'en',
      weeklyGoal: 4,
    });
    expect(await onDisk()).toMatchObject({ theme: 'system', language: 'en' });
    // A hand-edited theme that is not one of the three falls back on its own.
    expect(new SettingsStore({ store: { ...before, theme: 'sepia' } }).get().theme).toBe('system');
  });

  it('keeps a chosen theme across a restart and refuses one that is not light, dark or system', async () => {
    new SettingsStore(engine()).update({ theme: 'dark' });
    const reopened = new SettingsStore(engine());
    expect(reopened.get().theme).toBe('dark');
    expect(() => reopened.update({ theme: 'sepia' as Settings['theme'] })).toThrow();
    expect(new SettingsStore(engine()).get().theme).toBe('dark');
    expect(await onDisk()).toMatchObject({ theme: 'dark' });
  });

  it('keeps what an update changed across a restart', async () => {
    new SettingsStore(engine()).update({ language: 'en', windowBounds: bounds });
    const reopened = new SettingsStore(engine());
    expect(reopened.get()).toEqual({ ...defaultSettings, language: 'en', windowBounds: bounds });
    expect(await onDisk()).toEqual(reopened.get());
  });

  it('refuses an invalid update and keeps the previous value', () => {
    const settings = new SettingsStore(engine());
    settings.update({ language: 'nl' });
    expect(() => settings.update({ language: 'fr' as Settings['language'] })).toThrow();
    expect(settings.get().language).toBe('nl');
    expect(new SettingsStore(engine()).get().language).toBe('nl');
  });

  it('repairs a hand-edited file on start, keeping what is still valid', async () => {
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({ language: 'fr', windowBounds: bounds, journalPath: '/data/journal.json', junk: 1 }),
    );
    new SettingsStore(engine());
    expect(await onDisk()).toEqual({
      ...defaultSettings,
      language: 'system',
      windowBounds: bounds,
      journalPath: '/data/journal.json',
    });
  });
});

describe('migrateSettings', () => {
  it('keeps valid fields and replaces each invalid one with its default', () => {
    expect(
      migrateSettings({
        language: 'fr',
        windowBounds: { ...bounds, width: 'x' },
        journalPath: 'D:\\Dagboek\\journal.json',
      }),
    ).toEqual({
      ...defaultSettings,
      language: 'system',
      windowBounds: null,
      journalPath: 'D:\\Dagboek\\journal.json',
    });
  });

  it('brings version-0 settings (no settingsVersion) to the current version', () => {
    expect(migrateSettings({ language: 'en' })).toEqual({ ...defaultSettings, language: 'en' });
  });

  it('refuses a window too small to use, or an empty journal path', () => {
    expect(migrateSettings({ windowBounds: { ...bounds, width: 10 }, journalPath: '' })).toEqual(
      defaultSettings,
    );
  });

  for (const raw of [undefined, null, 'nl', 42, []]) {
    it(`falls back to the defaults for ${JSON.stringify(raw) ?? 'undefined'}`, () => {
      expect(migrateSettings(raw)).toEqual(defaultSettings);
    });
  }
});

describe('resolveLanguage', () => {
  const cases: [Settings['language'], string[], 'nl' | 'en'][] = [
    ['system', ['de-DE', 'en-GB'], 'en'],
    ['system', ['nl-BE'], 'nl'],
    ['system', ['en_US', 'nl-NL'], 'en'],
    ['system', ['fr'], 'nl'],
    ['system', [], 'nl'],
    ['nl', ['en-US'], 'nl'],
    ['en', ['nl-NL'], 'en'],
  ];
  for (const [setting, system, expected] of cases) {
    it(`"${setting}" with [${system.join(', ')}] shows ${expected}`, () => {
      expect(resolveLanguage(setting, system)).toBe(expected);
    });
  }
});

describe('resolveJournalPath', () => {
  const userData = join('home', 'anna', 'Netwerkdagboek');
  const withPath = { ...defaultSettings, journalPath: join('sync', 'journal.json') };

  it('uses the journal asked for at startup first', () => {
    expect(resolveJournalPath(join('tmp', 'e2e.json'), withPath, userData)).toBe(join('tmp', 'e2e.json'));
  });

  it('then the setting', () => {
    expect(resolveJournalPath(null, withPath, userData)).toBe(join('sync', 'journal.json'));
    expect(resolveJournalPath('', withPath, userData)).toBe(join('sync', 'journal.json'));
  });

  it('else journal.json in the user data folder', () => {
    expect(resolveJournalPath(null, defaultSettings, userData)).toBe(join(userData, 'journal.json'));
  });
});
