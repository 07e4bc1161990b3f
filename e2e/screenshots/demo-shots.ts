import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Netwerkdagboek } from '../../electron/core/netwerkdagboek';
import { onFixedClock } from '../fixtures';
import type { Harness } from '../harness';
import { DEMO_NOW, DEMO_ZONE, fillDemoJournal } from './demo-journal';

/**
 * What the screenshot specs of one screen on the demo network share: the demo's clock for core and
 * page, one `describe` per language with its locale and zone, the PNG's name
 * (`screenshots/<language>-<screen>-<name>.png`), the two window sizes, and a core on the demo journal.
 */
const out = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/** `test` on the demo's moment (DEMO_NOW in DEMO_ZONE), page and core alike. */
export const demoTest = onFixedClock(DEMO_NOW, DEMO_ZONE);

/** The sizes every screen is shot at: a common laptop, and the smallest window the app is made for. */
export const SCREEN_SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

export type ScreenSize = (typeof SCREEN_SIZES)[number];
type Language = 'nl' | 'en';

export interface ShotLanguage {
  language: Language;
  nl: boolean;
  /** Saves the page as `<language>-<screen>-<name>.png`. */
  shot: (page: Page, name: string) => Promise<void>;
}

/** Runs `body` inside a `describe` per language, Dutch first, on that language's locale. */
export function inEachLanguage(screen: string, body: (language: ShotLanguage) => void): void {
  for (const language of ['nl', 'en'] as const) {
    const shot = async (page: Page, name: string) => {
      await mkdir(out, { recursive: true });
      await page.screenshot({ path: `${out}${language}-${screen}-${name}.png` });
    };
    const nl = language === 'nl';
    demoTest.describe(language, () => {
      demoTest.use({ locale: nl ? 'nl-NL' : 'en-GB', timezoneId: DEMO_ZONE });
      body({ language, nl, shot });
    });
  }
}

/** The window at `size` and a core on the demo journal in `language`; the page is not open yet. */
export async function startDemo(
  page: Page,
  harness: Harness,
  language: Language,
  size: ScreenSize,
): Promise<Netwerkdagboek> {
  await page.setViewportSize(size);
  const core = await harness.startCore();
  await core.dispatch('settings:update', { language });
  await fillDemoJournal(core);
  return core;
}
