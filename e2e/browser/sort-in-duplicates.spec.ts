import { expect, test } from '../fixtures';
import { importConnections } from '../import-people';
import { DuplicatesPage } from '../pages/duplicates-page';
import { ExchangePage } from '../pages/exchange-page';

/**
 * Issue 12: during the sort-in pass, a person who looks like another contact (core's likely duplicates)
 * gets a quiet notice beside them, with the merge dialog a click away; merged or not, the pass goes on.
 */

test('the pass says who someone looks like, merges them on request, and goes on where it was', async ({
  page,
  harness,
}, testInfo) => {
  const core = await harness.startCore();
  await core.dispatch('contacts:create', {
    name: 'Joost Vries',
    organisation: 'Rabobank',
    circle: 'werk',
    warmth: 'warm',
    strength: 'goed',
  });
  await importConnections(core, [
    { firstName: 'Anna', lastName: 'Bakker' },
    { firstName: 'Joost', lastName: 'de Vries', position: 'Data-analist' },
    { firstName: 'Sanne', lastName: 'Smit' },
  ]);
  await harness.open(page);
  const pass = new ExchangePage(page);
  const merge = new DuplicatesPage(page).merge;
  const notice = pass.sortIn.getByTestId('sort-in-likely');
  await pass.startSortIn();

  await expect(pass.sortInName).toHaveText('Anna Bakker');
  await expect(notice).toHaveCount(0);
  const choices = await pass.choice('1 Familie').boundingBox();
  await page.keyboard.press('ArrowRight');
  await expect(pass.sortInName).toHaveText('Joost de Vries');
  await expect(notice).toHaveText(/^Lijkt dezelfde persoon als Joost Vries\. Samenvoegen kan ook later\./);
  // Beside the person: the choices stay where they were.
  expect(await pass.choice('1 Familie').boundingBox()).toEqual(choices);
  await expect(pass.sortInName).toHaveAccessibleDescription(/Lijkt dezelfde persoon als Joost Vries/);
  await page.screenshot({ path: testInfo.outputPath('sort-in-likely-nl.png') });

  // Closing the merge dialog: back in the pass, the keys work on at once.
  await notice.getByRole('button', { name: 'Nu samenvoegen…' }).click();
  await expect(merge).toBeVisible();
  await expect(merge).toContainText('Joost de Vries');
  await page.screenshot({ path: testInfo.outputPath('sort-in-merge-nl.png') });
  await page.keyboard.press('Escape');
  await expect(merge).toBeHidden();
  await expect(pass.sortIn).toBeVisible();
  await expect(pass.sortInName).toBeFocused();
  await page.keyboard.press('4');
  await expect(pass.sortInSave).toHaveText('Joost de Vries: opgeslagen.');

  // Merging: the one kept takes the place in the pass, and the pass goes on from there.
  await notice.getByRole('button', { name: 'Nu samenvoegen…' }).click();
  await merge.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
  await expect(merge).toBeHidden();
  await expect(pass.sortInProgress).toHaveText('2 van 3');
  await expect(pass.sortInName).toHaveText('Joost Vries');
  await expect(pass.sortInName).toBeFocused();
  await expect(notice).toHaveCount(0);
  await expect(pass.sortInSave).toHaveText('Samengevoegd tot Joost Vries.');
  await expect(pass.choice('G Ken ik goed')).toHaveAttribute('aria-pressed', 'true');
  const onDisk = await harness.journalOnDisk();
  expect(onDisk.contacts.filter((c) => c.name.startsWith('Joost'))).toMatchObject([
    { name: 'Joost Vries', organisation: 'Rabobank', role: 'Data-analist' },
  ]);
  await page.keyboard.press('ArrowRight');
  await expect(pass.sortInName).toHaveText('Sanne Smit');
  await expect(pass.sortInProgress).toHaveText('3 van 3');
});

test('in English, the notice and its button read as English', async ({ page, harness }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const core = await harness.startCore();
  await core.dispatch('settings:update', { language: 'en' });
  await core.dispatch('contacts:create', { name: 'Joost Vries', organisation: 'Rabobank', strength: 'goed' });
  await importConnections(core, [{ firstName: 'Joost', lastName: 'de Vries', connectedOn: '12 Mar 2024' }]);
  await harness.open(page);
  const pass = new ExchangePage(page);
  await pass.startSortIn();
  const notice = pass.sortIn.getByTestId('sort-in-likely');
  await expect(notice).toHaveText(/^Looks like the same person as Joost Vries\. You can also merge later\./);
  await expect(notice.getByRole('button', { name: 'Merge now…' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: testInfo.outputPath('sort-in-likely-en.png') });
  await notice.getByRole('button', { name: 'Merge now…' }).click();
  await expect(new DuplicatesPage(page).merge).toBeVisible();
});
