/**
 * Typing not saved yet, when a merge or a restore takes the record it was for away (issue 12, found in
 * review): the person is asked first, and what they chose happens; nothing typed goes silently, and
 * nothing is saved later onto a record that is no longer there or onto the wrong version.
 */
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContactFields, type Contact, type Journal } from '../../electron/contract/domain';
import { emptyJournal } from '../../electron/core/journal/journal-store';
import { serializeJournal } from '../../electron/core/journal/serialize';
import { expect, onFixedClock } from '../fixtures';
import { DuplicatesPage } from '../pages/duplicates-page';
import { ExportPage } from '../pages/export-page';

const test = onFixedClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });

const at = '2026-11-01T10:00:00.000Z';
const contact = (id: string, name: string, fields: Partial<Contact> = {}): Contact => ({
  id,
  ...ContactFields.parse({ name }),
  archived: false,
  importedAt: null,
  createdAt: at,
  updatedAt: at,
  ...fields,
});
const journalOf = (...contacts: Contact[]): Journal => ({ ...emptyJournal(), contacts });

test('merging asks first when a form of either holds typing; cancelled, the typing is still there to save', async ({
  page,
  harness,
  contacts,
}) => {
  await writeFile(
    harness.journalPath,
    serializeJournal(
      journalOf(
        contact('anna-1', 'Anna Bakker', { email: 'anna@werk.nl', notes: 'Kent iedereen bij de gemeente.' }),
        contact('anna-2', 'A. Bakker', { email: 'anna@werk.nl' }),
      ),
    ),
  );
  await harness.open(page);
  const duplicates = new DuplicatesPage(page);
  const openMerge = async () => {
    await duplicates.button.click();
    await duplicates.pairs.getByRole('button', { name: 'Samenvoegen…' }).click();
    await expect(duplicates.merge).toContainText('Anna Bakker');
  };

  // Half an edit of the record that would be merged away, left for the other contact.
  await contacts.row('A. Bakker').click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await contacts.fill({ Notities: 'Belt na de zomer terug.' });
  await contacts.row('Anna Bakker').click();
  await expect(contacts.detailHeading).toHaveText('Anna Bakker');

  await openMerge();
  await expect(duplicates.merge.getByTestId('merge-unsaved')).toHaveText(
    'Bij A. Bakker heb je iets getypt dat nog niet is opgeslagen. Samenvoegen gooit dat weg. Wil je het houden? Kies Annuleren en sla het eerst op.',
  );
  await duplicates.merge.getByRole('button', { name: 'Annuleren' }).click();
  await duplicates.list.getByRole('button', { name: 'Sluiten' }).click();
  await contacts.row('A. Bakker').click();
  await expect(contacts.field('Notities')).toHaveValue('Belt na de zomer terug.');
  await contacts.save();
  await expect(contacts.detailHeading).toHaveText('A. Bakker');

  // Now an edit of the one kept, left open: merging anyway lets it go, and its old notes do not come
  // back over the combined ones.
  await contacts.row('Anna Bakker').click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await contacts.fill({ Notities: 'Oude tekst, niet bewaren.' });
  await contacts.row('A. Bakker').click();
  await openMerge();
  await expect(duplicates.merge.getByTestId('merge-unsaved')).toContainText(
    'Bij Anna Bakker heb je iets getypt',
  );
  await duplicates.merge.getByRole('button', { name: 'Toch samenvoegen' }).click();
  await expect(duplicates.merge).toBeHidden();

  const kept = ((await harness.journalOnDisk()) as unknown as Journal).contacts;
  expect(kept.map((c) => [c.id, c.notes])).toEqual([
    ['anna-1', 'Kent iedereen bij de gemeente.\n\nBelt na de zomer terug.'],
  ]);
  // The form opens on the record as the merge left it, not on the typing let go.
  await contacts.row('Anna Bakker').click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await expect(contacts.field('Notities')).toHaveValue(
    'Kent iedereen bij de gemeente.\n\nBelt na de zomer terug.',
  );
});

test('restoring a backup says unsaved typing goes, then lets it go: nothing of it lands in the restored journal', async ({
  page,
  harness,
  contacts,
}) => {
  await mkdir(join(harness.dir, 'backups'));
  const older = journalOf(contact('anna', 'Anna Bakker'));
  const backup = join(harness.dir, 'backups', 'journal-2026-11-20.json');
  await writeFile(backup, serializeJournal(older));
  // Made at 09:15 in Amsterdam that day, by the file's time (as core stamps it on its own clock).
  await utimes(backup, new Date('2026-11-20T08:15:00Z'), new Date('2026-11-20T08:15:00Z'));
  await writeFile(
    harness.journalPath,
    serializeJournal(journalOf(contact('anna', 'Anna Bakker'), contact('bram', 'Bram de Wit'))),
  );
  await harness.open(page);
  await contacts.row('Anna Bakker').click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await contacts.fill({ Notities: 'Half getypt, nog niet opgeslagen.' });

  const exports = new ExportPage(page);
  await exports.openSettings();
  await exports
    .backup('20 november')
    .getByRole('button', { name: /terugzetten/ })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Reservekopie van 20 november, 09:15 terugzetten?' });
  await expect(confirm.getByRole('alert')).toContainText(
    'Je hebt iets getypt dat nog niet is opgeslagen. Dat gaat bij het terugzetten verloren.',
  );
  await confirm.getByRole('button', { name: 'Terugzetten' }).click();

  // The page loads anew on the restored journal, without a second question on the way.
  await expect(exports.restored).toContainText(
    'Je dagboek is teruggezet naar de reservekopie van 20 november, 09:15.',
  );
  await contacts.nav(/^Contacten/);
  await contacts.row('Anna Bakker').click();
  await expect(contacts.detailHeading).toHaveText('Anna Bakker');
  await expect(page.getByRole('button', { name: 'Bewerken' })).toBeVisible();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await expect(contacts.field('Notities')).toHaveValue('');
  expect(
    ((await harness.journalOnDisk()) as unknown as Journal).contacts.map((c) => [c.name, c.notes]),
  ).toEqual([['Anna Bakker', '']]);
});
