import { expect, test } from '../fixtures';
import { importConnections } from '../import-people';
import { ExchangePage } from '../pages/exchange-page';

/** Issue 12, sorting people in: one person at a time, circle, warmth and strength by single keys. */

test('the sort-in pass takes everyone imported without a strength, one at a time, by single keys, saved on disk', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  await core.dispatch('contacts:create', { name: 'Bram Jansen', strength: 'goed' });
  // Typed in by hand with the strength left open ('onbekend'): the person has seen her, she is not waiting.
  await core.dispatch('contacts:create', { name: 'Eva Koster' });
  await importConnections(core, [
    { firstName: 'Anna', lastName: 'de Vries', company: 'Gemeente Utrecht' },
    { firstName: 'Carla', lastName: 'Smit' },
    { firstName: 'Daan', lastName: 'Mulder', connectedOn: '12 Mar 2024' },
  ]);
  await harness.open(page);
  const pass = new ExchangePage(page);

  await expect(pass.unsorted).toContainText('3 contacten nog in te delen');
  await pass.startSortIn();
  await expect(pass.sortInProgress).toHaveText('1 van 3');
  await expect(pass.sortInName).toHaveText('Anna de Vries');
  await expect(pass.sortInName).toBeFocused();
  // Each choice shows the key that picks it.
  await expect(pass.choice('5 Werk of collega’s')).toBeVisible();
  await expect(pass.choice('W Warm: ik ken deze persoon zelf')).toBeVisible();
  await expect(pass.choice('G Ken ik goed')).toBeVisible();

  await page.keyboard.press('5');
  await page.keyboard.press('w');
  await expect(pass.choice('5 Werk of collega’s')).toHaveAttribute('aria-pressed', 'true');
  await expect(pass.sortInSave).toHaveText('Anna de Vries: opgeslagen.');
  // The third of the three moves on to the next person.
  await page.keyboard.press('g');
  await expect(pass.sortInProgress).toHaveText('2 van 3');
  await expect(pass.sortInName).toHaveText('Carla Smit');
  await expect(pass.sortInSave).toHaveText('Anna de Vries: opgeslagen.');
  const anna = () => harness.journalOnDisk().then((j) => j.contacts.find((c) => c.name === 'Anna de Vries'));
  expect(await anna()).toMatchObject({ circle: 'werk', warmth: 'warm', strength: 'goed' });

  // Skip, and back again: what was chosen is shown.
  await expect(pass.sortIn.getByRole('button', { name: /^Overslaan/ })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(pass.sortInName).toHaveText('Daan Mulder');
  await expect(pass.sortIn).toContainText('Verbonden op LinkedIn sinds 12 maart 2024.');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(pass.sortInName).toHaveText('Anna de Vries');
  await expect(pass.choice('G Ken ik goed')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(pass.sortInName).toHaveText('Carla Smit');
  await page.keyboard.press('B');
  await expect(pass.sortInSave).toHaveText('Carla Smit: opgeslagen.');
  await expect(pass.sortInName).toHaveText('Carla Smit');
  await page.keyboard.press('Enter');
  await expect(pass.sortInName).toHaveText('Daan Mulder');
  await expect(pass.sortInProgress).toHaveText('3 van 3');
  await page.keyboard.press('ArrowRight');
  await expect(pass.sortIn.getByRole('heading', { name: 'Je bent door de lijst heen' })).toBeVisible();
  await expect(pass.sortIn).toContainText('Er is nog 1 geïmporteerd contact zonder');

  await page.keyboard.press('Escape');
  await expect(pass.sortIn).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '2 contacten ingedeeld.' })).toBeVisible();
  await expect(pass.unsorted).toContainText('1 contact nog in te delen');
  const onDisk = await harness.journalOnDisk();
  const strengths = onDisk.contacts.map((c) => [c.name, (c as { strength?: string }).strength]);
  expect(strengths.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
    ['Anna de Vries', 'goed'],
    ['Bram Jansen', 'goed'],
    ['Carla Smit', 'een-beetje'],
    ['Daan Mulder', null],
    ['Eva Koster', null],
  ]);
});

