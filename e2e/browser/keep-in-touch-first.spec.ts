import { ContactFields } from '../../electron/contract/domain';
import { expect, onFixedClock } from '../fixtures';
import { HistoryPage } from '../pages/history-page';

/**
 * Trial s11: a contact just added, with no contact noted yet, was told about keeping up contact ("Op
 * schema — volgende keer rond …"). The block speaks of a first contact until there is one.
 */

const test = onFixedClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' });

test('a new contact is asked for a first contact; once one is noted, keeping in touch takes over', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Ayşe Çelik', strength: 'een-beetje' }));
  await harness.open(page);
  await contacts.row('Ayşe Çelik').click();
  const block = page.getByRole('region', { name: 'Eerste contact' });
  await expect(block).toBeVisible();
  await expect(block.getByTestId('keep-in-touch-status')).toHaveText(
    'Nog geen contact vastgelegd. Plan een eerste gesprek, of leg vast wanneer je elkaar sprak.',
  );
  await expect(block).toContainText('Daarna houd je contact elk kwartaal (standaard)');
  await expect(block).not.toContainText(/Op schema|onderhouden/);

  await new HistoryPage(page).logTouch('telefoon', '2026-11-23', 'Kennismaking gebeld');
  const kept = page.getByRole('region', { name: 'Contact onderhouden' });
  await expect(kept).toHaveAttribute('data-state', 'on-track');
  await expect(kept.getByTestId('keep-in-touch-status')).toHaveText(/^Op schema — volgende keer rond /);
  await expect(block).toHaveCount(0);
});
