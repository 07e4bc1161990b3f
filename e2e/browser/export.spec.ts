/**
 * Export, backups and restore (issue 12), as a person does them in Instellingen and Contacten: each file
 * is checked on disk and read back with the libraries calendar and address-book apps are built on; a
 * backup is restored and the older journal is back, with the journal as it was kept aside and named.
 */
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { ContactFields, type Contact, type Journal } from '../../electron/contract/domain';
import { decodeJournal } from '../../electron/core/journal/journal-file';
import { emptyJournal } from '../../electron/core/journal/journal-store';
import { serializeJournal } from '../../electron/core/journal/serialize';
import { expect, onFixedClock } from '../fixtures';
import type { Harness } from '../harness';
import { ExportPage } from '../pages/export-page';

const test = onFixedClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

const at = '2026-11-01T10:00:00.000Z';
const contact = (id: string, name: string): Contact => ({
  id,
  ...ContactFields.parse({ name }),
  archived: false,
  importedAt: null,
  createdAt: at,
  updatedAt: at,
});
const journalOf = (...names: string[]): Journal => ({
  ...emptyJournal(),
  contacts: names.map((name, i) => contact(`c${i}`, name)),
});

async function created(harness: Harness, channel: string, payload: unknown): Promise<string> {
  const result = await harness.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return (result.data as { id: string }).id;
}

const toast = (page: Page) => page.getByRole('status');

