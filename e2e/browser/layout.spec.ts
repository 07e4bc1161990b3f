import type { Locator, Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import type { Harness } from '../harness';
import { ConversationsPage } from '../pages/conversations-page';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from '../screenshots/demo-journal';

/**
 * Small windows and zoom (issue 11, point 5): the screens reflow instead of cutting things off or
 * scrolling sideways. 200% zoom of a 1280×800 screen lays the page out at 640×400 CSS pixels with two
 * device pixels to each, which is what `deviceScaleFactor: 2` on a 640×400 viewport gives (WCAG 1.4.10).
 * The demo journal on its own fixed clock, as the screenshots use it.
 */
const test = onFixedClock(DEMO_NOW, DEMO_ZONE);

async function openDemo(page: Page, harness: Harness) {
  await fillDemoJournal(await harness.startCore());
  await harness.open(page);
}

/** How far the page, and each scrolling pane in it, can be scrolled sideways (0 when it cannot). */
async function sidewaysScroll(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const found: Record<string, number> = {};
    const root = document.documentElement;
    found['page'] = root.scrollWidth - root.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>(
      '.list-pane, .detail-pane, .cv-editor, .detail, .learning, .scroll, .settings',
    )) {
      const name = el.className.split(' ')[0]!;
      found[name] = Math.max(found[name] ?? 0, el.scrollWidth - el.clientWidth);
    }
    return found;
  });
}

async function expectNoSidewaysScroll(page: Page) {
  const scroll = await sidewaysScroll(page);
  expect(scroll, 'nothing scrolls sideways').toEqual(
    Object.fromEntries(Object.keys(scroll).map((k) => [k, 0])),
  );
}

/** The number of lines a heading takes. */
async function lines(heading: Locator): Promise<number> {
  return heading.evaluate((el) =>
    Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
  );
}

/** The number of lines an element's words are laid out on (for a button, whose line height is 'normal'). */
async function textLines(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    const tops = new Set<number>();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
    }
    return tops.size;
  });
}

const sizes = [
  { name: '1024×700', viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1, onePane: false },
  { name: '800×600', viewport: { width: 800, height: 600 }, deviceScaleFactor: 1, onePane: true },
  {
    name: '200% zoom of 1280×800',
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
    onePane: true,
  },
];

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('the conversation editor shows Opslaan and every step, and nothing scrolls sideways', async ({
      page,
      harness,
    }) => {
      await openDemo(page, harness);
      const conversations = new ConversationsPage(page);
      await conversations.open();
      await conversations.row(/Anna de Vries/).click();
      await expect(conversations.heading).toHaveText('Gesprek met Anna de Vries');
      expect(await lines(conversations.heading), 'the title takes at most two lines').toBeLessThanOrEqual(2);
      const tabs = page.getByRole('tab');
      await expect(tabs).toHaveCount(3);
      for (const step of ['prepare', 'conversation', 'evaluation'] as const) {
        await conversations.step(step);
        await expect(page.getByRole('button', { name: 'Opslaan', exact: true })).toBeInViewport({ ratio: 1 });
        for (const tab of await tabs.all()) await expect(tab).toBeInViewport({ ratio: 1 });
        await expectNoSidewaysScroll(page);
      }
      // The referrals' fields get room for a name, not a sliver each.
      const name = page.getByRole('group', { name: 'Karin Smit' }).getByLabel('Naam');
      expect((await name.boundingBox())!.width).toBeGreaterThan(150);
      if (size.onePane) {
        await expect(conversations.list).toBeHidden();
        await page.getByRole('button', { name: 'Alle gesprekken' }).click();
        await expect(conversations.row(/Anna de Vries/)).toBeInViewport();
        await expect(conversations.heading).toBeHidden();
      } else {
        await expect(conversations.row(/Anna de Vries/)).toBeInViewport();
      }
    });

    test('Contacten’s header: the title beside + Nieuw contact, the count beside Importeren and Exporteren, nothing wrapped', async ({
      page,
      harness,
      contacts,
    }) => {
      await openDemo(page, harness);
      const header = contacts.header;
      const title = header.getByRole('heading', { level: 1, name: 'Contacten' });
      const add = header.getByRole('button', { name: '+ Nieuw contact' });
      const count = header.getByTestId('contact-count');
      const exportMenu = header.getByRole('button', { name: 'Exporteren' });
      const importButton = header.getByRole('button', { name: 'Importeren' });
      const box = async (l: Locator) => (await l.boundingBox())!;
      const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
      // In one row means the middle of one is within the height of the other.
      const sameRow = async (a: Locator, b: Locator) => {
        const [ba, bb] = [await box(a), await box(b)];
        return Math.abs(middle(ba) - middle(bb)) < Math.min(ba.height, bb.height) / 2;
      };
      expect(await sameRow(title, add), 'the title and + Nieuw contact side by side').toBe(true);
      expect(await sameRow(count, exportMenu), 'the count and Exporteren side by side').toBe(true);
      expect(await sameRow(count, importButton), 'and Importeren beside them').toBe(true);
      for (const button of [add, exportMenu, importButton]) {
        await expect(button).toBeInViewport({ ratio: 1 });
        expect(await textLines(button), 'a button’s words on one line').toBe(1);
      }
      expect((await box(add)).y + (await box(add)).height).toBeLessThanOrEqual((await box(exportMenu)).y);
      await expectNoSidewaysScroll(page);
    });

    test('a contact can be read and edited, and the list is one step away', async ({
      page,
      harness,
      contacts,
    }) => {
      await openDemo(page, harness);
      await contacts.row('Anna de Vries').click();
      await expect(contacts.detailHeading).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('button', { name: 'Bewerken' })).toBeInViewport({ ratio: 1 });
      const email = page.getByRole('link', { name: 'anna.devries@example.nl' });
      await email.scrollIntoViewIfNeeded();
      await expect(email).toBeInViewport({ ratio: 1 });
      await expectNoSidewaysScroll(page);
      await page.getByRole('button', { name: 'Bewerken' }).click();
      await expect(contacts.field('Naam')).toBeInViewport({ ratio: 1 });
      await expectNoSidewaysScroll(page);
      await page.getByRole('button', { name: 'Annuleren' }).click();
      if (size.onePane) {
        await expect(contacts.list).toBeHidden();
        await page.getByRole('button', { name: 'Alle contacten' }).click();
        await expect(contacts.row('Anna de Vries')).toBeInViewport();
        await expect(contacts.row('Anna de Vries')).toBeFocused();
      } else {
        await expect(contacts.row('Anna de Vries')).toBeInViewport();
      }
      await expectNoSidewaysScroll(page);
    });
  });
}

