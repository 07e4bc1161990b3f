/**
 * Reminders end to end: the real core on a real journal file, with an injected clock (core's ManualClock,
 * and Playwright's clock for the page's own "today") and a notifier that records what main would show.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ContactFields, ConversationFields } from '../../electron/contract/domain';
import type { ManualClock } from '../../electron/core/testing/manual-clock';
import { expect, onFixedClock } from '../fixtures';
import { ConversationsPage } from '../pages/conversations-page';
import { HistoryPage } from '../pages/history-page';
import { RemindersPage } from '../pages/reminders-page';

/** Monday 23 November 2026, 14:00 in Amsterdam. */
const START = '2026-11-23T14:00:00+01:00';

/**
 * Each test's app runs on an injected clock that starts at START; the page's clock follows core's, so
 * both agree on what "today" is.
 */
const test = onFixedClock(START);

test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' });

/** Moves core's clock (firing its timers on the way) and the page's. */
async function advanceTo(page: Page, clock: ManualClock, moment: string): Promise<void> {
  clock.advanceTo(moment);
  await page.clock.setFixedTime(clock.now());
}

const THANKS_TOMORROW = 'Stuur Jan de Vries een bedankje voor het gesprek van vandaag';
const THANKS_NOW = 'Stuur Jan de Vries een bedankje voor het gesprek van gisteren';

test('hold a conversation → a thank-you for tomorrow 09:00 → one notification → it opens the conversation → thanked → done', async ({
  page,
  harness,
  clock,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Jan de Vries', organisation: 'Gemeente Utrecht' }));
  await harness.open(page);
  const conversations = new ConversationsPage(page);
  const reminders = new RemindersPage(page);

  await conversations.planFor('Jan de Vries', { goal: 'Hoe kom ik binnen bij de gemeente?' });
  await conversations.save();
  await conversations.markHeld();

  // The thank-you waits for tomorrow morning, at the reminder time.
  await reminders.open();
  await expect(reminders.row(THANKS_TOMORROW, 'soon')).toBeVisible();
  await expect(reminders.when(THANKS_TOMORROW, 'soon')).toHaveText(/^morgen 09:00/);
  expect(await reminders.badgeCount()).toBe(0);

  // Not a minute early.
  await advanceTo(page, clock, '2026-11-24T08:59:00+01:00');
  expect(harness.notices).toEqual([]);

  // At 09:00, exactly one notification, worded for the morning after.
  await advanceTo(page, clock, '2026-11-24T09:00:00+01:00');
  expect(harness.notices).toHaveLength(1);
  const [notice] = harness.notices;
  expect(notice!.title).toBe(THANKS_NOW);
  const [conversation] = core.store.data.conversations;
  expect(notice!.target).toEqual({ view: 'conversation', id: conversation!.id });
  // Main tells the page the count changed; the menu shows it without a reload.
  await expect(reminders.badge).toBeVisible();
  expect(await reminders.badgeCount()).toBe(1);

  // Clicking it opens the conversation.
  await harness.clickNotification(notice!);
  await expect(conversations.heading).toContainText('Jan de Vries');

  // Thanking the conversation finishes the reminder.
  await conversations.markThanked('kaartje');
  await reminders.open();
  await expect(reminders.openRow(/bedankje/)).toHaveCount(0);
  await expect(reminders.badge).toBeHidden();
  await reminders.showDone();
  await expect(reminders.row(THANKS_NOW, 'done')).toBeVisible();

  // Time goes on: nothing more to say about it.
  await advanceTo(page, clock, '2026-11-26T09:00:00+01:00');
  expect(harness.notices).toHaveLength(1);

  await harness.core.store.flush();
  const onDisk = JSON.parse(await readFile(harness.journalPath, 'utf8'));
  expect(onDisk.reminders).toMatchObject([
    {
      kind: 'bedanken',
      conversationId: conversation!.id,
      due: { date: '2026-11-24', time: '09:00', zone: 'Europe/Amsterdam' },
      state: 'done',
      notifiedAt: '2026-11-24T08:00:00.000Z',
    },
  ]);
  expect(onDisk.conversations[0].thanks).toEqual({ thanked: true, how: 'kaartje', on: '2026-11-24' });
});

test('finishing a thank-you asks how it was sent and marks the conversation thanked', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  const jan = core.contacts.create(ContactFields.parse({ name: 'Jan de Vries' }));
  core.conversations.create(
    ConversationFields.parse({ contactId: jan.id, status: 'gehouden', date: '2026-11-23' }),
  );
  await harness.open(page);
  const reminders = new RemindersPage(page);
  await reminders.open();
  await reminders.done(THANKS_TOMORROW, 'email');
  await expect(reminders.toast).toBeVisible();

  const conversations = new ConversationsPage(page);
  await conversations.open();
  await conversations.row('Jan de Vries').click();
  await conversations.step('evaluation');
  await expect(page.getByText(/^Bedankt .*, op /)).toBeVisible();
  expect(core.store.data.conversations[0]!.thanks).toEqual({
    thanked: true,
    how: 'email',
    on: '2026-11-23',
  });
});

