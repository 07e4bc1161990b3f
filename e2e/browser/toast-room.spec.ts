/**
 * Toasts never cover what the person needs (issue 13 trial: at 1,024 px the toast lay over the buttons
 * of the Organisaties cards and under forms). Where the sidebar is only icons the toast has its own strip
 * below the screen; these check, at 1024×700, that no visible control shares a pixel with it.
 */
import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from '../screenshots/demo-journal';

const test = onFixedClock(DEMO_NOW, DEMO_ZONE);
test.use({ viewport: { width: 1024, height: 700 }, locale: 'nl-NL', timezoneId: DEMO_ZONE });

/**
 * Every control the person can see, as drawn: its box cut to the panes that scroll it, so a row
 * scrolled half out of its list counts only for the half that shows; those the toast overlaps.
 */
async function controlsUnderToast(page: Page): Promise<string[]> {
  await expect(page.locator('.toast')).toBeVisible();
  return page.evaluate(() => {
    const toast = document.querySelector('.toast')!.getBoundingClientRect();
    const under: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')) {
      if (el.closest('.toast') || el.checkVisibility() === false) continue;
      let { left, top, right, bottom } = el.getBoundingClientRect();
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (getComputedStyle(p).overflow === 'visible') continue;
        const clip = p.getBoundingClientRect();
        left = Math.max(left, clip.left);
        top = Math.max(top, clip.top);
        right = Math.min(right, clip.right);
        bottom = Math.min(bottom, clip.bottom);
      }
      if (right <= left || bottom <= top) continue;
      const overlaps = left < toast.right && right > toast.left && top < toast.bottom && bottom > toast.top;
      if (overlaps) under.push(el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName);
    }
    return under;
  });
}

test('on Organisaties, the toast after marking leaves every card’s buttons clear, down to the last card', async ({
  page,
  harness,
}) => {
  await fillDemoJournal(await harness.startCore());
  await harness.open(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Organisaties' }).click();
  const cards = page.getByRole('list', { name: 'Organisaties' }).locator(':scope > li');
  await cards.filter({ hasText: 'KPN' }).getByRole('button', { name: 'Wil ik werken: KPN' }).click();
  await expect(page.locator('.toast')).toContainText('KPN staat nu bovenaan');
  expect(await controlsUnderToast(page)).toEqual([]);
  // Scrolled to the end, the last card's buttons sit above the toast, not under it.
  await cards.last().getByRole('button', { name: 'Naam wijzigen…' }).scrollIntoViewIfNeeded();
  expect(await controlsUnderToast(page)).toEqual([]);
  await expect(cards.last().getByRole('button', { name: 'Naam wijzigen…' })).toBeInViewport();
});

test('on a contact, the toast after saving leaves the “Contact gehad” form and its buttons clear', async ({
  page,
  harness,
  contacts,
}) => {
  await fillDemoJournal(await harness.startCore());
  await harness.open(page);
  await contacts.row('Anna de Vries').click();
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await contacts.fill({ Functie: 'Beleidsadviseur' });
  await contacts.save();
  await expect(page.locator('.toast')).toContainText('Anna de Vries is opgeslagen.');
  expect(await controlsUnderToast(page)).toEqual([]);
  await page.getByRole('button', { name: 'Contact gehad' }).click();
  const save = page.getByRole('button', { name: 'Vastleggen' });
  await save.scrollIntoViewIfNeeded();
  expect(await controlsUnderToast(page)).toEqual([]);
  await expect(save).toBeInViewport();
});
