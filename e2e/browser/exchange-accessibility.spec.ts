import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { clubList, connections } from '../import-files';
import { ExchangePage } from '../pages/exchange-page';

/** The import dialog's steps and the sort-in pass, scanned by axe-core as the other screens are. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`));
  expect(bad, `serious or critical axe-core violations on ${screen}`).toEqual([]);
}

test.describe.configure({ timeout: 120_000 });

test('the import dialog (file, mapping, preview) and the sort-in pass have no serious axe-core violation', async ({
  page,
  harness,
}) => {
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await exchange.openImport();
  await expectAccessible(page, 'the import dialog');
  await exchange.chooseFile('leden.csv', clubList);
  await expect(exchange.importDialog.getByRole('combobox').first()).toBeFocused();
  await expectAccessible(page, 'the mapping step');
  await exchange.importDialog.getByRole('button', { name: 'Annuleren' }).click();
  await page
    .getByRole('dialog', { name: 'Import stoppen?' })
    .getByRole('button', { name: 'Stoppen' })
    .click();
  await exchange.openImport();
  await exchange.chooseFile('Connections.csv', connections);
  await expect(exchange.importDialog.getByRole('listbox')).toBeFocused();
  await expectAccessible(page, 'the preview');
  await exchange.confirmImport.click();
  await expect(exchange.unsorted).toBeVisible();
  await expectAccessible(page, 'Contacten after an import');
  await exchange.startSortIn();
  await expectAccessible(page, 'the sort-in pass');
});
