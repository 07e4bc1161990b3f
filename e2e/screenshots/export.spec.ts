import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Journal } from '../../electron/contract/domain';
import { emptyJournal } from '../../electron/core/journal/journal-store';
import { serializeJournal } from '../../electron/core/journal/serialize';
import type { Netwerkdagboek } from '../../electron/core/netwerkdagboek';
import { expect, onFixedClock } from '../fixtures';
import { ExportPage } from '../pages/export-page';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from './demo-journal';

/** Export, backups and restore (issue 12), in Dutch and English, beside the other screens' pictures. */

/** The demo journal as it was `fewer` people ago: their records, and whatever points at them, not there yet. */
function earlier(core: Netwerkdagboek, fewer: number): Journal {
  const data = core.store.data;
  const contacts = data.contacts.slice(0, data.contacts.length - fewer);
  const ids = new Set(contacts.map((c) => c.id));
  const known = (id: string | null) => id === null || ids.has(id);
  const conversations = data.conversations.filter(
    (c) =>
      ids.has(c.contactId) &&
      c.participantIds.every(known) &&
      (c.evaluation?.referrals ?? []).every((r) => known(r.contactId)),
  );
  return {
    ...emptyJournal(),
    contacts: contacts.map((c) => (known(c.introducedById) ? c : { ...c, introducedById: null })),
    conversations,
  };
}
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const test = onFixedClock(DEMO_NOW, DEMO_ZONE);

for (const language of ['nl', 'en'] as const) {
  const shot = async (page: Page, name: string) => {
    await mkdir(out, { recursive: true });
    await page.screenshot({ path: `${out}${language}-export-${name}.png` });
  };

  test.describe(language, () => {
    test.use({ locale: language === 'nl' ? 'nl-NL' : 'en-GB', timezoneId: DEMO_ZONE });

    test('export and restore', async ({ page, harness }) => {
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      await fillDemoJournal(core);
      await core.store.flush();
      // A few days of backups, as a week of use leaves them: fewer people each day back, with the
      // conversations among them (whole journals, nothing pointing at someone who is not there yet).
      await mkdir(join(harness.dir, 'backups'), { recursive: true });
      for (const [day, fewer] of [
        ['2026-11-22', 1],
        ['2026-11-20', 3],
        ['2026-11-18', 5],
      ] as const) {
        const file = join(harness.dir, 'backups', `journal-${day}.json`);
        await writeFile(file, serializeJournal(earlier(core, fewer)));
        // Made when the app was first opened that morning (the list shows the time), on the demo's clock.
        await utimes(file, new Date(`${day}T08:42:00Z`), new Date(`${day}T08:42:00Z`));
      }
      await harness.open(page);
      const exports = new ExportPage(page);
      await exports.openSettings();
      await exports.exportCard.scrollIntoViewIfNeeded();
      await shot(page, '30-settings-export');
      await expect(exports.backups).toHaveCount(3);
      await exports.backupsCard.scrollIntoViewIfNeeded();
      await shot(page, '31-settings-backups');

      await exports.backups.nth(1).getByRole('button').click();
      await expect(exports.confirm).toBeVisible();
      await shot(page, '32-restore-confirm');
      await exports.confirm.getByRole('button', { name: /^(Terugzetten|Restore)$/ }).click();
      await expect(exports.restored).toBeVisible();
      await exports.backupsCard.scrollIntoViewIfNeeded();
      await shot(page, '33-restored');

      harness.nextExportLocation = join(harness.dir, 'contacten.csv');
      await page.getByRole('navigation').getByRole('button', { name: /^(Contacten|Contacts)$/ }).click();
      await exports.contactsMenu.click();
      await expect(page.getByRole('menu')).toBeVisible();
      await shot(page, '34-contacts-export-menu');
      await page.getByRole('menuitem').first().click();
      await expect(page.getByRole('status')).toBeVisible();
      await shot(page, '35-contacts-exported');
    });
  });
}
