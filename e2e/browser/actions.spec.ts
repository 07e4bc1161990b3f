/**
 * The Actieplan end to end (issue 14): the real core on a real journal file, on Thursday 3 December 2026
 * (week 49). Anna (warm) and Bram (lauw) are suggested, Carla (koud) is not; three actions planned, one
 * done with a look back, whose reminder goes; one moved a week with the keyboard; a conversation planned
 * from an action.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import type { Harness } from '../harness';

const test = onFixedClock('2026-12-03T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL', viewport: { width: 1280, height: 800 } });

interface Disk {
  plannedActions: {
    id: string;
    what: string;
    week: string | null;
    doneOn: string | null;
    reflection: unknown;
  }[];
  reminders: { id: string; title: string; state: string }[];
}
const onDisk = async (harness: Harness): Promise<Disk> =>
  JSON.parse(await readFile(harness.journalPath, 'utf8'));

async function people(harness: Harness): Promise<void> {
  const core = await harness.startCore();
  for (const fields of [
    { name: 'Anna de Wit', warmth: 'warm', strength: 'heel-goed' },
    { name: 'Bram Bakker', warmth: 'lauw', strength: 'goed' },
    { name: 'Carla Smit', warmth: 'koud', strength: 'een-beetje' },
  ]) {
    const result = await core.dispatch('contacts:create', fields);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  }
}

const menu = (page: Page): Locator => page.getByRole('navigation', { name: 'Hoofdmenu' });
const group = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });
const toast = (page: Page, text: string): Locator => page.getByRole('status').filter({ hasText: text });

async function openPlan(page: Page, harness: Harness): Promise<void> {
  await people(harness);
  await harness.open(page);
  await menu(page).getByRole('button', { name: 'Actieplan' }).click();
  await expect(page.getByRole('heading', { name: 'Actieplan', level: 1 })).toBeVisible();
}

async function add(page: Page, what: string): Promise<void> {
  await page.getByLabel('Wat ga je doen?').fill(what);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(toast(page, `Gepland: ${what}`)).toBeVisible();
}

/** 'Koffie met Bram', Bram chosen through the contact picker, next week (week 50). */
async function planBramNextWeek(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Contact' }).fill('Bram');
  await page.getByRole('option', { name: /Bram Bakker/ }).click();
  await page.getByLabel('Week', { exact: true }).selectOption({ label: 'Volgende week (week 50)' });
  await add(page, 'Koffie met Bram');
}

/** 'Om een verwijzing vragen' with someone not in the journal, in words, in week 52. */
async function planRabobankInWeek52(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'Iemand anders' }).check();
  await page.getByLabel('Wie, in je eigen woorden').fill('iemand bij Rabobank');
  await page.getByLabel('Week', { exact: true }).selectOption({ value: '2026-W52' });
  await add(page, 'Om een verwijzing vragen');
}

test('plan three actions, one done with a look back: its reminder goes, the reflection is on disk', async ({
  page,
  harness,
}) => {
  await openPlan(page, harness);
  await expect(page.getByRole('heading', { name: 'Nog niets gepland' })).toBeVisible();
  // The people close by first: warm Anna, then lauw Bram; cold Carla is not suggested.
  const suggestions = page.getByRole('region', { name: 'Wie kun je benaderen?' });
  await expect(suggestions.getByRole('button')).toHaveText(['Anna de Wit', 'Bram Bakker']);

  // 1. Anna, from the suggestions, this week (the week chosen by default), bellen.
  await suggestions.getByRole('button', { name: 'Plan iets met Anna de Wit' }).click();
  await expect(page.getByLabel('Wat ga je doen?')).toBeFocused();
  await page.getByLabel('Soort').selectOption({ label: 'Bellen' });
  await add(page, 'Anna bellen over de zorg');
  // 2. Bram, through the contact picker, next week; 3. someone not in the journal, in words, in week 52.
  await planBramNextWeek(page);
  await planRabobankInWeek52(page);

  await expect(page.getByRole('heading', { name: 'Nog niets gepland' })).toHaveCount(0);
  await expect(group(page, 'Deze week').getByRole('listitem')).toHaveCount(1);
  await expect(group(page, 'Deze week')).toContainText('Anna de Wit · Anna bellen over de zorg');
  await expect(group(page, 'Volgende weken').locator('li.action')).toHaveText([
    /Bram Bakker · Koffie met Bram.*week 50 \(vanaf 7 dec\)/,
    /iemand bij Rabobank · Om een verwijzing vragen.*week 52 \(vanaf 21 dec\)/,
  ]);
  let disk = await onDisk(harness);
  expect(disk.plannedActions).toHaveLength(3);
  const anna = disk.plannedActions.find((a) => a.what === 'Anna bellen over de zorg')!;
  expect(
    disk.reminders
      .filter((r) => r.id.startsWith('actie-'))
      .map((r) => r.title)
      .sort(),
  ).toEqual(['Anna bellen over de zorg', 'Koffie met Bram', 'Om een verwijzing vragen']);

  // Anna's action done, with a look back.
  const row = group(page, 'Deze week').getByRole('listitem').filter({ hasText: 'Anna bellen' });
  await row.getByRole('button', { name: 'Gedaan…' }).click();
  await expect(page.getByLabel('Wat bracht het?')).toBeFocused();
  await page.getByLabel('Wat bracht het?').fill('Twee namen bij het UMC');
  await page.getByRole('radio', { name: 'Ja', exact: true }).check();
  await page.getByLabel('Volgende stap').fill('Piet van het UMC mailen');
  await page.getByRole('button', { name: 'Opslaan als gedaan' }).click();
  await expect(toast(page, 'Gedaan. Je terugblik is opgeslagen.')).toBeVisible();
  const done = group(page, 'Gedaan').getByRole('listitem').filter({ hasText: 'Anna bellen' }).first();
  await expect(done).toContainText('Gedaan op vandaag');
  await expect(done).toContainText('Bracht: Twee namen bij het UMC');
  await expect(done).toContainText('Actie terug: Ja');
  await expect(done).toContainText('Volgende stap: Piet van het UMC mailen');
  await expect(group(page, 'Deze week')).toContainText('Niets gepland.');

  disk = await onDisk(harness);
  expect(disk.plannedActions.find((a) => a.id === anna.id)).toMatchObject({
    doneOn: '2026-12-03',
    reflection: {
      brought: 'Twee namen bij het UMC',
      actedInReturn: 'ja',
      nextStep: 'Piet van het UMC mailen',
    },
  });
  expect(disk.reminders.some((r) => r.id === `actie-${anna.id}`)).toBe(false);

  // Herinneringen no longer holds it; the other two are there.
  await menu(page).getByRole('button', { name: 'Herinneringen' }).click();
  await expect(page.getByText('Koffie met Bram')).toBeVisible();
  await expect(page.getByText('Om een verwijzing vragen')).toBeVisible();
  await expect(page.getByText('Anna bellen over de zorg')).toHaveCount(0);

  // Anna's timeline on her contact page holds the action, with what it brought.
  await menu(page).getByRole('button', { name: 'Contacten' }).click();
  await page.getByRole('option', { name: /Anna de Wit/ }).click();
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline).toContainText('Actie uit je actieplan · Bellen');
  await expect(timeline).toContainText('Anna bellen over de zorg');
  await expect(timeline).toContainText('Bracht: Twee namen bij het UMC');
});

