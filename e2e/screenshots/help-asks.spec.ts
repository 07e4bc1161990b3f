import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import { ContactsPage } from '../pages/contacts-page';
import { ConversationsPage } from '../pages/conversations-page';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from './demo-journal';

/**
 * Hulpvragen per contact (issue 14) in Dutch and English on the demo network: what was asked of Anna on
 * her page, with an ask being noted, and a benutten conversation with Lotte that answers a hulpvraag
 * (light and dark).
 */
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const test = onFixedClock(DEMO_NOW, DEMO_ZONE);

for (const language of ['nl', 'en'] as const) {
  const shot = async (page: Page, name: string) => {
    await mkdir(out, { recursive: true });
    await page.screenshot({ path: `${out}${language}-help-asks-${name}.png` });
  };
  const nl = language === 'nl';

  test.describe(language, () => {
    test.use({ locale: nl ? 'nl-NL' : 'en-GB', timezoneId: DEMO_ZONE, viewport: { width: 1280, height: 800 } });

    test('asks on the contact page and in a conversation', async ({ page, harness }) => {
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      await fillDemoJournal(core);
      const id = (name: string) => core.store.data.contacts.find((c) => c.name === name)!.id;
      const call = async (channel: string, input: unknown) => {
        const result = await core.dispatch(channel, input);
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        return result.data as { id: string };
      };
      const policy = await call('helpRequests:create', {
        question: 'Wie kent iemand bij de Gemeente Utrecht die aan onderwijsbeleid werkt?',
      });
      const reading = await call('helpRequests:create', {
        question: 'Welke organisaties werken aan leesbevordering in de regio?',
      });
      await call('helpRequests:logAsk', {
        helpRequestId: policy.id,
        contactId: id('Anna de Vries'),
        askedOn: '2026-11-10',
        channel: 'persoonlijk',
        answer: 'Bel Karin Smit, zij zoekt starters.',
        answeredOn: '2026-11-12',
        followUp: 'Karin mailen met mijn korte voorstelling.',
      });
      await call('helpRequests:logAsk', {
        helpRequestId: reading.id,
        contactId: id('Lotte Smit'),
        askedOn: '2026-11-16',
        channel: 'email',
      });
      await call('conversations:create', {
        contactId: id('Lotte Smit'),
        date: '2026-11-20',
        status: 'gehouden',
        kind: 'tips-en-namen',
        threeB: 'benutten',
      });
      await harness.open(page);

      const contacts = new ContactsPage(page);
      await contacts.row('Anna de Vries').click();
      const part = page.getByTestId('contact-asks');
      await expect(part).toContainText('Karin Smit');
      await part.getByRole('button', { name: nl ? 'Hulpvraag stellen…' : 'Ask for help…' }).click();
      await part.scrollIntoViewIfNeeded();
      await shot(page, '01-contact');

      const conversations = new ConversationsPage(page);
      await conversations.open();
      await conversations.row('Lotte Smit').first().click();
      await conversations.step('evaluation');
      const answers = page.getByTestId('conversation-asks');
      await answers
        .getByLabel(nl ? 'Het antwoord' : 'The answer')
        .fill('De bibliotheek en Stichting Lezen; vraag naar Mira.');
      await answers.scrollIntoViewIfNeeded();
      await shot(page, '02-conversation');
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, '03-conversation-dark');
    });
  });
}
