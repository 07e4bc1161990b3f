/**
 * The network plan end to end (issue 14): the real core on a real journal file. Mijn doel is written,
 * kept while the person looks elsewhere, saved, and shown beside a conversation's preparation; a
 * hulpvraag brings the people who might help, with whether the tie is strong enough to ask, and an ask
 * is noted from there.
 */
import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import type { Harness } from '../harness';
import { ConversationsPage } from '../pages/conversations-page';

const test = onFixedClock('2026-12-02T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL', viewport: { width: 1280, height: 800 } });

async function people(harness: Harness): Promise<void> {
  const core = await harness.startCore();
  const add = async (fields: Record<string, unknown>) => {
    const result = await core.dispatch('contacts:create', fields);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  };
  await add({
    name: 'Anna de Vries',
    organisation: 'Gemeente Utrecht',
    warmth: 'warm',
    strength: 'goed',
    lastContactOn: '2026-11-20',
  });
  await add({ name: 'Bram Bakker', tags: ['warmtenetten'], warmth: 'lauw', strength: 'een-beetje' });
  await add({ name: 'Carla Smit', organisation: 'Rabobank', warmth: 'warm' });
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name, exact: true });

test('Mijn doel is kept while looking elsewhere, saved on disk, and shown beside the preparation', async ({
  page,
  harness,
}) => {
  await people(harness);
  await harness.open(page);
  await nav(page, 'Mijn doel').click();
  await expect(page.getByRole('heading', { name: 'Mijn doel', level: 1 })).toBeVisible();
  await page.getByLabel('Functie').fill('Beleidsadviseur');
  await page.getByLabel('Vakgebied').fill('Energie');
  await page
    .getByLabel('Zo stel ik mezelf voor')
    .fill('Ik ben Sanne, tien jaar bezig met de energietransitie.');
  await page.getByLabel('Verhaal 1').fill('Een wijkaanpak met 400 huishoudens opgezet.');

  // Another screen and back: the typing is still there, nothing saved yet.
  await nav(page, 'Contacten').click();
  await nav(page, 'Mijn doel').click();
  await expect(page.getByLabel('Functie')).toHaveValue('Beleidsadviseur');
  expect((await harness.journalOnDisk()) as unknown as { profile: unknown[] }).toMatchObject({ profile: [] });

  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mijn doel is opgeslagen.' })).toBeVisible();
  const disk = (await harness.journalOnDisk()) as unknown as {
    profile: { lookingFor: { role: string }; pitch: string; successStories: string[] }[];
  };
  expect(disk.profile).toMatchObject([
    {
      lookingFor: { role: 'Beleidsadviseur' },
      pitch: 'Ik ben Sanne, tien jaar bezig met de energietransitie.',
      successStories: ['Een wijkaanpak met 400 huishoudens opgezet.'],
    },
  ]);

  const conversations = new ConversationsPage(page);
  await conversations.planFor('Anna de Vries');
  await conversations.step('prepare');
  const aside = page.getByRole('complementary', { name: 'Mijn doel' });
  await expect(aside).toContainText('Beleidsadviseur · Energie');
  await expect(aside).toContainText('Ik ben Sanne, tien jaar bezig met de energietransitie.');
  await expect(aside).toContainText('Aan te passen onder ‘Mijn doel’ in het menu.');
  await nav(page, 'Mijn doel').click();
  await expect(page.getByLabel('Vakgebied')).toHaveValue('Energie');
});

test('Mijn doel: my name, the sign of what is not saved yet, and a newer version saved elsewhere is not overwritten', async ({
  page,
  harness,
  clock,
}) => {
  await people(harness);
  await harness.open(page);
  await nav(page, 'Mijn doel').click();
  const unsaved = page.getByTestId('goal-unsaved');
  await expect(page.getByLabel('Mijn naam')).toBeVisible();
  await expect(unsaved).toHaveCount(0);
  await page.getByLabel('Mijn naam').fill('Sanne de Boer');
  await expect(unsaved).toHaveText('Niet opgeslagen');
  // Typed back to what it was: nothing unsaved.
  await page.getByLabel('Mijn naam').fill('');
  await expect(unsaved).toHaveCount(0);
  await page.getByLabel('Mijn naam').fill('Sanne de Boer');
  await page.getByLabel('Functie').fill('Beleidsadviseur');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mijn doel is opgeslagen.' })).toBeVisible();
  await expect(unsaved).toHaveCount(0);
  type Disk = {
    profile: {
      name: string;
      pitch: string;
      lookingFor: { role: string; region: string };
      updatedAt: string;
    }[];
  };
  const saved = ((await harness.journalOnDisk()) as unknown as Disk).profile[0]!;
  expect(saved).toMatchObject({ name: 'Sanne de Boer', lookingFor: { role: 'Beleidsadviseur' } });

  // Saved again with nothing changed: nothing written, the version stays.
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mijn doel is opgeslagen.' })).toBeVisible();
  expect(((await harness.journalOnDisk()) as unknown as Disk).profile[0]!.updatedAt).toBe(saved.updatedAt);

  // While I type the region here, the other computer's pitch comes in (a newer version on disk).
  await page.getByLabel('Regio').fill('Utrecht');
  await expect(unsaved).toBeVisible();
  const now = (await harness.core.dispatch('profile:get', undefined)) as {
    ok: true;
    data: { profile: object; savedAt: string };
  };
  clock.advance(60_000);
  const newer = await harness.core.dispatch('profile:save', {
    ...now.data.profile,
    pitch: 'Van de andere computer.',
    since: now.data.savedAt,
  });
  expect(newer.ok).toBe(true);
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Mijn doel was intussen ergens anders gewijzigd')).toBeVisible();
  // Nothing overwritten: the newer pitch on disk, and in the form, with my region on it, still unsaved.
  let disk = ((await harness.journalOnDisk()) as unknown as Disk).profile[0]!;
  expect(disk).toMatchObject({ pitch: 'Van de andere computer.', lookingFor: { region: '' } });
  await expect(page.getByLabel('Zo stel ik mezelf voor')).toHaveValue('Van de andere computer.');
  await expect(page.getByLabel('Regio')).toHaveValue('Utrecht');
  await expect(unsaved).toBeVisible();
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mijn doel is opgeslagen.' })).toBeVisible();
  disk = ((await harness.journalOnDisk()) as unknown as Disk).profile[0]!;
  expect(disk).toMatchObject({
    name: 'Sanne de Boer',
    pitch: 'Van de andere computer.',
    lookingFor: { region: 'Utrecht' },
  });
  await expect(unsaved).toHaveCount(0);
});