test('an action moves a week with the keyboard, and a conversation is planned from it', async ({
  page,
  harness,
}) => {
  await openPlan(page, harness);
  await planBramNextWeek(page);

  const bram = page.locator('li.action').filter({ hasText: 'Koffie met Bram' });
  // Nothing planned this week can go further back than now.
  await bram.getByRole('button', { name: 'Een week later' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(toast(page, 'Verplaatst naar week 51 (vanaf 14 dec).')).toBeVisible();
  await expect(bram).toContainText('week 51 (vanaf 14 dec)');
  // The moved action keeps the focus, so the next press moves it again.
  await expect(bram).toBeFocused();
  let disk = await onDisk(harness);
  expect(disk.plannedActions[0]).toMatchObject({ week: '2026-W51' });
  // Two presses in quick succession count twice: back to this week.
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(toast(page, 'Verplaatst naar week 49 (vanaf 30 nov).')).toBeVisible();
  await expect(bram).toContainText('week 49');
  await expect(bram.getByRole('button', { name: 'Een week eerder' })).toBeDisabled();
  disk = await onDisk(harness);
  expect(disk.plannedActions[0]).toMatchObject({ week: '2026-W49' });
  await expect(group(page, 'Deze week')).toContainText('Koffie met Bram');

  await bram.getByRole('button', { name: 'Gesprek plannen' }).click();
  await expect(page.getByLabel('Wat wil ik te weten komen?')).toHaveValue('Koffie met Bram');
  await expect(page.getByText('Bram Bakker').first()).toBeVisible();
});

test('an action is dragged to another week: onto a group, or onto an action in the week wanted', async ({
  page,
  harness,
}) => {
  await openPlan(page, harness);
  await planBramNextWeek(page);
  await planRabobankInWeek52(page);
  await expect(page.getByText('of sleep ze naar een andere week')).toBeVisible();

  const bram = page.locator('li.action').filter({ hasText: 'Koffie met Bram' });
  const rabobank = page.locator('li.action').filter({ hasText: 'Om een verwijzing vragen' });
  // Onto "Deze week": this week.
  await bram.dragTo(page.getByTestId('actions-group-thisWeek'));
  await expect(toast(page, 'Verplaatst naar week 49 (vanaf 30 nov).')).toBeVisible();
  await expect(group(page, 'Deze week')).toContainText('Koffie met Bram');
  expect((await onDisk(harness)).plannedActions.find((a) => a.what === 'Koffie met Bram')).toMatchObject({
    week: '2026-W49',
  });
  // Onto another action: that action's week.
  await bram.dragTo(rabobank);
  await expect(toast(page, 'Verplaatst naar week 52 (vanaf 21 dec).')).toBeVisible();
  await expect(bram).toContainText('week 52 (vanaf 21 dec)');
  expect((await onDisk(harness)).plannedActions.find((a) => a.what === 'Koffie met Bram')).toMatchObject({
    week: '2026-W52',
  });

  // Alt+↑/↓ is in the list of shortcuts.
  await page.getByRole('heading', { name: 'Actieplan', level: 1 }).click();
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(
    shortcuts.getByRole('row', { name: /Alt\s*\+\s*↑.*Alt\s*\+\s*↓.*een week eerder of later/ }),
  ).toBeVisible();
});

test('the Actieplan passes axe-core, empty and with a look back open', async ({ page, harness }) => {
  test.setTimeout(120_000);
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  await openPlan(page, harness);
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: 'Plan iets met Anna de Wit' }).click();
  await add(page, 'Anna bellen');
  await page.locator('li.action').getByRole('button', { name: 'Gedaan…' }).click();
  await expect(page.getByLabel('Wat bracht het?')).toBeFocused();
  expect(await serious()).toEqual([]);
});
