import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import { ContactFiltersPage } from '../pages/contact-filters-page';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from './demo-journal';

/** Contacten's filters (issue 13) at 1024×700, in Dutch and English: the panel with counts, chips, nobody. */
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const test = onFixedClock(DEMO_NOW, DEMO_ZONE);

for (const language of ['nl', 'en'] as const) {
  const shot = async (page: Page, name: string) => {
    await mkdir(out, { recursive: true });
    await page.screenshot({ path: `${out}${language}-filters-${name}.png` });
  };

  test.describe(language, () => {
    test.use({
      locale: language === 'nl' ? 'nl-NL' : 'en-GB',
      timezoneId: DEMO_ZONE,
      viewport: { width: 1024, height: 700 },
    });

    test('contacts filtered', async ({ page, harness, contacts }) => {
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      await fillDemoJournal(core);
      await harness.open(page);
      const filters = new ContactFiltersPage(page);
      const warmth = language === 'nl' ? 'Warm, lauw of koud' : 'Warm, lukewarm or cold';
      const circle = language === 'nl' ? 'Kring' : 'Circle';
      await filters.toggle.click();
      await filters.option(warmth, 'Warm').check();
      await filters.option(circle, language === 'nl' ? 'Vrienden' : 'Friends').check();
      await filters.option(circle, language === 'nl' ? 'Werk of collega’s' : 'Work or colleagues').check();
      await expect(filters.chips).toHaveCount(3);
      await expect(contacts.rows.first()).toBeVisible();
      await shot(page, '01-panel');
      await filters.toggle.click();
      await shot(page, '02-chips');
      await filters.toggle.click();
      await filters.option(warmth, language === 'nl' ? 'Koud' : 'Cold').check();
      await filters.option(warmth, 'Warm').uncheck();
      await expect(filters.empty).toBeVisible();
      await filters.toggle.click();
      await shot(page, '03-nobody');
    });
  });
}
