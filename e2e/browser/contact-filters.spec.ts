import { expect, test } from '../fixtures';
import { ContactFiltersPage } from '../pages/contact-filters-page';

/** Issue 13, finding the right person: Contacten filtered by kring and warmth, with a count per choice. */

test.use({ viewport: { width: 1024, height: 700 } });

test('two filters by keyboard show the right people and counts; a chip removed widens the list again', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  for (const person of [
    { name: 'Anna de Vries', circle: 'familie', warmth: 'warm' },
    { name: 'Bram Jansen', circle: 'familie', warmth: 'lauw' },
    { name: 'Cees Bakker', circle: 'vrienden', warmth: 'warm' },
    { name: 'Dirk Smit', circle: 'werk', warmth: 'koud' },
    { name: 'Eva Visser', circle: 'werk', warmth: 'warm' },
  ]) {
    await core.dispatch('contacts:create', person);
  }
  await harness.open(page);
  const filters = new ContactFiltersPage(page);
  await expect(contacts.rows).toHaveCount(5);

  // Keyboard only: the filter button, then the choices as checkboxes.
  await filters.toggle.focus();
  await page.keyboard.press('Enter');
  await expect(filters.toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(filters.option('Kring', 'Familie')).toBeVisible();
  await expect(filters.option('Warm, lauw of koud', 'Warm')).toHaveAccessibleName('Warm 3');
  await filters.option('Kring', 'Familie').focus();
  await page.keyboard.press('Space');
  await filters.option('Warm, lauw of koud', 'Warm').focus();
  await page.keyboard.press('Space');

  await expect(contacts.rows).toHaveText([/Anna de Vries/]);
  await expect(contacts.count).toHaveText('1 past bij de filters');
  // A count says what the list would hold with the other kind applied: warm people in any kring, and
  // people of the family whatever their warmth.
  await expect(filters.option('Kring', 'Werk of collega’s')).toHaveAccessibleName('Werk of collega’s 1');
  await expect(filters.option('Warm, lauw of koud', 'Lauw')).toHaveAccessibleName('Lauw 1');
  await expect(filters.chips).toHaveText([/^Familie\s*1/, /^Warm\s*1/]);
  await expect(filters.toggle).toHaveText(/Filter \(2\)/);
  // Esc closes the panel, as a menu does, and focus goes back to its button; the filters stay.
  await filters.option('Warm, lauw of koud', 'Warm').focus();
  await page.keyboard.press('Escape');
  await expect(filters.toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(filters.toggle).toBeFocused();
  await expect(filters.chips).toHaveCount(2);

  // Kept while the app runs: another screen and back.
  await contacts.nav(/^Gesprekken$/);
  await contacts.nav(/^Contacten$/);
  await expect(filters.chips).toHaveCount(2);
  await expect(contacts.rows).toHaveText([/Anna de Vries/]);

  // Removing the kring chip by keyboard: every warm person again, and the chip's count follows.
  await filters.removeButton('Familie').focus();
  await page.keyboard.press('Enter');
  await expect(contacts.rows).toHaveText([/Anna de Vries/, /Cees Bakker/, /Eva Visser/]);
  await expect(filters.chips).toHaveText([/^Warm\s*3/]);
  await expect(filters.removeButton('Warm')).toBeFocused();
});

test('nobody matching says so and offers to clear the filters', async ({ page, harness, contacts }) => {
  const core = await harness.startCore();
  await core.dispatch('contacts:create', { name: 'Anna de Vries', circle: 'familie', warmth: 'warm' });
  await core.dispatch('contacts:create', { name: 'Dirk Smit', circle: 'werk', warmth: 'koud' });
  await harness.open(page);
  const filters = new ContactFiltersPage(page);
  await filters.toggle.click();
  await filters.option('Kring', 'Familie').check();
  await filters.option('Warm, lauw of koud', 'Koud').check();
  await expect(filters.empty).toContainText('Niemand past bij deze filters');
  await expect(filters.option('Warm, lauw of koud', 'Koud')).toHaveAccessibleName('Koud 0');
  await filters.empty.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(contacts.rows).toHaveCount(2);
  await expect(filters.chips).toHaveCount(0);
});
