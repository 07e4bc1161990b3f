import { test as base, expect } from '@playwright/test';
import { ManualClock } from '../electron/core/testing/manual-clock';
import { Harness } from './harness';
import { ContactsPage } from './pages/contacts-page';

/**
 * Each test gets its own temp folder and core (`harness`) and a page object (`contacts`). Console errors
 * and uncaught exceptions fail the test: a CSP violation or a crash in the UI must not go unnoticed.
 */
export const test = base.extend<{ harness: Harness; contacts: ContactsPage; consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !msg.text().includes('net::ERR_BLOCKED_BY_CLIENT'))
        errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'errors in the page console').toEqual([]);
  },
  harness: async ({ consoleErrors: _ }, use) => {
    const harness = await Harness.create();
    await use(harness);
    await harness.dispose();
  },
  contacts: async ({ page }, use) => {
    await use(new ContactsPage(page));
  },
});

/**
 * `test` on an injected clock that starts at `start` (in `zone`, when given): core runs on a ManualClock,
 * and the page's clock is set to the same moment, so both agree on what "today" is. Never the real
 * clock next to a fixed date.
 */
export function onFixedClock(start: string, zone?: string) {
  return test.extend<{ clock: ManualClock }>({
    clock: async ({ page }, use) => {
      const clock = zone === undefined ? new ManualClock(start) : new ManualClock(start, zone);
      await page.clock.setFixedTime(clock.now());
      await use(clock);
    },
    harness: async ({ clock, consoleErrors: _ }, use) => {
      const harness = await Harness.create({ clock, timers: clock });
      await use(harness);
      await harness.dispose();
    },
  });
}

export { expect };
