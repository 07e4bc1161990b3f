/**
 * Organisaties end to end (issue 13): the real core on a real journal file. Anna (warm) and Bram (lauw)
 * work at Gemeente Utrecht, which Bram spelled in lower case; Dirk (warm) introduced Eva at Rabobank;
 * Carla at Bol is tied to no one.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import type { Harness } from '../harness';

const test = onFixedClock('2026-12-02T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL', viewport: { width: 1280, height: 800 } });

async function knownMix(harness: Harness): Promise<void> {
  const core = await harness.startCore();
  const add = async (fields: Record<string, unknown>) => {
    const result = await core.dispatch('contacts:create', fields);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return (result.data as { id: string }).id;
  };
  const anna = await add({ name: 'Anna de Vries', organisation: 'Gemeente Utrecht', warmth: 'warm' });
  await add({ name: 'Bram Bakker', organisation: 'gemeente utrecht', warmth: 'lauw', strength: 'goed' });
  const dirk = await add({ name: 'Dirk Jansen', warmth: 'warm' });
  await add({ name: 'Eva Visser', organisation: 'Rabobank', introducedById: dirk });
  await add({ name: 'Carla Smit', organisation: 'Bol', warmth: 'koud' });
  const held = await core.dispatch('conversations:create', {
    contactId: anna,
    date: '2026-11-20',
    status: 'gehouden',
    kind: 'orienterend',
    thanks: { thanked: true, how: 'email', on: '2026-11-21' },
  });
  if (!held.ok) throw new Error(JSON.stringify(held.error));
}

const menu = (page: Page): Locator => page.getByRole('navigation', { name: 'Hoofdmenu' });
const cardsOf = (page: Page): Locator =>
  page.getByRole('list', { name: 'Organisaties' }).locator(':scope > li');

/** The known mix, the app open on Organisaties; its cards, one per organisation. */
async function openOrganisations(page: Page, harness: Harness): Promise<Locator> {
  await knownMix(harness);
  await harness.open(page);
  await menu(page).getByRole('button', { name: 'Organisaties' }).click();
  await expect(page.getByRole('heading', { name: 'Organisaties', level: 1 })).toBeVisible();
  return cardsOf(page);
}

test('Organisaties shows who one knows where and the way in; typing answers "wie ken ik bij…"', async ({
  page,
  harness,
}) => {
  const cards = await openOrganisations(page, harness);
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText(['Gemeente Utrecht', 'Bol', 'Rabobank']);
  const gemeente = cards.filter({ hasText: 'Gemeente Utrecht' });
  await expect(gemeente).toContainText('2 mensen · 1 gesprek, laatste vr 20 nov');
  await expect(gemeente).toContainText('2 schrijfwijzen');
  await expect(gemeente.locator('.person .name')).toHaveText(['Anna de Vries', 'Bram Bakker']);
  await expect(gemeente).toContainText('Je kent hier iemand warm: Anna de Vries');
  // Each card is named by its organisation; each person's button says their warmth too, not only in colour.
  await expect(page.getByRole('listitem', { name: 'Gemeente Utrecht' })).toBeVisible();
  await expect(gemeente.getByRole('button', { name: /^Anna de Vries\s*Warm$/ })).toBeVisible();
  await expect(cards.filter({ hasText: 'Rabobank' })).toContainText(
    /Weg naar binnen:\s*Dirk Jansen\s*→\s*Eva Visser/,
  );
  await expect(cards.filter({ hasText: 'Bol' })).toContainText('Nog geen warme weg naar binnen');
  await expect(page.getByText('1 contact zonder organisatie')).toBeVisible();

  const search = page.getByLabel('Wie ken ik bij…?');
  await search.fill('rabo');
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText(['Rabobank']);
  await search.fill('Shell');
  await expect(page.getByRole('status').filter({ hasText: 'Je kent nog niemand bij ‘Shell’' })).toBeVisible();
  await search.fill('');

  // A person in the list opens in Contacten.
  await gemeente.getByRole('button', { name: /^Bram Bakker/ }).click();
  await expect(page.locator('#contact-name')).toHaveText('Bram Bakker');
});

test('renaming gives everyone one spelling; to another organisation’s name it merges, after asking', async ({
  page,
  harness,
}) => {
  const cards = await openOrganisations(page, harness);

  await cards.filter({ hasText: 'Bol' }).getByRole('button', { name: 'Naam wijzigen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bol een andere naam geven' });
  await dialog.getByLabel('Nieuwe naam').fill('  ');
  await dialog.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Vul dit veld in.');

  await dialog.getByLabel('Nieuwe naam').fill('gemeente utrecht');
  await dialog.getByRole('button', { name: 'Naam opslaan' }).click();
  const merge = page.getByRole('dialog', { name: 'Bol samenvoegen met Gemeente Utrecht?' });
  await expect(merge).toContainText('Iedereen bij Bol (1 persoon) krijgt de organisatie Gemeente Utrecht.');
  await merge.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Bol heet nu Gemeente Utrecht (1 contact aangepast).')).toBeVisible();
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText(['Gemeente Utrecht', 'Rabobank']);
  await expect(cards.filter({ hasText: 'Gemeente Utrecht' })).toContainText('3 mensen');

  const onDisk = await harness.journalOnDisk();
  expect(onDisk.contacts.find((c) => c.name === 'Carla Smit')).toMatchObject({
    organisation: 'Gemeente Utrecht',
  });
});

