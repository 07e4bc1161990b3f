import { expect, test } from '../fixtures';

/** Issue 13: Contacten's search looks in everything written about someone, and says where it found them. */

test('a search finds people by what I know about them and by their conversations, and shows where', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  await core.dispatch('contacts:create', {
    name: 'Anna de Vries',
    organisation: 'UMC Utrecht',
    aboutThem: 'Weet veel van zorg in Utrecht en kent de wethouder.',
  });
  await core.dispatch('contacts:create', { name: 'Bram Jansen', organisation: 'Zorggroep Noord' });
  await core.dispatch('contacts:create', { name: 'Chris Bos', role: 'Planner' });
  await core.dispatch('contacts:create', { name: 'Daan Smit' });
  const chris = core.store.data.contacts.find((c) => c.name === 'Chris Bos')!;
  await core.dispatch('conversations:create', {
    contactId: chris.id,
    status: 'gehouden',
    date: '2026-11-12',
    notes: 'Hij vertelde over de wachtlijsten in de zorg en wie daar aan werkt.',
  });
  await harness.open(page);

  await contacts.search.fill('zorg');
  await expect(contacts.rows.locator('.name')).toHaveText(['Anna de Vries', 'Bram Jansen', 'Chris Bos']);
  const anna = contacts.rows.filter({ hasText: 'Anna de Vries' });
  await expect(anna.locator('.found')).toHaveText(
    'Wat ik weet: Weet veel van zorg in Utrecht en kent de wethouder.',
  );
  await expect(anna.locator('mark')).toHaveText('zorg');
  // The organisation shows in the row already: nothing to explain.
  const bram = contacts.rows.filter({ hasText: 'Bram Jansen' });
  await expect(bram.locator('.found')).toHaveCount(0);
  await expect(bram).toContainText('Zorggroep Noord');
  const chrisRow = contacts.rows.filter({ hasText: 'Chris Bos' });
  await expect(chrisRow.locator('.found')).toContainText(
    /^Gesprek 12 nov\.? 2026: .*wachtlijsten in de zorg/,
  );
  await expect(chrisRow.locator('mark')).toHaveText('zorg');

  // Both words must be found for someone, wherever they are.
  await contacts.search.fill('zorg wethouder');
  await expect(contacts.rows.locator('.name')).toHaveText(['Anna de Vries']);
  await expect(anna.locator('mark')).toHaveText(['zorg', 'wethouder']);
});
