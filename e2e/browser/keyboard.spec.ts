import { ContactFields } from '../../electron/contract/domain';
import { expect, test } from '../fixtures';
import { ConversationsPage } from '../pages/conversations-page';
import { HistoryPage } from '../pages/history-page';
import { RemindersPage } from '../pages/reminders-page';

// Issue 11, point 6: the keyboard flow. A form puts the cursor in its first field, focus lands on what
// was saved, Ctrl/Cmd+S saves, and an overview lists every shortcut.

test('every way of opening a form puts the cursor in its first field', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await page.getByRole('button', { name: 'Eerste contact toevoegen' }).click();
  await expect(contacts.field('Naam')).toBeFocused();
  await contacts.fill({ Naam: 'Bram Jansen' });
  await contacts.save();
  await expect(contacts.detailHeading).toHaveText('Bram Jansen');

  await page.getByRole('button', { name: 'Bewerken' }).click();
  await expect(contacts.field('Naam')).toBeFocused();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '+ Nieuw contact' }).click();
  await expect(contacts.field('Naam')).toBeFocused();
  await page.keyboard.press('Escape');

  await page.locator('body').click();
  await page.keyboard.press('Control+n');
  await expect(contacts.field('Naam')).toBeFocused();
  await page.keyboard.press('Escape');

  // "Gesprek plannen" on the contact's timeline, and Ctrl+Shift+N: the first field of the conversation.
  await contacts.row('Bram Jansen').click();
  await new HistoryPage(page).planConversation.click();
  // The contact is filled in already: the first field needed is when (trial s11; it was "Ook aanwezig").
  await expect(page.getByRole('textbox', { name: 'Datum' })).toBeFocused();
  await page.keyboard.press('Escape');

  await page.locator('body').click();
  await page.keyboard.press('Control+Shift+N');
  await expect(page.getByRole('combobox', { name: 'Contact', exact: true })).toBeFocused();
});

test('after saving, focus is on what was saved, not the top of the page', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Anna de Vries' }));
  await harness.open(page);
  const conversations = new ConversationsPage(page);

  await contacts.startNew();
  await contacts.fill({ Naam: 'Bram Jansen' });
  await contacts.save();
  await expect(contacts.detailHeading).toBeFocused();

  await conversations.planFor('Anna de Vries', { goal: 'Horen hoe het team werkt' });
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(conversations.unsaved).toBeHidden();
  await expect(page.getByRole('button', { name: 'Opslaan', exact: true })).toBeFocused();

  await conversations.step('conversation');
  await page.getByRole('button', { name: 'Markeer als gehouden' }).click();
  await expect(page.locator('.cv-editor .chip.status.gehouden')).toBeVisible();
  await expect(page.locator('#step-heading')).toBeFocused();

  await conversations.evaluate({ referrals: [{ name: 'Sanne Bakker' }] });
  await conversations.makeContactFromReferral('Sanne Bakker');
  await expect(conversations.referral('Sanne Bakker').getByRole('button', { name: /^Open / })).toBeFocused();

  // Esc on a confirmation: back to the control that opened it.
  const remove = page.getByRole('button', { name: 'Verwijderen' });
  await remove.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(remove).toBeFocused();
});

test('Ctrl+S saves whichever form is open', async ({ page, harness, contacts }) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Anna de Vries' }));
  await harness.open(page);

  await contacts.startNew();
  await contacts.fill({ Naam: 'Bram Jansen' });
  await page.keyboard.press('Control+s');
  await expect(contacts.detailHeading).toHaveText('Bram Jansen');
  expect((await harness.journalOnDisk()).contacts.map((c) => c.name)).toContain('Bram Jansen');

  // Refused input is refused as the button would: the message shows and nothing is stored.
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await contacts.fill({ 'E-mail': 'bram@' });
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Dit lijkt geen e-mailadres.', { exact: false })).toBeVisible();
  await contacts.fill({ 'E-mail': 'bram@example.nl' });
  await page.keyboard.press('Control+s');
  await expect(contacts.detailHeading).toHaveText('Bram Jansen');

  const conversations = new ConversationsPage(page);
  await conversations.planFor('Anna de Vries', { goal: 'Horen hoe het team werkt' });
  await page.keyboard.press('Control+s');
  await expect(conversations.unsaved).toBeHidden();
  expect(harness.core.store.data.conversations).toMatchObject([{ goal: 'Horen hoe het team werkt' }]);

  const reminders = new RemindersPage(page);
  await reminders.open();
  await reminders.newButton.click();
  await reminders.editor.getByLabel('Waaraan wil je herinnerd worden?').fill('Cv nasturen naar Anna');
  await page.keyboard.press('Control+s');
  await expect(reminders.editor).toHaveCount(0);
  expect(harness.core.store.data.reminders.map((r) => r.title)).toContain('Cv nasturen naar Anna');
});

test('the shortcuts overview opens with Ctrl+/ and with ?, but ? in a field is just a question mark', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  const overview = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await page.keyboard.press('Control+/');
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('table', { name: 'Sneltoetsen' }).getByRole('row')).toHaveCount(11);
  // The sort-in pass's single keys have a part of their own (new-user trial: nobody found them).
  const sortIn = overview.getByRole('table', { name: 'Bij het indelen van contacten' });
  await expect(sortIn.getByRole('row')).toHaveCount(6);
  await expect(sortIn.getByRole('row', { name: /Warm, lauw of koud/ })).toContainText(/W\s*of\s*L\s*of\s*K/);
  await expect(sortIn.getByRole('row', { name: /Hoe goed je iemand kent/ })).toContainText(
    /H\s*of\s*G\s*of\s*B/,
  );
  await expect(sortIn.getByRole('row', { name: /De kring kiezen/ })).toContainText('1–9');
  await expect(overview.getByRole('row', { name: /Het formulier opslaan waar je in werkt/ })).toContainText(
    'Ctrl+S',
  );
  await page.keyboard.press('Escape');
  await expect(overview).toHaveCount(0);

  await page.keyboard.press('?');
  await expect(overview).toBeVisible();
  await overview.getByRole('button', { name: 'Sluiten' }).click();

  await contacts.startNew();
  await contacts.field('Naam').pressSequentially('Wie?');
  await expect(contacts.field('Naam')).toHaveValue('Wie?');
  await expect(overview).toHaveCount(0);
  // Esc closes the overview only; the form under it stays open, focus back in its field.
  await page.keyboard.press('Control+/');
  await page.keyboard.press('Escape');
  await expect(overview).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(contacts.field('Naam')).toBeFocused();
});

test('from the end of the question bank, a save button is two Tabs away', async ({ page, harness }) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Anna de Vries' }));
  await harness.open(page);
  const conversations = new ConversationsPage(page);
  await conversations.planFor('Anna de Vries');
  const last = conversations.bank.getByRole('button').last();
  await last.focus();
  // Past the preparation notes, the one field after the bank, and there it is (it was 29 Shift+Tabs back up).
  await page.keyboard.press('Tab');
  await expect(page.locator('#conversation-field-preparation')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Gesprek opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(conversations.unsaved).toBeHidden();
  expect(harness.core.store.data.conversations).toHaveLength(1);
});
