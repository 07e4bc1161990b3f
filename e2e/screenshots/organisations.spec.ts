import { expect } from '../fixtures';
import { demoTest as test, inEachLanguage, SCREEN_SIZES, startDemo } from './demo-shots';

/**
 * Organisaties (issue 13) in Dutch and English on the demo network: the list at 1280×800 and 1024×700,
 * dark, an answer to "wie ken ik bij…", and the rename dialog asking before a merge.
 */
inEachLanguage('organisations', ({ language, nl, shot }) => {
  for (const size of SCREEN_SIZES) {
    test(`list at ${size.width}×${size.height}`, async ({ page, harness }) => {
      const core = await startDemo(page, harness, language, size);
      // A second spelling, so the list shows what a rename is for.
      await core.dispatch('contacts:create', { name: 'Joris Kuipers', organisation: 'gemeente utrecht ' });
      await harness.open(page);
      const menu = page.getByRole('navigation', { name: nl ? 'Hoofdmenu' : 'Main menu' });
      await menu.getByRole('button', { name: nl ? 'Organisaties' : 'Organisations' }).click();
      const cards = page.getByRole('list', { name: nl ? 'Organisaties' : 'Organisations' }).locator(':scope > li');
      await expect(cards.first()).toContainText('Gemeente Utrecht');
      await shot(page, `01-list-${size.width}`);
      // 'Wil ik werken' pressed on one card, focused from the keyboard beside one that is not, and the
      // toast below the screen rather than over the cards' buttons (1024: the icon sidebar).
      const mark = cards.filter({ hasText: 'Kennisnet' }).getByRole('button', { name: /Kennisnet$/ });
      await mark.click();
      await expect(mark).toHaveAttribute('aria-pressed', 'true');
      // Focus from the keyboard on the next card's toggle, which is not pressed (Tab from its heading row).
      await cards.filter({ hasText: 'KPN' }).getByRole('button', { name: /KPN$/ }).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await shot(page, `05-marked-${size.width}`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, `06-marked-dark-${size.width}`);
      await page.emulateMedia({ colorScheme: 'light' });
      await mark.click();
      await expect(mark).toHaveAttribute('aria-pressed', 'false');
      if (size.width !== 1280) return;
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, '02-dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByLabel(nl ? 'Wie ken ik bij…?' : 'Who do I know at…?').fill('rabo');
      await expect(cards).toHaveCount(1);
      await shot(page, '03-who-do-i-know');
      await page.getByLabel(nl ? 'Wie ken ik bij…?' : 'Who do I know at…?').fill('');
      await cards.first().getByRole('button', { name: nl ? 'Naam wijzigen…' : 'Rename…' }).click();
      await page.getByRole('dialog').getByRole('textbox').fill('Provincie Gelderland');
      await page.getByRole('dialog').getByRole('button', { name: nl ? 'Naam opslaan' : 'Save name' }).click();
      await expect(page.getByRole('dialog')).toContainText(nl ? 'samenvoegen' : 'Merge');
      await shot(page, '04-merge-asks');
    });
  }
});