test('with everyone sorted in, Contacten offers no pass', async ({ page, harness }) => {
  const core = await harness.startCore();
  await core.dispatch('contacts:create', { name: 'Bram Jansen', strength: 'goed' });
  await harness.open(page);
  await expect(page.getByRole('option', { name: /Bram Jansen/ })).toBeVisible();
  await expect(new ExchangePage(page).unsorted).toHaveCount(0);
});

test('the choices and buttons of the pass stay in one place from person to person', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  // One with a long name, role and organisation and when you connected; one known by name only.
  await importConnections(core, [
    {
      firstName: 'Anna Maria Theodora',
      lastName: 'van den Berg-de Vries',
      company: 'Ministerie van Onderwijs, Cultuur en Wetenschap, directie Arbeidsmarkt',
      position: 'Senior beleidsmedewerker arbeidsmarkt en onderwijs',
      connectedOn: '12 Mar 2024',
    },
    { firstName: 'Bo', lastName: '' },
  ]);
  await harness.open(page);
  const pass = new ExchangePage(page);
  await pass.startSortIn();
  const buttons = [
    pass.choice('1 Familie'),
    pass.choice(/^K Koud/),
    pass.choice(/^B Ken ik een beetje/),
    pass.sortIn.getByRole('button', { name: /^Overslaan/ }),
    pass.sortIn.getByRole('button', { name: /^Klaar/ }),
  ];
  const places = () => Promise.all(buttons.map((b) => b.boundingBox()));

  await expect(pass.sortInName).toHaveText('Anna Maria Theodora van den Berg-de Vries');
  const first = await places();
  await page.keyboard.press('ArrowRight');
  await expect(pass.sortInName).toHaveText('Bo');
  expect(await places()).toEqual(first);
  // And back: the long lines do not push anything down either.
  await page.keyboard.press('ArrowLeft');
  await expect(pass.sortInName).toHaveText('Anna Maria Theodora van den Berg-de Vries');
  expect(await places()).toEqual(first);
});

for (const [width, height, fits] of [
  [1024, 700, true],
  [800, 480, false],
] as const) {
  test(`in a ${width}×${height} window, in English, every choice and button of the pass can be reached${fits ? ' without scrolling' : ''}`, async ({
    page,
    harness,
  }) => {
    await page.setViewportSize({ width, height });
    const core = await harness.startCore();
    await core.dispatch('settings:update', { language: 'en' });
    await importConnections(core, [
      {
        firstName: 'Anna Maria',
        lastName: 'van den Berg',
        company: 'Ministry of Education, Culture and Science',
        position: 'Senior policy officer',
        connectedOn: '12 Mar 2024',
      },
      { firstName: 'Bo', lastName: '' },
    ]);
    await harness.open(page);
    const pass = new ExchangePage(page);
    await pass.startSortIn();
    await expect(pass.sortInName).toHaveText('Anna Maria van den Berg');
    const done = pass.sortIn.getByRole('button', { name: /^Done/ });
    const skip = pass.sortIn.getByRole('button', { name: /^Skip/ });
    // The buttons that end or move the pass are always in view, however short the window.
    for (const button of [done, skip]) await expect(button).toBeInViewport({ ratio: 1 });
    const choices = pass.sortIn.locator('fieldset button');
    await expect(choices).toHaveCount(15);
    for (const choice of await choices.all()) {
      if (fits) await expect(choice).toBeInViewport({ ratio: 1 });
      else {
        await choice.scrollIntoViewIfNeeded();
        await expect(choice).toBeInViewport({ ratio: 1 });
        // Scrolled to, the choice is not under the footer that stays in view.
        const box = (await choice.boundingBox())!;
        const footer = (await pass.sortIn.locator('footer').boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(footer.y);
      }
    }
    await done.click();
    await expect(pass.sortIn).toBeHidden();
  });
}
