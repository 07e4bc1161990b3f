/**
 * The browser harness: the built renderer (out/renderer) served on a made-up http origin in Chromium, with
 * `window.netwerkdagboek` bridged to a real core on a real journal file in a temp folder.
 *
 * This is the same API object the preload builds (`createApi` over the channel list), with
 * `page.exposeBinding` standing in for IPC. Native side effects (opening links) are recorded.
 * Chromium refuses module scripts from file://, hence the http origin; every other request is aborted,
 * so a test also proves the renderer never reaches out to the network.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Conf from 'conf';
import type { Page } from '@playwright/test';
import { channels } from '../electron/contract/channels';
import type { AppEvent } from '../electron/contract/contract';
import { createApi } from '../electron/contract/create-api';
import type { Clock, Timers } from '../electron/core/clock';
import { startNetwerkdagboek } from '../electron/core/app-session';
import type { Netwerkdagboek } from '../electron/core/netwerkdagboek';
import type { FsOps } from '../electron/core/journal/fs-ops';
import type { ReminderNotice } from '../electron/core/reminders/ports';
import { journalLocation, SettingsStore } from '../electron/core/settings/settings';

export const ORIGIN = 'http://netwerkdagboek.test';
const rendererDir = fileURLToPath(new URL('../out/renderer/', import.meta.url));
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface HarnessOptions {
  /** The "operating system" languages the core sees on first run. */
  systemLanguages?: string[];
  clock?: Clock;
  /** The core's timers; a ManualClock is both, so a test moves time and the reminders follow. */
  timers?: Timers;
  /** The file operations of the journal's writes, to make saving fail (see core/testing/faulty-fs.ts). */
  fs?: FsOps;
}

/** One app instance: a temp folder with the journal and settings, a core over it, a page showing it. */
export class Harness {
  core!: Netwerkdagboek;
  /** Links the app asked the system to open. */
  readonly opened: string[] = [];
  /** Files the app asked the file manager to show. */
  readonly shown: string[] = [];
  /** Texts the app put on the clipboard (main hands them to Electron's clipboard). */
  readonly copied: string[] = [];
  /** Native notifications the app showed, in order (main would hand them to Electron's Notification). */
  readonly notices: ReminderNotice[] = [];
  /** Whether the app asked to start at login. */
  openAtLogin: boolean | null = null;
  private page: Page | null = null;
  /** What the "save as" dialog answers when the app asks where to move the journal (null: cancelled). */
  nextJournalLocation: string | null = null;
  /** What the "open" dialog answers when the app asks for an existing journal file (null: cancelled). */
  nextJournalFile: string | null = null;
  /** What the save dialog of an export answers (null: cancelled); every request is kept in `exportsAsked`. */
  nextExportLocation: string | null = null;
  /** The names the app suggested in the export's save dialog, in order, with the format. */
  readonly exportsAsked: { suggestedName: string; format: string }[] = [];
  /** Where the journal lives by default (journal.json in the app's data folder). */
  readonly journalPath: string;

  private constructor(
    readonly dir: string,
    private readonly options: HarnessOptions,
  ) {
    this.journalPath = join(dir, 'journal.json');
  }

  static async create(options: HarnessOptions = {}): Promise<Harness> {
    return new Harness(await mkdtemp(join(tmpdir(), 'ndb-e2e-')), options);
  }

  /** Opens the core on another app's journal file (a second window on the same journal). */
  async startCoreOn(journalPath: string): Promise<Netwerkdagboek> {
    this.journalOverride = journalPath;
    return this.startCore();
  }
  private journalOverride: string | null = null;

  /** The app's settings in this instance's folder, as main keeps them (electron-store's engine). */
  settings(): SettingsStore {
    return new SettingsStore(new Conf({ cwd: join(this.dir, 'settings'), projectName: 'netwerkdagboek' }));
  }

  /** Opens the core on the journal file, as the main process does at launch. */
  async startCore(): Promise<Netwerkdagboek> {
    const settings = this.settings();
    // As main does: the one asked for, else the setting (after a move), else journal.json in "userData".
    const journal = journalLocation(this.journalOverride, settings.get(), this.dir);
    this.core = await startNetwerkdagboek({
      journalPath: journal.path,
      mayCreateJournal: !journal.chosen,
      clock: this.options.clock ?? { now: () => new Date() },
      timers: this.options.timers,
      fs: this.options.fs,
      notifier: { show: (notice) => this.notices.push(notice) },
      emit: (event) => void this.emit(event),
      setOpenAtLogin: (open) => {
        this.openAtLogin = open;
      },
      settings,
      systemLanguages: this.options.systemLanguages ?? ['nl-NL'],
      openExternal: async (url) => {
        this.opened.push(url);
      },
      showInFolder: (path) => {
        this.shown.push(path);
      },
      copyText: async (text) => {
        this.copied.push(text);
      },
      chooseJournalLocation: async () => this.nextJournalLocation,
      chooseJournalFile: async () => this.nextJournalFile,
      chooseExportLocation: async (suggestedName, format) => {
        this.exportsAsked.push({ suggestedName, format });
        return this.nextExportLocation;
      },
      appVersion: '0.1.0',
    });
    return this.core;
  }

