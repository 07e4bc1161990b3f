import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures';
import { manyConnections } from '../import-files';
import { ExchangePage } from '../pages/exchange-page';

/**
 * Issue 12: the toast after an import in a 1024×700 window (the sidebar only icons). It sat over the
 * list's last rows, the people just imported, with its undo on a line of its own and "0 bijgewerkt".
 */

const box = async (locator: Locator) => (await locator.boundingBox())!;
const overlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const [language, text, undo] of [
  ['nl', 'Geïmporteerd en opgeslagen: 20 nieuw.', 'Ongedaan maken'],
  ['en', 'Imported and saved: 20 new.', 'Undo'],
] as const) {
  test(`in ${language}, at 1024×700 the import's toast fits, keeps clear of the list, and has its undo beside the words`, async ({
    page,
    harness,
  }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const core = await harness.startCore();
    await core.dispatch('settings:update', { language });
    await harness.open(page);
    const exchange = new ExchangePage(page);
    await exchange.openImport();
    await exchange.chooseFile('Connections.csv', manyConnections());
    await exchange.confirmImport.click();
    await expect(exchange.importDialog).toBeHidden();

    const toast = page.getByRole('status').filter({ hasText: text });
    await expect(toast).toHaveText(new RegExp(`^${text.replace(/[.]/g, '\\.')}\\s*${undo}$`));
    const button = toast.getByRole('button', { name: undo });
    await expect(toast).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: testInfo.outputPath(`import-toast-${language}.png`) });

    // Clear of the list, with the offer to sort the people in and the last rows in view.
    const list = await box(page.locator('.list-pane'));
    expect(overlap(await box(toast), list), 'the toast covers the list').toBe(false);
    // The undo beside the words, not on a line of its own under them.
    const words = await box(toast.locator('span').first());
    const undoBox = await box(button);
    expect(undoBox.x).toBeGreaterThan(words.x + words.width);
    const middle = undoBox.y + undoBox.height / 2;
    expect(middle).toBeGreaterThan(words.y);
    expect(middle).toBeLessThan(words.y + words.height);

    await button.click();
    await expect(page.getByRole('status')).toContainText(
      language === 'nl' ? 'De import is ongedaan gemaakt.' : 'The import has been undone.',
    );
  });
}
