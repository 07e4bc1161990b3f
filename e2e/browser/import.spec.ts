import { expect, test } from '../fixtures';
import { clubList, connections } from '../import-files';
import { ExchangePage } from '../pages/exchange-page';

/** Issue 12, importing: a file through the dialog, the preview, confirming, undo, and bad files. */

type OnDisk = { name: string; organisation: string; role: string; strength: string | null };

test('a LinkedIn export through the file chooser: preview, confirm, the people are there, undo, and a second import adds none', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  // Already in the journal, with the profile link written with a trailing slash.
  await core.dispatch('contacts:create', {
    name: 'Anna de Vries',
    linkedin: 'https://www.linkedin.com/in/annadevries/',
    notes: 'Kent iedereen bij de gemeente.',
  });
  await harness.open(page);
  const exchange = new ExchangePage(page);

  await exchange.openImport();
  await expect(exchange.importDialog.getByRole('button', { name: 'Kies een bestand…' })).toBeFocused();
  await exchange.chooseFile('Connections.csv', connections);
  await expect(
    exchange.importDialog.getByRole('heading', { name: 'Dit komt er binnen uit ‘Connections.csv’' }),
  ).toBeVisible();
  await expect(exchange.count('nieuw')).toHaveText('2');
  await expect(exchange.count('bijwerken')).toHaveText('1');
  await expect(exchange.count('aanwezig')).toHaveText('0');
  await expect(exchange.count('overgeslagen')).toHaveText('1');
  await expect(exchange.importRow('Anna de Vries')).toContainText('zelfde LinkedIn-profiel');
  await expect(exchange.importRow('Anna de Vries')).toContainText('Vult aan:');
  await expect(exchange.importRows.filter({ hasText: 'geen naam' })).toHaveCount(1);
  // Nothing is stored before the person confirms.
  expect((await harness.journalOnDisk()).contacts).toHaveLength(1);

  await expect(exchange.confirmImport).toHaveText('3 contacten importeren');
  await exchange.confirmImport.click();
  await expect(exchange.importDialog).toBeHidden();
  await expect(contacts.toast).toContainText('Geïmporteerd en opgeslagen: 2 nieuw, 1 bijgewerkt.');
  await expect(contacts.row('Bram Jansen')).toContainText('Data-analist · Rabobank, Utrecht');
  await expect(contacts.row('Carla Smit')).toBeVisible();
  let onDisk = (await harness.journalOnDisk()).contacts as unknown as OnDisk[];
  expect(onDisk.map((c) => c.name).sort()).toEqual(['Anna de Vries', 'Bram Jansen', 'Carla Smit']);
  // Filled in, never overwritten.
  expect(onDisk.find((c) => c.name === 'Anna de Vries')).toMatchObject({
    organisation: 'Gemeente Utrecht',
    notes: 'Kent iedereen bij de gemeente.',
  });
  // And the pass to sort the new people in is offered.
  await expect(exchange.unsorted).toContainText('Wil je dat nu invullen?');

  // Undo takes the whole import back, Anna's filled-in fields included.
  await contacts.toast.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(contacts.toast).toContainText('De import is ongedaan gemaakt.');
  await expect(contacts.row('Bram Jansen')).toHaveCount(0);
  onDisk = (await harness.journalOnDisk()).contacts as unknown as OnDisk[];
  expect(onDisk).toMatchObject([{ name: 'Anna de Vries', organisation: '' }]);

  // Imported again, and then once more: the second time nothing is new.
  await exchange.openImport();
  await exchange.chooseFile('Connections.csv', connections);
  await exchange.confirmImport.click();
  await expect(contacts.toast).toContainText('2 nieuw, 1 bijgewerkt');
  await exchange.openImport();
  await exchange.chooseFile('Connections.csv', connections);
  await expect(exchange.count('aanwezig')).toHaveText('3');
  await expect(exchange.count('nieuw')).toHaveText('0');
  await expect(exchange.confirmImport).toBeDisabled();
  await expect(exchange.confirmImport).toHaveText('Iedereen staat er al in');
  // Nothing would be lost: Esc closes without asking.
  await page.keyboard.press('Escape');
  await expect(exchange.importDialog).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Import stoppen?' })).toHaveCount(0);
  expect((await harness.journalOnDisk()).contacts).toHaveLength(3);
});

test('rows can be left out one by one and all at once; Enter confirms', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await page.getByRole('button', { name: 'Importeren' }).last().click();
  await exchange.chooseFile('Connections.csv', connections);
  await expect(exchange.confirmImport).toHaveText('3 contacten importeren');
  await exchange.importRow('Carla Smit').locator('.check').click();
  await expect(exchange.importRow('Carla Smit')).toHaveAttribute('aria-checked', 'false');
  await expect(exchange.confirmImport).toHaveText('2 contacten importeren');
  await exchange.importDialog.getByRole('button', { name: 'Alles uit' }).click();
  await expect(exchange.confirmImport).toBeDisabled();
  await expect(exchange.confirmImport).toHaveText('Er is niets gekozen om te importeren.');
  // Everyone left out is a choice the person made: Esc asks before letting it go.
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Import stoppen?' });
  await ask.getByRole('button', { name: 'Verder met importeren' }).click();
  await expect(ask).toBeHidden();
  await exchange.importDialog.getByRole('button', { name: 'Alles aan' }).click();
  await expect(exchange.confirmImport).toHaveText('3 contacten importeren');
  // By keyboard: in the list (still on Carla, clicked above), one up to Bram, Space unticks him.
  await exchange.importDialog.getByRole('listbox').focus();
  await page.keyboard.press('ArrowUp');
  await expect(exchange.importRow('Bram Jansen')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press(' ');
  await expect(exchange.importRow('Bram Jansen')).toHaveAttribute('aria-checked', 'false');
  await expect(exchange.confirmImport).toHaveText('2 contacten importeren');
  await page.keyboard.press('Enter');
  await expect(exchange.importDialog).toBeHidden();
  await expect(contacts.toast).toContainText('Geïmporteerd en opgeslagen: 2 nieuw');
  const onDisk = (await harness.journalOnDisk()).contacts.map((c) => c.name);
  expect(onDisk.sort()).toEqual(['Anna de Vries', 'Carla Smit']);
});

