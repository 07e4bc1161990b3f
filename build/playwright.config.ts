import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Four projects:
 * - browser: the built renderer in Chromium with the preload API bridged to a real core (runs everywhere);
 * - electron: the packaged app through Playwright's `_electron` (skips, saying why, without the binary);
 * - screenshots: every screen in Dutch and English into screenshots/ (`npm run screenshots`);
 * - timing: the specs that measure time, like browser but started only once the others have finished, so
 *   nothing else competes for the machine's cores while they measure (CI has two).
 * Debian's chromium is used where it is installed, since Playwright's own browser cannot be downloaded here.
 */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: process.env['NETWERKDAGBOEK_CHROMIUM'] ?? systemChromium,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

export default defineConfig({
  testDir: '../e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  projects: [
    {
      name: 'browser',
      testDir: '../e2e/browser',
      use: { ...chromium, viewport: { width: 1280, height: 800 } },
    },
    { name: 'electron', testDir: '../e2e/electron' },
    {
      name: 'screenshots',
      testDir: '../e2e/screenshots',
      use: { ...chromium, viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'timing',
      testDir: '../e2e/timing',
      use: { ...chromium, viewport: { width: 1280, height: 800 } },
      // Alone: after the other projects (`--no-deps` skips them) and one test at a time.
      dependencies: ['browser', 'electron', 'screenshots'],
      workers: 1,
    },
  ],
});
