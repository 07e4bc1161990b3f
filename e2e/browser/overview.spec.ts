/**
 * Overzicht end to end (issue 13): the real core on a real journal file with a known mix, core's clock
 * and the page's on Wednesday 2 December 2026, 10:00 in Amsterdam.
 */
import type { Page } from '@playwright/test';
import type { ManualClock } from '../../electron/core/testing/manual-clock';
import { expect, onFixedClock } from '../fixtures';
import type { Harness } from '../harness';
import { ContactFiltersPage } from '../pages/contact-filters-page';
import { ContactsPage } from '../pages/contacts-page';
import { OverviewPage } from '../pages/overview-page';

const test = onFixedClock('2026-12-02T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL', viewport: { width: 1280, height: 800 } });

/**
 * Anna: held a conversation yesterday, not thanked yet (the thank-you fell due at 09:00 today).
 * Bram: known a little, last spoken on 1 October: the weak tie. Carla: known very well, quiet since
 * March: verwaterd by the six months. Dirk: spoken last week. Eva: known well, last spoken on 2 June:
 * six months to the day, verwaterd from tomorrow.
 */
async function knownMix(harness: Harness): Promise<Record<string, string>> {
  const core = await harness.startCore();
  const ids: Record<string, string> = {};
  const add = async (fields: Record<string, unknown>) => {
    const result = await core.dispatch('contacts:create', fields);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    ids[fields['name'] as string] = (result.data as { id: string }).id;
  };
  await add({ name: 'Anna de Vries', circle: 'werk', warmth: 'warm', strength: 'goed' });
  await add({
    name: 'Bram Bakker',
    circle: 'studie',
    warmth: 'lauw',
    strength: 'een-beetje',
    lastContactOn: '2026-10-01',
  });
  await add({
    name: 'Carla Smit',
    circle: 'werk',
    warmth: 'warm',
    strength: 'heel-goed',
    lastContactOn: '2026-03-15',
  });
  await add({
    name: 'Dirk Jansen',
    circle: 'werk',
    warmth: 'koud',
    strength: 'goed',
    lastContactOn: '2026-11-25',
  });
  await add({
    name: 'Eva Visser',
    circle: 'buren',
    warmth: 'lauw',
    strength: 'goed',
    lastContactOn: '2026-06-02',
  });
  const held = await core.dispatch('conversations:create', {
    contactId: ids['Anna de Vries'],
    date: '2026-12-01',
    status: 'gehouden',
    kind: 'orienterend',
  });
  if (!held.ok) throw new Error(JSON.stringify(held.error));
  return ids;
}

async function advanceTo(page: Page, clock: ManualClock, moment: string): Promise<void> {
  clock.advanceTo(moment);
  await page.clock.setFixedTime(clock.now());
}

