import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import type { Harness } from '../harness';
import { DuplicatesPage } from '../pages/duplicates-page';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from './demo-journal';

/** Likely duplicates and merging them (issue 12), in Dutch and English, beside the other screens' pictures. */
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const test = onFixedClock(DEMO_NOW, DEMO_ZONE);

/** Second records of people already in the demo network, as a quick note or an import leaves them. */
const twice = [
  {
    name: 'Anna de Vries',
    organisation: 'Gemeente Utrecht',
    role: 'Beleidsmedewerker',
    email: 'a.devries@utrecht.example.nl',
    linkedin: 'linkedin.com/in/AnnaDeVries/',
    tags: ['kansengelijkheid'],
    notes: 'Ontmoet op de netwerkborrel van de gemeente, oktober.',
  },
  { name: 'Pieter Hoekstra', organisation: 'OCW', phone: '+31 70 412 3456' },
];

for (const language of ['nl', 'en'] as const) {
  const shot = async (page: Page, name: string) => {
    await mkdir(out, { recursive: true });
    await page.screenshot({ path: `${out}${language}-duplicates-${name}.png` });
  };

  test.describe(language, () => {
    test.use({ locale: language === 'nl' ? 'nl-NL' : 'en-GB', timezoneId: DEMO_ZONE });
    async function openDemo(page: Page, harness: Harness) {
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      await fillDemoJournal(core);
      for (const person of twice) await core.dispatch('contacts:create', person);
      await harness.open(page);
    }

    test('duplicates and merge', async ({ page, harness }) => {
      await openDemo(page, harness);
      const duplicates = new DuplicatesPage(page);
      await expect(duplicates.button).toBeVisible();
      await shot(page, '1-contacts');
      await duplicates.button.click();
      await expect(duplicates.pairs).toHaveCount(2);
      await shot(page, '2-list');
      await duplicates.pairs.first().getByRole('button', { name: /Samenvoegen|Merge/ }).click();
      await expect(duplicates.merge.getByRole('table')).toBeVisible();
      await shot(page, '3-merge');
      await duplicates.merge.getByRole('button', { name: /^(Samenvoegen|Merge)$/ }).click();
      await expect(page.getByRole('status').filter({ hasText: /Samengevoegd|Merged/ })).toBeVisible();
      await shot(page, '4-merged');
    });
  });
}
