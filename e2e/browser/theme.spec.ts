import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

/** The page's background as drawn: styles.css's --bg, light or dark. */
const LIGHT = 'rgb(247, 246, 242)';
const DARK = 'rgb(27, 29, 32)';
const background = (page: Page) => page.locator('html').evaluate((h) => getComputedStyle(h).backgroundColor);

test('Weergave in Instellingen: Licht, Donker or Zoals het systeem, applied at once and kept after a restart', async ({
  page,
  harness,
  contacts,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await harness.open(page);
  expect(await background(page)).toBe(LIGHT);
  await contacts.nav(/Instellingen/);
  const field = page.getByLabel('Weergave');
  await expect(field).toHaveValue('system');
  await expect(field.locator('option')).toHaveText(['Zoals het systeem', 'Licht', 'Donker']);

  // Donker on a light system: dark at once, without a restart.
  await field.selectOption({ label: 'Donker' });
  await expect.poll(() => background(page)).toBe(DARK);
  expect(harness.settings().get().theme).toBe('dark');
  // Set as an attribute, never as an inline style the CSP would refuse.
  await expect(page.locator('html')).not.toHaveAttribute('style', /./);

  await harness.reopen(page);
  await expect.poll(() => background(page)).toBe(DARK);
  await contacts.nav(/Instellingen/);
  await expect(page.getByLabel('Weergave')).toHaveValue('dark');

  // Licht on a dark system stays light.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByLabel('Weergave').selectOption({ label: 'Licht' });
  await expect.poll(() => background(page)).toBe(LIGHT);

  // Zoals het systeem follows the system, also when it changes while the app is open.
  await page.getByLabel('Weergave').selectOption({ label: 'Zoals het systeem' });
  await expect.poll(() => background(page)).toBe(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(page)).toBe(LIGHT);
});

test('the choices read Light, Dark and Match system in English', async ({ page, harness, contacts }) => {
  await harness.open(page);
  await contacts.nav(/Instellingen/);
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByLabel('Appearance').locator('option')).toHaveText(['Match system', 'Light', 'Dark']);
});
