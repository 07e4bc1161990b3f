import type { Contact } from '../../electron/contract/domain';
import { expect, onFixedClock } from '../fixtures';
import { ConversationsPage } from '../pages/conversations-page';

/**
 * Trial s11: a conversation planned for 9:00 today was still listed as upcoming at 14:05. Once its time
 * has come it asks how it went; one today without a time shows as today. Page and core run on the same
 * injected clock.
 */

const test = onFixedClock('2026-11-23T14:05:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' });

test('planned earlier today: "Hoe ging het?" in the list, on the timeline and in the conversation', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  const made = async (name: string) =>
    ((await core.dispatch('contacts:create', { name })) as { ok: true; data: Contact }).data;
  const anna = await made('Anna de Vries');
  const bram = await made('Bram Jansen');
  const cees = await made('Cees Bakker');
  for (const [who, time, goal] of [
    [anna, '09:00', 'Hoe is het bij de gemeente?'],
    [bram, null, 'Bram over zijn overstap'],
    [cees, '16:00', 'Cees over data-rollen'],
  ] as const) {
    await core.dispatch('conversations:create', { contactId: who.id, date: '2026-11-23', time, goal });
  }
  await harness.open(page);
  const conversations = new ConversationsPage(page);
  await conversations.open();
  const row = (name: string) => conversations.rows.filter({ hasText: name });
  await expect(row('Anna de Vries').locator('.chip')).toHaveText(['Hoe ging het?']);
  await expect(row('Bram Jansen').locator('.chip')).toHaveText(['Vandaag']);
  // Later today is still to come: no badge.
  await expect(row('Cees Bakker').locator('.chip')).toHaveCount(0);

  // Opened, it starts at the conversation itself and asks how it went.
  await row('Anna de Vries').click();
  await expect(page.getByRole('heading', { name: 'Hoe ging het?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Markeer als gehouden' })).toBeVisible();
  await row('Cees Bakker').click();
  await expect(page.getByRole('heading', { name: 'Hoe ging het?' })).toHaveCount(0);

  await contacts.nav(/^Contacten/);
  await contacts.row('Anna de Vries').click();
  await expect(page.locator('.entry.conversation .chip.status')).toHaveText('Vandaag: hoe ging het?');
  await contacts.row('Bram Jansen').click();
  await expect(page.locator('.entry.conversation .chip.status')).toHaveText('Vandaag gepland');
});
