import { chmod, readFile, writeFile } from 'node:fs/promises';
import { ContactFields } from '../../electron/contract/domain';
import { FaultyFs } from '../../electron/core/testing/faulty-fs';
import { emptyJournal } from '../../electron/core/journal/journal-store';
import { expect, test } from '../fixtures';
import { Harness } from '../harness';
import { ContactsPage } from '../pages/contacts-page';

/** The contacts' names in the journal file exactly as it is on disk now (no flush first). */
async function namesOnDisk(harness: Harness): Promise<string[]> {
  const journal = JSON.parse(await readFile(harness.journalPath, 'utf8')) as { contacts: { name: string }[] };
  return journal.contacts.map((c) => c.name);
}

// The tests run as root, and root ignores file permissions: a chmod'ed folder would still be written.
// So the folder "becomes read-only" through the core's file-system port instead: every save is refused
// with EROFS, as the kernel refuses it on a read-only mount, while the real file stays readable.
test('a folder that became read-only: the banner says so, nothing is lost, and it goes once saving works', async ({
  page,
  consoleErrors: _,
}) => {
  const fs = new FaultyFs();
  const harness = await Harness.create({ fs });
  try {
    const contacts = new ContactsPage(page);
    await harness.open(page);
    await contacts.create({ Naam: 'Anna de Vries' });
    await expect(contacts.toast).toHaveText('Anna de Vries is opgeslagen.');
    expect(await namesOnDisk(harness)).toEqual(['Anna de Vries']);

    fs.fault = { step: 'open', code: 'EROFS' };
    await contacts.create({ Naam: 'Bram Jansen' });
    const banner = page.getByRole('alert').filter({ hasText: 'Je wijzigingen zijn nog niet opgeslagen' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Deze schijf of map is alleen-lezen.');
    await expect(banner).not.toContainText('EROFS');
    // The form's toast does not claim it is saved.
    await expect(contacts.toast).toContainText(
      'Je wijziging staat in de app, maar is nog niet op schijf opgeslagen',
    );
    await expect(contacts.toast).not.toContainText('opgeslagen');
    // In the app, not on disk: the file still holds the last good save, whole.
    await expect(contacts.row('Bram Jansen')).toBeVisible();
    expect(await namesOnDisk(harness)).toEqual(['Anna de Vries']);

    // Still refused: "Opnieuw proberen" says so and the banner stays.
    await banner.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(contacts.toast).toHaveText('Opslaan lukt nog steeds niet. De app blijft het proberen.');
    await expect(banner).toBeVisible();

    fs.fault = null;
    await banner.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(banner).toBeHidden();
    await expect(contacts.toast).toHaveText('Alles is weer opgeslagen.');
    expect(await namesOnDisk(harness)).toEqual(['Anna de Vries', 'Bram Jansen']);
  } finally {
    await harness.dispose();
  }
});

test('"Opslaan als…" on the banner saves the journal somewhere that works and keeps it there', async ({
  page,
  consoleErrors: _,
}) => {
  const fs = new FaultyFs();
  const harness = await Harness.create({ fs });
  try {
    const contacts = new ContactsPage(page);
    await harness.open(page);
    fs.fault = { step: 'write', code: 'ENOSPC' };
    await contacts.create({ Naam: 'Chris Peters' });
    const banner = page.getByRole('alert').filter({ hasText: 'Je wijzigingen zijn nog niet opgeslagen' });
    await expect(banner).toContainText('Je schijf is vol.');

    const elsewhere = `${harness.dir}/usb/netwerkdagboek.json`;
    harness.nextJournalLocation = elsewhere;
    // The other disk has room.
    const open = fs.open;
    fs.open = ((path: string, ...rest: [string?, number?]) => {
      if (String(path).includes('/usb/')) fs.fault = null;
      return open(path, ...rest);
    }) as typeof fs.open;
    await banner.getByRole('button', { name: 'Opslaan als…' }).click();
    await expect(banner).toBeHidden();
    await expect(contacts.toast).toContainText(`Je dagboek is opgeslagen in ${elsewhere}`);
    const onDisk = JSON.parse(await readFile(elsewhere, 'utf8')) as { contacts: { name: string }[] };
    expect(onDisk.contacts.map((c) => c.name)).toEqual(['Chris Peters']);
  } finally {
    await harness.dispose();
  }
});

// The write bit is what a person clears to protect a file; the app reads the bits (root could still write).
test('a journal made read-only (0444) opens read-only and says so, in Dutch and in English', async ({
  page,
  harness,
  contacts,
}) => {
  const at = '2026-11-01T10:00:00.000Z';
  const anna = {
    id: 'a1',
    ...ContactFields.parse({ name: 'Anna de Vries' }),
    archived: false,
    importedAt: null,
    createdAt: at,
    updatedAt: at,
  };
  const text = JSON.stringify({ ...emptyJournal(), contacts: [anna] });
  await writeFile(harness.journalPath, text);
  await chmod(harness.journalPath, 0o444);
  await harness.open(page);
  const notice = page.getByRole('alert').filter({ hasText: 'Je dagboek is alleen-lezen geopend' });
  await expect(notice).toContainText('Het bestand is alleen-lezen gemaakt');
  await expect(contacts.row('Anna de Vries')).toBeVisible();
  await harness.core.dispatch('settings:update', { language: 'en' });
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Your journal is open read-only' })).toContainText(
    'The file was made read-only',
  );
  expect(await readFile(harness.journalPath, 'utf8')).toBe(text);
});
