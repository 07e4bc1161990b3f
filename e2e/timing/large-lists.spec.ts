import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGeneratedJournal } from '../../build/bench/generate';
import { ContactListQuery, ConversationListQuery } from '../../electron/contract/contract';
import { expect, test } from '../fixtures';

/**
 * The lists where the person feels their size: 5,000 contacts and 25,000 conversations (the bench's
 * journal), the built renderer over a real core. From a click or a keystroke to the rows being on screen
 * must stay within 100 ms (issue 10; it was 5.8 s for Gesprekken and 1.7 s for typing "a"). Timed inside
 * the page, from the event to the frame that shows the rows, so Playwright's own polling is not counted.
 */
const LIMIT_MS = 100;
let folder: string;
let source: string;

test.describe('large lists', () => {
  // Runs in the timing project, after the other suites. Still a wall-clock measure on a shared machine:
  // one slow try may be a hiccup; a real slowdown misses both.
  // Serial, so the journal is generated once for both (in one worker).
  test.describe.configure({ mode: 'serial', retries: 1, timeout: 180_000 });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    folder = await mkdtemp(join(tmpdir(), 'ndb-e2e-large-'));
    source = (await writeGeneratedJournal(folder, { contacts: 5000, conversations: 25000, seed: 1 })).path;
  });
  test.afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('Gesprekken shows its first rows within 100 ms of the click', async ({ page, harness, contacts }) => {
    await copyFile(source, harness.journalPath);
    const core = await harness.startCore();
    await harness.open(page);
    // With reminders due the app opens on Herinneringen.
    await contacts.nav(/^Contacten$/);
    await expect(contacts.rows.first()).toBeVisible({ timeout: 30_000 });
    const first = core.conversations.list(ConversationListQuery.parse({ limit: 1 })).conversations[0]!;
    const spent = await page.evaluate(
      (name) =>
        new Promise<number>((resolve) => {
          const button = [...document.querySelectorAll('nav button')].find((b) =>
            b.textContent?.includes('Gesprekken'),
          ) as HTMLElement;
          const start = performance.now();
          const check = () => {
            const row = document.querySelector('[role="listbox"] [role="option"]');
            if (row?.textContent?.includes(name)) resolve(performance.now() - start);
            else requestAnimationFrame(check);
          };
          button.click();
          requestAnimationFrame(check);
        }),
      first.contactName,
    );
    console.log(`Gesprekken, click to first row: ${spent.toFixed(1)} ms`);
    expect(spent).toBeLessThanOrEqual(LIMIT_MS);
    // And the list holds all of them: the end is reachable from the keyboard.
    const list = page.getByRole('listbox', { name: /gesprekken/i });
    await list.focus();
    await page.keyboard.press('End');
    const last = core.conversations.list(ConversationListQuery.parse({ offset: 24999, limit: 1 }))
      .conversations[0]!;
    await expect(list.locator('[role="option"][aria-selected="true"]')).toContainText(last.contactName);
  });

  // Misses today, by far: 1.7–3.3 s from the click to the first row (five runs, 2026-12-01). Not the list
  // itself: the app opens on Herinneringen (reminders are due), whose reminders:list answers 3,053 rows
  // (1.1 MB; 130–200 ms in core, about 1.9 s through the harness' binding), and the click's
  // conversations:list waits behind it; after it, the first conversations:list sorts 25,000 (about 120 ms
  // in core). Fixed by the product (Herinneringen windowed like Contacten and Gesprekken, the first sort
  // done at open), not by a looser limit; until then this is a known failure, not a pass.
  test.fixme('Gesprekken, cold: opened the moment the app shows, its first rows come within 100 ms of the click', async ({
    page,
    harness,
  }) => {
    // A fresh core (its list of 25,000 conversations not sorted yet) and a fresh page (no rows fetched
    // ahead): Gesprekken is clicked the moment the menu appears, before the start's own fetch of its first
    // rows has answered, so nothing cached can stand in for the answer to this click.
    await copyFile(source, harness.journalPath);
    const core = await harness.startCore();
    await page.addInitScript(() => {
      const timing = { click: -1, rows: -1, rowsBefore: -1 };
      (window as unknown as { coldTiming: typeof timing }).coldTiming = timing;
      const rowsNow = () => document.querySelectorAll('[role="listbox"] [role="option"]').length;
      const watchRows = () => {
        if (rowsNow() > 0) timing.rows = performance.now();
        else requestAnimationFrame(watchRows);
      };
      const observer = new MutationObserver(() => {
        const button = [...document.querySelectorAll('nav button')].find((b) =>
          b.textContent?.includes('Gesprekken'),
        ) as HTMLElement | undefined;
        if (!button) return;
        observer.disconnect();
        timing.rowsBefore = rowsNow();
        timing.click = performance.now();
        button.click();
        requestAnimationFrame(watchRows);
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await harness.open(page);
    const list = page.getByRole('listbox', { name: /gesprekken/i });
    await expect(list.getByRole('option').first()).toBeVisible({ timeout: 30_000 });
    const timing = await page.evaluate(
      () =>
        (window as unknown as { coldTiming: { click: number; rows: number; rowsBefore: number } }).coldTiming,
    );
    expect(timing.click).toBeGreaterThan(0);
    // Cold indeed: no list rows anywhere when the click came.
    expect(timing.rowsBefore).toBe(0);
    const spent = timing.rows - timing.click;
    console.log(`Gesprekken cold (fresh core and page), click to first row: ${spent.toFixed(1)} ms`);
    expect(spent).toBeLessThanOrEqual(LIMIT_MS);
    // The rows are the list's own: its first row is core's first conversation.
    const first = core.conversations.list(ConversationListQuery.parse({ limit: 1 })).conversations[0]!;
    await expect(list.getByRole('option').first()).toContainText(first.contactName);
  });

  test('typing in the contact search shows the matches within 100 ms of the keystroke', async ({
    page,
    harness,
    contacts,
  }) => {
    await copyFile(source, harness.journalPath);
    const core = await harness.startCore();
    await harness.open(page);
    // With reminders due the app opens on Herinneringen.
    await contacts.nav(/^Contacten$/);
    await expect(contacts.rows.first()).toBeVisible({ timeout: 30_000 });
    const answer = core.contacts.list(ContactListQuery.parse({ query: 'a', limit: 1 }));
    const expected = { name: answer.contacts[0]!.name, total: answer.total };
    const spent = await page.evaluate(
      ({ name, total }) =>
        new Promise<number>((resolve) => {
          const search = document.querySelector('input[type="search"]') as HTMLInputElement;
          const count = document.querySelector('[data-testid="contact-count"]');
          const start = performance.now();
          const check = () => {
            const row = document.querySelector('[role="listbox"] [role="option"]');
            const digits = count?.textContent?.replace(/\D/g, '');
            if (row?.textContent?.includes(name) && digits === String(total)) {
              resolve(performance.now() - start);
            } else requestAnimationFrame(check);
          };
          search.value = 'a';
          search.dispatchEvent(new Event('input', { bubbles: true }));
          requestAnimationFrame(check);
        }),
      expected,
    );
    console.log(`contact search "a", keystroke to rows: ${spent.toFixed(1)} ms (${expected.total} matches)`);
    expect(spent).toBeLessThanOrEqual(LIMIT_MS);
    // The count is written with a thousands separator ("4.687 gevonden").
    expect((await contacts.count.textContent())?.replace(/\D/g, '')).toBe(String(expected.total));
  });
});
