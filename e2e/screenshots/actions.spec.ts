import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { ContactList } from '../../electron/contract/contract';
import type { Netwerkdagboek } from '../../electron/core/netwerkdagboek';
import { expect, onFixedClock } from '../fixtures';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from './demo-journal';

/**
 * The Actieplan (issue 14) in Dutch and English on the demo network (Monday 23 November 2026, week 48):
 * the plan at 1280×800 and 1024×700, dark, the look back open, one done, and the empty plan with its
 * suggestions.
 */
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const test = onFixedClock(DEMO_NOW, DEMO_ZONE);

async function idOf(core: Netwerkdagboek, name: string): Promise<string> {
  const result = await core.dispatch('contacts:list', { query: name });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.data as ContactList).contacts[0]!.id;
}

async function planSome(core: Netwerkdagboek, nl: boolean): Promise<void> {
  const plan = async (fields: Record<string, unknown>) => {
    const result = await core.dispatch('actions:create', fields);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return (result.data as { id: string }).id;
  };
  const bram = await idOf(core, 'Bram Jansen');
  const ayse = await idOf(core, 'Ayşe Çelik');
  const ruud = await idOf(core, 'Ruud van den Berg');
  const pieter = await idOf(core, 'Pieter Hoekstra');
  await plan({
    contactId: bram,
    week: '2026-W48',
    what: nl ? 'Bellen over zijn overstap naar data' : 'Call about his move into data',
    kind: 'bellen',
    threeB: 'bevestigen',
  });
  await plan({
    contactId: ayse,
    date: '2026-11-26',
    what: nl ? 'Koffie bij het UWV' : 'Coffee at the UWV',
    kind: 'koffie',
    threeB: 'benutten',
  });
  await plan({
    who: nl ? 'iemand bij de provincie Utrecht' : 'someone at the province of Utrecht',
    week: '2026-W50',
    what: nl ? 'Vragen wie het team leidt' : 'Ask who leads the team',
    kind: 'verwijzing-vragen',
  });
  await plan({
    contactId: ruud,
    week: '2027-W02',
    what: nl ? 'Nieuwjaarskaart sturen' : 'Send a New Year card',
    kind: 'kaartje',
    threeB: 'bevestigen',
  });
  const done = await plan({
    contactId: pieter,
    week: '2026-W48',
    what: nl ? 'Mailen over het ministerie' : 'Email about the ministry',
    kind: 'mailen',
  });
  await core.dispatch('actions:done', {
    id: done,
    reflection: {
      brought: nl ? 'Een naam bij OCW en een tip voor de sollicitatie' : 'A name at OCW and a tip for applying',
      actedInReturn: 'ja',
      nextStep: nl ? 'Karin mailen' : 'Email Karin',
    },
  });
}

for (const language of ['nl', 'en'] as const) {
  const shot = async (page: Page, name: string) => {
    await mkdir(out, { recursive: true });
    await page.screenshot({ path: `${out}${language}-actions-${name}.png` });
  };
  const nl = language === 'nl';
  const open = async (page: Page) => {
    const menu = page.getByRole('navigation', { name: nl ? 'Hoofdmenu' : 'Main menu' });
    await menu.getByRole('button', { name: nl ? 'Actieplan' : 'Action plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: nl ? 'Actieplan' : 'Action plan' })).toBeVisible();
  };

  test.describe(language, () => {
    test.use({ locale: nl ? 'nl-NL' : 'en-GB', timezoneId: DEMO_ZONE });

    for (const size of [
      { width: 1280, height: 800 },
      { width: 1024, height: 700 },
    ]) {
      test(`plan at ${size.width}×${size.height}`, async ({ page, harness }) => {
        await page.setViewportSize(size);
        const core = await harness.startCore();
        await core.dispatch('settings:update', { language });
        await fillDemoJournal(core);
        await planSome(core, nl);
        await harness.open(page);
        await open(page);
        const thisWeek = page.getByRole('region', { name: nl ? 'Deze week' : 'This week', exact: true });
        await expect(thisWeek.locator('li.action')).toHaveCount(2);
        // The plan itself, scrolled to its groups.
        await thisWeek.scrollIntoViewIfNeeded();
        await shot(page, `01-plan-${size.width}`);
        await page.emulateMedia({ colorScheme: 'dark' });
        await shot(page, `02-plan-dark-${size.width}`);
        await page.emulateMedia({ colorScheme: 'light' });
        if (size.width !== 1280) return;
        await thisWeek
          .locator('li.action')
          .first()
          .getByRole('button', { name: nl ? 'Gedaan…' : 'Done…' })
          .click();
        await page.getByLabel(nl ? 'Wat bracht het?' : 'What did it bring?').fill(nl ? 'Een goed gesprek' : 'A good talk');
        await shot(page, '03-reflection');
        await page.getByRole('button', { name: nl ? 'Annuleren' : 'Cancel' }).click();
        await page.getByRole('region', { name: nl ? 'Gedaan' : 'Done', exact: true }).scrollIntoViewIfNeeded();
        await shot(page, '04-done');
      });
    }

    test('empty, with whom to begin', async ({ page, harness }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      await fillDemoJournal(core);
      await harness.open(page);
      await open(page);
      await expect(page.getByRole('heading', { name: nl ? 'Nog niets gepland' : 'Nothing planned yet' })).toBeVisible();
      await shot(page, '05-empty');
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, '06-empty-dark');
    });
  });
}
