/**
 * Issue 12, "our own exports import back without loss": contacts exported from Contacten as CSV and as
 * vCard, through the save dialog (which the harness answers), then that very file imported through the
 * dialog's file chooser, into a journal without those people and into the journal that has them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Contact } from '../../electron/contract/domain';
import { expect, onFixedClock } from '../fixtures';
import type { Harness } from '../harness';
import { ExchangePage } from '../pages/exchange-page';
import { ExportPage } from '../pages/export-page';

const test = onFixedClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

/** People with every field an address book or spreadsheet can carry, accents and separators included. */
const people = [
  {
    name: 'Zoë Çelik-de Vries',
    organisation: 'Gemeente Utrecht',
    role: 'Beleidsadviseur werk; inkomen',
    email: 'zoe@utrecht.nl',
    phone: '+31 6 1234 5678',
    linkedin: 'https://www.linkedin.com/in/zoecelik',
    tags: ['overheid', 'koffie'],
    notes: 'Zei: "bel me na de zomer", en gaf een tip,\nover de afdeling Zorg.',
  },
  { name: 'Sjoerd van der Meer', organisation: 'Jansen, Bakker & Zn', role: '', email: '', phone: '' },
];
/** What an import can carry of a contact: compared before and after the round trip. */
const carried = (c: Contact) => ({
  name: c.name,
  organisation: c.organisation,
  role: c.role,
  email: c.email,
  phone: c.phone,
  linkedin: c.linkedin,
  tags: c.tags,
  notes: c.notes,
});
const contactsOnDisk = async (harness: Harness) =>
  (await harness.journalOnDisk()).contacts as unknown as Contact[];
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

async function exportContacts(page: Page, harness: Harness, format: 'csv' | 'vcard'): Promise<Buffer> {
  const file = join(harness.dir, format === 'csv' ? 'netwerk.csv' : 'netwerk.vcf');
  harness.nextExportLocation = file;
  const exports = new ExportPage(page);
  await exports.contactsMenu.click();
  await page
    .getByRole('menu', { name: 'Contacten exporteren' })
    .getByRole('menuitem', { name: format === 'csv' ? 'Voor Excel (CSV)…' : 'Voor je adresboek (vCard)…' })
    .click();
  await expect(page.getByRole('status')).toContainText(`2 contacten opgeslagen in ${file}`);
  return readFile(file);
}

for (const format of ['csv', 'vcard'] as const) {
  test(`contacts exported as ${format === 'csv' ? 'CSV' : 'vCard'} import back: nothing lost, and nothing new the second time`, async ({
    page,
    harness,
    contacts,
  }) => {
    const core = await harness.startCore();
    for (const person of people) await core.dispatch('contacts:create', person);
    await harness.open(page);
    const before = (await contactsOnDisk(harness)).map(carried).sort(byName);
    const bytes = await exportContacts(page, harness, format);
    const fileName = format === 'csv' ? 'netwerk.csv' : 'netwerk.vcf';
    const mimeType = format === 'csv' ? 'text/csv' : 'text/vcard';

    // Into a journal without them: everyone comes back, every field as it was.
    for (const contact of harness.core.store.data.contacts) {
      await harness.core.dispatch('contacts:delete', { id: contact.id });
    }
    await expect(contacts.rows).toHaveCount(0);
    const exchange = new ExchangePage(page);
    await exchange.openImport();
    await exchange.chooseFile(fileName, bytes, mimeType);
    await expect(exchange.count('nieuw')).toHaveText('2');
    await expect(exchange.count('overgeslagen')).toHaveText('0');
    await exchange.confirmImport.click();
    await expect(contacts.toast).toContainText('Geïmporteerd en opgeslagen: 2 nieuw.');
    await expect(contacts.row('Zoë Çelik-de Vries')).toBeVisible();
    expect((await contactsOnDisk(harness)).map(carried).sort(byName)).toEqual(before);

    // The same file again: everyone is already there, nothing to import, nothing changed on disk.
    const onDisk = await readFile(harness.journalPath, 'utf8');
    await exchange.openImport();
    await exchange.chooseFile(fileName, bytes, mimeType);
    await expect(exchange.count('aanwezig')).toHaveText('2');
    await expect(exchange.count('nieuw')).toHaveText('0');
    await expect(exchange.count('bijwerken')).toHaveText('0');
    await expect(exchange.confirmImport).toBeDisabled();
    await exchange.importDialog.getByRole('button', { name: 'Annuleren' }).click();
    const stop = page.getByRole('dialog', { name: 'Import stoppen?' });
    if (await stop.isVisible()) await stop.getByRole('button', { name: 'Stoppen' }).click();
    await expect(exchange.importDialog).toBeHidden();
    expect(await readFile(harness.journalPath, 'utf8')).toBe(onDisk);
  });
}