test.describe('200% zoom of 1280×800, every screen', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  test('nothing scrolls sideways', async ({ page, harness }) => {
    await openDemo(page, harness);
    for (const screen of [
      'Contacten',
      'Gesprekken',
      'Wat leer ik',
      'Herinneringen',
      'Overzicht',
      'Instellingen',
    ]) {
      await page
        .getByRole('navigation')
        .getByRole('button', { name: new RegExp(`^${screen}`) })
        .click();
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      expect(await sidewaysScroll(page), screen).toEqual(
        Object.fromEntries(Object.keys(await sidewaysScroll(page)).map((k) => [k, 0])),
      );
    }
  });
});

test.describe('one pane (800×600)', () => {
  test.use({ viewport: { width: 800, height: 600 } });
  test('Ctrl+K from an open contact goes back to the list, to the search with its text selected', async ({
    page,
    harness,
    contacts,
  }) => {
    await openDemo(page, harness);
    await contacts.search.fill('an');
    await contacts.rows.first().click();
    await expect(contacts.search).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(contacts.search).toBeFocused();
    // Typing replaces the old search instead of adding to it.
    await page.keyboard.type('x');
    await expect(contacts.search).toHaveValue('x');
  });

  test('Ctrl+N does nothing behind an open dialog', async ({ page, harness }) => {
    await openDemo(page, harness);
    await page.keyboard.press('Control+/');
    const overview = page.getByRole('dialog');
    await expect(overview).toBeVisible();
    await page.keyboard.press('Control+n');
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: /^Nieuw contact$/ })).toHaveCount(0);
    // And once the dialog is gone, the same keys do open the form.
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('heading', { level: 1, name: /^Nieuw contact$/ })).toBeVisible();
  });
});

test.describe('narrow sidebar', () => {
  test.use({ viewport: { width: 1024, height: 700 } });
  test('keeps its icons, each with its name and a tooltip', async ({ page, harness }) => {
    await openDemo(page, harness);
    const nav = page.getByRole('navigation');
    expect((await nav.boundingBox())!.width).toBeLessThan(80);
    const reminders = nav.getByRole('button', { name: /^Herinneringen/ });
    await expect(reminders).toHaveAttribute('title', 'Herinneringen');
    await reminders.click();
    await expect(page.getByRole('heading', { name: 'Herinneringen', level: 1 })).toBeVisible();
  });
});

test.describe('1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('uses the room: the contact is centred and its cards sit side by side', async ({
    page,
    harness,
    contacts,
  }) => {
    await openDemo(page, harness);
    await contacts.row('Anna de Vries').click();
    const pane = (await page.locator('.contacts .detail-pane').boundingBox())!;
    const detail = (await page.locator('article.detail').boundingBox())!;
    const left = detail.x - pane.x;
    const right = pane.x + pane.width - (detail.x + detail.width);
    expect(Math.abs(left - right), 'centred in its pane').toBeLessThan(20);
    const cards = page.locator('article.detail .grid > section');
    const tops = await cards.evaluateAll((els) =>
      els.map((el) => Math.round(el.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size, 'the four cards in one row').toBe(1);
    // An address is never broken mid-word where it fits on its line.
    const email = page.getByRole('link', { name: 'anna.devries@example.nl' });
    expect(await lines(email)).toBe(1);
  });
});

/**
 * The "Contact gehad" form (review O2): its fields a gap apart, their controls on one line even where a
 * label is long ('Bouwen, bevestigen of benutten?'), as on the other forms.
 */
for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test(`the “Contact gehad” form is evenly spaced at ${viewport.width}×${viewport.height}`, async ({
    page,
    harness,
    contacts,
  }) => {
    await page.setViewportSize(viewport);
    await openDemo(page, harness);
    await contacts.row('Anna de Vries').click();
    await page.getByRole('button', { name: 'Contact gehad' }).click();
    const form = page.locator('.touch-form');
    await expect(form).toBeVisible();
    const fields = await form.locator('.fields > *').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const control = el.querySelector('select, input')!.getBoundingClientRect();
        return {
          left: box.left,
          right: box.right,
          top: box.top,
          bottom: box.bottom,
          controlTop: control.top,
        };
      }),
    );
    for (let i = 1; i < fields.length; i++) {
      const [a, b] = [fields[i - 1]!, fields[i]!];
      if (Math.abs(a.top - b.top) < 1) {
        expect(b.left - a.right, `field ${i} a gap after field ${i - 1}`).toBeGreaterThanOrEqual(10);
        expect(Math.abs(a.controlTop - b.controlTop), `controls ${i - 1} and ${i} on one line`).toBeLessThan(
          1,
        );
      } else {
        expect(b.top - a.bottom, `row gap above field ${i}`).toBeGreaterThanOrEqual(10);
      }
    }
  });
}
