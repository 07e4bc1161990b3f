import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContactFields } from '../../electron/contract/domain';
import { decodeJournal } from '../../electron/core/journal/journal-file';
import { emptyJournal } from '../../electron/core/journal/journal-store';
import { expect, test } from '../fixtures';

const at = '2026-11-01T10:00:00.000Z';
const contact = (id: string, name: string, more: Record<string, unknown> = {}) => ({
  id,
  ...ContactFields.parse({ name }),
  archived: false,
  importedAt: null,
  createdAt: at,
  updatedAt: at,
  ...more,
});
/** A journal of twenty people, as the app writes it, with two of them broken by hand. */
function twentyWithTwoBad() {
  const contacts: unknown[] = [];
  for (let i = 0; i < 20; i++) contacts.push(contact(`c${i}`, `Persoon ${String(i).padStart(2, '0')}`));
  contacts[3] = contact('c3', 'Jan Smit', { email: 'jan@@example' });
  contacts[7] = contact('c7', 'Tess Vos', { tags: ['x'.repeat(41)] });
  return { ...emptyJournal(), contacts };
}

test('two bad contacts are set aside, the other 18 open; one is fixed and put back, the other thrown away', async ({
  page,
  harness,
  contacts,
}, testInfo) => {
  const original = JSON.stringify(twentyWithTwoBad(), null, 2);
  await writeFile(harness.journalPath, original);
  await harness.open(page);

  const report = page.getByRole('alert').filter({ hasText: 'niet alles kon worden gebruikt' });
  const kept = (await readdir(harness.dir)).find((f) => f.startsWith('journal.before-repair-'));
  expect(kept).toBeDefined();
  await expect(report).toContainText(kept!);
  expect(await readFile(join(harness.dir, kept!), 'utf8')).toBe(original);
  await expect(contacts.count).toHaveText('18 contacten');
  await expect(contacts.row('Jan Smit')).toHaveCount(0);

  const shelf = page.getByRole('region', { name: '2 items apart gezet, die je zelf kunt herstellen' });
  const jan = shelf.getByRole('article', { name: 'Contact Jan Smit' });
  await expect(jan).toContainText('email: Dit lijkt geen e-mailadres.');
  await expect(shelf.getByRole('article', { name: 'Contact Tess Vos' })).toContainText(
    'tags.0: Deze tekst is te lang.',
  );
  await page.screenshot({ path: testInfo.outputPath('set-aside-nl.png'), fullPage: true });

  await jan.getByText('Tekst bekijken, aanpassen of weggooien').click();
  await page.screenshot({ path: testInfo.outputPath('set-aside-open-nl.png'), fullPage: true });
  await jan.getByRole('button', { name: 'Tekst kopiëren' }).click();
  await expect(contacts.toast).toContainText('De tekst staat op het klembord.');

  // A fix that is still wrong: core checks it with the same schema, says which field, changes nothing.
  const text = jan.getByRole('textbox', { name: 'Tekst van Contact Jan Smit' });
  await text.fill((await text.inputValue()).replace('jan@@example', 'jan@@example.nl'));
  await jan.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(jan.getByRole('alert')).toContainText('Dit item klopt nog niet, dus het is niet teruggezet.');
  await expect(jan.getByRole('alert')).toContainText('email: Dit lijkt geen e-mailadres.');
  await expect(contacts.count).toHaveText('18 contacten');

  await text.fill((await text.inputValue()).replace('jan@@example.nl', 'jan@example.nl'));
  await jan.getByRole('button', { name: 'Terugzetten' }).click();
  await expect(contacts.toast).toContainText('Teruggezet in je dagboek.');
  await expect(contacts.count).toHaveText('19 contacten');
  await contacts.search.fill('Jan');
  await expect(contacts.row('Jan Smit')).toHaveCount(1);
  await expect(page.getByRole('region', { name: /1 item apart gezet/ })).toBeVisible();

  const tess = page.getByRole('article', { name: 'Contact Tess Vos' });
  await tess.getByText('Tekst bekijken, aanpassen of weggooien').click();
  await tess.getByRole('button', { name: 'Weggooien' }).click();
  const confirm = page.getByRole('dialog', { name: 'Dit item weggooien?' });
  await expect(confirm).toContainText('‘Contact Tess Vos’ verdwijnt dan voorgoed');
  await confirm.getByRole('button', { name: 'Bewaren' }).click();
  await expect(tess).toBeVisible();
  await tess.getByRole('button', { name: 'Weggooien' }).click();
  await confirm.getByRole('button', { name: 'Weggooien' }).click();
  await expect(page.getByRole('region', { name: /apart gezet/ })).toHaveCount(0);

  await harness.core.store.flush();
  const onDisk = decodeJournal(await readFile(harness.journalPath)).journal;
  expect(onDisk.contacts).toHaveLength(19);
  expect(onDisk.contacts.find((c) => c.id === 'c3')?.email).toBe('jan@example.nl');
  expect(onDisk.setAside).toEqual([]);
  // The original stays as it was, whatever was decided.
  expect(await readFile(join(harness.dir, kept!), 'utf8')).toBe(original);
});

