import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import type { Harness } from '../harness';
import { importConnections, type Connection } from '../import-people';
import { clubList, manyConnections } from '../import-files';
import { ExchangePage } from '../pages/exchange-page';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from './demo-journal';

/** Importing and sorting people in (issue 12), in Dutch and English, beside the other screens' pictures. */
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const test = onFixedClock(DEMO_NOW, DEMO_ZONE);

/** People as an import brings them: a name, a role, when you connected, nothing else yet. */
const imported: Connection[] = [
  { firstName: 'Fenna', lastName: 'Visser', company: 'Gemeente Amersfoort', position: 'Adviseur werk en inkomen', connectedOn: '12 Mar 2024' },
  { firstName: 'Gerrit', lastName: 'de Boer', company: 'Alliander', position: 'Data engineer', connectedOn: '03 Jun 2023' },
  { firstName: 'Hanneke', lastName: 'Dijkstra', company: 'Hogeschool Utrecht', position: 'Docent' },
];

for (const language of ['nl', 'en'] as const) {
  const shot = async (page: Page, name: string) => {
    await mkdir(out, { recursive: true });
    await page.screenshot({ path: `${out}${language}-import-${name}.png` });
  };

  test.describe(language, () => {
    test.use({ locale: language === 'nl' ? 'nl-NL' : 'en-GB', timezoneId: DEMO_ZONE });
    async function openDemo(page: Page, harness: Harness) {
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      await fillDemoJournal(core);
      await importConnections(core, imported);
      await harness.open(page);
    }

    test('import dialog, mapping and preview', async ({ page, harness, contacts }) => {
      await openDemo(page, harness);
      const exchange = new ExchangePage(page);
      await exchange.openImport();
      await shot(page, '01-dialog');
      await exchange.chooseFile('leden.csv', clubList);
      await expect(exchange.importDialog.getByRole('combobox').first()).toBeVisible();
      await shot(page, '02-mapping');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: /Import stoppen|Stop importing/ }).waitFor();
      await shot(page, '03-stop-asks');
      await page.getByRole('button', { name: /^(Stoppen|Stop)$/ }).click();

      // The demo's own people come back as already there, or with something to fill in.
      await exchange.openImport();
      await exchange.chooseFile('Connections.csv', manyConnections());
      await expect(exchange.count('nieuw')).not.toHaveText('0');
      await shot(page, '04-preview');
      await exchange.importDialog.getByTestId('import-count-bijwerken').click();
      await shot(page, '05-preview-updates');
      await exchange.importDialog.getByTestId('import-count-nieuw').click();
      await exchange.importRows.nth(1).locator('.check').click();
      await exchange.confirmImport.click();
      await expect(exchange.importDialog).toBeHidden();
      await expect(contacts.toast).toBeVisible();
      await shot(page, '06-imported-toast-and-offer');
      await exchange.openImport();
      await exchange.chooseFile('foto.csv', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
      await expect(exchange.importProblem).toBeVisible();
      await shot(page, '07-unreadable-file');
    });

    test('sort-in pass', async ({ page, harness }) => {
      await openDemo(page, harness);
      const exchange = new ExchangePage(page);
      await expect(exchange.unsorted).toBeVisible();
      await shot(page, '10-contacts-unsorted');
      await exchange.startSortIn();
      await page.keyboard.press('5');
      await page.keyboard.press('l');
      await expect(exchange.sortInSave).toContainText(/opgeslagen|saved/);
      await shot(page, '11-sort-in');
      const finished = exchange.sortIn.getByRole('heading', { name: /lijst heen|through the list/ });
      while (!(await finished.isVisible())) await page.keyboard.press('ArrowRight');
      await shot(page, '12-sort-in-finished');
    });
  });
}
