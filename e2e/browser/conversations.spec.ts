import { readFile } from 'node:fs/promises';
import { ContactFields, JOURNAL_SCHEMA_VERSION } from '../../electron/contract/domain';
import { expect, test } from '../fixtures';
import { ConversationsPage } from '../pages/conversations-page';
import { HistoryPage } from '../pages/history-page';

const Q1 = 'Wie zou ik volgens jou nog meer moeten spreken over dit vak?';
const Q2 = 'Ken je organisaties die de moeite waard zijn om eens te benaderen?';

test('plan, hold and evaluate a conversation; a referral becomes a contact with its chain; lessons add up', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  const piet = core.contacts.create(ContactFields.parse({ name: 'Piet Hoekstra', warmth: 'warm' }));
  core.contacts.create(
    ContactFields.parse({ name: 'Anna de Vries', organisation: 'Gemeente Utrecht', introducedById: piet.id }),
  );
  await harness.open(page);
  const conversations = new ConversationsPage(page);
  const history = new HistoryPage(page);

  // Prepare: a goal and two questions from the bank.
  await conversations.planFor('Anna de Vries', { goal: 'Hoe ziet beleidswerk bij een gemeente eruit?' });
  await conversations.pickQuestion(Q1);
  await conversations.pickQuestion(Q2);
  await conversations.save();
  await expect(conversations.row('Anna de Vries')).toBeVisible();

  // Hold it and evaluate right away: what went well, what could be better, a tip, two referrals.
  await conversations.markHeld();
  await expect(conversations.nudge).toContainText('1 gesprek');
  await conversations.evaluate({
    wentWell: 'Goed voorbereid, prettige sfeer.',
    couldBeBetter: 'Mijn vragen waren te algemeen\nEerder doorvragen naar namen',
    tips: ['Kijk bij de vacaturebank van de VNG'],
    referrals: [
      { name: 'Karin Smit', organisation: 'Provincie Utrecht', role: 'Teamleider', why: 'Zoekt starters' },
      { name: 'Joost Peters', organisation: 'VNG', role: 'Adviseur' },
    ],
  });
  await expect(conversations.nudge).toBeHidden();
  await conversations.markThanked('kaartje');

  // One referral becomes a contact in one step: introduced by Anna, warmth lauw.
  await conversations.makeContactFromReferral('Karin Smit');
  await conversations.openReferralContact('Karin Smit');
  await expect(contacts.detailHeading).toHaveText('Karin Smit');
  await expect(page.getByText('Lauw', { exact: true })).toBeVisible();
  expect(await history.introducedByNames()).toEqual(['Anna de Vries', 'Piet Hoekstra']);
  await expect(history.referredIn).toContainText(['Anna de Vries']);

  // The introducer sees what came of the introduction.
  await history.followChainLink('Anna de Vries');
  await expect(contacts.detailHeading).toHaveText('Anna de Vries');
  await expect(history.introducedPerson('Karin Smit')).toBeVisible();
  await expect(history.timelineRows).toHaveCount(1);
  await history.logTouch('kaartje', '2026-11-20', 'Bedankkaartje gestuurd');
  await expect(history.timelineRows).toHaveCount(2);

  // What I learn: every "kon beter" point and tip, with its conversation and contact.
  await history.openLearning();
  await expect(history.learningPoint('Mijn vragen waren te algemeen')).toContainText('Anna de Vries');
  await expect(history.learningPoint('Eerder doorvragen naar namen')).toBeVisible();
  await expect(history.learningPoint('Kijk bij de vacaturebank van de VNG')).toBeVisible();

  // Close and reopen on the same file: everything is still there.
  await harness.reopen(page);
  const onDisk = JSON.parse(await readFile(harness.journalPath, 'utf8'));
  expect(onDisk.schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
  const [conversation] = onDisk.conversations;
  const karin = onDisk.contacts.find((c: { name: string }) => c.name === 'Karin Smit');
  expect(conversation).toMatchObject({
    status: 'gehouden',
    goal: 'Hoe ziet beleidswerk bij een gemeente eruit?',
    questions: [{ text: Q1 }, { text: Q2 }],
    thanks: { thanked: true, how: 'kaartje' },
  });
  expect(
    conversation.evaluation.referrals.map((r: { name: string; contactId: string | null }) => r),
  ).toMatchObject([
    { name: 'Karin Smit', contactId: karin.id },
    { name: 'Joost Peters', contactId: null },
  ]);
  expect(karin).toMatchObject({ warmth: 'lauw', introducedById: onDisk.contacts[1].id });
  await conversations.open();
  await conversations.row('Anna de Vries').click();
  await conversations.step('evaluation');
  await expect(conversations.field(/^(Wat kon beter\?)$/)).toHaveValue(
    'Mijn vragen waren te algemeen\nEerder doorvragen naar namen',
  );
  await history.openLearning();
  await expect(history.learningPoints).toHaveCount(3);
});

test('deleting someone with conversations offers to archive instead', async ({ page, harness, contacts }) => {
  const core = await harness.startCore();
  const bram = core.contacts.create(ContactFields.parse({ name: 'Bram Jansen' }));
  await core.dispatch('conversations:create', { contactId: bram.id, date: '2026-11-10', status: 'gehouden' });
  await harness.open(page);
  await contacts.row('Bram Jansen').click();
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('gesprek');
  await dialog.getByRole('button', { name: /Archiveren/ }).click();
  await expect(contacts.row('Bram Jansen')).toHaveCount(0);
  expect(harness.core.store.data.conversations).toHaveLength(1);
  expect(harness.core.store.data.contacts[0]?.archived).toBe(true);
});

test('a refused conversation opens the step of the first field to fix, focuses it and keeps what was typed', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Anna de Vries' }));
  await harness.open(page);
  const conversations = new ConversationsPage(page);

  await conversations.planFor('Anna de Vries', { goal: 'x'.repeat(2_001) });
  await conversations.step('conversation');
  await conversations.field(/^(Notities|Notes)$/).fill('Ze werkt graag met starters.');
  await page.getByRole('button', { name: /^(Opslaan|Save)$/ }).click();

  // The goal is too long: back on the first step, on the goal, with the message it is described by.
  await expect(page.getByRole('tab', { name: /^(Voorbereiden|Prepare)\b/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const goal = conversations.field(/^(Wat wil ik te weten komen|What do I want to find out)/);
  await expect(goal).toBeFocused();
  await expect(goal).toHaveAttribute('aria-invalid', 'true');
  await expect(goal).toHaveAccessibleDescription(/Deze tekst is te lang\./);
  await expect(page.locator('.cv-editor .error.banner')).toContainText('Kijk de gemarkeerde velden na.');
  expect(harness.core.store.data.conversations).toEqual([]);

  // Nothing typed went: the notes on the other step are still there, and fixing the goal saves it all.
  await goal.fill('Hoe ziet beleidswerk eruit?');
  await conversations.step('conversation');
  await expect(conversations.field(/^(Notities|Notes)$/)).toHaveValue('Ze werkt graag met starters.');
  await conversations.save();
  expect(harness.core.store.data.conversations).toMatchObject([
    { goal: 'Hoe ziet beleidswerk eruit?', notes: 'Ze werkt graag met starters.' },
  ]);
});
