import { expect } from '../fixtures';
import { demoTest as test, inEachLanguage, SCREEN_SIZES, startDemo } from './demo-shots';

/**
 * Het spoor terug (issue 14) on the demo network, the goal reached at Gemeente Utrecht: in Dutch and
 * English at 1280×800 and 1024×700, one person thanked, dark, and the thank-you text for Anna.
 */
inEachLanguage('trail', ({ language, nl, shot }) => {
  for (const size of SCREEN_SIZES) {
    test(`trail at ${size.width}×${size.height}`, async ({ page, harness }) => {
      const core = await startDemo(page, harness, language, size);
      await core.dispatch('profile:save', {
        lookingFor: { role: 'Beleidsadviseur', field: 'onderwijs', region: 'Utrecht', organisationKind: '' },
        pitch: '',
        successStories: [],
        questions: { want: '', can: '', offer: '', where: '', whoCanHelp: '' },
        reached: { what: 'Beleidsadviseur onderwijs', where: 'Gemeente Utrecht', from: '2027-01-01', on: '2026-11-23' },
      });
      const bram = core.store.data.contacts.find((c) => c.name === 'Bram Jansen')!;
      await core.dispatch('goal:thank', { person: { contactId: bram.id }, how: 'bericht', note: '' });
      await harness.open(page);
      await page.getByRole('navigation').getByRole('button', { name: nl ? 'Mijn doel' : 'My goal' }).click();
      await page.getByRole('button', { name: nl ? 'Het spoor terug →' : 'The trail back →' }).click();
      await expect(page.getByTestId('trail-progress')).toContainText('1');
      await shot(page, `01-list-${size.width}`);
      if (size.width !== 1280) return;
      await page.emulateMedia({ colorScheme: 'dark' });
      await shot(page, '02-dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('button', { name: nl ? 'Bedankje schrijven…' : 'Write a thank-you…' }).first().click();
      await expect(page.getByRole('dialog').getByRole('textbox').last()).toHaveValue(/Anna/);
      await shot(page, '03-thank-you');
    });
  }
});
