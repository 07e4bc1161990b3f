// @vitest-environment happy-dom
/**
 * Instellingen › Herinneringen, mounted over a stand-in for the preload: one setting's answer coming back
 * while the person types in another field must not undo what they typed.
 */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { channels } from '$contract/channels';
import type { SettingsView } from '$contract/contract';
import { createApi } from '$contract/create-api';
import type { app as App } from '../../app/app.svelte';
import type ReminderSettingsComponent from './ReminderSettings.svelte';

const updates: unknown[] = [];
let settings: SettingsView = {
  language: 'nl',
  theme: 'system',
  journalPath: '/home/anna/netwerkdagboek.json',
  reminderTime: '09:00',
  keepInTouchDefaults: { 'heel-goed': 'geen', goed: 'halfjaar', 'een-beetje': 'kwartaal', onbekend: 'geen' },
  closeToTray: true,
  openAtLogin: false,
  weeklyGoal: 2,
};
/** Answers to settings:update wait here until the test lets them go, as a slow disk would. */
const held: (() => void)[] = [];

(window as unknown as { netwerkdagboek: unknown }).netwerkdagboek = createApi(
  channels,
  async (channel, input) => {
    if (channel !== 'settings:update') return { ok: true, data: settings };
    updates.push(input);
    settings = { ...settings, ...(input as Partial<SettingsView>) };
    const answer = settings;
    await new Promise<void>((resolve) => held.push(resolve));
    return { ok: true, data: answer };
  },
  () => () => undefined,
);

// Imported after the stand-in is in place: `api` reads window.netwerkdagboek once.
let app: typeof App;
let ReminderSettings: typeof ReminderSettingsComponent;
let mounted: Record<string, unknown> | null = null;

beforeAll(async () => {
  app = (await import('../../app/app.svelte')).app;
  ReminderSettings = (await import('./ReminderSettings.svelte')).default;
});

afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  document.body.innerHTML = '';
});

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
};

it('a default cadence saved while the reminder time is being typed leaves the typed time, which is then saved', async () => {
  app.settings = settings;
  const target = document.createElement('div');
  document.body.append(target);
  mounted = mount(ReminderSettings, { target });
  flushSync();

  const cadence = target.querySelector<HTMLSelectElement>('#setting-field-keepInTouchDefaults-een-beetje')!;
  cadence.value = 'maandelijks';
  cadence.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();

  const time = target.querySelector<HTMLInputElement>('#setting-field-reminderTime')!;
  time.value = '08:15';
  time.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
  // The cadence's answer arrives now: the settings object is replaced, the reminder time in it unchanged.
  held.shift()!();
  await settle();
  expect(time.value).toBe('08:15');

  time.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await settle();
  expect(updates.at(-1)).toEqual({ reminderTime: '08:15' });
  held.shift()!();
  await settle();
  expect(target.querySelector('.saved')?.textContent).toBe('Bewaard.');
});
