import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import { ConversationsPage } from '../pages/conversations-page';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from './demo-journal';

/**
 * The network plan (issue 14) in Dutch and English on the demo network: Mijn doel filled in (light and
 * dark), beside a conversation's preparation, and Hulpvragen with the people who might help and an ask
 * being noted.
 */
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const test = onFixedClock(DEMO_NOW, DEMO_ZONE);

const profile = {
  lookingFor: {
    role: 'Beleidsadviseur onderwijs',
    field: 'Onderwijs en overheid',
    region: 'Utrecht en omstreken',
    organisationKind: 'Gemeente of provincie',
  },
  pitch:
    'Ik ben twaalf jaar docent geweest en wil nu meebouwen aan onderwijsbeleid. Ik ken de klas van binnenuit en vertaal beleid naar wat een school echt kan.',
  successStories: [
    'Een leesplan voor drie scholen opgezet; na een jaar lazen leerlingen twee keer zo vaak.',
    'Ouders en wijkteam samen aan tafel gekregen over schooluitval.',
  ],
  questions: {
    want: 'Werken aan kansengelijkheid in het onderwijs, vanuit een gemeente.',
    can: 'Verbinden, uitleggen, plannen maken die scholen aankunnen.',
    offer: 'Praktijkervaring uit de klas en een groot netwerk van scholen.',
    where: 'Gemeente Utrecht, of een provincie in de buurt.',
    whoCanHelp: 'Anna en Pieter, en wie zij kennen.',
  },
  reached: null,
};

for (const language of ['nl', 'en'] as const) {
  const shot = async (page: Page, name: string) => {
    await mkdir(out, { recursive: true });
    await page.screenshot({ path: `${out}${language}-plan-${name}.png` });
  };
  const nl = language === 'nl';

  test.describe(language, () => {
    test.use({ locale: nl ? 'nl-NL' : 'en-GB', timezoneId: DEMO_ZONE, viewport: { width: 1280, height: 800 } });

    test('Mijn doel and Hulpvragen', async ({ page, harness }) => {
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      await fillDemoJournal(core);
      const saved = await core.dispatch('profile:save', profile);
      if (!saved.ok) throw new Error(saved.error.message);
      const request = await core.dispatch('helpRequests:create', {
        question: 'Wie kent iemand bij de Gemeente Utrecht die aan onderwijsbeleid werkt?',
        context: 'Ik wil horen hoe het team kansengelijkheid werkt voordat ik solliciteer.',
      });
      if (!request.ok) throw new Error(request.error.message);
      await harness.open(page);
      const menu = page.getByRole('navigation', { name: nl ? 'Hoofdmenu' : 'Main menu' });

      await menu.getByRole('button', { name: nl ? 'Mijn doel' : 'My goal', exact: true }).click();
      await expect(page.getByLabel(nl ? 'Functie' : 'Role')).toHaveValue('Beleidsadviseur onderwijs');
      await shot(page, '01-goal');
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, '02-goal-dark');
      await page.emulateMedia({ colorScheme: 'light' });

      await menu.getByRole('button', { name: nl ? 'Hulpvragen' : 'Requests for help', exact: true }).click();
      const suggestions = page.getByTestId('help-suggestions').locator(':scope > li');
      await expect(suggestions.first()).toContainText('Anna de Vries');
      await shot(page, '03-help');
      await suggestions
        .first()
        .getByRole('button', { name: nl ? 'Gevraagd noteren' : 'Note that I asked' })
        .click();
      await shot(page, '04-help-ask');
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, '05-help-dark');
      await page.emulateMedia({ colorScheme: 'light' });

      const conversations = new ConversationsPage(page);
      await conversations.planFor('Lotte Smit');
      await conversations.step('prepare');
      const aside = page.getByRole('complementary', { name: nl ? 'Mijn doel' : 'My goal' });
      await aside.scrollIntoViewIfNeeded();
      await expect(aside).toContainText('twaalf jaar docent');
      await shot(page, '06-preparation');
    });
  });
}