  /**
   * Starts the core (if needed) and loads the app into the page. A journal with people opens on
   * Overzicht, the app's home; most specs are about another screen and start from Contacten, as they
   * did before Overzicht was home. `{ home: true }` leaves the app where it opened.
   */
  async open(page: Page, { home = false }: { home?: boolean } = {}): Promise<void> {
    if (!this.core) await this.startCore();
    this.page = page;
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname);
      const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path));
      if (!file.startsWith(resolve(rendererDir))) return route.fulfill({ status: 403 });
      try {
        await route.fulfill({
          body: await readFile(file),
          contentType: types[extname(file)] ?? 'application/octet-stream',
        });
      } catch {
        await route.fulfill({ status: 404 });
      }
    });
    await page.exposeBinding('__netwerkdagboekInvoke', (source, channel: string, payload: unknown) => {
      // Like main's sender check: only the app's own top frame may call.
      if (source.frame !== source.page.mainFrame() || !source.frame.url().startsWith(ORIGIN)) {
        throw new Error('Refused: not the app frame');
      }
      return this.core.dispatch(channel, payload);
    });
    // Main's events (webContents.send on EVENT_CHANNEL in the app) arrive through `emit` below.
    await page.addInitScript(
      `{ const listeners = new Set();
         window.__netwerkdagboekEmit = (event) => { for (const l of listeners) l(event); };
         window.netwerkdagboek = Object.freeze((${createApi.toString()})(${JSON.stringify(channels)},
           (c, i) => window.__netwerkdagboekInvoke(c, i),
           (l) => { listeners.add(l); return () => listeners.delete(l); })); }`,
    );
    await page.goto(`${ORIGIN}/index.html`);
    if (!home) await leaveHome(page);
  }

  /** Sends an event to the renderer as main does (dropped while no page is showing the app). */
  async emit(event: AppEvent): Promise<void> {
    await this.page
      ?.evaluate(
        (e) =>
          (window as unknown as { __netwerkdagboekEmit?: (e: unknown) => void }).__netwerkdagboekEmit?.(e),
        event,
      )
      .catch(() => undefined);
  }

  /** What main does when a notification is clicked: show the window and open what it is about. */
  async clickNotification(notice: ReminderNotice): Promise<void> {
    await this.emit({ type: 'open', target: notice.target });
  }

  /** Quits and relaunches on the same files: flushes the journal, opens a fresh core, reloads the page. */
  async reopen(page: Page, { home = false }: { home?: boolean } = {}): Promise<void> {
    this.page = null;
    await this.core.close();
    await this.startCore();
    this.page = page;
    await page.reload();
    if (!home) await leaveHome(page);
  }

  /** Quits, takes `file` away (a stick pulled out), and starts again on the same settings. */
  async reopenWithout(file: string, page: Page): Promise<void> {
    this.page = null;
    await this.core.close();
    await rm(file);
    await this.startCore();
    this.page = page;
    await page.reload();
    await leaveHome(page);
  }

  /** The journal as it is on disk right now (after writing pending edits). */
  async journalOnDisk(): Promise<{ contacts: { name: string; archived: boolean }[] }> {
    await this.core.store.flush();
    return JSON.parse(await readFile(this.journalPath, 'utf8'));
  }

  async dispose(): Promise<void> {
    await this.core?.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}

/**
 * From Overzicht to Contacten once the app has loaded (its menu shows only then, with the screen it
 * opens on already chosen). Any other first screen stays: missed reminders open Herinneringen.
 */
async function leaveHome(page: Page): Promise<void> {
  const menu = page.getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ });
  await menu.or(page.locator('main.fatal')).first().waitFor();
  if (!(await menu.isVisible())) return;
  const overview = menu.getByRole('button', { name: /^(Overzicht|Overview)$/ });
  if ((await overview.getAttribute('aria-current')) === 'page') {
    await menu.getByRole('button', { name: /^(Contacten|Contacts)/ }).click();
  }
}
