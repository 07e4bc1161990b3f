import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures';

/** Issue 11, points 8 and 9: what the contact list tells and how it sorts, links, and where toasts go. */

test('a search under Actief tells about matches in the archive, and shows them in one click', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  await core.dispatch('contacts:create', { name: 'Anna de Vries' });
  await core.dispatch('contacts:create', { name: 'Kees Jansen', organisation: 'Rabobank' });
  const kees = core.store.data.contacts.find((c) => c.name === 'Kees Jansen')!;
  await core.dispatch('contacts:archive', { id: kees.id });
  await harness.open(page);

  await contacts.search.fill('kees');
  // Not "nobody" while the line below says one was found: where the search looked.
  await expect(
    page.getByRole('heading', { name: '‘kees’ staat niet bij je actieve contacten' }),
  ).toBeVisible();
  await expect(page.getByText(/Niemand gevonden/)).toHaveCount(0);
  const found = page.getByTestId('found-elsewhere');
  await expect(found).toContainText('1 gevonden in het archief');
  await found.getByRole('button', { name: 'Tonen' }).click();
  await expect(page.getByRole('button', { name: /^Archief/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(contacts.search).toHaveValue('kees');
  await expect(contacts.rows).toHaveText([/Kees Jansen/]);
  await expect(found).toBeHidden();

  // And the other way round: from the archive, a match among the active contacts is mentioned too.
  await contacts.search.fill('anna');
  await expect(found).toContainText('1 gevonden bij je actieve contacten');
  await found.getByRole('button', { name: 'Tonen' }).click();
  await expect(page.getByRole('button', { name: 'Actief' })).toHaveAttribute('aria-pressed', 'true');
  await expect(contacts.rows).toHaveText([/Anna de Vries/]);
});

test('contacts can be sorted by surname, without the tussenvoegsel, as a Dutch list does', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  for (const name of [
    'Sjoerd van der Meer',
    'Anna de Vries',
    'Ruud van den Berg',
    'Pieter Hoekstra',
    'Bram Jansen',
  ])
    await core.dispatch('contacts:create', { name });
  await harness.open(page);
  const names = contacts.rows.locator('.name');
  await expect(names).toHaveText([
    'Anna de Vries',
    'Bram Jansen',
    'Pieter Hoekstra',
    'Ruud van den Berg',
    'Sjoerd van der Meer',
  ]);
  const sort = page.getByRole('combobox', { name: 'Sorteer' });
  await expect(sort.locator('option')).toHaveText(['Op voornaam', 'Op achternaam', 'Op laatste contact']);
  await sort.selectOption({ label: 'Op achternaam' });
  await expect(names).toHaveText([
    'Berg, Ruud van den',
    'Hoekstra, Pieter',
    'Jansen, Bram',
    'Meer, Sjoerd van der',
    'Vries, Anna de',
  ]);
  // Searching keeps the order asked for.
  await contacts.search.fill('van');
  await expect(names).toHaveText(['Berg, Ruud van den', 'Meer, Sjoerd van der']);
});

test('a LinkedIn address without https:// is completed, not refused', async ({ page, harness, contacts }) => {
  await harness.open(page);
  await contacts.create({ Naam: 'Anna de Vries', LinkedIn: 'linkedin.com/in/anna-de-vries' });
  await expect(page.getByRole('link', { name: 'linkedin.com/in/anna-de-vries' })).toHaveAttribute(
    'href',
    'https://linkedin.com/in/anna-de-vries',
  );
  expect(harness.core.store.data.contacts[0]).toMatchObject({
    linkedin: 'https://linkedin.com/in/anna-de-vries',
  });
});

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

test('a toast keeps clear of the list and the row just added, and stays behind a dialog', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  // A full screen of contacts, so the one added last sorts to the bottom of what is in view.
  for (let i = 0; i < 12; i++)
    await core.dispatch('contacts:create', { name: `Lid ${String(i + 1).padStart(2, '0')}` });
  await harness.open(page);
  await contacts.create({ Naam: 'Zoë Zwart' });
  const toast = page.getByRole('status').filter({ hasText: 'Zoë Zwart is opgeslagen.' });
  await expect(toast).toBeVisible();
  const row = contacts.row('Zoë Zwart');
  await row.scrollIntoViewIfNeeded();
  await expect(row).toBeInViewport();
  expect(overlap(await box(toast), await box(row)), 'the toast covers the new row').toBe(false);
  expect(overlap(await box(toast), await box(page.locator('.list-pane'))), 'the toast covers the list').toBe(
    false,
  );

  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(toast, 'a toast is not shown over an open dialog').toBeHidden();
});
