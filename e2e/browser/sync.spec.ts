/**
 * A journal shared with another computer, as the person sees it: a change that a sync tool brings in
 * while the page is open, a record changed on both computers, a second window that may only read.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { ContactFields, type Contact, type Journal } from '../../electron/contract/domain';
import { decodeJournal } from '../../electron/core/journal/journal-file';
import { emptyJournal } from '../../electron/core/journal/journal-store';
import { serializeJournal } from '../../electron/core/journal/serialize';
import { expect, test } from '../fixtures';
import { Harness } from '../harness';

function contact(id: string, name: string, fields: Partial<Contact> = {}): Contact {
  const at = '2026-11-01T10:00:00.000Z';
  return {
    id,
    ...ContactFields.parse({ name }),
    archived: false,
    importedAt: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

/** As a sync tool writes: a whole new file renamed over the journal. */
async function writeFromOutside(path: string, journal: Journal): Promise<void> {
  await writeFile(`${path}.incoming`, serializeJournal(journal));
  await rename(`${path}.incoming`, path);
}

test('a change from the other computer shows up in the open contact list, with a short message', async ({
  page,
  harness,
  contacts,
}) => {
  await writeFromOutside(harness.journalPath, {
    ...emptyJournal(),
    contacts: [contact('a', 'Anna de Vries')],
  });
  await harness.open(page);
  await expect(contacts.row('Anna de Vries')).toBeVisible();

  const onDisk = decodeJournal(await readFile(harness.journalPath, 'utf8')).journal;
  await writeFromOutside(harness.journalPath, {
    ...onDisk,
    contacts: [...onDisk.contacts, contact('b', 'Bram Jansen', { organisation: 'Rabobank' })],
  });
  await expect(contacts.row('Bram Jansen')).toBeVisible();
  await expect(contacts.toast).toContainText(
    'Wijzigingen van je andere computer zijn binnengekomen: 1 nieuw.',
  );
});

test('a contact changed on both computers: both versions side by side, "Deze houden" keeps one', async ({
  page,
  harness,
  contacts,
}) => {
  const here = contact('a', 'Anna de Vries', { role: 'Recruiter', updatedAt: '2026-12-01T10:00:00.000Z' });
  const there = { ...here, role: 'Teamleider', updatedAt: '2026-12-01T09:00:00.000Z' };
  await writeFromOutside(harness.journalPath, {
    ...emptyJournal(),
    contacts: [here],
    conflicts: [
      { id: 'k1', collection: 'contacts', recordId: 'a', other: there, at: '2026-12-01T10:05:00.000Z' },
    ],
  });
  await harness.open(page);
  const conflicts = page.getByTestId('conflicts');
  await expect(conflicts.getByRole('heading', { level: 2 })).toHaveText(
    '1 item is op twee computers verschillend gewijzigd',
  );
  const item = conflicts.getByRole('article', { name: 'Anna de Vries' });
  await expect(item).toContainText('Nu in je dagboek');
  await expect(item).toContainText('Recruiter');
  await expect(item).toContainText('Andere versie');
  await expect(item).toContainText('Teamleider');
  await page.screenshot({ path: test.info().outputPath('conflict.png'), fullPage: true });

  await item.getByRole('button', { name: 'Deze houden' }).nth(1).click();
  await expect(conflicts).toHaveCount(0);
  await expect(contacts.toast).toContainText('Bewaard. De andere versie is vervallen.');
  const disk = await harness.journalOnDisk();
  expect(disk.contacts).toMatchObject([{ name: 'Anna de Vries', role: 'Teamleider' }]);
  expect((disk as unknown as Journal).conflicts).toEqual([]);
});

test('a second window on the same journal says it only reads, and can write once the first is closed', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.startCore();
  // A second app on the same folder: the journal's lock is the first one's.
  const second = await Harness.create();
  try {
    const other = await second.startCoreOn(harness.journalPath);
    expect(other.store.readOnly).toBe(true);
    await second.open(page);
    const notice = page.getByTestId('locked-notice');
    await expect(notice).toContainText(
      `Dit dagboek is al open in een ander venster van Netwerkdagboek (proces ${process.pid}). Je kunt hier lezen`,
    );
    await page.screenshot({ path: test.info().outputPath('read-only.png'), fullPage: true });
    await harness.core.close();
    await expect(notice).toHaveCount(0, { timeout: 15_000 });
    await expect(contacts.toast).toContainText('Het andere venster is gesloten. Je kunt hier weer wijzigen.');
  } finally {
    await second.dispose();
  }
});
