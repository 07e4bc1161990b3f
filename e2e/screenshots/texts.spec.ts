import { expect } from '../fixtures';
import { ConversationsPage } from '../pages/conversations-page';
import { demoTest as test, inEachLanguage, SCREEN_SIZES, startDemo } from './demo-shots';

/**
 * The thank-you text dialog (issue 14) in Dutch and English on the demo network: Anna's evaluated
 * conversation as an e-mail at 1280×800 and 1024×700, with u, and dark.
 */
inEachLanguage('texts', ({ language, nl, shot }) => {
  for (const size of SCREEN_SIZES) {
    test(`thank-you at ${size.width}×${size.height}`, async ({ page, harness }) => {
      await startDemo(page, harness, language, size);
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
