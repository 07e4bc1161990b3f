/**
 * Doel bereikt (issue 14): tick the goal reached on Mijn doel, follow the trail back to the people the
 * journal shows helped, thank two of them (one with a written text through the mail app, one with a
 * card), undo one, and see it all on disk.
 */
import { readFile } from 'node:fs/promises';
import type { Harness } from '../harness';
import { expect, onFixedClock } from '../fixtures';

/** Thursday 3 December 2026, 10:00 in Amsterdam. */
const test = onFixedClock('2026-12-03T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' });

async function call<T>(harness: Harness, channel: string, payload: unknown): Promise<T> {
  const result = await harness.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

/**
 * Pieter introduced Anna; Anna (with an address) gave a tip and referred me to Karin at the Provincie;
 * Bram only spoke with me; Oud's conversation is from long before.
 */
async function journey(harness: Harness): Promise<Record<string, string>> {
  await harness.startCore();
  const ids: Record<string, string> = {};
  for (const [name, organisation, email] of [
    ['Pieter Hoekstra', 'Ministerie', ''],
    ['Anna de Vries', 'Gemeente Utrecht', 'anna@example.nl'],
    ['Karin Smit', 'Provincie Utrecht', ''],
    ['Bram Jansen', '', ''],
    ['Oud Contact', '', ''],
  ] as const) {
    ids[name] = (await call<{ id: string }>(harness, 'contacts:create', { name, organisation, email })).id;
  }
  await call(harness, 'contacts:update', {
    id: ids['Anna de Vries'],
    changes: { introducedById: ids['Pieter Hoekstra'] },
  });
  const held = (contactId: string, date: string, evaluation: unknown = null) =>
    call(harness, 'conversations:create', {
      contactId,
      date,
      status: 'gehouden',
      evaluation,
      thanks: { thanked: true, how: 'email', on: date },
    });
  await held(ids['Anna de Vries']!, '2026-11-12', {
    tips: ['Volg de raadsvergaderingen'],
    referrals: [{ id: 'r1', name: 'Karin Smit', contactId: ids['Karin Smit'] }],
  });
  await held(ids['Karin Smit']!, '2026-11-20');
  await held(ids['Bram Jansen']!, '2026-10-01');
  await held(ids['Oud Contact']!, '2025-03-01');
  return ids;
}

test('reach the goal → the trail lists the right people → thank two, one with a text', async ({
  page,
  harness,
}) => {
  const ids = await journey(harness);
  await harness.open(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Mijn doel' }).click();
  await page.getByLabel('Ik heb mijn doel bereikt').check();
  await page.getByLabel('Wat (baan, opdracht, stage)').fill('Beleidsadviseur');
  await page.getByLabel('Waar', { exact: true }).fill('Provincie Utrecht');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Mijn doel is opgeslagen.')).toBeVisible();

  await page.getByRole('button', { name: 'Het spoor terug →' }).click();
  await expect(page.getByRole('heading', { name: 'Het spoor terug' })).toBeVisible();
  const people = page.getByRole('list', { name: 'Het spoor terug' }).locator(':scope > li');
  // The way in first, each under whoever led to them; then the others; nobody from long before.
  await expect(people.locator('.name')).toHaveText([
    'Pieter Hoekstra',
    'Anna de Vries',
    'Karin Smit',
    'Bram Jansen',
  ]);
  await expect(people.nth(1)).toHaveClass(/depth-1/);
  await expect(people.nth(2)).toHaveClass(/depth-2/);
  await expect(people.nth(2)).toContainText('Werkt bij Provincie Utrecht');
  await expect(people.nth(0)).toContainText('Stelde je voor aan Anna de Vries');
  await expect(people.nth(1)).toContainText('Verwees je naar Karin Smit');
  await expect(people.nth(1)).toContainText('Gaf je de tip ‘Volg de raadsvergaderingen’');
  await expect(page.getByTestId('trail-progress')).toHaveText('0 van 4 bedankt');

  // Anna: a text that says what she did, opened in the mail app, then marked sent in the same dialog.
  await people.nth(1).getByRole('button', { name: 'Bedankje schrijven…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Anna de Vries bedanken voor de hulp' });
  await expect(dialog.getByLabel('Tekst', { exact: true })).toHaveValue(
    /Mijn nieuwe plek: Beleidsadviseur bij Provincie Utrecht\. Jij hebt daaraan bijgedragen: je bracht me in contact met Karin Smit en je gaf me de tip ‘Volg de raadsvergaderingen’\./,
  );
  await dialog.getByRole('button', { name: 'Openen in e-mail' }).click();
  expect(harness.opened[0]).toMatch(/^mailto:anna@example\.nl\?subject=Het%20is%20gelukt/);
  await dialog.getByRole('button', { name: 'Markeer als bedankt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('trail-progress')).toHaveText('1 van 4 bedankt');
  await expect(people.nth(1)).toContainText('Bedankt per e-mail, op 3 dec 2026');

  // Pieter: a card, marked from the menu; then Bram, undone from the toast.
  await people.nth(0).getByRole('button', { name: 'Markeer als bedankt' }).click();
  await page.getByRole('menuitem', { name: 'Kaartje' }).click();
  await expect(page.getByTestId('trail-progress')).toHaveText('2 van 4 bedankt');
  await people.nth(3).getByRole('button', { name: 'Markeer als bedankt' }).click();
  await page.getByRole('menuitem', { name: 'Telefoon' }).click();
  await expect(page.getByTestId('trail-progress')).toHaveText('3 van 4 bedankt');
  await page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByTestId('trail-progress')).toHaveText('2 van 4 bedankt');

  // The undo's own answer comes once it is on disk; the list may show it a moment before, from a change.
  // Each thank-you is a touch marked with the goal's day; Bram's went with its undo.
  const stored = async () =>
    JSON.parse(await readFile(harness.journalPath, 'utf8')) as {
      touches: { contactId: string; channel: string; on: string; goalOn?: string }[];
    };
  await expect
    .poll(async () => (await stored()).touches.map((t) => [t.contactId, t.channel, t.on, t.goalOn]))
    .toEqual([
      [ids['Anna de Vries'], 'email', '2026-12-03', '2026-12-03'],
      [ids['Pieter Hoekstra'], 'kaartje', '2026-12-03', '2026-12-03'],
    ]);
});
