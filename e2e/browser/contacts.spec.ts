import { readFile, readdir, writeFile } from 'node:fs/promises';
import { ContactFields } from '../../electron/contract/domain';
import { expect, test } from '../fixtures';

test('a new journal explains what to do, and a first contact can be added', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await expect(page.getByRole('heading', { name: 'Je netwerk is groter dan je denkt' })).toBeVisible();
  // Beside adding one by hand: bringing the whole network in, with which files do that.
  const welcome = page.locator('.welcome');
  await expect(welcome.getByRole('button', { name: 'Importeren' })).toBeVisible();
  await expect(welcome).toContainText(
    'Staat je netwerk al in LinkedIn of je adresboek? Importeer dan in één keer je LinkedIn-export (Connections.csv) of een vCard-bestand (.vcf).',
  );
  await page.getByRole('button', { name: 'Eerste contact toevoegen' }).click();
  await contacts.fill({
    Naam: 'Anna de Vries',
    Organisatie: 'Gemeente Utrecht',
    Functie: 'Beleidsadviseur',
    'E-mail': 'anna@example.nl',
    Kring: 'studie',
    'Warm, lauw of koud?': 'warm',
    Tags: 'overheid, Utrecht',
  });
  await contacts.save();
  await expect(contacts.detailHeading).toHaveText('Anna de Vries');
  await expect(contacts.row('Anna de Vries')).toContainText('Beleidsadviseur · Gemeente Utrecht');
  await expect(page.getByText('#overheid')).toBeVisible();
  await expect(contacts.toast).toContainText('Anna de Vries is opgeslagen.');
  const onDisk = await harness.journalOnDisk();
  expect(onDisk.contacts).toMatchObject([
    { name: 'Anna de Vries', tags: ['overheid', 'Utrecht'], circle: 'studie' },
  ]);
});

test('bad input gets a clear message in Dutch and changes nothing', async ({ page, harness, contacts }) => {
  await harness.open(page);
  await contacts.startNew();
  await contacts.fill({ Naam: '   ', 'E-mail': 'anna@', LinkedIn: 'http://linkedin.com/in/anna' });
  await contacts.save();
  await expect(page.getByText('Vul dit veld in.')).toBeVisible();
  await expect(page.getByText('Dit lijkt geen e-mailadres.', { exact: false })).toBeVisible();
  await expect(page.getByText('Vul een volledige link in die begint met https://')).toBeVisible();
  await expect(contacts.field('Naam')).toBeFocused();
  expect(harness.core.store.data.contacts).toEqual([]);
  // The payload is checked again in core, whatever the renderer sends.
  const refused = await page.evaluate(() =>
    window.netwerkdagboek.contacts.create({ name: 'x'.repeat(201), isAdmin: true } as never),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(harness.core.store.data.contacts).toEqual([]);
});

test('editing a contact changes it in the list, the detail and the file', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await contacts.create({ Naam: 'Bram Jansen', Organisatie: 'Rabobank' });
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await expect(contacts.field('Naam')).toHaveValue('Bram Jansen');
  await contacts.fill({ Organisatie: 'ASML', Notities: 'Wil graag sparren over data-rollen.' });
  await contacts.save();
  await expect(contacts.row('Bram Jansen')).toContainText('ASML');
  await expect(page.getByText('Wil graag sparren over data-rollen.')).toBeVisible();
  expect((await harness.journalOnDisk()).contacts).toMatchObject([
    { name: 'Bram Jansen', organisation: 'ASML' },
  ]);
});

test('Esc asks before throwing away unsaved changes', async ({ page, harness, contacts }) => {
  await harness.open(page);
  await page.keyboard.press('Control+n');
  await contacts.fill({ Naam: 'Half ingevuld' });
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Wijzigingen weggooien?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Verder bewerken' }).click();
  await expect(contacts.field('Naam')).toHaveValue('Half ingevuld');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').getByRole('button', { name: 'Weggooien' }).click();
  await expect(page.getByRole('heading', { name: 'Je netwerk is groter dan je denkt' })).toBeVisible();
});

