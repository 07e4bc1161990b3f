/**
 * Dates and times as a Dutch job seeker types them (issue 11): our own fields read 15-10-2026 day first
 * whatever the operating system's language, an empty or unreadable date gets a message on its field, and
 * what makes no sense (a last contact in the future, a reminder or snooze already past) is refused by core
 * with its message on the field. The real core on a temp journal, on core's ManualClock and the page's
 * clock set to the same moment.
 */
import { ContactFields, ConversationFields, OwnReminderFields } from '../../electron/contract/domain';
import { expect, onFixedClock } from '../fixtures';
import { ConversationsPage } from '../pages/conversations-page';
import { RemindersPage } from '../pages/reminders-page';

/** Monday 23 November 2026, 14:00 in Amsterdam. */
const START = '2026-11-23T14:00:00+01:00';

const test = onFixedClock(START, 'Europe/Amsterdam');

// An English operating system, as the Dutch user had: the app's own language still rules.
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'en-US' });

test('"Laatste contact" typed as 15-10-2026 is stored as 15 October, and a day in the future is refused on the field', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  await harness.open(page);
  await contacts.startNew();
  await contacts.fill({ Naam: 'Jan de Vries' });
  const last = contacts.field('Laatste contact');
  await expect(page.locator('input[type=date], input[type=time], input[type=datetime-local]')).toHaveCount(0);
  await expect(last).toHaveAttribute('placeholder', 'dd-mm-jjjj');

  // First a day still to come: refused, with the message on the field, and nothing stored.
  await last.fill('10-12-2026');
  await contacts.save();
  await expect(last).toHaveAttribute('aria-invalid', 'true');
  await expect(last).toHaveAccessibleDescription(/Laatste contact kan niet in de toekomst liggen/);
  expect(core.store.data.contacts).toEqual([]);

  await last.fill('15-10-2026');
  // While typing, the field says what it read.
  await expect(last).toHaveAccessibleDescription(/donderdag 15 oktober 2026/);
  await contacts.save();
  await expect(contacts.detailHeading).toContainText('Jan de Vries');
  expect(core.store.data.contacts[0]).toMatchObject({ name: 'Jan de Vries', lastContactOn: '2026-10-15' });
});

test('a planned conversation on 08-12-2026 is 8 December; clearing its date throws nothing and asks for one', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Jan de Vries' }));
  await harness.open(page);
  const conversations = new ConversationsPage(page);
  await conversations.planFor('Jan de Vries', { goal: 'Hoe kom ik binnen bij de gemeente?' });

  const date = conversations.field(/^(Datum|Date)$/);
  await date.fill('08-12-2026');
  await conversations.field(/^(Tijd|Time)$/).fill('14.30');
  // The header follows what is typed.
  await expect(page.locator('.cv-editor .summary')).toContainText('8 dec 2026, 14:30');
  await conversations.save();
  expect(core.store.data.conversations[0]).toMatchObject({ date: '2026-12-08', time: '14:30' });

  // Cleared with Backspace: the header lets go of the old date, nothing throws (the fixture fails the
  // test on any page error), and saving asks for a date on the field.
  await date.click();
  await date.press('ControlOrMeta+a');
  await date.press('Backspace');
  await expect(page.locator('.cv-editor .summary')).not.toContainText('8 dec');
  await page.getByRole('button', { name: /^(Opslaan|Save)$/ }).click();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/Vul een datum in/);

  // A month that does not exist is not rolled over into another date.
  await date.fill('15-00-2026');
  await expect(date).toHaveAccessibleDescription(/Typ de datum als dag-maand-jaar/);
  await page.getByRole('button', { name: /^(Opslaan|Save)$/ }).click();
  await expect(date).toHaveAccessibleDescription(/Dit is geen geldige datum/);
  expect(core.store.data.conversations[0]).toMatchObject({ date: '2026-12-08' });
});

