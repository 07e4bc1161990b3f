/**
 * Overzicht's map and Dunbar (issue 13 review N5 and trial): people without a kring or warmth, the
 * sentence while nobody has a strength, the bars' lengths, and the warmth columns at 1,024 px.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import type { Harness } from '../harness';
import { ContactFiltersPage } from '../pages/contact-filters-page';
import { OverviewPage } from '../pages/overview-page';

const test = onFixedClock('2026-12-02T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL', viewport: { width: 1280, height: 800 } });

/** A journal of these people, the app open on Overzicht in the language given. */
async function openOverview(
  page: Page,
  harness: Harness,
  list: Record<string, unknown>[],
  language: 'nl' | 'en' = 'nl',
): Promise<OverviewPage> {
  const core = await harness.startCore();
  await core.dispatch('settings:update', { language });
  for (const fields of list) {
    const result = await core.dispatch('contacts:create', fields);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  }
  await harness.open(page);
  const overview = new OverviewPage(page);
  await overview.open();
  return overview;
}

/** Anna and Eva have a place in the grid; Bram lacks a warmth, Carla a kring, Dirk both. */
const mixed = [
  { name: 'Anna de Vries', circle: 'werk', warmth: 'warm', strength: 'goed' },
  { name: 'Bram Bakker', circle: 'werk' },
  { name: 'Carla Smit', warmth: 'koud' },
  { name: 'Dirk Jansen' },
  { name: 'Eva Visser', circle: 'familie', warmth: 'lauw' },
];

/** How much of its cell a bar fills, in per cent. */
const filled = (bar: Locator) =>
  bar.evaluate((el) => Math.round((el.getBoundingClientRect().width / el.parentElement!.clientWidth) * 100));

test('people without a kring or warmth are counted under the map and open in Contacten', async ({
  page,
  harness,
  contacts,
}) => {
  const overview = await openOverview(page, harness, mixed);
  await expect(overview.map).toContainText('Totaal: 5 personen');
  await expect(overview.map.locator('tbody th')).toHaveText(['Familie', 'Werk of collega’s']);
  await expect(overview.map.getByTestId('overview-unplaced')).toContainText(
    '3 mensen staan nog niet in de kaart: geen kring of warmte ingevuld.',
  );

  await overview.map.getByRole('button', { name: 'Toon in Contacten', exact: true }).click();
  const filters = new ContactFiltersPage(page);
  await expect(filters.chips).toHaveText([/^Zonder kring of warmte\s*3/]);
  await expect(contacts.rows).toHaveText([/Bram Bakker/, /Carla Smit/, /Dirk Jansen/]);

  // Once Bram has a warmth he is in the grid, and the line counts two.
  await contacts.row('Bram Bakker').click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await contacts.fill({ 'Warm, lauw of koud?': 'lauw' });
  await contacts.save();
  await overview.open();
  await expect(overview.map.getByTestId('overview-unplaced')).toContainText('2 mensen staan nog niet');
  await expect(overview.cell(/^1 lauw in werk of collega’s/i)).toBeVisible();
});

test('the strength bars are as long as their share: the largest fills its cell', async ({
  page,
  harness,
}) => {
  const overview = await openOverview(page, harness, mixed);
  await overview.map.getByRole('button', { name: 'Sterkte' }).click();
  const bar = (row: string) => overview.map.locator('tr', { hasText: row }).locator('.bar-cell > *');
  // Four without a strength, one known well (1/4: three tenths), nobody else.
  expect(await filled(bar('Niet aangegeven'))).toBe(100);
  expect(await filled(bar('Ken ik goed'))).toBe(30);
  expect(await filled(bar('Ken ik heel goed'))).toBe(0);
});

test('Dunbar invites to fill in strengths while nobody has one, and counts once someone does', async ({
  page,
  harness,
  contacts,
}) => {
  const overview = await openOverview(page, harness, [
    { name: 'Bram Bakker', circle: 'werk', warmth: 'lauw' },
    { name: 'Eva Visser', circle: 'familie', warmth: 'warm' },
  ]);
  const dunbar = page.getByTestId('overview-dunbar');
  await expect(dunbar).toContainText('Hoeveel mensen ken je goed?');
  await expect(dunbar).not.toContainText('Je kent 0');

  await dunbar.getByRole('button', { name: 'Naar Contacten' }).click();
  await contacts.row('Eva Visser').click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await contacts.fill({ 'Hoe goed ken je deze persoon?': 'heel-goed' });
  await contacts.save();
  await overview.open();
  await expect(dunbar).toContainText('Je kent 1 persoon goed of heel goed');
  await expect(dunbar).not.toContainText('Hoeveel mensen ken je goed?');
});

for (const language of ['nl', 'en'] as const) {
  test(`${language}: the warmth columns' names never touch at 1024×700`, async ({ page, harness }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const overview = await openOverview(page, harness, mixed, language);
    const boxes = await overview.map.locator('thead th').evaluateAll((cells) =>
      cells.map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        const text = range.getBoundingClientRect();
        return {
          text: th.textContent,
          left: text.left,
          right: text.right,
          cellRight: th.getBoundingClientRect().right,
        };
      }),
    );
    expect(boxes.map((b) => b.text)).toEqual(
      language === 'nl' ? ['Kring', 'Warm', 'Lauw', 'Koud'] : ['Circle', 'Warm', 'Lukewarm', 'Cold'],
    );
    for (let i = 1; i < boxes.length; i++) {
      // Each name inside its own column, with room to spare before the next name.
      expect(boxes[i]!.right, `${boxes[i]!.text} inside its column`).toBeLessThanOrEqual(boxes[i]!.cellRight);
      if (i + 1 < boxes.length)
        expect(boxes[i + 1]!.left - boxes[i]!.right, `${boxes[i]!.text} and the next`).toBeGreaterThanOrEqual(
          8,
        );
    }
  });
}
