import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import type { Journal } from '../../electron/contract/domain';
import type { Harness } from '../harness';
import { RemindersPage } from '../pages/reminders-page';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from './demo-journal';

/**
 * `npm run screenshots`: every screen, in Dutch and English, into screenshots/ (git-ignored). `npm test`
 * runs it too, as a smoke test: every screen renders without an error in the page console (the harness
 * fixture fails a test on one); the pictures themselves are not compared.
 */
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/**
 * Every screen on one fixed clock, the demo's: core's (its "today", its zone and its timers, which only
 * move when told to, so no reminder falls due while a picture is taken) and the page's (`page.clock`: the
 * renderer's own "today", snooze times and date inputs). Set before the page loads.
 */
const test = onFixedClock(DEMO_NOW, DEMO_ZONE);

const sizes = [
  { name: '1024x700', viewport: { width: 1024, height: 700 }, scale: 1 },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, scale: 1 },
  { name: 'zoom200', viewport: { width: 640, height: 400 }, scale: 2 },
];

for (const language of ['nl', 'en'] as const) {
  const shot = async (page: Page, name: string) => {
    await mkdir(out, { recursive: true });
    await page.screenshot({ path: `${out}${language}-${name}.png` });
  };

  test.describe(language, () => {
    // Native date and time inputs follow the browser's locale, as they follow the system's in the app.
    test.use({ locale: language === 'nl' ? 'nl-NL' : 'en-GB', timezoneId: DEMO_ZONE });
    async function openDemo(page: Page, harness: Harness) {
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      await fillDemoJournal(core);
      await harness.open(page);
    }

    test('contacts', async ({ page, harness, contacts }) => {
      await openDemo(page, harness);
      await contacts.row('Anna de Vries').click();
      await expect(contacts.detailHeading).toHaveText('Anna de Vries');
      await shot(page, '01-contacts');
      await page.getByRole('button', { name: /^(Bewerken|Edit)$/ }).click();
      await shot(page, '02-contact-edit');
      await page.getByLabel(/^(Naam|Name)$/).fill('');
      await page.getByLabel(/^(E-mail|Email)$/).fill('anna@');
      await page.getByRole('button', { name: /^(Opslaan|Save)$/ }).click();
      await shot(page, '03-contact-validation');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').getByRole('button', { name: /Weggooien|Discard/ }).click();
      await contacts.row('Sanne Bakker').click();
      await page.getByRole('button', { name: /^(Verwijderen|Delete)$/ }).click();
      await shot(page, '04-contact-delete-confirm');
      await page.keyboard.press('Escape');
      await contacts.search.fill('xyz');
      await shot(page, '05-contacts-no-match');
      await contacts.search.fill('');
      await page.getByRole('combobox', { name: /Sorteer|Sort/ }).selectOption('lastContact');
      await shot(page, '06-contacts-by-last-contact');
    });

    test('conversations and what I learn', async ({ page, harness, contacts }) => {
      await openDemo(page, harness);
      await contacts.row('Anna de Vries').click();
      await page.getByRole('region', { name: /^(Verwijzingen|Referrals)$/ }).scrollIntoViewIfNeeded();
      await shot(page, '14-contact-timeline-chain');
      await page.getByRole('navigation').getByRole('button', { name: /^(Gesprekken|Conversations)$/ }).click();
      await shot(page, '15-conversations');
      await page.getByRole('listbox').getByRole('option', { name: /Anna de Vries/ }).click();
      await page.getByRole('tab', { name: /^(Voorbereiden|Prepare)/ }).click();
      await shot(page, '16-conversation-prepare');
      await page.getByRole('tab', { name: /^(Evaluatie|Evaluation)/ }).click();
      await shot(page, '17-conversation-evaluation');
      await page.getByRole('navigation').getByRole('button', { name: /^(Wat leer ik|What I’m learning)$/ }).click();
      await page.getByRole('group', { name: /^(Periode|Period)$/ }).getByRole('button').last().click();
      await shot(page, '18-what-i-learn');
    });

    test('empty journal and other screens', async ({ page, harness }) => {
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      await harness.open(page);
      await shot(page, '07-contacts-empty');
      for (const [i, nav] of [
        [8, /Gesprekken|Conversations/],
        [19, /Wat leer ik|What I’m learning/],
        [9, /Herinneringen|Reminders/],
        [10, /Overzicht|Overview/],
        [11, /Instellingen|Settings/],
      ] as const) {
        await page.getByRole('navigation').getByRole('button', { name: nav }).click();
        await shot(page, `${String(i).padStart(2, '0')}-empty-${nav.source.split('|')[1]!.toLowerCase().replace(/ /g, '-')}`);
      }
    });

    test('reminders', async ({ page, harness }) => {
      await openDemo(page, harness);
      const reminders = new RemindersPage(page);
      await reminders.open();
      await shot(page, '20-reminders');
      await reminders.openRow(/Bram Jansen/).getByRole('button', { name: /^Later$/ }).click();
      await shot(page, '21-reminder-snooze');
      await page.keyboard.press('Escape');
      await reminders.openRow(/Bram Jansen/).getByRole('button', { name: /^(Gedaan|Done)$/ }).click();
      await expect(reminders.thanksDialog).toBeVisible();
      await shot(page, '22-reminder-thanks');
      await page.keyboard.press('Escape');
      await reminders.newButton.click();
      await expect(reminders.editor).toBeVisible();
      await shot(page, '23-reminder-new');
      await page.keyboard.press('Escape');
      await reminders.showDone();
      await reminders.group('done').scrollIntoViewIfNeeded();
      await shot(page, '24-reminders-done');
      await page.getByRole('navigation').getByRole('button', { name: /^(Contacten|Contacts)$/ }).click();
      await page.getByRole('listbox').getByRole('option', { name: /Ayşe Çelik/ }).click();
      await expect(reminders.keepInTouchStatus).toBeVisible();
      await shot(page, '25-contact-keep-in-touch');
      await page.getByRole('button', { name: /^(Bewerken|Edit)$/ }).click();
      await page.getByLabel(/^(Contact onderhouden|Keep in touch)$/).scrollIntoViewIfNeeded();
      await shot(page, '26-contact-cadence');
      await page.keyboard.press('Escape');
      await page.getByRole('navigation').getByRole('button', { name: /^(Instellingen|Settings)$/ }).click();
      await page.getByRole('heading', { name: /^(Herinneringen|Reminders)$/, level: 2 }).scrollIntoViewIfNeeded();
      await shot(page, '27-settings-reminders');
      await page.emulateMedia({ colorScheme: 'dark' });
      await reminders.open();
      await shot(page, '28-reminders-dark');
    });

    test('damaged journal notice', async ({ page, harness }) => {
      await writeFile(harness.journalPath, '{"schemaVersion": 1, "contacts": [');
      const core = await harness.startCore();
      await core.dispatch('settings:update', { language });
      await harness.open(page);
      await expect(page.getByRole('alert')).toBeVisible();
      await shot(page, '12-damaged-journal');
    });

    test('a journal shared with another computer', async ({ page, harness }) => {
      const first = await harness.startCore();
      await first.dispatch('settings:update', { language });
      await fillDemoJournal(first);
      await first.close();
      // The other computer changed Anna too, and a sync tool left a conflict copy beside the journal.
      const journal = JSON.parse(await readFile(harness.journalPath, 'utf8')) as Journal;
      const anna = journal.contacts.find((c) => c.name === 'Anna de Vries')!;
      const other = { ...anna, role: 'Teamleider', phone: '06 1234 5678', updatedAt: '2026-11-20T08:00:00.000Z' };
      journal.conflicts = [{ id: 'conflict-1', collection: 'contacts', recordId: anna.id, other, at: DEMO_NOW }];
      await writeFile(harness.journalPath, JSON.stringify(journal));
      await writeFile(join(harness.dir, 'journal (conflicted copy 2026-11-20).json'), JSON.stringify(journal));
      await harness.startCore();
      await harness.open(page);
      await expect(page.getByTestId('conflicts')).toBeVisible();
      await expect(page.getByTestId('copies-notice')).toBeVisible();
      await shot(page, '29-shared-journal-conflict');
    });

    // The main screens at the other sizes people use (issue 11): a small laptop, a wide screen, and
    // 200% zoom of a 1280×800 screen, which lays out as 640×400 CSS pixels (WCAG 1.4.10 reflow).
    for (const size of sizes) {
      test.describe(size.name, () => {
        test.use({ viewport: size.viewport, deviceScaleFactor: size.scale });
        test('main screens', async ({ page, harness, contacts }) => {
          const at = (name: string) => shot(page, `${size.name}-${name}`);
          await openDemo(page, harness);
          await at('01-contacts');
          await contacts.row('Anna de Vries').click();
          await expect(contacts.detailHeading).toHaveText('Anna de Vries');
          await at('02-contact');
          await page.getByRole('region', { name: /^(Verwijzingen|Referrals)$/ }).scrollIntoViewIfNeeded();
          await at('03-contact-history');
          await page.getByRole('navigation').getByRole('button', { name: /^(Gesprekken|Conversations)$/ }).click();
          await at('04-conversations');
          await page.getByRole('listbox').getByRole('option', { name: /Anna de Vries/ }).click();
          for (const [name, step] of [
            ['05-conversation-prepare', /^(Voorbereiden|Prepare)/],
            ['06-conversation-held', /^(Gesprek|Conversation)\b/],
            ['07-conversation-evaluation', /^(Evaluatie|Evaluation)/],
          ] as const) {
            await page.getByRole('tab', { name: step }).click();
            await at(name);
          }
          const reminders = new RemindersPage(page);
          await reminders.open();
          await at('08-reminders');
          await reminders.newButton.click();
          await expect(reminders.editor).toBeVisible();
          await at('09-reminder-new');
          await page.keyboard.press('Escape');
          // Anna is still the contact being looked at.
          await page.getByRole('navigation').getByRole('button', { name: /^(Contacten|Contacts)$/ }).click();
          await page.getByRole('button', { name: /^(Bewerken|Edit)$/ }).click();
          await at('10-contact-edit');
          await page.keyboard.press('Escape');
          await page.getByRole('navigation').getByRole('button', { name: /^(Wat leer ik|What I’m learning)$/ }).click();
          await page.getByRole('group', { name: /^(Periode|Period)$/ }).getByRole('button').last().click();
          await at('11-what-i-learn');
          await page.getByRole('navigation').getByRole('button', { name: /^(Instellingen|Settings)$/ }).click();
          await at('12-settings');
        });
      });
    }

    test('dark theme', async ({ page, harness, contacts }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await openDemo(page, harness);
      await contacts.row('Anna de Vries').click();
      await shot(page, '13-contacts-dark');
    });

    test('dark chosen in Instellingen on a light system', async ({ page, harness }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await openDemo(page, harness);
      await page.getByRole('navigation').getByRole('button', { name: /^(Instellingen|Settings)$/ }).click();
      await page.getByLabel(/^(Weergave|Appearance)$/).selectOption('dark');
      await shot(page, '29-settings-dark-chosen');
      await page.getByRole('navigation').getByRole('button', { name: /^(Overzicht|Overview)$/ }).click();
      await shot(page, '30-overview-dark-chosen');
    });
  });
}
