/**
 * The real app: the built out/ in the real Electron binary, through Playwright's `_electron`.
 *
 * Where the binary is missing (it is downloaded by electron's postinstall, which needs internet) every
 * test here is skipped with the reason, and the reason is printed once, so a CI log never shows a quiet
 * pass. The `browser` project covers the renderer with a real core everywhere.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  _electron as electron,
  test as base,
  expect,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { findElectron } from '../../build/electron-binary';
import { ContactsPage } from '../pages/contacts-page';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Why the suite cannot run here, or null when it can. Looks for the executable the way `npm start` does
 * (build/electron-binary.ts) without requiring the electron package: in electron 45 that require starts
 * the binary download when the binary is missing, which fails noisily offline.
 */
function whyElectronIsMissing(): string | null {
  const found = findElectron();
  if (found.found) return null;
  return (
    `Electron binary not on this machine (${found.reason}${found.expected ? `: ${found.expected}` : ''}). ` +
    'The first `npm start` downloads it where the internet is reachable (or set ELECTRON_OVERRIDE_DIST_PATH). ' +
    'The browser project still tests the renderer with a real core.'
  );
}

const skipReason = whyElectronIsMissing();
// The runner loads this file once to list the tests; workers (which have TEST_WORKER_INDEX) load it again.
if (skipReason && !process.env['TEST_WORKER_INDEX']) {
  console.log(`[e2e/electron] SKIPPED: ${skipReason}`);
}

interface AppFixtures {
  /** This test's own folder: the journal and userData (settings, caches, single-instance lock). */
  dataDir: string;
  journalPath: string;
  electronApp: ElectronApplication;
  window: Page;
  contacts: ContactsPage;
}

const test = base.extend<AppFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring even without dependencies.
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'netwerkdagboek-electron-'));
    // Dutch UI whatever the machine's language, so the labels the page object uses are known.
    await mkdir(join(dir, 'userData'));
    await writeFile(
      join(dir, 'userData', 'settings.json'),
      JSON.stringify({ settingsVersion: 1, language: 'nl' }),
    );
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  journalPath: async ({ dataDir }, use) => {
    await use(join(dataDir, 'journal.json'));
  },
  electronApp: async ({ dataDir, journalPath }, use) => {
    if (!existsSync(join(root, 'out/main/index.js'))) {
      throw new Error('out/main/index.js is missing: run `npm run build` before the electron e2e suite.');
    }
    // No executablePath: Playwright then finds the binary through the electron package (the same
    // lookup as above, now that it exists) and preloads its loader, which it needs to drive the app.
    const app = await electron.launch({
      // The project folder, so Electron reads package.json (name, version, main) as the packaged app would.
      // The flags, not the environment variables: those work in development only (startup-paths.ts).
      args: [root, `--journal=${journalPath}`, `--user-data=${join(dataDir, 'userData')}`],
      cwd: root,
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    });
    let closed = false;
    app.on('close', () => {
      closed = true;
    });
    await use(app);
    if (!closed) await app.close();
  },
  window: async ({ electronApp }, use) => {
    const window = await electronApp.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    await use(window);
  },
  contacts: async ({ window }, use) => {
    await use(new ContactsPage(window));
  },
});

test.skip(skipReason !== null, skipReason ?? '');

test('opens one window titled Netwerkdagboek', async ({ electronApp, window }) => {
  await expect(window).toHaveTitle('Netwerkdagboek');
  await expect
    .poll(() => electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()))
    .toBe(true);
  expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('a contact made in the window is in the list and in the journal file', async ({
  electronApp,
  contacts,
  journalPath,
}) => {
  const name = 'Noor van Dijk';
  await contacts.create({ Naam: name });
  await expect(contacts.row(name)).toBeVisible();

  // Quitting writes the journal first (before-quit waits for core.close()).
  await electronApp.close();
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { contacts: { name: string }[] };
  expect(journal.contacts.map((c) => c.name)).toEqual([name]);
});

test('the page is locked down', async ({ electronApp, window }) => {
  const preferences = await electronApp.evaluate(({ BrowserWindow }) => {
    // getLastWebPreferences() exists at runtime but is missing from Electron's typings.
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown>;
    };
    const p = contents.getLastWebPreferences();
    return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration };
  });
  expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });

  // From inside the page: no Node, and the API object is there.
  expect(
    await window.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>)['require'],
      process: typeof (globalThis as Record<string, unknown>)['process'],
      api: typeof (globalThis as Record<string, unknown>)['netwerkdagboek'],
    })),
  ).toEqual({ require: 'undefined', process: 'undefined', api: 'object' });
});

test('the page comes over the app’s own scheme, with its CSP, and cannot read a local file', async ({
  electronApp,
  window: page,
}) => {
  expect(page.url()).toBe('netwerkdagboek://app/index.html');
  // The page loaded its module scripts and styles over the scheme: the app is on screen.
  await expect(page.locator('#app')).not.toBeEmpty();
  const read = await page.evaluate(async () => {
    try {
      const response = await fetch('file:///etc/hosts');
      return `read (${response.status})`;
    } catch {
      return 'refused';
    }
  });
  expect(read).toBe('refused');
  // Our own menu in the UI language (Dutch here), not Electron's English default one.
  const labels = await electronApp.evaluate(({ Menu }) =>
    Menu.getApplicationMenu()?.items.map((item) => item.label),
  );
  expect(labels).toEqual(expect.arrayContaining(['Bewerken', 'Beeld', 'Venster']));
});

test('window.open opens no window; an https link goes to the system browser', async ({
  electronApp,
  window: page,
}) => {
  // Record instead of opening a real browser on the test machine.
  await electronApp.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as Record<string, unknown>)['openedLinks'] = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  const opened = () =>
    electronApp.evaluate(() => (globalThis as Record<string, unknown>)['openedLinks'] as string[]);

  expect(await page.evaluate(() => window.open('file:///etc/passwd'))).toBeNull();
  expect(await page.evaluate(() => window.open('https://example.com/vacature'))).toBeNull();
  await expect.poll(opened).toEqual(['https://example.com/vacature']);
  expect(electronApp.windows()).toHaveLength(1);
});

test('closing the window keeps the app running for its reminders; quitting still writes the journal', async ({
  electronApp,
  contacts,
  journalPath,
}) => {
  const name = 'Ayla Demir';
  await contacts.create({ Naam: name });
  await expect(contacts.row(name)).toBeVisible();

  // closeToTray is on by default: the window goes, the app stays (in the tray / menu bar).
  await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
  await expect
    .poll(() => electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length))
    .toBe(0);
  expect(await electronApp.evaluate(({ app }) => app.isReady())).toBe(true);

  // Quitting from there (the tray's Afsluiten calls app.quit) still writes the journal first.
  await electronApp.close();
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { contacts: { name: string }[] };
  expect(journal.contacts.map((c) => c.name)).toEqual([name]);
});
