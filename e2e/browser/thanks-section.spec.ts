import type { Contact } from '../../electron/contract/domain';
import { expect, onFixedClock } from '../fixtures';
import { ConversationsPage } from '../pages/conversations-page';

/**
 * Trial s11: the Bedankje part of a conversation had seven controls side by side. Now one main action
 * (write it), the mark with its how, and the day tucked away; all of it still reachable.
 */

const test = onFixedClock('2026-11-23T14:05:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' });

test('Bedankje: one main action, "Ik heb bedankt" with how, and another day or undo tucked away', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  const anna = (
    (await core.dispatch('contacts:create', { name: 'Anna de Vries' })) as { ok: true; data: Contact }
  ).data;
  await core.dispatch('conversations:create', {
    contactId: anna.id,
    date: '2026-11-20',
    status: 'gehouden',
    notes: 'Goed gesprek.',
  });
  await harness.open(page);
  const conversations = new ConversationsPage(page);
  await conversations.open();
  await conversations.rows.first().click();
  await conversations.step('evaluation');
  const section = page.locator('#conversation-thanks');

  await expect(section.locator('button.primary')).toHaveText(['Bedankje schrijven…']);
  await expect(section).toContainText('Nog niet bedankt.');
  // The day is tucked away until asked for.
  const when = section.getByRole('textbox', { name: 'Wanneer' });
  await expect(when).toBeHidden();

  await conversations.markThanked('telefoon');
  await expect(section).toContainText('Bedankt telefonisch, op 23 nov 2026.');
  expect(harness.core.store.data.conversations[0]?.thanks).toMatchObject({ thanked: true, on: '2026-11-23' });
  await expect(section.getByRole('button', { name: '✓ Ik heb bedankt' })).toHaveCount(0);

  // Another day, or undone: in the part tucked away, saved with Opslaan.
  await section.getByText('Andere dag of terugdraaien').click();
  await expect(when).toBeVisible();
  await when.fill('21-11-2026');
  await conversations.save();
  await expect(section).toContainText('Bedankt telefonisch, op 21 nov 2026.');
  await section.getByRole('checkbox', { name: 'Bedankt' }).uncheck();
  await conversations.save();
  await expect(section).toContainText('Nog niet bedankt.');
  expect(harness.core.store.data.conversations[0]?.thanks.thanked).toBe(false);
});
