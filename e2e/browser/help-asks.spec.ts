/**
 * Hulpvragen per contact end to end (issue 14): a hulpvraag is written, put to a contact from their
 * page, and answered in a benutten conversation with them; the hulpvraag then shows the answer, and the
 * ask on disk has it with the conversation's day and the conversation itself.
 */
import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import { ContactsPage } from '../pages/contacts-page';
import { ConversationsPage } from '../pages/conversations-page';

const test = onFixedClock('2026-12-02T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL', viewport: { width: 1280, height: 800 } });

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name, exact: true });

interface Disk {
  helpAsks: {
    contactName: string;
    channel: string;
    askedOn: string;
    answer: string;
    answeredOn: string | null;
    conversationId: string | null;
  }[];
}

test('a hulpvraag asked from the contact page is answered in a benutten conversation', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  const anna = await core.dispatch('contacts:create', { name: 'Anna de Vries', warmth: 'warm' });
  if (!anna.ok) throw new Error(anna.error.message);
  await harness.open(page);

  // The hulpvraag, written on its own screen.
  await nav(page, 'Hulpvragen').click();
  await page.getByLabel('Mijn vraag').fill('Wie kent iemand bij Eneco die aan warmtenetten werkt?');
  await page.getByRole('button', { name: 'Hulpvraag opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De hulpvraag is opgeslagen.' })).toBeVisible();

  // Put to Anna from her page: nothing asked yet, then the ask with "nog geen antwoord".
  await nav(page, 'Contacten').click();
  const contacts = new ContactsPage(page);
  await contacts.row('Anna de Vries').click();
  const part = page.getByTestId('contact-asks');
  await expect(part).toContainText('Je hebt deze persoon nog niets gevraagd.');
  await part.getByRole('button', { name: 'Hulpvraag stellen…' }).click();
  await expect(part.getByLabel('Welke hulpvraag')).toBeFocused();
  await expect(part.getByLabel('Welke hulpvraag')).toHaveValue(/.+/);
  await part.getByLabel('Hoe').selectOption({ label: 'Telefoon' });
  await part.getByLabel('Gevraagd op').fill('25-11-2026');
  await part.getByRole('button', { name: 'Noteren' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Genoteerd: gevraagd aan Anna de Vries.' }),
  ).toBeVisible();
  await expect(part.getByRole('listitem')).toHaveCount(1);
  await expect(part).toContainText('Wie kent iemand bij Eneco die aan warmtenetten werkt?');
  await expect(part).toContainText('Telefoon');
  await expect(part).toContainText('nog geen antwoord');
  let disk = (await harness.journalOnDisk()) as unknown as Disk;
  expect(disk.helpAsks).toMatchObject([
    {
      contactName: 'Anna de Vries',
      channel: 'telefoon',
      askedOn: '2026-11-25',
      answer: '',
      conversationId: null,
    },
  ]);

  // A conversation with her that served benutten, held on 1 December: the part is open at once.
  const held = await core.dispatch('conversations:create', {
    contactId: (anna.data as { id: string }).id,
    date: '2026-12-01',
    status: 'gehouden',
    kind: 'tips-en-namen',
    threeB: 'benutten',
  });
  if (!held.ok) throw new Error(held.error.message);
  const conversations = new ConversationsPage(page);
  await conversations.open();
  await conversations.row('Anna de Vries').click();
  await conversations.step('evaluation');
  const answers = page.getByTestId('conversation-asks');
  await expect(answers).toContainText('Dit gesprek was om je netwerk te benutten.');
  await expect(answers.getByLabel('Welke hulpvraag')).toHaveValue(/^ask:/);
  await expect(answers.getByLabel('Welke hulpvraag').locator('option:checked')).toHaveText(
    /^Wie kent iemand bij Eneco die aan warmtenetten werkt\? \(gevraagd op \w+ 25 nov\)$/,
  );
  await answers.getByLabel('Het antwoord').fill('Bel Piet Jansen, teamleider warmte bij Eneco.');
  await answers.getByRole('button', { name: 'Antwoord noteren' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Het antwoord staat bij de hulpvraag.' }),
  ).toBeVisible();
  await expect(answers).toContainText('Beantwoord in dit gesprek');
  await expect(answers).toContainText('Bel Piet Jansen, teamleider warmte bij Eneco.');
  disk = (await harness.journalOnDisk()) as unknown as Disk;
  expect(disk.helpAsks).toMatchObject([
    {
      answer: 'Bel Piet Jansen, teamleider warmte bij Eneco.',
      answeredOn: '2026-12-01',
      conversationId: (held.data as { id: string }).id,
    },
  ]);

  // The hulpvraag and Anna's page both show the answer.
  await nav(page, 'Hulpvragen').click();
  await expect(page.getByTestId('help-asks')).toContainText(
    'Antwoord: Bel Piet Jansen, teamleider warmte bij Eneco.',
  );
  await nav(page, 'Contacten').click();
  await contacts.row('Anna de Vries').click();
  await expect(part).toContainText('Antwoord: Bel Piet Jansen, teamleider warmte bij Eneco.');
  await expect(part).not.toContainText('nog geen antwoord');
});
