import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { ExportPage } from '../pages/export-page';

/**
 * Issue 12: the toast after an export offers the file in the file manager. The page asks for "the last
 * export" (shell:showJournalFile { which: 'export' }); core shows the path it wrote, the page names none.
 */
for (const [language, button, said] of [
  ['nl', 'Toon in map', '1 contact opgeslagen in'],
  ['en', 'Show in folder', '1 contact saved to'],
] as const) {
  test(`in ${language}, ‘${button}’ on the export’s toast shows the file just written`, async ({
    page,
    harness,
  }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const core = await harness.startCore();
    await core.dispatch('settings:update', { language });
    await core.dispatch('contacts:create', { name: 'Anna de Vries' });
    await harness.open(page);
    const exports = new ExportPage(page);
    await exports.openSettings();
    const out = join(harness.dir, 'Documenten');
    await mkdir(out);
    harness.nextExportLocation = join(out, 'netwerk.csv');
    await exports.exportButton('csv').click();

    const toast = page.getByRole('status').filter({ hasText: said });
    await expect(toast).toContainText(join(out, 'netwerk.csv'));
    await expect(toast).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: testInfo.outputPath(`export-toast-${language}.png`) });
    expect(harness.shown).toEqual([]);
    await toast.getByRole('button', { name: button }).click();
    await expect.poll(() => harness.shown).toEqual([join(out, 'netwerk.csv')]);
    await expect(toast).toBeHidden();
  });
}
