import { expect, test } from '../fixtures';
import { connections } from '../import-files';
import { ExchangePage } from '../pages/exchange-page';

/** Issue 12, what a new user's trial (notes/trial-s6.md) found in the import preview. */

/** A phone's address book as vCard 3.0: the same people LinkedIn brought in, companies written otherwise. */
const phoneCards = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Bram Jansen',
  'N:Jansen;Bram;;;',
  'ORG:Rabobank',
  'TEL;TYPE=WORK:030-2345678',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Tessa Dijkstra',
  'N:Dijkstra;Tessa;;;',
  'TEL;TYPE=CELL:06-98765432',
  'END:VCARD',
  '',
].join('\r\n');

test('a card with the name of a contact at another company says whom it looks like, and can fill them in instead of making a second one', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  await core.dispatch('contacts:create', { name: 'Bram Jansen', organisation: 'Rabobank, Utrecht' });
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await exchange.openImport();
  await exchange.chooseFile('Contacten.vcf', phoneCards, 'text/vcard');
  await expect(exchange.count('nieuw')).toHaveText('2');
  const bram = exchange.importRow('Bram Jansen');
  await expect(bram).toContainText('Lijkt op Bram Jansen · Rabobank, Utrecht');
  await expect(exchange.importRow('Tessa Dijkstra')).not.toContainText('Lijkt op');

  // Only the name agrees: the person answers, and the row then fills in the Bram who is there.
  await bram.click();
  const question = exchange.importDialog.getByTestId('import-lookalike');
  await expect(question).toContainText('Alleen de naam is gelijk');
  await expect(question.getByRole('radio', { name: 'Nee, nieuw contact' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await question.getByRole('radio', { name: 'Ja, aanvullen bij Bram Jansen' }).click();
  await expect(bram).toContainText('Wordt toegevoegd aan Bram Jansen · Rabobank, Utrecht');
  await expect(bram.locator('.badge')).toHaveText('Bijwerken');
  await exchange.confirmImport.click();
  await expect(contacts.toast).toContainText('1 nieuw, 1 bijgewerkt');

  const onDisk = (await harness.journalOnDisk()).contacts;
  const brams = onDisk.filter((c) => c.name === 'Bram Jansen');
  expect(brams).toHaveLength(1);
  // Filled in, the organisation the person had kept.
  expect(brams[0]).toMatchObject({ organisation: 'Rabobank, Utrecht', phone: '030-2345678' });
  expect(onDisk.map((c) => c.name).sort()).toEqual(['Bram Jansen', 'Tessa Dijkstra']);
});

test('Esc on a preview as it came closes it without asking; once a row is left out it asks, in words that are true', async ({
  page,
  harness,
}) => {
  await harness.open(page);
  const exchange = new ExchangePage(page);
  const ask = page.getByRole('dialog', { name: 'Import stoppen?' });
  await exchange.openImport();
  await exchange.chooseFile('Contacten.vcf', phoneCards, 'text/vcard');
  await expect(exchange.confirmImport).toHaveText('2 contacten importeren');
  await page.keyboard.press('Escape');
  await expect(exchange.importDialog).toBeHidden();
  await expect(ask).toHaveCount(0);

  await exchange.openImport();
  await exchange.chooseFile('Contacten.vcf', phoneCards, 'text/vcard');
  await exchange.importRow('Tessa Dijkstra').locator('.check').click();
  await page.keyboard.press('Escape');
  await expect(ask).toContainText('Er is nog niets geïmporteerd.');
  await ask.getByRole('button', { name: 'Stoppen' }).click();
  await expect(exchange.importDialog).toBeHidden();
  await expect(page.getByRole('option', { name: /Tessa Dijkstra/ })).toHaveCount(0);
});

test('a primary button that cannot be pressed looks it: not the dark teal of one that can', async ({
  page,
  harness,
}) => {
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await exchange.openImport();
  await exchange.chooseFile('Contacten.vcf', phoneCards, 'text/vcard');
  const look = () =>
    exchange.confirmImport.evaluate((b) => {
      const style = getComputedStyle(b);
      return {
        background: style.backgroundColor,
        color: style.color,
        width: b.getBoundingClientRect().width,
      };
    });
  await expect(exchange.confirmImport).toBeEnabled();
  const enabled = await look();
  await exchange.importDialog.getByRole('button', { name: 'Alles uit' }).click();
  await expect(exchange.confirmImport).toBeDisabled();
  const disabled = await look();
  expect(disabled.background).not.toBe(enabled.background);
  expect(disabled.color).not.toBe(enabled.color);
  // The page's own muted colours, as every disabled button in the app has them.
  const muted = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--muted)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  expect(disabled.color).toBe(muted);
});

test('a CSV whose columns were all guessed says they were recognised, not that the file is unknown', async ({
  page,
  harness,
}) => {
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await exchange.openImport();
  const list =
    'Naam;E-mailadres;Telefoon;Organisatie;Functie\r\n' +
    'Joost Kuipers;joost@example.nl;06-12345678;"Vluchtelingenwerk; regio Midden";Coördinator\r\n';
  await exchange.chooseFile('netwerk-lijst.csv', list);
  const intro = exchange.importDialog.getByTestId('mapping-intro');
  await expect(intro).toHaveText(
    'De kolommen zijn herkend; kijk ze even na en kies Verder. Hieronder zie je de eerste rijen.',
  );
  await expect(exchange.importDialog.getByLabel('Organisatie', { exact: true })).toHaveValue('3');
});

test('a skipped row without a name shows what does identify it: its LinkedIn profile', async ({
  page,
  harness,
}) => {
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await exchange.openImport();
  await exchange.chooseFile('Connections.csv', connections);
  await expect(exchange.count('overgeslagen')).toHaveText('1');
  await expect(exchange.importRow('(zonder naam)')).toContainText(
    'geen naam · https://www.linkedin.com/in/nobody',
  );
});
