import { join } from 'node:path';
import { z } from 'zod';
import { KeepInTouchDefaults, Theme, type Language, type SettingsView } from '../../contract/contract';
import { TimeOfDay } from '../../contract/domain';
import { DEFAULT_WEEKLY_GOAL, WeeklyGoal } from '../../contract/overview';

/**
 * The app's small settings (not the journal): language, light or dark, window bounds, where the journal lives.
 * Main keeps them in electron-store; tests use its engine, `conf`, directly. Both expose `.store`.
 */
export const SETTINGS_VERSION = 1;

const WindowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowBounds = z.output<typeof WindowBounds>;

const fields = {
  language: z.enum(['system', 'nl', 'en']),
  theme: Theme,
  windowBounds: WindowBounds.nullable(),
  journalPath: z.string().min(1).max(4_000).nullable(),
  reminderTime: TimeOfDay,
  keepInTouchDefaults: KeepInTouchDefaults,
  closeToTray: z.boolean(),
  openAtLogin: z.boolean(),
  weeklyGoal: WeeklyGoal,
};

export const Settings = z.object({ settingsVersion: z.literal(SETTINGS_VERSION), ...fields });
export type Settings = z.output<typeof Settings>;

export const defaultSettings: Settings = {
  settingsVersion: SETTINGS_VERSION,
  language: 'system',
  theme: 'system',
  windowBounds: null,
  journalPath: null,
  reminderTime: '09:00',
  // Weak ties fade first and are the ones that lead to work, so they get the most deliberate upkeep;
  // people one knows very well are seen anyway and get no reminders unless asked for.
  keepInTouchDefaults: { 'heel-goed': 'geen', goed: 'halfjaar', 'een-beetje': 'kwartaal', onbekend: 'geen' },
  closeToTray: true,
  openAtLogin: false,
  // Two a week (a conversation, a card, a message) keeps a network warm without taking over a week.
  weeklyGoal: DEFAULT_WEEKLY_GOAL,
};

/** The storage engine: electron-store in the app, conf in tests. */
export interface SettingsEngine {
  store: Record<string, unknown>;
}

/**
 * Brings stored settings to the current version. Settings are small and re-creatable, so a value that
 * fails its rule falls back to its default on its own; the rest is kept.
 */
export function migrateSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  // Version 0 (no settingsVersion) had no other shape; future steps go here, one per version.
  const result: Settings = { ...defaultSettings };
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const parsed = fields[key].safeParse(stored[key]);
    if (parsed.success) (result as Record<string, unknown>)[key] = parsed.data;
  }
  return result;
}

export class SettingsStore {
  private current: Settings;

  constructor(private readonly engine: SettingsEngine) {
    this.current = migrateSettings(engine.store);
    if (JSON.stringify(engine.store) !== JSON.stringify(this.current)) engine.store = { ...this.current };
  }

  get(): Settings {
    return this.current;
  }

  update(changes: Partial<Omit<Settings, 'settingsVersion'>>): Settings {
    this.current = Settings.parse({
      ...this.current,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    });
    this.engine.store = { ...this.current };
    return this.current;
  }
}

/** The language to show: the setting, or else the first of the system's languages we speak (Dutch first). */
export function resolveLanguage(setting: Settings['language'], systemLanguages: readonly string[]): Language {
  if (setting !== 'system') return setting;
  for (const tag of systemLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'nl';
}

/** Environment variable that points the app at another journal file (development; see main's startup-paths.ts). */
export const JOURNAL_PATH_ENV = 'NETWERKDAGBOEK_JOURNAL';

/** Where the journal lives: the one asked for at startup, else the setting, else `journal.json` in userData. */
export function resolveJournalPath(
  explicit: string | null,
  settings: Settings,
  userDataFolder: string,
): string {
  return journalLocation(explicit, settings, userDataFolder).path;
}

/**
 * Where the journal lives, and whether the person chose that place in the app (Verplaatsen, Bestand
 * kiezen). A chosen journal that is not there is missing (a USB stick, a cloud folder not mounted yet),
 * never a reason to start an empty one. The default place may be started on a first run, and so may the
 * journal asked for at startup (a command-line flag, in development the environment): an instruction for
 * this run, which is how tests and power users start a journal somewhere.
 */
export function journalLocation(
  explicit: string | null,
  settings: Settings,
  userDataFolder: string,
): { path: string; chosen: boolean } {
  if (explicit) return { path: explicit, chosen: false };
  if (settings.journalPath) return { path: settings.journalPath, chosen: true };
  return { path: join(userDataFolder, 'journal.json'), chosen: false };
}

/** What Instellingen shows of the settings; the journal's path is where it is open now. */
export function viewOfSettings(s: Settings, journalPath: string): SettingsView {
  const { language, theme, reminderTime, keepInTouchDefaults, closeToTray, openAtLogin, weeklyGoal } = s;
  return {
    language,
    theme,
    journalPath,
    reminderTime,
    keepInTouchDefaults,
    closeToTray,
    openAtLogin,
    weeklyGoal,
  };
}
