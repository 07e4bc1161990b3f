/**
 * What follows from the network plan, end to end (issue 14), on Thursday 3 December 2026: an ask without
 * an answer comes back as a reminder a week later and leads to the contact, and goes once the hulpvraag
 * is answered; an action's reminder marked done marks the action done and offers its look back, which
 * Wat leer ik then shows with its source; a helper whose referral led to a conversation four weeks ago
 * is suggested under Vandaag, one click opening the progress text to them.
 */
import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import type { Harness } from '../harness';
import { ContactsPage } from '../pages/contacts-page';
import { OverviewPage } from '../pages/overview-page';
import { RemindersPage } from '../pages/reminders-page';

const test = onFixedClock('2026-12-03T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL', viewport: { width: 1280, height: 800 } });

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name, exact: true });
const toast = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

async function made<T = { id: string }>(harness: Harness, channel: string, payload: unknown): Promise<T> {
  const result = await harness.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as T;
}

const FOLLOW_UP = 'Vraag Anna de Vries of er al nieuws is over ‘Wie kent iemand bij Eneco?’';

test('an ask without an answer comes back a week later, leads to the contact, and goes once answered', async ({
  page,
  harness,
}) => {
  await harness.startCore();
  await made(harness, 'contacts:create', { name: 'Anna de Vries', warmth: 'warm' });
  await made(harness, 'helpRequests:create', { question: 'Wie kent iemand bij Eneco?' });
  await harness.open(page);

  // Put to Anna from her page, on 24 November: a week later, 1 December, it was to follow up. Noted
  // only now, it is due at once: listed under Vandaag, not announced.
  await nav(page, 'Contacten').click();
  const contacts = new ContactsPage(page);
  await contacts.row('Anna de Vries').click();
  const part = page.getByTestId('contact-asks');
  await part.getByRole('button', { name: 'Hulpvraag stellen…' }).click();
  await part.getByLabel('Gevraagd op').fill('24-11-2026');
  await part.getByRole('button', { name: 'Noteren' }).click();
  await expect(toast(page, 'Genoteerd: gevraagd aan Anna de Vries.')).toBeVisible();

  const reminders = new RemindersPage(page);
  await reminders.open();
  await expect(reminders.row(FOLLOW_UP, 'today')).toBeVisible();
  await expect(reminders.row(FOLLOW_UP, 'today')).toContainText('Opvolgen');
  // Its link leads to Anna, where the asks are.
  await reminders.openLinked(FOLLOW_UP);
  const annaPage = page.getByRole('article', { name: 'Anna de Vries' });
  await expect(annaPage.getByRole('heading', { name: 'Anna de Vries', level: 1 })).toBeVisible();
  await expect(annaPage.getByTestId('contact-asks')).toContainText('nog geen antwoord');

  // The hulpvraag answered: the reminder goes, on screen and on disk.
  await nav(page, 'Hulpvragen').click();
  await page.getByRole('button', { name: 'Beantwoord', exact: true }).click();
  await reminders.open();
  await expect(reminders.row(FOLLOW_UP)).toHaveCount(0);
  const disk = (await harness.journalOnDisk()) as unknown as { reminders: { id: string }[] };
  expect((disk.reminders as { id: string }[]).filter((r) => r.id.startsWith('vraag-'))).toEqual([]);
});

test("an action's reminder marked done marks the action done; its look back shows in Wat leer ik", async ({
  page,
  harness,
}) => {
  await harness.startCore();
  const anna = await made(harness, 'contacts:create', { name: 'Anna de Wit', warmth: 'warm' });
  await made(harness, 'actions:create', {
    contactId: anna.id,
    what: 'Anna bellen over Eneco',
    date: '2026-12-03',
  });
  await harness.open(page);

  const reminders = new RemindersPage(page);
  await reminders.open();
  await reminders.done('Anna bellen over Eneco');
  const offered = toast(page, 'de actie staat in je actieplan als gedaan');
  await expect(offered).toBeVisible();
  await offered.getByRole('button', { name: 'Terugblikken' }).click();

  // Actieplan, the action under Gedaan with its look back open.
  await expect(page.getByRole('heading', { name: 'Actieplan', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Wat bracht het?')).toBeVisible();
  await page.getByLabel('Wat bracht het?').fill('De naam van Karin bij Eneco');
  await page.getByRole('radio', { name: 'Ja', exact: true }).check();
  await page.getByLabel('Volgende stap').fill('Karin mailen');
  await page.getByRole('button', { name: 'Opslaan als gedaan' }).click();
  const done = page.getByRole('region', { name: 'Gedaan', exact: true }).getByRole('listitem').first();
  await expect(done).toContainText('Gedaan op vandaag');
  await expect(done).toContainText('Bracht: De naam van Karin bij Eneco');
  const disk = (await harness.journalOnDisk()) as unknown as { plannedActions: { doneOn: string | null }[] };
  expect((disk.plannedActions as { doneOn: string | null }[]).map((a) => a.doneOn)).toEqual(['2026-12-03']);

  // Wat leer ik: the look back, with the action and the person it comes from.
  await nav(page, 'Wat leer ik').click();
  const reflections = page.getByTestId('learning-reflections');
  await expect(reflections.getByRole('listitem')).toHaveCount(1);
  await expect(reflections).toContainText('De naam van Karin bij Eneco');
  await expect(reflections).toContainText('Ondernam de persoon weer actie naar jou? Ja');
  await expect(reflections).toContainText('Karin mailen');
  await reflections.getByRole('button', { name: 'Actie ‘Anna bellen over Eneco’ · Anna de Wit' }).click();
  await expect(page.getByRole('article', { name: 'Anna de Wit' })).toBeVisible();
});

test('Vandaag: tell a helper how it is going, four weeks after the conversation they led to', async ({
  page,
  harness,
}) => {
  await harness.startCore();
  const anna = await made(harness, 'contacts:create', { name: 'Anna de Vries', lastContactOn: '2026-10-15' });
  const bram = await made(harness, 'contacts:create', { name: 'Bram Jansen', introducedById: anna.id });
  await made(harness, 'conversations:create', {
    contactId: bram.id,
    date: '2026-11-03',
    status: 'gehouden',
    thanks: { thanked: true, how: 'email', on: '2026-11-04' },
  });
  await harness.open(page);
  const overview = new OverviewPage(page);
  await overview.open();

  const nudge = overview.suggestion('Laat Anna de Vries weten hoe het gaat');
  await expect(nudge).toContainText(
    'Anna de Vries verwees je naar Bram Jansen, met wie je 4 weken geleden sprak.',
  );
  await nudge.getByRole('button', { name: 'Bericht schrijven' }).click();
  const dialog = page.getByRole('dialog', { name: 'Laat Anna de Vries weten hoe het gaat' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Tekst', { exact: true })).toHaveValue(
    /Via jou kwam ik bij Bram Jansen terecht/,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await nudge.getByRole('button', { name: 'Niet nu: Anna de Vries' }).click();
  await expect(overview.suggestion('Laat Anna de Vries weten hoe het gaat')).toHaveCount(0);
  expect(harness.core.store.data.dismissals.map((d) => [d.key, d.until])).toEqual([
    [`keep-informed:${anna.id}`, '2026-12-10'],
  ]);
});