test('a hulpvraag brings who might help, with whether the tie is strong enough, and an ask is noted', async ({
  page,
  harness,
}) => {
  await people(harness);
  await harness.open(page);
  await nav(page, 'Hulpvragen').click();
  await expect(page.getByRole('heading', { name: 'Hulpvragen', level: 1 })).toBeVisible();

  // Empty: refused with a message at the field, nothing written.
  await page.getByRole('button', { name: 'Hulpvraag opslaan' }).click();
  await expect(page.getByLabel('Mijn vraag')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Mijn vraag')).toBeFocused();

  await page.getByText('Zo maak je je vraag concreet').click();
  await expect(page.getByText('Vraag om mee te denken, om een naam of een tip')).toBeVisible();
  await page
    .getByLabel('Mijn vraag')
    .fill('Wie kent iemand bij de gemeente Utrecht die aan warmtenetten werkt?');
  await page.getByLabel('Wat de ander moet weten').fill('Ik wil weten hoe de wijken gekozen worden.');
  await page.getByRole('button', { name: 'Hulpvraag opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De hulpvraag is opgeslagen.' })).toBeVisible();
  await expect(page.getByLabel('Mijn vraag')).toHaveValue('');

  const list = page.getByRole('list', { name: 'Hulpvragen' });
  await expect(list.getByRole('button')).toHaveText([/warmtenetten werkt\?\s*Open/]);
  const suggestions = page.getByTestId('help-suggestions').locator(':scope > li');
  await expect(suggestions.locator('.who strong')).toHaveText(['Anna de Vries', 'Bram Bakker']);
  const anna = page.getByRole('listitem', { name: 'Anna de Vries' });
  await expect(anna).toContainText('werkt bij Gemeente Utrecht');
  await expect(anna).toContainText(
    'Sterk genoeg om te vragen: je kent elkaar goed en spreekt elkaar geregeld',
  );
  const bram = page.getByRole('listitem', { name: 'Bram Bakker' });
  // Each reason names the part of the contact that matched.
  await expect(bram).toContainText('tag: warmtenetten');
  await expect(bram).toContainText('Nog te zwak voor een gunst: je kent elkaar maar een beetje');

  await anna.getByRole('button', { name: 'Gevraagd noteren' }).click();
  await expect(anna.getByLabel('Hoe')).toBeFocused();
  await anna.getByLabel('Hoe').selectOption({ label: 'Telefoon' });
  await anna.getByRole('button', { name: 'Noteren' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Genoteerd: gevraagd aan Anna de Vries.' }),
  ).toBeVisible();
  await expect(page.getByTestId('help-asks')).toContainText('Anna de Vries');
  await expect(page.getByTestId('help-asks')).toContainText('Telefoon');
  // Asked already: listed after the others, with the ask and how it stands, and not to be noted again.
  await expect(suggestions.locator('.who strong')).toHaveText(['Bram Bakker', 'Anna de Vries']);
  await expect(anna.getByTestId('suggestion-asked')).toHaveText(
    'Al gevraagd op vandaag · Telefoon · nog geen antwoord',
  );
  await expect(anna.getByRole('button', { name: 'Gevraagd noteren' })).toHaveCount(0);
  await expect(bram.getByRole('button', { name: 'Gevraagd noteren' })).toBeVisible();
  const disk = (await harness.journalOnDisk()) as unknown as {
    helpAsks: { contactName: string; channel: string; askedOn: string }[];
  };
  expect(disk.helpAsks).toMatchObject([
    { contactName: 'Anna de Vries', channel: 'telefoon', askedOn: '2026-12-02' },
  ]);

  await page.getByRole('button', { name: 'Beantwoord', exact: true }).click();
  await expect(list.getByRole('button')).toHaveText([/warmtenetten werkt\?\s*Beantwoord/]);
});