test('search finds people by name, organisation, tag or note, ignoring accents', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  for (const c of [
    { name: 'Jürgen Müller', organisation: 'Philips' },
    { name: 'Ayşe Çelik', organisation: 'UWV', tags: ['zorg'] },
    { name: 'Ruud van den Berg', notes: 'Kent iedereen bij de provincie' },
  ]) {
    core.contacts.create(ContactFields.parse(c));
  }
  await harness.open(page);
  await expect(contacts.rows).toHaveCount(3);
  await page.keyboard.press('Control+k');
  await expect(contacts.search).toBeFocused();
  await contacts.search.fill('muller');
  await expect(contacts.rows).toHaveCount(1);
  await expect(contacts.rows).toContainText('Jürgen Müller');
  await contacts.search.fill('celik zorg');
  await expect(contacts.rows).toHaveText([/Ayşe Çelik/]);
  await contacts.search.fill('provincie');
  await expect(contacts.rows).toHaveText([/Ruud van den Berg/]);
  await contacts.search.fill('bestaatniet');
  await expect(page.getByRole('heading', { name: 'Niemand gevonden voor ‘bestaatniet’' })).toBeVisible();
  await contacts.search.fill('');
  await expect(contacts.rows).toHaveCount(3);
  // Arrow keys walk the list.
  await contacts.list.focus();
  await page.keyboard.press('ArrowDown');
  await expect(contacts.detailHeading).toHaveText('Ayşe Çelik');
  await page.keyboard.press('ArrowDown');
  await expect(contacts.detailHeading).toHaveText('Jürgen Müller');
});

