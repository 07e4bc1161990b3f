/**
 * What Instellingen changes and shows (the small settings main keeps in electron-store, see
 * core/settings/settings.ts), as the contract's channels take and give them.
 */
import { z } from 'zod';
import { defaultCadences, strengths, TimeOfDay, type DefaultCadence } from './domain';
import { WeeklyGoal } from './overview';

/** Default keep-in-touch cadence per relationship strength, and for contacts without one (`onbekend`). */
export const KeepInTouchDefaults = z.strictObject(
  Object.fromEntries([...strengths, 'onbekend'].map((s) => [s, z.enum(defaultCadences)])) as Record<
    (typeof strengths)[number] | 'onbekend',
    z.ZodEnum<{ [K in DefaultCadence]: K }>
  >,
);
export type KeepInTouchDefaults = z.output<typeof KeepInTouchDefaults>;

/** Light or dark: chosen, or following the computer's theme (the default). */
export const themes = ['system', 'light', 'dark'] as const;
export const Theme = z.enum(themes);
export type Theme = z.output<typeof Theme>;

export const SettingsChanges = z.strictObject({
  language: z.enum(['system', 'nl', 'en']).optional(),
  theme: Theme.optional(),
  /** When the app's own reminders fall due (thank-you the day after, follow-ups, keeping in touch). */
  reminderTime: TimeOfDay.optional(),
  keepInTouchDefaults: KeepInTouchDefaults.optional(),
  /** Closing the window keeps the app in the tray / menu bar, so reminders still arrive. */
  closeToTray: z.boolean().optional(),
  openAtLogin: z.boolean().optional(),
  weeklyGoal: WeeklyGoal.optional(), // a week's conversations and touches aimed for (Overzicht's Ritme)
});

export interface SettingsView {
  language: 'system' | 'nl' | 'en';
  theme: Theme;
  journalPath: string;
  reminderTime: string;
  keepInTouchDefaults: KeepInTouchDefaults;
  closeToTray: boolean;
  openAtLogin: boolean;
  weeklyGoal: number;
}
