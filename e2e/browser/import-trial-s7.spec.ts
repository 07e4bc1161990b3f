import { expect, test } from '../fixtures';
import { ExchangePage } from '../pages/exchange-page';

/** Issue 12, what the second new user's trial and the review (s7) found in the import dialog. */

/** An address book as Apple Contacts writes one: a photo on one card, a postal address on two. */
const addressBook = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Anna de Vries',
  'N:de Vries;Anna;;;',
  'item1.ADR;type=HOME:;;Oudegracht 12;Utrecht;;3511 AB;Nederland',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Tom Dekker',
  'ADR;type=WORK:;;Stationsplein 1;Amersfoort;;;',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Tessa Dijkstra',
  'TEL;TYPE=CELL:06-98765432',
  'END:VCARD',
  '',
].join('\r\n');

test('the preview says in one line that photos and postal addresses stay out, only when the file has any', async ({
  page,
  harness,
}) => {
  await harness.open(page);
  const exchange = new ExchangePage(page);
  const leftOut = exchange.importDialog.getByTestId('import-left-out');
  await exchange.openImport();
  await exchange.chooseFile('Contacten.vcf', addressBook, 'text/vcard');
  await expect(exchange.count('nieuw')).toHaveText('3');
  await expect(leftOut).toHaveText(
    'Niet geïmporteerd: 1 foto en 2 postadressen; een contact heeft daar geen veld voor.',
  );

  // A file without either says nothing about them.
  await page.keyboard.press('Escape');
  await exchange.openImport();
  await exchange.chooseFile('Contacten.vcf', addressBook.replace(/^(PHOTO|item1\.ADR|ADR).*\r\n/gm, ''));
  await expect(exchange.count('nieuw')).toHaveText('3');
  await expect(leftOut).toHaveCount(0);
});

test('in English the line says the same in English', async ({ page, harness }) => {
  const core = await harness.startCore();
  await core.dispatch('settings:update', { language: 'en' });
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await exchange.openImport();
  await exchange.chooseFile('Contacts.vcf', addressBook, 'text/vcard');
  await expect(exchange.importDialog.getByTestId('import-left-out')).toHaveText(
    'Not imported: 1 photo and 2 postal addresses; a contact has no field for them.',
  );
});