test('Ctrl+K and the name of an organisation: Contacten answers "wie ken ik bij…" above the matches', async ({
  page,
  harness,
}) => {
  await knownMix(harness);
  await harness.open(page);
  // From another screen, typed straight after Ctrl+K as one does: no letter is lost.
  await menu(page).getByRole('button', { name: 'Gesprekken' }).click();
  await page.keyboard.press('Control+K');
  await page.keyboard.type('rabo');
  await expect(page.locator('#contact-search')).toHaveValue('rabo');
  const answer = page.getByRole('complementary', { name: 'Wie ken ik bij deze organisatie?' });
  await expect(answer).toContainText('Bij Rabobank ken je: Eva Visser');
  await expect(answer).toContainText('Weg naar binnen: Dirk Jansen → Eva Visser');
  await answer.getByRole('button', { name: 'Rabobank in Organisaties' }).click();
  await expect(page.getByRole('heading', { name: 'Organisaties', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Wie ken ik bij…?')).toHaveValue('Rabobank');

  // A name that is nobody's organisation gives no answer, only the contacts found.
  await menu(page).getByRole('button', { name: 'Contacten' }).click();
  await page.locator('#contact-search').fill('Anna');
  await expect(page.locator('[role="listbox"] [role="option"]').first()).toContainText('Anna de Vries');
  await expect(answer).toHaveCount(0);
});

test('"wil ik werken": an organisation where nobody is known is marked from the search, and Vandaag asks who knows someone there', async ({
  page,
  harness,
}) => {
  const cards = await openOrganisations(page, harness);
  await page.getByLabel('Wie ken ik bij…?').fill('Shell');
  await page.getByRole('button', { name: '‘Shell’ markeren als ‘wil ik werken’' }).click();
  await expect(page.getByText('Shell staat nu bovenaan: hier wil je werken.')).toBeVisible();
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText(['Shell']);
  await expect(cards.getByRole('button', { name: 'Wil ik werken: Shell' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(cards).toContainText('Nog geen warme weg naar binnen');

  // Rabobank marked too: both marked ones lead the list.
  await page.getByLabel('Wie ken ik bij…?').fill('');
  await cards
    .filter({ hasText: 'Rabobank' })
    .getByRole('button', { name: 'Wil ik werken: Rabobank' })
    .click();
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText([
    'Rabobank',
    'Shell',
    'Gemeente Utrecht',
    'Bol',
  ]);

  await menu(page).getByRole('button', { name: 'Overzicht' }).click();
  const ask = page.locator('[data-kind="no-one-at-target"]');
  await expect(ask).toContainText('Je kent niemand bij Shell: wie kent er iemand?');
  await ask.getByRole('button', { name: 'Bekijk wie je kent' }).click();
  await expect(page.getByLabel('Wie ken ik bij…?')).toHaveValue('Shell');
  await expect(cards.first()).toContainText('Shell je kent er nog niemand');

  // Ctrl+K and its name: the answer says nobody is known there yet.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('shell');
  await expect(page.getByRole('complementary', { name: 'Wie ken ik bij deze organisatie?' })).toContainText(
    'Je kent nog niemand bij ‘Shell’',
  );

  // On disk, in the order they were marked.
  const onDisk = JSON.parse(await readFile(harness.journalPath, 'utf8')) as {
    organisations: { name: string; target: boolean }[];
  };
  expect(onDisk.organisations.map((o) => [o.name, o.target])).toEqual([
    ['Shell', true],
    ['Rabobank', true],
  ]);
});

test('"wil ik werken" is a toggle: pressed and not pressed look apart in light and dark, and it shows focus', async ({
  page,
  harness,
}) => {
  const cards = await openOrganisations(page, harness);
  const toggle = cards
    .filter({ hasText: 'Rabobank' })
    .getByRole('button', { name: 'Wil ik werken: Rabobank' });
  const other = cards.filter({ hasText: 'Bol' }).getByRole('button', { name: 'Wil ik werken: Bol' });
  const look = (button: Locator) =>
    button.evaluate((b) => {
      const style = getComputedStyle(b);
      return {
        background: style.backgroundColor,
        border: style.borderTopColor,
        star: b.textContent!.trim()[0],
      };
    });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.mouse.move(0, 0);
    const [on, off] = [await look(toggle), await look(other)];
    expect(on.star, scheme).toBe('★');
    expect(off.star, scheme).toBe('☆');
    expect(on.background, `${scheme}: pressed has its own fill`).not.toBe(off.background);
    expect(on.border, `${scheme}: and its own edge`).not.toBe(off.border);
  }
  // From the keyboard: a visible ring, and Space lets it go again.
  await other.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(other).toBeFocused();
  expect(await other.evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});