test('the calendar picks a day with the keyboard, and the field steps a day with the arrows', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Jan de Vries' }));
  await harness.open(page);
  const conversations = new ConversationsPage(page);
  await conversations.planFor('Jan de Vries');
  const date = conversations.field(/^(Datum|Date)$/);
  await date.fill('23-11-2026');
  await date.press('ArrowUp');
  await expect(date).toHaveValue('24-11-2026');

  await page.getByRole('button', { name: 'Kies een datum in de kalender' }).click();
  const calendar = page.getByRole('dialog', { name: 'Kalender' });
  await expect(calendar.getByRole('grid', { name: 'november 2026' })).toBeVisible();
  await expect(calendar.getByRole('gridcell', { name: 'dinsdag 24 november 2026' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageDown');
  await expect(calendar.getByRole('gridcell', { name: 'zaterdag 2 januari 2027' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(date).toHaveValue('02-01-2027');
  await expect(date).toBeFocused();

  // Esc closes the calendar only; the conversation stays open.
  await date.press('Alt+ArrowDown');
  await expect(calendar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(conversations.heading).toBeVisible();
});

test('a new reminder already past, and a snooze to a past moment, are refused with the message on the field', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  core.reminders.create(
    OwnReminderFields.parse({ title: 'Vacature bekijken', date: '2026-11-24', time: '09:00' }),
  );
  await harness.open(page);
  const reminders = new RemindersPage(page);
  await reminders.open();

  await reminders.newButton.click();
  const editor = reminders.editor;
  await editor.getByLabel(/^Waaraan wil je herinnerd worden\?$/).fill('Jan bellen');
  await editor.getByLabel(/^Datum$/).fill('20-11-2026');
  await editor.getByLabel(/^Tijd$/).fill('09:00');
  await editor.getByRole('button', { name: /^Toevoegen$/ }).click();
  const newDate = editor.getByLabel(/^Datum$/);
  await expect(newDate).toHaveAttribute('aria-invalid', 'true');
  await expect(newDate).toHaveAccessibleDescription(/Dit moment is al voorbij — kies een later moment/);
  expect(core.store.data.reminders.map((r) => r.title)).toEqual(['Vacature bekijken']);
  // Put right on the field, it is added.
  await newDate.fill('24-11-2026');
  await editor.getByRole('button', { name: /^Toevoegen$/ }).click();
  await expect(editor).toBeHidden();
  expect(core.store.data.reminders.map((r) => r.title)).toEqual(['Vacature bekijken', 'Jan bellen']);

  const row = reminders.openRow('Vacature bekijken');
  await row.getByRole('button', { name: /^Later/ }).click();
  await row
    .getByRole('menu')
    .getByRole('menuitem', { name: /^Kies een moment…/ })
    .click();
  const dialog = page.getByRole('dialog', { name: /^Uitstellen tot…$/ });
  await dialog.getByLabel(/^Datum$/).fill('vandaag');
  await dialog.getByLabel(/^Tijd$/).fill('13:00');
  await dialog.getByRole('button', { name: /^Uitstellen$/ }).click();
  const time = dialog.getByLabel(/^Tijd$/);
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await expect(time).toHaveAccessibleDescription(/Dit moment is al voorbij — kies een later moment/);
  await expect(dialog.getByText('Niet alles is goed ingevuld')).toHaveCount(0);
  expect(core.store.data.reminders[0]).toMatchObject({ state: 'open', snoozedUntil: null });
});

test('"Markeer als gehouden" on a conversation planned for later never leaves it in the future', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Jan de Vries' }));
  await harness.open(page);
  const conversations = new ConversationsPage(page);
  // Planned for Friday 16:30; it took place today already (Monday, 14:00 by the clock).
  await conversations.planFor('Jan de Vries', { goal: 'Hoe kom ik binnen bij de gemeente?' });
  await conversations.field(/^(Datum|Date)$/).fill('27-11-2026');
  await conversations.field(/^(Tijd|Time)$/).fill('16.30');
  await conversations.save();
  await conversations.step('conversation');
  await page.getByRole('button', { name: 'Markeer als gehouden' }).click();
  await expect(page.locator('.cv-editor .chip.status.gehouden')).toBeVisible();
  await expect
    .poll(() => core.store.data.conversations[0])
    .toMatchObject({ status: 'gehouden', date: '2026-11-23', time: '14:00' });
});

test('"Later" on a thank-you due tomorrow 09:00 offers only moments after it, and a chosen earlier one is refused on the field', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  const jan = core.contacts.create(ContactFields.parse({ name: 'Jan de Vries' }));
  core.conversations.create(
    ConversationFields.parse({ contactId: jan.id, status: 'gehouden', date: '2026-11-23', time: '11:00' }),
  );
  await harness.open(page);
  const reminders = new RemindersPage(page);
  await reminders.open();
  const title = /bedankje/;
  await expect(reminders.when(title, 'soon')).toHaveText(/^morgen 09:00/);

  // Not "Over een uur" or "Vanavond" (earlier than it is due), nor "Morgenochtend" (the same moment).
  expect(await reminders.snoozeOptions(title)).toEqual(['Volgende week', 'Kies een moment…']);
  const row = reminders.openRow(title);
  await row.getByRole('button', { name: /^Later/ }).click();
  // Each option says where it lands.
  await expect(row.getByRole('menuitem', { name: /^Volgende week/ })).toContainText('ma 30 nov 09:00');
  await row
    .getByRole('menu')
    .getByRole('menuitem', { name: /^Kies een moment…/ })
    .click();
  const dialog = page.getByRole('dialog', { name: /^Uitstellen tot…$/ });
  await dialog.getByLabel(/^Datum$/).fill('morgen');
  await dialog.getByLabel(/^Tijd$/).fill('08:00');
  await dialog.getByRole('button', { name: /^Uitstellen$/ }).click();
  await expect(dialog.getByLabel(/^Tijd$/)).toHaveAccessibleDescription(/kies een later moment/);
  expect(core.store.data.reminders.find((r) => r.kind === 'bedanken')).toMatchObject({ state: 'open' });
  await dialog.getByLabel(/^Tijd$/).fill('13:00');
  await dialog.getByRole('button', { name: /^Uitstellen$/ }).click();
  await expect(dialog).toBeHidden();
  expect(core.store.data.reminders.find((r) => r.kind === 'bedanken')).toMatchObject({
    state: 'snoozed',
    snoozedUntil: { date: '2026-11-24', time: '13:00' },
  });
});
