import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Netwerkdagboek } from '../../electron/core/netwerkdagboek';
import { expect, onFixedClock } from '../fixtures';
import { OverviewPage } from '../pages/overview-page';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from './demo-journal';

/**
 * Overzicht (issue 13) in Dutch and English: full (the demo network plus two relations gone quiet and a
 * few weeks of contact) at 1280×800 and 1024×700, the lower half, dark, and an empty journal.
 */
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const test = onFixedClock(DEMO_NOW, DEMO_ZONE);

async function fillOverview(core: Netwerkdagboek): Promise<void> {
  await fillDemoJournal(core);
  const call = async (channel: string, input: unknown) => {
    const result = await core.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data as { id: string };
  };
  const henk = await call('contacts:create', {
    name: 'Henk de Boer',
    organisation: 'Waterschap Rivierenland',
    circle: 'familie',
    warmth: 'warm',
    strength: 'heel-goed',
    lastContactOn: '2026-03-02',
  });
  const fatima = await call('contacts:create', {
    name: 'Fatima Ouali',
    organisation: 'Hogeschool Utrecht',
    circle: 'studie',
    warmth: 'lauw',
    strength: 'een-beetje',
    lastContactOn: '2026-04-10',
  });
  await call('touches:add', { contactId: fatima.id, channel: 'bericht', on: '2026-04-10' });
  await call('touches:add', { contactId: henk.id, channel: 'telefoon', on: '2026-03-02' });
  const lotte = core.store.data.contacts.find((c) => c.name === 'Lotte Smit')!.id;
  const bram = core.store.data.contacts.find((c) => c.name === 'Bram Jansen')!.id;
  for (const on of ['2026-09-08', '2026-09-22', '2026-10-06', '2026-10-13', '2026-10-27', '2026-11-04']) {
    await call('touches:add', { contactId: on < '2026-10-10' ? bram : lotte, channel: 'bericht', on });
  }
}

for (const language of ['nl', 'en'] as const) {
  const shot = async (page: Page, name: string) => {
    await mkdir(out, { recursive: true });
    await page.screenshot({ path: `${out}${language}-overview-${name}.png` });
  };

  test.describe(language, () => {
    test.use({ locale: language === 'nl' ? 'nl-NL' : 'en-GB', timezoneId: DEMO_ZONE });

    for (const size of [
      { width: 1280, height: 800 },
      { width: 1024, height: 700 },
    ]) {
      test(`full at ${size.width}×${size.height}`, async ({ page, harness }) => {
        await page.setViewportSize(size);
        const core = await harness.startCore();
        await core.dispatch('settings:update', { language });
        await fillOverview(core);
        await harness.open(page);
        const overview = new OverviewPage(page);
        await overview.open();
        await expect(overview.quietRows).toHaveCount(2);
        await shot(page, `01-full-${size.width}`);
        await overview.rhythm.scrollIntoViewIfNeeded();
        await shot(page, `02-lower-${size.width}`);
        if (size.width === 1280) {
          await page.emulateMedia({ colorScheme: 'dark' });
          await page.evaluate(() => document.querySelector('.overview')?.scrollTo(0, 0));
          await shot(page, '03-dark');
          await overview.map.getByRole('button', { name: language === 'nl' ? 'Sterkte' : 'Strength' }).click();
          await overview.quietRow('Henk de Boer').getByRole('button', { name: /noteren|Log contact/ }).click();
          await expect(overview.touchDialog).toBeVisible();
          await shot(page, '04-dark-log-contact');
        }
      });
    }

    test('empty journal', async ({ page, harness }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      await harness.open(page);
      const overview = new OverviewPage(page);
      await overview.open();
      await shot(page, '05-empty');
    });

    test('nobody with a strength yet, and people not on the map (1024×700, dark)', async ({ page, harness }) => {
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.emulateMedia({ colorScheme: 'dark' });
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      for (const fields of [
        { name: 'Bram Bakker', circle: 'werk', warmth: 'lauw' },
        { name: 'Carla Smit', circle: 'familie', warmth: 'warm' },
        { name: 'Dirk Jansen', circle: 'werk' },
        { name: 'Eva Visser' },
      ]) {
        await core.dispatch('contacts:create', fields);
      }
      await harness.open(page);
      const overview = new OverviewPage(page);
      await overview.open();
      await shot(page, '06-unplaced-no-strengths');
    });
  });
}