test('reminders that fell due while the app was closed: one summary at the next launch, the list, and no repeat', async ({
  page,
  harness,
  clock,
}) => {
  const core = await harness.startCore();
  for (const [title, date] of [
    ['Vacature bij de provincie bekijken', '2026-11-24'],
    ['CV sturen naar Anna', '2026-11-25'],
    ['Netwerkborrel aanmelden', '2026-11-25'],
  ] as const) {
    const result = await core.dispatch('reminders:create', { title, date, time: '10:00' });
    expect(result.ok).toBe(true);
  }
  await core.close();

  // The laptop stays shut for three days: no timer fires while the app is not running.
  clock.jump(3 * 24 * 3_600_000);
  await page.clock.setFixedTime(clock.now());
  await harness.startCore();
  expect(harness.notices).toHaveLength(1);
  expect(harness.notices[0]).toMatchObject({
    reminderId: null,
    title: '3 herinneringen wachten op je',
    target: { view: 'reminders', id: null },
  });

  // The app opens on the list, where all three are waiting.
  await harness.open(page);
  const reminders = new RemindersPage(page);
  await expect(reminders.heading).toBeVisible();
  expect(await reminders.groupCount('overdue')).toBe(3);
  expect(await reminders.badgeCount()).toBe(3);

  // The launch after says nothing again about the same reminders, and opens where it always does.
  await harness.reopen(page);
  expect(harness.notices).toHaveLength(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Contacten' })).toBeVisible();
  expect(await reminders.badgeCount()).toBe(3);
});

test('changes made outside the page (a notification’s button, a reminder falling due, another write to the journal) show on the open list and in the menu, without a reload', async ({
  page,
  harness,
  clock,
}) => {
  const core = await harness.startCore();
  const call = await core.dispatch('reminders:create', {
    title: 'Anna bellen',
    date: '2026-11-23',
    time: '15:00',
  });
  expect(call.ok).toBe(true);
  const callId = (call as { data: { id: string } }).data.id;
  await core.dispatch('reminders:create', { title: 'Vacature bekijken', date: '2026-11-24', time: '10:00' });
  await harness.open(page);
  const reminders = new RemindersPage(page);
  await reminders.open();
  await expect(reminders.row('Anna bellen', 'today')).toBeVisible();
  await expect(reminders.row('Vacature bekijken', 'soon')).toBeVisible();
  expect(await reminders.badgeCount()).toBe(1);
  // Gone after a reload: what follows must reach this very page.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  // "Gedaan" on the notification (main calls core; the page did nothing).
  core.schedule.notificationAction(callId, 'done');
  await expect(reminders.openRow('Anna bellen')).toHaveCount(0);
  await expect(reminders.badge).toBeHidden();

  // The next morning, the other one falls due: it moves up to today, and the menu counts it.
  await advanceTo(page, clock, '2026-11-24T10:00:00+01:00');
  await expect(reminders.row('Vacature bekijken', 'today')).toBeVisible();
  await expect.poll(() => reminders.badgeCount()).toBe(1);

  // A reminder added by another way than this page (here: straight through the core).
  await core.dispatch('reminders:create', { title: 'Borrel aanmelden', date: '2026-11-30', time: '09:00' });
  await expect(reminders.openRow('Borrel aanmelden')).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('an own reminder: made with a contact, put off to a moment, its time edited, skipped and undone, deleted after asking', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Lotte Smit' }));
  await harness.open(page);
  const reminders = new RemindersPage(page);
  await reminders.open();
  await expect(reminders.emptyState).toBeVisible();

  const title = 'LinkedIn-profiel laten nalezen';
  await reminders.create({ title, date: '2026-11-24', time: '12:00', contact: 'Lotte Smit' });
  await expect(reminders.row(title, 'soon')).toContainText('Lotte Smit');

  // Put off to Wednesday evening, then only the time changed: it stays on Wednesday.
  await reminders.snooze(title, { date: '2026-11-25', time: '19:00' });
  await expect(reminders.when(title)).toHaveText(/wo 25 nov 19:00/);
  await reminders.edit(title, { time: '20:00' });
  await expect(reminders.when(title)).toHaveText(/wo 25 nov 20:00/);
  const [stored] = core.store.data.reminders;
  expect(stored!.due).toEqual({ date: '2026-11-25', time: '20:00', zone: 'Europe/Amsterdam' });

  // Skipped by mistake: one click brings it back.
  await reminders.skip(title);
  await reminders.undo();
  await expect(reminders.openRow(title)).toHaveCount(1);

  await reminders.delete(title);
  await expect(reminders.emptyState).toBeVisible();
  expect(core.store.data.reminders).toEqual([]);
});

test('keeping in touch: a weak tie falls due by its cadence, and logging a contact resets it', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  // Known a little (default: every quarter), last spoken in June: the cadence has passed.
  core.contacts.create(
    ContactFields.parse({ name: 'Ayşe Çelik', strength: 'een-beetje', lastContactOn: '2026-07-01' }),
  );
  await harness.open(page);
  const reminders = new RemindersPage(page);
  await reminders.open();
  const title = 'Laat weer eens van je horen bij Ayşe Çelik';
  await expect(reminders.row(title, 'overdue')).toBeVisible();
  expect(await reminders.badgeCount()).toBe(1);

  await contacts.nav(/^(Contacten|Contacts)$/);
  await contacts.row('Ayşe Çelik').click();
  expect(await reminders.keepInTouchState()).toBe('due');
  await new HistoryPage(page).logTouch('telefoon', '2026-11-23', 'Even gebeld');
  await expect(reminders.keepInTouch).toHaveAttribute('data-state', 'on-track');

  // Still one keep-in-touch reminder, now three months from the call.
  await reminders.open();
  await expect(reminders.rows('overdue')).toHaveCount(0);
  const open = core.store.data.reminders.filter((r) => r.state === 'open');
  expect(open.map((r) => [r.kind, r.due.date])).toEqual([['contact-onderhouden', '2027-02-23']]);
  await expect(reminders.badge).toBeHidden();
});

test('skipping a keep-in-touch reminder says when the next one comes, and that one waits under Daarna', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  core.contacts.create(
    ContactFields.parse({ name: 'Ayşe Çelik', strength: 'een-beetje', lastContactOn: '2026-07-01' }),
  );
  await harness.open(page);
  const reminders = new RemindersPage(page);
  await reminders.open();
  const title = 'Laat weer eens van je horen bij Ayşe Çelik';
  await reminders
    .row(title, 'overdue')
    .getByRole('button', { name: /^Overslaan$/ })
    .click();
  await expect(reminders.row(title, 'overdue')).toHaveCount(0);
  // Not "Ze staat nu bij Afgerond" while a reminder of the same words stays in the list.
  await expect(reminders.toast).toHaveText(
    /^Overgeslagen\. De volgende herinnering om contact te houden met Ayşe Çelik staat op 23 februari 2027\./,
  );
  await expect(reminders.row(title, 'later')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Daarna/ })).toBeVisible();
  expect(core.store.data.reminders.filter((r) => r.state === 'open').map((r) => r.due.date)).toEqual([
    '2027-02-23',
  ]);
});