test('a file dropped onto the window opens the import with it', async ({ page, harness }) => {
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await exchange.dropFile('Connections.csv', connections);
  await expect(exchange.importDialog).toBeVisible();
  await expect(exchange.count('nieuw')).toHaveText('3');
  expect(harness.core.store.data.contacts).toHaveLength(0);
});

test('too big a file is refused before it is read, and a file that is no list of people says so; nothing changes', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  await core.dispatch('contacts:create', { name: 'Anna de Vries' });
  await harness.open(page);
  const exchange = new ExchangePage(page);
  const before = JSON.stringify(await harness.journalOnDisk());

  await exchange.openImport();
  await exchange.chooseFile('Connections.csv', Buffer.alloc(21 * 1024 * 1024, 'a'));
  await expect(exchange.importProblem).toHaveText(
    'Dit bestand is 21 MB groot; de app leest bestanden tot 20 MB. Er is niets ingelezen. Exporteer een kleiner deel, of splits het bestand.',
  );
  // A PNG renamed to .csv: core reads the bytes and refuses them.
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await exchange.chooseFile('Connections.csv', png, 'text/csv');
  // Core's own sentence: what kind of file it is and what to choose instead, not the size check's.
  await expect(exchange.importProblem).toHaveText(
    'Dit is geen tekstbestand maar bijvoorbeeld een afbeelding, pdf of Excel-bestand. Sla je contacten op als CSV of vCard (.vcf) en kies dat bestand.',
  );
  await expect(exchange.importDialog.getByRole('button', { name: 'Kies een bestand…' })).toBeEnabled();
  // Nothing was half done: Esc closes without asking.
  await page.keyboard.press('Escape');
  await expect(exchange.importDialog).toBeHidden();
  expect(JSON.stringify(await harness.journalOnDisk())).toBe(before);
});

test('any other CSV is imported by choosing its columns, with the first rows shown', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Instellingen' }).click();
  await page
    .getByRole('region', { name: 'Contacten importeren' })
    .getByRole('button', { name: 'Importeren' })
    .click();
  await exchange.chooseFile('leden.csv', clubList);
  await expect(exchange.importDialog.getByRole('heading', { name: 'Welke kolom is wat?' })).toBeVisible();
  await expect(exchange.importDialog.getByRole('region', { name: 'De eerste rijen' })).toContainText(
    'Hockeyclub Utrecht',
  );
  await expect(exchange.importDialog).toContainText(
    // Wie and Post were guessed, Club was not: neither "unknown" nor "recognised".
    'Een deel van de kolommen is herkend. Kijk ze na en kies voor de rest uit welke kolom elk gegeven komt; hieronder zie je de eerste rijen.',
  );
  const field = (label: string) => exchange.importDialog.getByLabel(label, { exact: true });
  // Guessed from the Dutch header (Wie) and from what the cells hold (Post holds addresses).
  await expect(field('Naam')).toHaveValue('0');
  await expect(field('E-mail')).toHaveValue('2');
  const needsName = exchange.importDialog.getByText(
    'Kies de kolom met de naam, of die met de voor- en achternaam.',
  );
  await expect(needsName).toHaveCount(0);
  // Told only once the name is gone, and again when going on without one; focus goes to the name.
  await field('Naam').selectOption({ label: 'Niet importeren' });
  await expect(needsName).toBeVisible();
  await expect(field('Naam')).toHaveAttribute('aria-invalid', 'true');
  await field('E-mail').focus();
  await exchange.importDialog.getByRole('button', { name: 'Verder' }).click();
  await expect(field('Naam')).toBeFocused();
  await expect(exchange.importDialog.getByRole('heading', { name: 'Welke kolom is wat?' })).toBeVisible();
  await field('Naam').selectOption({ label: 'Wie' });
  await expect(needsName).toHaveCount(0);
  await field('Organisatie').selectOption({ label: 'Club' });
  await exchange.importDialog.getByRole('button', { name: 'Verder' }).click();
  await expect(exchange.count('nieuw')).toHaveText('2');
  await exchange.confirmImport.click();
  await expect(contacts.row('Joost Kuipers')).toContainText('Hockeyclub Utrecht');
  expect((await harness.journalOnDisk()).contacts).toMatchObject([
    { name: 'Joost Kuipers', organisation: 'Hockeyclub Utrecht', email: 'joost@example.nl' },
    { name: 'Marieke Bos', organisation: 'Koor' },
  ]);
});