test('archive, undo, restore and delete (after confirming)', async ({ page, harness, contacts }) => {
  await harness.open(page);
  await contacts.create({ Naam: 'Carla Smit' });
  await contacts.create({ Naam: 'Dirk Peters' });

  await contacts.row('Carla Smit').click();
  await page.getByRole('button', { name: 'Archiveren' }).click();
  await expect(contacts.row('Carla Smit')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(contacts.row('Carla Smit')).toHaveCount(1);

  await page.getByRole('button', { name: 'Archiveren' }).click();
  await page.getByRole('button', { name: /^Archief/ }).click();
  await expect(contacts.rows).toHaveText([/Carla Smit/]);
  await contacts.row('Carla Smit').click();
  await expect(page.getByText('Gearchiveerd', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(page.getByRole('heading', { name: 'Het archief is leeg' })).toBeVisible();
  await page.getByRole('button', { name: 'Actief' }).click();

  await contacts.row('Dirk Peters').click();
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dirk Peters verwijderen?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(contacts.row('Dirk Peters')).toHaveCount(1);
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(contacts.row('Dirk Peters')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Kies een contact' })).toBeVisible();
  expect((await harness.journalOnDisk()).contacts.map((c) => [c.name, c.archived])).toEqual([
    ['Carla Smit', false],
  ]);
});

test('closing and reopening on the same file finds everything back', async ({ page, harness, contacts }) => {
  await harness.open(page);
  await contacts.create({ Naam: 'Eva Visser', Organisatie: 'KPN', 'Laatste contact': '2026-10-14' });
  await contacts.startNew();
  await contacts.fill({ Naam: 'Frank de Boer', 'Verwezen door': 'eva' });
  await page
    .locator('#contact-field-introducedById-options')
    .getByRole('option', { name: /Eva Visser/ })
    .click();
  await contacts.save();
  await harness.reopen(page);
  await expect(contacts.rows).toHaveCount(2);
  await contacts.row('Frank de Boer').click();
  await page.getByRole('button', { name: 'Eva Visser' }).click();
  await expect(contacts.detailHeading).toHaveText('Eva Visser');
  await expect(page.getByText('14 okt 2026')).toBeVisible();
});

test('a damaged journal is set aside with a message, and the original is kept', async ({
  page,
  harness,
  contacts,
}) => {
  const damaged = '{"schemaVersion": 1, "contacts": [{"id": "a", "name": "Gi';
  await writeFile(harness.journalPath, damaged);
  await harness.open(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Je dagboekbestand was beschadigd');
  await expect(alert).toContainText('Er was geen bruikbare reservekopie');
  const aside = (await readdir(harness.dir)).find((f) => f.startsWith('journal.damaged-'));
  expect(aside).toBeDefined();
  await expect(alert).toContainText(aside!);
  expect(await readFile(`${harness.dir}/${aside}`, 'utf8')).toBe(damaged);
  await alert.getByRole('button', { name: 'Toon in map' }).click();
  await expect.poll(() => harness.shown).toEqual([`${harness.dir}/${aside}`]);
  await alert.getByRole('button', { name: 'Begrepen' }).click();
  await expect(alert).toHaveCount(0);
  // The app works on: a new contact goes into a fresh journal, the damaged file stays as it was.
  await contacts.create({ Naam: 'Hanna Bos' });
  expect((await harness.journalOnDisk()).contacts).toHaveLength(1);
  expect(await readFile(`${harness.dir}/${aside}`, 'utf8')).toBe(damaged);
});

test('a journal from a newer version is left untouched and changes are refused', async ({
  page,
  harness,
  contacts,
}) => {
  const future = JSON.stringify({ schemaVersion: 99, contacts: [] });
  await writeFile(harness.journalPath, future);
  await harness.open(page);
  await expect(page.getByRole('alert')).toContainText('nieuwere versie van Netwerkdagboek');
  await contacts.startNew();
  await contacts.fill({ Naam: 'Iris' });
  await contacts.save();
  await expect(contacts.toast).toContainText('deze wijziging is niet bewaard');
  expect(await readFile(harness.journalPath, 'utf8')).toBe(future);
});

test('links leave the app only through the system, after checking', async ({ page, harness, contacts }) => {
  await harness.open(page);
  await contacts.create({
    Naam: 'Joost',
    'E-mail': 'joost@example.nl',
    LinkedIn: 'https://www.linkedin.com/in/joost',
  });
  await page.getByRole('link', { name: 'joost@example.nl' }).click();
  await page.getByRole('link', { name: 'linkedin.com/in/joost' }).click();
  await expect
    .poll(() => harness.opened)
    .toEqual(['mailto:joost@example.nl', 'https://www.linkedin.com/in/joost']);
  await expect(page).toHaveURL(/netwerkdagboek\.test\/index\.html$/);
  const refused = await page.evaluate(() =>
    window.netwerkdagboek.shell.openExternal({ url: 'file:///etc/passwd' }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'link_not_allowed' } });
  expect(harness.opened).toHaveLength(2);
});

test('the language follows the system on first run and can be switched in Instellingen', async ({
  page,
  harness,
}) => {
  await harness.open(page);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByTestId('journal-path')).toHaveText(harness.journalPath);
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Contacts' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await harness.reopen(page);
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Settings' })).toBeVisible();
});

test('the journal can be moved to another file, and the app keeps saving there', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await contacts.create({ Naam: 'Karin Mulder' });
  await contacts.nav(/Instellingen/);
  harness.nextJournalLocation = `${harness.dir}/Documenten/netwerk.json`;
  await page.getByRole('button', { name: 'Verplaatsen…' }).click();
  await expect(contacts.toast).toContainText('Je dagboek staat nu in');
  await expect(page.getByTestId('journal-path')).toHaveText(`${harness.dir}/Documenten/netwerk.json`);
  // Another file already at the chosen place is never overwritten.
  harness.nextJournalLocation = harness.journalPath;
  await page.getByRole('button', { name: 'Verplaatsen…' }).click();
  await expect(contacts.toast).toContainText('Daar staat al een bestand');
  await contacts.nav(/Contacten/);
  await contacts.create({ Naam: 'Lars Dekker' });
  await harness.core.store.flush();
  const moved = JSON.parse(await readFile(`${harness.dir}/Documenten/netwerk.json`, 'utf8'));
  expect(moved.contacts.map((c: { name: string }) => c.name)).toEqual(['Karin Mulder', 'Lars Dekker']);
  await harness.reopen(page);
  await expect(contacts.rows).toHaveText([/Karin Mulder/, /Lars Dekker/]);
  expect(harness.core.store.path).toBe(`${harness.dir}/Documenten/netwerk.json`);
});

test('5,000 contacts: only the rows in view are in the DOM, and scrolling reaches the end', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  for (let i = 0; i < 5_000; i++) {
    core.contacts.create(ContactFields.parse({ name: `Contact ${String(i).padStart(4, '0')}` }));
  }
  await harness.open(page);
  // This test is about which rows are in the DOM, not about speed (the timing project's large-lists
  // spec holds the limits): on a busy 2-core machine the harness took over 5 s to show 5,000 contacts
  // the first time, three times in two days, so the first look may wait longer.
  await expect(contacts.count).toHaveText('5.000 contacten', { timeout: 20_000 });
  await expect(contacts.rows.first()).toContainText('Contact 0000');
  expect(await contacts.rows.count()).toBeLessThan(200);
  await contacts.list.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(contacts.row('Contact 4999')).toBeVisible();
  expect(await contacts.rows.count()).toBeLessThan(200);
});

test('an e-mail address with letters beyond ASCII (zoë.devries@voorbeeld.nl) is taken and kept as typed', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await page.getByRole('button', { name: 'Eerste contact toevoegen' }).click();
  await contacts.fill({ Naam: 'Zoë de Vries', 'E-mail': 'zoë.devries@voorbeeld.nl' });
  await contacts.save();
  await expect(contacts.detailHeading).toHaveText('Zoë de Vries');
  await expect(contacts.toast).toContainText('Zoë de Vries is opgeslagen.');
  await expect(page.getByRole('link', { name: 'zoë.devries@voorbeeld.nl' })).toBeVisible();
  const onDisk = (await harness.journalOnDisk()) as unknown as { contacts: { email: string }[] };
  expect(onDisk.contacts).toMatchObject([{ email: 'zoë.devries@voorbeeld.nl' }]);
});