test('each format exported from Instellingen is on disk as asked and reads back', async ({
  page,
  harness,
}) => {
  await harness.startCore();
  const zoe = await created(harness, 'contacts:create', {
    name: 'Zoë Çelik-de Vries',
    organisation: 'Gemeente Utrecht',
    email: 'zoe@utrecht.nl',
    phone: '+31 6 1234 5678',
    tags: ['overheid', 'koffie'],
    notes: '=HYPERLINK("https://evil.example")',
  });
  await created(harness, 'contacts:create', { name: 'Sjoerd van der Meer', organisation: 'Jansen; Bakker' });
  // After the clocks go forward in spring: 10:00 is 08:00 UTC then, not 09:00.
  await created(harness, 'conversations:create', { contactId: zoe, date: '2027-03-29', time: '10:00' });
  await created(harness, 'reminders:create', {
    title: 'Cv sturen naar Zoë',
    date: '2026-11-30',
    time: '09:00',
  });
  await harness.open(page);
  const exports = new ExportPage(page);
  await exports.openSettings();
  const out = join(harness.dir, 'Documenten');
  await mkdir(out);

  const files = { csv: 'netwerk.csv', vcard: 'netwerk.vcf', ics: 'agenda.ics', json: 'alles.json' } as const;
  const said = {
    csv: '2 contacten opgeslagen in',
    vcard: '2 contacten opgeslagen in',
    ics: /\d+ afspraken opgeslagen in/,
    // What the file is, in plain words; not a count of records nobody can check.
    json: 'Je hele dagboek (JSON) opgeslagen in',
  };
  for (const format of ['csv', 'vcard', 'ics', 'json'] as const) {
    harness.nextExportLocation = join(out, files[format]);
    await exports.exportButton(format).click();
    await expect(toast(page)).toContainText(said[format]);
    await expect(toast(page)).toContainText(join(out, files[format]));
  }
  expect(harness.exportsAsked.map((a) => a.suggestedName)).toEqual([
    'netwerkdagboek-contacten-2026-11-23.csv',
    'netwerkdagboek-contacten-2026-11-23.vcf',
    'netwerkdagboek-agenda-2026-11-23.ics',
    'netwerkdagboek-dagboek-export-2026-11-23.json',
  ]);

  // CSV: a byte-order mark for Excel, one row per contact, ';' for Dutch Excel, the formula made harmless.
  const csvBytes = await readFile(join(out, files.csv));
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<string[]>(csvBytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
  expect(rows.map((r) => r[0])).toEqual(['Naam', 'Sjoerd van der Meer', 'Zoë Çelik-de Vries']);
  expect(rows[2]).toContain(`'=HYPERLINK("https://evil.example")`);
  expect(rows[2]).toContain('overheid, koffie');
  expect(csvBytes.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFFNaam;Organisatie;/);

  // vCard 4.0, as an address book reads it.
  const vcf = await readFile(join(out, files.vcard), 'utf8');
  const cards = (ICAL.parse(vcf) as unknown[]).map((jcard) => new ICAL.Component(jcard as never));
  expect(cards.map((c) => c.getFirstPropertyValue('version'))).toEqual(['4.0', '4.0']);
  expect(cards.map((c) => c.getFirstPropertyValue('fn'))).toEqual([
    'Sjoerd van der Meer',
    'Zoë Çelik-de Vries',
  ]);
  expect(cards[0]!.getFirstProperty('org')!.getValues()).toEqual(['Jansen; Bakker']);
  expect(cards[1]!.getFirstPropertyValue('email')).toBe('zoe@utrecht.nl');

  // iCalendar: wall times with their zone, a VTIMEZONE, an alarm on every event.
  const ics = await readFile(join(out, files.ics), 'utf8');
  expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20270329T100000');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  const conversation = events.find((e) => e.summary === 'Netwerkgesprek met Zoë Çelik-de Vries')!;
  expect(conversation.startDate.toJSDate().toISOString()).toBe('2027-03-29T08:00:00.000Z');
  const reminder = events.find((e) => e.summary === 'Cv sturen naar Zoë')!;
  expect(reminder.startDate.toJSDate().toISOString()).toBe('2026-11-30T08:00:00.000Z');
  for (const e of events) expect(e.component.getFirstSubcomponent('valarm')).not.toBeNull();

  // The full export is the journal, record for record.
  await harness.core.store.flush();
  expect(decodeJournal(await readFile(join(out, files.json))).journal).toEqual(harness.core.store.data);
});

test('Contacten’s Exporteren menu saves the contacts for an address book; cancelling saves nothing', async ({
  page,
  harness,
}) => {
  await writeFile(harness.journalPath, serializeJournal(journalOf('Anna Bakker', 'Bram de Wit')));
  await harness.open(page);
  const exports = new ExportPage(page);
  const menu = page.getByRole('menu', { name: 'Contacten exporteren' });

  // Cancelled in the save dialog: no file, no toast.
  harness.nextExportLocation = null;
  await exports.contactsMenu.click();
  await menu.getByRole('menuitem', { name: 'Voor Excel (CSV)…' }).click();
  await expect.poll(() => harness.exportsAsked.length).toBe(1);
  // The answer is in once the menu button works again; the toast said nothing.
  await expect(exports.contactsMenu).toBeEnabled();
  await expect(toast(page)).toHaveText('');
  expect((await readdir(harness.dir)).some((f) => f.endsWith('.csv'))).toBe(false);

  // By keyboard: down into the menu, down to vCard, Enter.
  const target = join(harness.dir, 'adresboek.vcf');
  harness.nextExportLocation = target;
  await exports.contactsMenu.focus();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Voor Excel (CSV)…' })).toBeFocused();
  // Home and End as in every menu of the app (one shared menu button, like "Later" on a reminder).
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Voor je adresboek (vCard)…' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(menu.getByRole('menuitem', { name: 'Voor Excel (CSV)…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(toast(page)).toContainText(`2 contacten opgeslagen in ${target}`);
  await expect(exports.contactsMenu).toBeFocused();
  expect(harness.exportsAsked[1]).toEqual({
    suggestedName: 'netwerkdagboek-contacten-2026-11-23.vcf',
    format: 'vcard',
  });
  expect((await readFile(target, 'utf8')).match(/BEGIN:VCARD/g)).toHaveLength(2);
});

test('an empty journal exports no empty file: the app says there is nothing yet, and asks nothing', async ({
  page,
  harness,
}) => {
  await harness.open(page);
  const exports = new ExportPage(page);
  harness.nextExportLocation = join(harness.dir, 'leeg.csv');

  // Contacten's menu, on the empty list.
  await exports.contactsMenu.click();
  await page.getByRole('menuitem', { name: 'Voor Excel (CSV)…' }).click();
  await expect(toast(page)).toHaveText(
    'Er staan nog geen contacten in je dagboek, dus er is niets om te exporteren. Voeg eerst iemand toe of importeer je netwerk.',
  );

  // Instellingen: the calendar and the address book the same; the full export is the journal itself.
  await exports.openSettings();
  await exports.exportButton('ics').click();
  await expect(toast(page)).toContainText('Er is nog niets voor je agenda');
  await exports.exportButton('vcard').click();
  await expect(toast(page)).toContainText('Er staan nog geen contacten in je dagboek');
  expect(harness.exportsAsked).toEqual([]);
  expect((await readdir(harness.dir)).filter((f) => /\.(csv|vcf|ics)$/.test(f))).toEqual([]);
});

test('a backup is restored after asking: the older journal is back, the journal as it was kept aside and named', async ({
  page,
  harness,
}) => {
  await mkdir(join(harness.dir, 'backups'));
  const older = join(harness.dir, 'backups', 'journal-2026-11-20.json');
  await writeFile(older, serializeJournal(journalOf('Anna Bakker')));
  // Made at 09:15 in Amsterdam that day, by the file's time (as core stamps it on its own clock).
  await utimes(older, new Date('2026-11-20T08:15:00Z'), new Date('2026-11-20T08:15:00Z'));
  const now = serializeJournal(journalOf('Anna Bakker', 'Bram de Wit', 'Chris Jansen'));
  await writeFile(harness.journalPath, now);
  await harness.open(page);
  const exports = new ExportPage(page);
  await exports.openSettings();

  // Today's backup (made at this start, on the test's clock) and the older one, each with when it was
  // made (day and time: two on one day must be told apart) and what it holds.
  await expect(exports.backups).toHaveCount(2);
  await expect(exports.backups.nth(0)).toContainText('23 november, 10:00');
  await expect(exports.backups.nth(0)).toContainText('3 contacten, 0 gesprekken');
  await expect(exports.backup('20 november, 09:15')).toContainText('1 contact, 0 gesprekken');

  // Asked first; "Annuleren" changes nothing.
  await exports
    .backup('20 november')
    .getByRole('button', { name: 'Reservekopie van 20 november, 09:15 terugzetten' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Reservekopie van 20 november, 09:15 terugzetten?' });
  await expect(confirm).toContainText('1 contact, 0 gesprekken');
  await expect(confirm).toContainText('wordt eerst als kopie bewaard');
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  expect(await readFile(harness.journalPath, 'utf8')).toBe(now);

  await exports
    .backup('20 november')
    .getByRole('button', { name: /terugzetten/ })
    .click();
  await confirm.getByRole('button', { name: 'Terugzetten' }).click();

  // The page loads anew on the restored journal and says where the old one is, in view and focused:
  // the backups are far down Instellingen, where the fresh page does not open.
  await expect(exports.restored).toContainText(
    'Je dagboek is teruggezet naar de reservekopie van 20 november, 09:15.',
  );
  await expect(exports.restored).toBeInViewport({ ratio: 1 });
  await expect(exports.restored).toBeFocused();
  const kept = (await readdir(harness.dir)).find((f) => f.startsWith('journal.before-restore-'));
  expect(kept).toBeDefined();
  await expect(exports.restored).toContainText(join(harness.dir, kept!));
  expect(await readFile(join(harness.dir, kept!), 'utf8')).toBe(now);
  expect((await harness.journalOnDisk()).contacts.map((c) => c.name)).toEqual(['Anna Bakker']);

  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Contacten/ })
    .click();
  await expect(page.getByTestId('contact-count')).toHaveText('1 contact');
});

test('a full export is restored as the journal; a damaged file is refused with a message and changes nothing', async ({
  page,
  harness,
}) => {
  await writeFile(harness.journalPath, serializeJournal(journalOf('Anna Bakker')));
  await harness.open(page);
  const exports = new ExportPage(page);
  await exports.openSettings();
  const exported = join(harness.dir, 'alles.json');
  harness.nextExportLocation = exported;
  await exports.exportButton('json').click();
  await expect(toast(page)).toContainText('opgeslagen in');
  await created(harness, 'contacts:create', { name: 'Later Erbij' });
  await harness.core.store.flush();
  const before = await readFile(harness.journalPath, 'utf8');

  const damaged = join(harness.dir, 'kapot.json');
  await writeFile(damaged, '{"schemaVersion": 4, "contacts": [');
  harness.nextJournalFile = damaged;
  await exports.backupsCard.getByRole('button', { name: 'Een export terugzetten…' }).click();
  await page
    .getByRole('dialog', { name: 'Een export terugzetten?' })
    .getByRole('button', { name: 'Terugzetten' })
    .click();
  await expect(toast(page)).toContainText(
    'Dit bestand is geen dagboek van Netwerkdagboek, of het is beschadigd.',
  );
  expect(await readFile(harness.journalPath, 'utf8')).toBe(before);
  expect((await readdir(harness.dir)).some((f) => f.startsWith('journal.before-restore-'))).toBe(false);

  harness.nextJournalFile = exported;
  await exports.backupsCard.getByRole('button', { name: 'Een export terugzetten…' }).click();
  await page
    .getByRole('dialog', { name: 'Een export terugzetten?' })
    .getByRole('button', { name: 'Terugzetten' })
    .click();
  await expect(exports.restored).toContainText('Je dagboek is teruggezet uit de export.');
  await expect(exports.restored).toBeInViewport({ ratio: 1 });
  expect((await harness.journalOnDisk()).contacts.map((c) => c.name)).toEqual(['Anna Bakker']);
});