test('an empty journal opens on Contacten; once it holds people the app opens on Overzicht, first in the menu', async ({
  page,
  harness,
}) => {
  await harness.open(page, { home: true });
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(menu.getByRole('button', { name: 'Contacten' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Contacten', level: 1 })).toBeVisible();
  await expect(menu.getByRole('button').first()).toHaveText('Overzicht');

  await page.getByRole('button', { name: 'Eerste contact toevoegen' }).click();
  const contacts = new ContactsPage(page);
  await contacts.fill({ Naam: 'Anna de Vries' });
  await contacts.save();
  await expect(contacts.toast).toContainText('Anna de Vries is opgeslagen.');
  await harness.reopen(page, { home: true });
  await expect(menu.getByRole('button', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Overzicht', level: 1 })).toBeVisible();
});

test('Vandaag says what to do and why; "niet nu" puts one away for a week', async ({ page, harness }) => {
  await knownMix(harness);
  await harness.open(page);
  const overview = new OverviewPage(page);
  await overview.open();

  await expect(overview.suggestions.locator('.ask')).toHaveText([
    'Bedank Anna de Vries',
    'Pak de draad weer op met Carla Smit',
    'Laat iets van je horen bij Bram Bakker',
    // Not Anna, whose thank-you comes first (trial s10): the next warm or lauw one.
    'Vraag Eva Visser om een netwerkgesprek',
  ]);
  await expect(overview.suggestion('Bedank Anna')).toContainText('de dag na het gesprek');
  await expect(overview.suggestion('Bram Bakker')).toContainText('2 maanden niet');
  await expect(overview.suggestion('draad weer op')).toContainText('Al 8 maanden geen contact');

  await overview.suggestion('Bram Bakker').getByRole('button', { name: 'Niet nu: Bram Bakker' }).click();
  await expect(overview.suggestion('Bram Bakker')).toHaveCount(0);
  await expect(page.getByText('Bram Bakker komt over een week terug in Vandaag.')).toBeVisible();
  expect(harness.core.store.data.dismissals.map((d) => [d.key.split(':')[0], d.until])).toEqual([
    ['weak-tie', '2026-12-09'],
  ]);

  // "Bedanken" opens the conversation at its Bedankje to do it; nothing asks how yet (trial s9).
  await overview.suggestion('Bedank Anna').getByRole('button', { name: 'Bedanken', exact: true }).click();
  await expect(page.locator('#conversation-thanks')).toBeFocused();
  await expect(page.locator('#conversation-thanks')).toBeInViewport();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Back in Overzicht, "Ik heb bedankt" is the moment the question comes; the answer finishes it.
  await overview.open();
  await overview
    .suggestion('Bedank Anna')
    .getByRole('button', { name: 'Ik heb Anna de Vries bedankt' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Hoe heb je bedankt?' });
  await dialog.getByRole('button', { name: 'E-mail' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(overview.suggestion('Bedank Anna')).toHaveCount(0);
  expect(harness.core.store.data.conversations[0]!.thanks).toMatchObject({ thanked: true, how: 'email' });
});

test('a cell of the network map opens Contacten filtered to that kring and warmth', async ({
  page,
  harness,
  contacts,
}) => {
  await knownMix(harness);
  await harness.open(page);
  const overview = new OverviewPage(page);
  await overview.open();
  await expect(overview.map).toContainText('5 personen');

  await overview.cell(/^2 warm in werk of collega’s/i).click();
  const filters = new ContactFiltersPage(page);
  await expect(filters.chips).toHaveText([/^Werk of collega’s\s*2/, /^Warm\s*2/]);
  await expect(contacts.rows).toHaveText([/Anna de Vries/, /Carla Smit/]);

  // The second view: by strength; "goed" holds Anna, Dirk and Eva.
  await overview.open();
  await overview.map.getByRole('button', { name: 'Sterkte' }).click();
  await overview.map.getByRole('button', { name: /^Ken ik goed: 3,/ }).click();
  await expect(contacts.rows).toHaveText([/Anna de Vries/, /Dirk Jansen/, /Eva Visser/]);
});

test('a verwaterd person gets a logged touch and leaves the list; a new day brings the next one', async ({
  page,
  harness,
  clock,
}) => {
  const ids = await knownMix(harness);
  await harness.open(page);
  const overview = new OverviewPage(page);
  await overview.open();
  await expect(overview.quietRows).toHaveCount(1);
  await expect(overview.quietRow('Carla Smit')).toContainText('Laatste contact 8 maanden geleden');

  await overview.quietRow('Carla Smit').getByRole('button', { name: 'Contact noteren' }).click();
  const dialog = overview.touchDialog;
  await expect(dialog.getByRole('heading', { name: 'Contact met Carla Smit noteren' })).toBeVisible();
  await dialog.getByLabel('Hoe').selectOption('bericht');
  await dialog.getByLabel('Bouwen, bevestigen of benutten?').selectOption('benutten');
  await dialog.getByLabel('Notitie').fill('Gevraagd wie ze kent bij de provincie');
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog).toBeHidden();
  await expect(overview.quiet).toContainText('Geen verwaterde relaties');
  await expect(overview.suggestion('draad weer op')).toHaveCount(0);
  const touch = harness.core.store.data.touches.find((t) => t.contactId === ids['Carla Smit']);
  expect([touch?.on, touch?.channel, touch?.threeB]).toEqual(['2026-12-02', 'bericht', 'benutten']);

  // Just past midnight Eva's six months are over: the open screen follows without a reload.
  await advanceTo(page, clock, '2026-12-03T00:10:00+01:00');
  await expect(overview.quietRows).toHaveText([/Eva Visser/]);
});

test('the weekly goal set in Instellingen moves Ritme', async ({ page, harness }) => {
  const ids = await knownMix(harness);
  // One touch this week (from Monday 30 November) besides the conversation of yesterday: two in all.
  await harness.core.dispatch('touches:add', {
    contactId: ids['Dirk Jansen'],
    channel: 'telefoon',
    on: '2026-11-30',
  });
  await harness.open(page);
  const overview = new OverviewPage(page);
  await overview.open();
  const thisWeek = overview.rhythmRows.last();
  await expect(overview.rhythm).toContainText('Doel: 2 gesprekken of contacten per week');
  await expect(thisWeek).toHaveText(/week van 30 nov.*1.*1.*ja/);
  await expect(overview.rhythm).toContainText('1 week op rij je doel gehaald');

  await overview.rhythm.getByRole('button', { name: 'Doel aanpassen' }).click();
  const goal = page.getByLabel('Weekdoel');
  // The field is ready to type in: no looking for it in Instellingen.
  await expect(goal).toBeFocused();
  await goal.fill('3');
  await goal.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await overview.open();
  await expect(overview.rhythm).toContainText('Doel: 3 gesprekken of contacten per week');
  await expect(thisWeek).toHaveText(/week van 30 nov.*1.*1.*nee/);
  await expect(overview.rhythm).toContainText('Nog geen reeks');
});
