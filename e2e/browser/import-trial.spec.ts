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
  await expect(question.getByRole('radio', { name: 'Nee, apart toevoegen' })).toHaveAttribute(
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

for (const [language, words] of [
  [
    'nl',
    {
      like: 'Lijkt op Bram Jansen · Rabobank, Utrecht',
      kept: 'Aanvullen: organisatie blijft',
      filled: 'Aanvullen: organisatie wordt Deloitte',
      chosen: 'Wordt toegevoegd aan Tessa Dijkstra',
      apart: 'Apart toevoegen',
      fill: 'Aanvullen',
      done: '1 nieuw, 1 bijgewerkt',
    },
  ],
  [
    'en',
    {
      like: 'Looks like Bram Jansen · Rabobank, Utrecht',
      kept: 'Fill in: organisation stays',
      filled: 'Fill in: organisation becomes Deloitte',
      chosen: 'Will be added to Tessa Dijkstra',
      apart: 'Add separately',
      fill: 'Fill in',
      done: '1 new, 1 updated',
    },
  ],
] as const) {
  test(`in ${language}, a look-alike row shows its choice without being opened, and whether filling in changes the organisation`, async ({
    page,
    harness,
    contacts,
  }, testInfo) => {
    const core = await harness.startCore();
    await core.dispatch('settings:update', { language });
    await core.dispatch('contacts:create', { name: 'Bram Jansen', organisation: 'Rabobank, Utrecht' });
    await core.dispatch('contacts:create', { name: 'Tessa Dijkstra' });
    await harness.open(page);
    const exchange = new ExchangePage(page);
    await exchange.openImport();
    await exchange.chooseFile(
      'Contacten.vcf',
      phoneCards.replace('FN:Tessa', 'ORG:Deloitte\r\nFN:Tessa'),
      'text/vcard',
    );
    const bram = exchange.importRow('Bram Jansen');
    const tessa = exchange.importRow('Tessa Dijkstra');
    await expect(bram).toContainText(words.like);
    // Whether filling in would change the organisation: only an empty one is ever filled.
    await expect(bram.getByTestId('import-row-after')).toHaveText(words.kept);
    await expect(tessa.getByTestId('import-row-after')).toHaveText(words.filled);
    for (const row of [bram, tessa])
      await expect(row.getByTestId('import-row-after')).toBeInViewport({ ratio: 1 });
    // The option says it too, for a screen reader (the two halves of the choice are hidden from it).
    await expect(tessa).toHaveAccessibleName(new RegExp(words.filled));
    // In the row itself, no row opened: a new contact unless the person picks otherwise.
    const choice = (row: typeof bram, which: string) =>
      row.getByTestId('import-row-choice').locator('span', { hasText: which });
    for (const row of [bram, tessa]) {
      await expect(choice(row, words.apart)).toBeVisible();
      await expect(choice(row, words.apart)).toHaveClass(/\bon\b/);
      await expect(choice(row, words.fill)).not.toHaveClass(/\bon\b/);
    }
    await expect(exchange.importDialog.getByTestId('import-lookalike')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath(`lookalike-rows-${language}.png`) });

    await choice(tessa, words.fill).click();
    await expect(tessa).toContainText(words.chosen);
    await expect(tessa.getByTestId('import-row-after')).toHaveText(words.filled);
    await expect(choice(tessa, words.fill)).toHaveClass(/\bon\b/);
    // The question under the list (for the keyboard) says the same.
    await expect(
      exchange.importDialog.getByTestId('import-lookalike').getByRole('radio', { checked: true }),
    ).toHaveText(language === 'nl' ? 'Ja, aanvullen bij Tessa Dijkstra' : 'Yes, fill in Tessa Dijkstra');
    await page.screenshot({ path: testInfo.outputPath(`lookalike-chosen-${language}.png`) });
    await exchange.confirmImport.click();
    await expect(contacts.toast).toContainText(words.done);
    const onDisk = (await harness.journalOnDisk()).contacts;
    expect(onDisk.filter((c) => c.name === 'Tessa Dijkstra')).toMatchObject([{ organisation: 'Deloitte' }]);
    expect(onDisk.filter((c) => c.name === 'Bram Jansen')).toHaveLength(2);
  });
}
