import type { Netwerkdagboek } from '../../electron/core/netwerkdagboek';
import { expect, test } from '../fixtures';
import { clubList, connections } from '../import-files';
import { ExchangePage } from '../pages/exchange-page';

/**
 * Issue 12, a second file dropped on the window while the first is under way: it never takes the place
 * of the first one unasked, and never while the first is being saved.
 */

/** Holds core's answers on `channel` until the returned function is called, as a slow disk would. */
function hold(core: Netwerkdagboek, channel: string): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const real = core.dispatch;
  core.dispatch = async (c, payload) => {
    if (c === channel) await gate;
    return real(c, payload);
  };
  return release;
}

const replaceQuestion = (exchange: ExchangePage) =>
  exchange.page.getByRole('dialog', { name: 'Ander bestand importeren?' });

test('a file dropped while another is being read asks first; taken, the first file’s answer is let go', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  await harness.open(page);
  const exchange = new ExchangePage(page);
  const release = hold(core, 'import:read');

  await exchange.dropFile('Connections.csv', connections);
  await expect(exchange.importDialog.getByRole('status')).toContainText('‘Connections.csv’ lezen…');
  await exchange.dropFile('leden.csv', clubList);
  const ask = replaceQuestion(exchange);
  await expect(ask).toContainText(
    'Je bent ‘Connections.csv’ aan het importeren; daarvan is nog niets opgeslagen. Wil je daarmee verder, of in plaats daarvan ‘leden.csv’ importeren?',
  );
  await ask.getByRole('button', { name: '‘leden.csv’ importeren' }).click();
  release();
  // The list of the club is shown, and stays: the answer for Connections.csv, late, does not replace it.
  await expect(exchange.importDialog.getByRole('heading', { name: 'Welke kolom is wat?' })).toBeVisible();
  await exchange.importDialog.getByLabel('Naam', { exact: true }).selectOption({ label: 'Wie' });
  await exchange.importDialog.getByRole('button', { name: 'Verder' }).click();
  await expect(exchange.importDialog.getByRole('heading', { name: /leden\.csv/ })).toBeVisible();
  await expect(exchange.count('nieuw')).toHaveText('2');
  await expect(exchange.importRow('Joost Kuipers')).toBeVisible();
  await expect(exchange.importRow('Bram Jansen')).toHaveCount(0);
});

test('a file replaced while its bytes are still being read is never sent to core: the new one’s import stays open', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  const sent: string[] = [];
  const real = core.dispatch;
  core.dispatch = async (channel, payload) => {
    if (channel === 'import:read') sent.push((payload as { fileName: string }).fileName);
    return real(channel, payload);
  };
  await harness.open(page);
  // The browser reading Connections.csv's bytes is held, as for a big file on a slow disk.
  await page.evaluate(() => {
    const w = window as unknown as { releaseRead: () => void };
    const held = new Promise<void>((resolve) => (w.releaseRead = resolve));
    const read = FileReader.prototype.readAsDataURL;
    FileReader.prototype.readAsDataURL = function (this: FileReader, blob: Blob) {
      if (blob instanceof File && blob.name === 'Connections.csv')
        void held.then(() => read.call(this, blob));
      else read.call(this, blob);
    };
  });
  const exchange = new ExchangePage(page);
  await exchange.dropFile('Connections.csv', connections);
  await expect(exchange.importDialog.getByRole('status')).toContainText('‘Connections.csv’ lezen…');
  await exchange.dropFile('leden.csv', clubList);
  await replaceQuestion(exchange).getByRole('button', { name: '‘leden.csv’ importeren' }).click();
  await expect(exchange.importDialog.getByRole('heading', { name: 'Welke kolom is wat?' })).toBeVisible();
  await page.evaluate(() => (window as unknown as { releaseRead: () => void }).releaseRead());
  await exchange.importDialog.getByLabel('Naam', { exact: true }).selectOption({ label: 'Wie' });
  await exchange.importDialog.getByRole('button', { name: 'Verder' }).click();
  await expect(exchange.count('nieuw')).toHaveText('2');
  await exchange.confirmImport.click();
  await expect(exchange.importDialog).toBeHidden();
  expect(sent).toEqual(['leden.csv']);
  expect((await harness.journalOnDisk()).contacts.map((c) => c.name).sort()).toEqual([
    'Joost Kuipers',
    'Marieke Bos',
  ]);
});

test('a file dropped on a preview not yet confirmed asks first: kept, the preview is as it was; taken, the new file is read', async ({
  page,
  harness,
}) => {
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await exchange.dropFile('Connections.csv', connections);
  await expect(exchange.count('nieuw')).toHaveText('3');
  await exchange.importRow('Carla Smit').locator('.check').click();
  await expect(exchange.confirmImport).toHaveText('2 contacten importeren');

  await exchange.dropFile('leden.csv', clubList);
  const ask = replaceQuestion(exchange);
  await ask.getByRole('button', { name: 'Verder met ‘Connections.csv’' }).click();
  await expect(ask).toBeHidden();
  // Nothing of what was chosen is gone.
  await expect(exchange.importRow('Carla Smit')).toHaveAttribute('aria-checked', 'false');
  await expect(exchange.confirmImport).toHaveText('2 contacten importeren');

  // Esc on the question keeps the current file too.
  await exchange.dropFile('leden.csv', clubList);
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(exchange.importDialog).toBeVisible();
  await expect(exchange.confirmImport).toHaveText('2 contacten importeren');

  await exchange.dropFile('leden.csv', clubList);
  await ask.getByRole('button', { name: '‘leden.csv’ importeren' }).click();
  await expect(exchange.importDialog.getByRole('heading', { name: 'Welke kolom is wat?' })).toBeVisible();
  expect(harness.core.store.data.contacts).toHaveLength(0);
});

test('a file dropped while an import is being saved is not taken, and says so; the first import lands whole', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await exchange.openImport();
  await exchange.chooseFile('Connections.csv', connections);
  await expect(exchange.confirmImport).toHaveText('3 contacten importeren');
  const release = hold(core, 'import:apply');
  await exchange.confirmImport.click();
  await expect(exchange.confirmImport).toBeDisabled();

  await exchange.dropFile('leden.csv', clubList);
  await expect(exchange.importProblem).toHaveText(
    'De import wordt nu opgeslagen; ‘leden.csv’ is niet overgenomen. Sleep het bestand opnieuw hierheen als dit klaar is.',
  );
  await expect(replaceQuestion(exchange)).toHaveCount(0);
  release();
  await expect(exchange.importDialog).toBeHidden();
  await expect(contacts.toast).toContainText('Geïmporteerd en opgeslagen: 3 nieuw.');
  const onDisk = (await harness.journalOnDisk()).contacts.map((c) => c.name);
  expect(onDisk.sort()).toEqual(['Anna de Vries', 'Bram Jansen', 'Carla Smit']);
});

test('a file dropped on a preview with nobody to import is simply read in its place', async ({
  page,
  harness,
}) => {
  await harness.open(page);
  const exchange = new ExchangePage(page);
  await exchange.dropFile('Connections.csv', connections);
  await exchange.confirmImport.click();
  await expect(exchange.importDialog).toBeHidden();
  await exchange.dropFile('Connections.csv', connections);
  await expect(exchange.confirmImport).toHaveText('Iedereen staat er al in');
  await exchange.dropFile('leden.csv', clubList);
  await expect(exchange.importDialog.getByRole('heading', { name: 'Welke kolom is wat?' })).toBeVisible();
  await expect(replaceQuestion(exchange)).toHaveCount(0);
});