test('Instellingen: the reminder time and the default per strength move the keep-in-touch reminders; start at login reaches the system', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Ayşe Çelik', strength: 'een-beetje' }));
  await harness.open(page);
  const reminders = new RemindersPage(page);
  const due = () => core.store.data.reminders.filter((r) => r.state === 'open').map((r) => r.due);
  // Known a little: every quarter by default, counted from the day she was added.
  expect(due()).toMatchObject([{ date: '2027-02-23', time: '09:00' }]);

  await page.getByRole('navigation').getByRole('button', { name: 'Instellingen' }).click();
  await reminders.setDefaultCadence('een-beetje', 'maandelijks');
  await expect.poll(due).toMatchObject([{ date: '2026-12-23', time: '09:00' }]);
  await reminders.setReminderTime('08:15');
  await expect.poll(due).toMatchObject([{ date: '2026-12-23', time: '08:15' }]);

  await reminders.setOpenAtLogin(true);
  await expect.poll(() => harness.openAtLogin).toBe(true);

  // Kept after a restart, and shown as kept.
  await harness.reopen(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Instellingen' }).click();
  await expect(reminders.defaultCadence('een-beetje')).toHaveValue('maandelijks');
  await expect(page.getByLabel('Tijdstip van herinneringen')).toHaveValue('08:15');
  await expect(page.getByLabel('Starten bij inloggen')).toBeChecked();
});