test('the same notice in English', async ({ page, contacts }, testInfo) => {
  const { Harness } = await import('../harness');
  const english = await Harness.create({ systemLanguages: ['en-GB'] });
  try {
    await writeFile(english.journalPath, JSON.stringify(twentyWithTwoBad()));
    await english.open(page);
    const shelf = page.getByRole('region', { name: '2 items set aside, for you to repair' });
    await expect(shelf.getByRole('article', { name: 'Contact Jan Smit' })).toContainText(
      'email: This does not look like an email address.',
    );
    await shelf.getByText('View, edit or throw away the text').first().click();
    await expect(shelf.getByRole('button', { name: 'Put back' })).toHaveCount(1);
    await expect(contacts.count).toHaveText('18 contacts');
    await page.screenshot({ path: testInfo.outputPath('set-aside-en.png'), fullPage: true });
  } finally {
    await english.dispose();
  }
});

test('a chosen journal that is not there (a USB stick): no empty journal, but choices; try again once it is back', async ({
  page,
  harness,
  contacts,
}, testInfo) => {
  const stick = join(harness.dir, 'usb', 'Netwerk', 'journal.json');
  harness.settings().update({ journalPath: stick });
  await harness.open(page);

  const notice = page.getByRole('alert').filter({ hasText: 'Je dagboek is niet gevonden' });
  await expect(notice).toContainText(stick);
  await expect(notice).toContainText('De app begint niet op eigen houtje een nieuw, leeg dagboek.');
  const choices = notice.getByRole('group', { name: 'Wat wil je doen?' }).getByRole('button');
  await expect(choices).toHaveText([
    'Opnieuw proberen',
    'Bestand kiezen…',
    'Nieuw dagboek op een andere plek…',
  ]);
  await page.screenshot({ path: testInfo.outputPath('missing-nl.png'), fullPage: true });
  // Nothing was made where the stick belongs.
  expect((await readdir(harness.dir)).filter((f) => f !== 'settings')).toEqual([]);

  // Trying again while it is still not there changes nothing.
  await notice.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(notice).toBeVisible();

  await mkdir(join(harness.dir, 'usb', 'Netwerk'), { recursive: true });
  await writeFile(stick, JSON.stringify({ ...emptyJournal(), contacts: [contact('a', 'Anna Bakker')] }));
  await notice.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(contacts.row('Anna Bakker')).toHaveCount(1);
  await expect(notice).toHaveCount(0);
  await contacts.create({ Naam: 'Bram de Boer' });
  await harness.core.store.flush();
  expect(decodeJournal(await readFile(stick)).journal.contacts.map((c) => c.name)).toEqual([
    'Anna Bakker',
    'Bram de Boer',
  ]);
});

test('a chosen journal that is not there: choose the file elsewhere, or start a new one elsewhere', async ({
  page,
  harness,
  contacts,
}) => {
  harness.settings().update({ journalPath: join(harness.dir, 'weg', 'journal.json') });
  const found = join(harness.dir, 'gevonden.json');
  await writeFile(found, JSON.stringify({ ...emptyJournal(), contacts: [contact('a', 'Chris Kok')] }));
  await harness.open(page);
  const notice = page.getByRole('alert').filter({ hasText: 'Je dagboek is niet gevonden' });

  harness.nextJournalFile = found;
  await notice.getByRole('button', { name: 'Bestand kiezen…' }).click();
  await expect(contacts.row('Chris Kok')).toHaveCount(1);
  await expect(notice).toHaveCount(0);
  expect(harness.settings().get().journalPath).toBe(found);

  // Later the file is gone too; this time a new journal is started elsewhere.
  await harness.reopenWithout(found, page);
  const fresh = join(harness.dir, 'nieuw', 'dagboek.json');
  harness.nextJournalLocation = fresh;
  await page.getByRole('button', { name: 'Nieuw dagboek op een andere plek…' }).click();
  // The page loads anew on the new journal: the notice is gone (the empty welcome was there before too).
  await expect(page.getByRole('alert').filter({ hasText: 'Je dagboek is niet gevonden' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Je netwerk is groter dan je denkt' })).toBeVisible();
  await contacts.create({ Naam: 'Dewi Sas' });
  await harness.core.store.flush();
  expect(decodeJournal(await readFile(fresh)).journal.contacts.map((c) => c.name)).toEqual(['Dewi Sas']);
  expect(harness.settings().get().journalPath).toBe(fresh);
});
