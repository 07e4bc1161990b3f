import { ContactFields } from '../../electron/contract/domain';
import { expect, test } from '../fixtures';
import { HistoryPage } from '../pages/history-page';
import { RemindersPage } from '../pages/reminders-page';

// Issue 11, point 1: what someone typed and did not save is never thrown away without asking.

test('an edit in progress is still there after visiting Gesprekken or another contact', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Bram Jansen', notes: 'Werkt bij de Rabobank.' }));
  core.contacts.create(ContactFields.parse({ name: 'Anna de Vries' }));
  await harness.open(page);
  await contacts.row('Bram Jansen').click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await contacts.fill({ Notities: 'Wil graag sparren over data-rollen.' });

  await contacts.nav(/^Gesprekken/);
  await expect(page.getByRole('heading', { level: 1, name: 'Gesprekken' })).toBeVisible();
  await contacts.nav(/^Contacten/);
  await expect(contacts.field('Notities')).toHaveValue('Wil graag sparren over data-rollen.');

  // Another contact in the list, then back: the form opens again with the note.
  await contacts.row('Anna de Vries').click();
  await expect(contacts.detailHeading).toHaveText('Anna de Vries');
  await contacts.row('Bram Jansen').click();
  await expect(contacts.field('Notities')).toHaveValue('Wil graag sparren over data-rollen.');
  await contacts.save();
  await expect(page.getByText('Wil graag sparren over data-rollen.')).toBeVisible();

  // Saved: the draft is gone, so the next Bewerken shows the contact as it is, and Esc asks nothing.
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await expect(contacts.field('Notities')).toHaveValue('Wil graag sparren over data-rollen.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(contacts.detailHeading).toHaveText('Bram Jansen');
});

test('a half-filled new contact is still there after visiting another screen', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await page.getByRole('button', { name: 'Eerste contact toevoegen' }).click();
  await contacts.fill({ Naam: 'Sanne Bakker', Organisatie: 'Gemeente Utrecht' });
  await contacts.nav(/^Herinneringen/);
  await contacts.nav(/^Contacten/);
  await contacts.startNew();
  await expect(contacts.field('Naam')).toHaveValue('Sanne Bakker');
  await expect(contacts.field('Organisatie')).toHaveValue('Gemeente Utrecht');
  // Thrown away on purpose (Esc, then Weggooien): the next new contact starts empty.
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').getByRole('button', { name: 'Weggooien' }).click();
  await contacts.startNew();
  await expect(contacts.field('Naam')).toHaveValue('');
});

test('Esc on "Contact gehad" asks before dropping the note, and the note survives leaving the page', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Bram Jansen' }));
  await harness.open(page);
  const history = new HistoryPage(page);
  await contacts.row('Bram Jansen').click();
  await history.touchToggle.click();
  const note = history.touchForm.getByLabel('Notitie');
  await note.fill('Kort gebeld over de vacature');

  await note.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Wat je typte weggooien?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Verder invullen' }).click();
  await expect(note).toHaveValue('Kort gebeld over de vacature');

  await contacts.nav(/^Gesprekken/);
  await contacts.nav(/^Contacten/);
  await expect(history.touchForm.getByLabel('Notitie')).toHaveValue('Kort gebeld over de vacature');

  await history.touchForm.getByLabel('Notitie').press('Escape');
  await page.getByRole('dialog').getByRole('button', { name: 'Weggooien' }).click();
  await expect(history.touchForm).toHaveCount(0);
  expect(harness.core.store.data.touches).toEqual([]);
});

test('Esc on a reminder with something typed asks first', async ({ page, harness }) => {
  await harness.open(page);
  const reminders = new RemindersPage(page);
  await reminders.open();
  await reminders.newButton.click();
  await reminders.editor.getByLabel('Waaraan wil je herinnerd worden?').fill('Cv nasturen naar Anna');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Wat je typte weggooien?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Verder invullen' }).click();
  await expect(reminders.editor).toBeVisible();
  await page.keyboard.press('Escape');
  await page
    .getByRole('dialog', { name: 'Wat je typte weggooien?' })
    .getByRole('button', { name: 'Weggooien' })
    .click();
  await expect(reminders.editor).toHaveCount(0);
});

test('closing the page with an unsaved form is held back; with nothing unsaved it is not', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    // In the app main asks natively (will-prevent-unload); here the browser's own question stands in.
    void dialog.dismiss();
  });
  await contacts.startNew();
  await contacts.fill({ Naam: 'Sanne Bakker' });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
});

test('closing the page without unsaved typing asks nothing', async ({ page, harness, contacts }) => {
  await harness.open(page);
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await contacts.startNew();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toEqual([]);
});

test('an edit kept while looking elsewhere saves only what was typed, not over a change made meanwhile', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  const bram = core.contacts.create(ContactFields.parse({ name: 'Bram Jansen' }));
  core.contacts.create(ContactFields.parse({ name: 'Anna de Vries' }));
  await harness.open(page);
  await contacts.row('Bram Jansen').click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await contacts.fill({ Notities: 'Wil graag sparren over data-rollen.' });
  await contacts.row('Anna de Vries').click();
  await expect(contacts.detailHeading).toHaveText('Anna de Vries');
  // Meanwhile Bram's phone number arrives from elsewhere (another computer's edit, merged in).
  await core.dispatch('contacts:update', { id: bram.id, changes: { phone: '+31 6 1111 2222' } });

  await contacts.row('Bram Jansen').click();
  await expect(contacts.field('Notities')).toHaveValue('Wil graag sparren over data-rollen.');
  await contacts.save();
  await expect(page.getByText('Wil graag sparren over data-rollen.')).toBeVisible();
  expect(harness.core.store.data.contacts.find((c) => c.id === bram.id)).toMatchObject({
    notes: 'Wil graag sparren over data-rollen.',
    phone: '+31 6 1111 2222',
  });
});

test('Ctrl+S pressed twice on a new contact adds the person once', async ({ page, harness, contacts }) => {
  await harness.startCore();
  await harness.open(page);
  await page.getByRole('button', { name: 'Eerste contact toevoegen' }).click();
  await contacts.fill({ Naam: 'Bram Jansen' });
  await page.keyboard.down('Control');
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await page.keyboard.up('Control');
  await expect(contacts.detailHeading).toHaveText('Bram Jansen');
  await expect(contacts.count).toHaveText('1 contact');
  expect(harness.core.store.data.contacts.map((c) => c.name)).toEqual(['Bram Jansen']);
});
