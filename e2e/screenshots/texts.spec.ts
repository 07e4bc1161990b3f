import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import { ConversationsPage } from '../pages/conversations-page';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from './demo-journal';

/**
 * The thank-you text dialog (issue 14) in Dutch and English on the demo network: Anna's evaluated
 * conversation as an e-mail at 1280×800 and 1024×700, with u, and dark.
 */
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const test = onFixedClock(DEMO_NOW, DEMO_ZONE);

for (const language of ['nl', 'en'] as const) {
  const shot = async (page: Page, name: string) => {
    await mkdir(out, { recursive: true });
    await page.screenshot({ path: `${out}${language}-texts-${name}.png` });
  };
  const nl = language === 'nl';

  test.describe(language, () => {
    test.use({ locale: nl ? 'nl-NL' : 'en-GB', timezoneId: DEMO_ZONE });

    for (const size of [
      { width: 1280, height: 800 },
      { width: 1024, height: 700 },
    ]) {
      test(`thank-you at ${size.width}×${size.height}`, async ({ page, harness }) => {
        await page.setViewportSize(size);
        const core = await harness.startCore();
        await core.dispatch('settings:update', { language });
        await fillDemoJournal(core);
        await harness.open(page);
        const conversations = new ConversationsPage(page);
        await conversations.open();
        await conversations.row('Anna de Vries').click();
        await conversations.step('evaluation');
        await page.getByRole('button', { name: nl ? 'Bedankje schrijven…' : 'Write a thank-you…' }).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog.getByRole('textbox').last()).toHaveValue(nl ? /^Beste Anna,/ : /^Dear Anna,/);
        await shot(page, `01-thank-you-${size.width}`);
        if (size.width !== 1280) return;
        if (nl) {
          await dialog.getByRole('radio', { name: 'u', exact: true }).check();
          await shot(page, '02-u');
        }
        await page.emulateMedia({ colorScheme: 'dark' });
        await shot(page, '03-dark');
        await page.emulateMedia({ colorScheme: 'light' });
        await dialog.getByRole('button', { name: nl ? 'Eigen tekst maken…' : 'Make your own text…' }).click();
        await expect(dialog.getByRole('form')).toBeVisible();
        await shot(page, '04-own-text');
      });
    }
  });
}
