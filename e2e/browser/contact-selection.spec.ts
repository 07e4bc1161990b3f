import { expect, test } from '../fixtures';
import { ContactFiltersPage } from '../pages/contact-filters-page';

/**
 * Trial s11: the contact shown beside the list is one the list holds. A search or filter that leaves it
 * out gives way to the first match, or to "Geen contact gekozen" when nothing matches; and the search
 * leads into the list by keyboard.
 */

test.use({ viewport: { width: 1280, height: 800 } });

test.beforeEach(async ({ harness }) => {
  const core = await harness.startCore();
  for (const person of [
    { name: 'Anna de Vries', warmth: 'warm' },
    { name: 'Bram Jansen', warmth: 'lauw' },
    { name: 'Cees Bakker', warmth: 'warm' },
    { name: 'Dirk Smit', warmth: 'koud' },
  ]) {
    await core.dispatch('contacts:create', person);
  }
});

test('a search or filter that leaves the contact out shows its first match, or no contact', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await contacts.row('Bram Jansen').click();
  await expect(contacts.detailHeading).toHaveText('Bram Jansen');

  // Still in the list: still shown.
  await contacts.search.fill('Bram');
  await expect(contacts.rows).toHaveText([/Bram Jansen/]);
  await expect(contacts.detailHeading).toHaveText('Bram Jansen');

  await contacts.search.fill('Cees');
  await expect(contacts.rows).toHaveText([/Cees Bakker/]);
  await expect(contacts.detailHeading).toHaveText('Cees Bakker');
  await expect(contacts.row('Cees Bakker')).toHaveAttribute('aria-selected', 'true');

  await contacts.search.fill('Zwaantje');
  await expect(page.getByTestId('no-contact-chosen')).toContainText('Geen contact gekozen');
  await expect(contacts.detailHeading).toHaveCount(0);

  // A filter does the same: Dirk is not warm, the first warm person takes his place.
  await contacts.search.fill('');
  await contacts.row('Dirk Smit').click();
  await expect(contacts.detailHeading).toHaveText('Dirk Smit');
  const filters = new ContactFiltersPage(page);
  await filters.toggle.click();
  await filters.option('Warm, lauw of koud', 'Warm').check();
  await expect(contacts.rows).toHaveText([/Anna de Vries/, /Cees Bakker/]);
  await expect(contacts.detailHeading).toHaveText('Anna de Vries');
});

test('ArrowDown or Enter in the search goes to the first match; the arrows move on from there', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await contacts.search.fill('e');
  await expect(contacts.rows).toHaveText([/Anna de Vries/, /Bram Jansen/, /Cees Bakker/]);
  await page.keyboard.press('ArrowDown');
  await expect(contacts.list).toBeFocused();
  await expect(contacts.detailHeading).toHaveText('Anna de Vries');
  await expect(contacts.list).toHaveAttribute('aria-activedescendant', /^contact-row-/);
  await page.keyboard.press('ArrowDown');
  await expect(contacts.detailHeading).toHaveText('Bram Jansen');
  await expect(contacts.row('Bram Jansen')).toHaveAttribute('aria-selected', 'true');

  await contacts.search.fill('Smit');
  await expect(contacts.rows).toHaveText([/Dirk Smit/]);
  await contacts.search.press('Enter');
  await expect(contacts.list).toBeFocused();
  await expect(contacts.detailHeading).toHaveText('Dirk Smit');
});
