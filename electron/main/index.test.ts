import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clipboard, Shell } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, EVENT_CHANNEL } from '../contract/channels';
import { systemClock } from '../core/clock';
import { addDays, momentAt, today } from '../core/reminders/local-time';
import { systemZone } from '../core/clock';
import { JOURNAL_PATH_ENV } from '../core/settings/settings';
import { APP_PAGE_URL, APP_SCHEME } from './app-protocol';
import { preloadPath, rendererUrl } from './app-url';
import {
  app,
  dialog,
  Menu,
  protocol,
  FakeBrowserWindow,
  FakeEvent,
  FakeNotification,
  FakeTray,
  ipcMain,
  powerMonitor,
  resetFakeElectron,
  shell,
  clipboard,
} from './testing/fake-electron';

vi.mock('electron', () => import('./testing/fake-electron'));

/** The whole main process started once against the fakes, on a real journal file in a temp folder. */
let folder: string;
let window: FakeBrowserWindow;
const journalFile = () => join(folder, 'journal.json');

beforeAll(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'netwerkdagboek-main-'));
  vi.stubEnv('NETWERKDAGBOEK_USER_DATA', join(folder, 'userData'));
  vi.stubEnv(JOURNAL_PATH_ENV, journalFile());
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  await import('./index');
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
  window = FakeBrowserWindow.created[0]!;
});

/** A call from the window's own page, as the preload makes it. */
function call(channel: string, payload?: unknown) {
  const handler = ipcMain.handlers.get(channel)!;
  const frame = { url: rendererUrl({}, false), parent: null };
  return handler({ sender: window.webContents, senderFrame: frame }, payload);
}

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(folder, { recursive: true, force: true });
});

describe('the main process', () => {
  it('moves userData and guards every webContents before the app is ready', () => {
    expect(app.setPath).toHaveBeenCalledWith('userData', join(folder, 'userData'));
    expect(app.setAppUserModelId).toHaveBeenCalledWith('nl.netwerkdagboek.app');
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(1);
  });

  it('registers the app’s scheme and sandboxes every renderer before asking for ready', () => {
    const readyAsked = app.whenReady.mock.invocationCallOrder[0]!;
    expect(protocol.privileged.map((scheme) => scheme.scheme)).toEqual([APP_SCHEME]);
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(readyAsked);
    expect(app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(readyAsked);
  });

  it('serves the built page over its scheme, not file://, before the window loads it', async () => {
    expect(window.loadURL).toHaveBeenCalledWith(APP_PAGE_URL);
    const handle = protocol.handle.mock.invocationCallOrder[0]!;
    expect(window.loadURL.mock.invocationCallOrder[0]).toBeGreaterThan(handle);
    const serve = protocol.handlers.get(APP_SCHEME)!;
    // out/renderer may not be built when unit tests run; the handler answers either way, never with
    // a file from elsewhere.
    expect([200, 404]).toContain((await serve(new Request(APP_PAGE_URL))).status);
    expect((await serve(new Request('netwerkdagboek://app/..%2f..%2fpackage.json'))).status).toBe(403);
  });

  it('sets its own application menu, in Dutch, with the development items while unpackaged', () => {
    const menu = Menu.applicationMenu!;
    expect(menu.items.map((item) => item.label)).toEqual(
      process.platform === 'darwin'
        ? ['Netwerkdagboek', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']
        : ['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help'],
    );
    const view = menu.items.find((item) => item.label === 'Beeld')!;
    expect(view.submenu!.map((item) => item.role)).toContain('toggleDevTools');
  });

  it('sends what a menu item stands for to the page, as its shortcut would', () => {
    const file = Menu.applicationMenu!.items.find((item) => item.label === 'Bestand')!;
    window.webContents.finishLoad();
    window.webContents.send.mockClear();
    file.submenu!.find((item) => item.label === 'Opslaan')!.click!();
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { type: 'command', command: 'save' });
  });

  it('serves every channel before the page loads', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    const lastHandler = Math.max(...ipcMain.handle.mock.invocationCallOrder);
    expect(window.loadURL.mock.invocationCallOrder[0]).toBeGreaterThan(lastHandler);
  });

  it('opens one locked-down window on the built page', () => {
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { preload: preloadPath, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(window.loadURL).toHaveBeenCalledWith(rendererUrl({}, false));
  });

  it('answers the window’s page, and only it', async () => {
    const handler = ipcMain.handlers.get('contacts:create')!;
    const frame = { url: rendererUrl({}, false), parent: null };
    const created = await handler(
      { sender: window.webContents, senderFrame: frame },
      { name: 'Sanne de Vries' },
    );
    expect(created).toMatchObject({ ok: true, data: { name: 'Sanne de Vries' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stranger = await handler({ sender: {}, senderFrame: frame }, { name: 'Intruder' });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Refused IPC "contacts:create"'));
    warn.mockRestore();
  });

  it.runIf(process.platform === 'linux')('names the desktop entry it belongs to on Linux', () => {
    expect(app.setDesktopName).toHaveBeenCalledWith('nl.netwerkdagboek.app.desktop');
  });

  it('looks at the reminders again after sleep and unlock, and shows the due count from the start', () => {
    expect(powerMonitor.listenerCount('resume')).toBe(1);
    expect(powerMonitor.listenerCount('unlock-screen')).toBe(1);
    if (process.platform === 'darwin' || process.platform === 'linux') {
      expect(app.setBadgeCount).toHaveBeenCalledWith(0);
    }
  });

  it('sits in the tray, as closeToTray is on by default', () => {
    expect(FakeTray.created).toHaveLength(1);
    const labels = FakeTray.created[0]!.menu!.items.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Netwerkdagboek openen', 'Afsluiten']));
  });

  it('notifies a reminder that falls due; the badge, the page and the tray hear of it', async () => {
    window.webContents.finishLoad();
    // Core refuses a new reminder already past: it is made for a few minutes on, and then the laptop
    // "wakes" a day later (the system's date moved on, nothing else faked), which makes main look again.
    const start = Date.now();
    const soon = momentAt(new Date(start + 5 * 60_000), systemZone());
    const created = await call('reminders:create', {
      title: 'Vacaturebank bekijken',
      date: soon.date,
      time: soon.time,
    });
    expect(created).toMatchObject({ ok: true });
    vi.useFakeTimers({ toFake: ['Date'], now: start + 26 * 3_600_000 });
    try {
      powerMonitor.emit('resume');
      await vi.waitFor(() => expect(FakeNotification.created).toHaveLength(1));
    } finally {
      vi.useRealTimers();
    }
    const notification = FakeNotification.created[0]!;
    expect(notification.shown).toBe(true);
    expect(JSON.stringify(notification.options)).toContain('Vacaturebank bekijken');
    if (process.platform === 'darwin' || process.platform === 'linux') {
      expect(app.setBadgeCount).toHaveBeenLastCalledWith(1);
    }
    // The page's stores hear that the reminders changed, and the due count.
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      type: 'changed',
      kinds: ['reminders'],
      due: 1,
    });
    const labels = FakeTray.created[0]!.menu!.items.map((item) => item.label);
    expect(labels).toContain('te laat · Vacaturebank bekijken');
    if (process.platform !== 'darwin') {
      expect(notification.options.icon).toBe(join('/nonexistent/app', 'build', 'icon.png'));
    }

    // A click brings the window to the front at the reminder.
    const id = (created as { data: { id: string } }).data.id;
    window.calls = [];
    window.visible = true;
    notification.emit('click', {});
    expect(window.calls).toEqual(['show', 'focus']);
    expect(window.webContents.send).toHaveBeenLastCalledWith(EVENT_CHANNEL, {
      type: 'open',
      target: { view: 'reminders', id },
    });
  });

  it('lists a reminder made in the window in the tray menu, though the due count stays the same', async () => {
    await call('reminders:create', {
      title: 'Jan bellen',
      date: addDays(today(systemClock), 1),
      time: '10:00',
    });
    const labels = FakeTray.created[0]!.menu!.items.map((item) => item.label);
    expect(labels).toContain('morgen 10:00 · Jan bellen');
  });

  it('keeps running in the tray when the window is closed, and opens it again from there', () => {
    window.close();
    expect(window.destroyed).toBe(true);
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();

    const tray = FakeTray.created[0]!;
    tray.menu!.items.find((item) => item.label === 'Netwerkdagboek openen')!.click!();
    expect(FakeBrowserWindow.created).toHaveLength(2);
    window = FakeBrowserWindow.created[1]!;
    expect(window.loadURL).toHaveBeenCalledWith(rendererUrl({}, false));
  });

  it('answers the new window’s page', async () => {
    expect(await call('reminders:count')).toEqual({ ok: true, data: { due: 1 } });
  });

  it('tells the app’s page what a write changed, and no window that is not the app’s', async () => {
    // A window the app did not make for its page (as a stray devtools or helper window would be).
    const other = new FakeBrowserWindow({});
    window.webContents.finishLoad();
    window.webContents.send.mockClear();
    expect(
      await call('questions:add', { purpose: 'verkennen', text: 'Wat doe je op een dag?' }),
    ).toMatchObject({ ok: true });
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(EVENT_CHANNEL, {
      type: 'changed',
      kinds: ['questions'],
      due: 1,
    });
    expect(other.webContents.send).not.toHaveBeenCalled();
    // A read tells nothing.
    await call('questions:list');
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('puts a text the page asks to copy on the clipboard, and refuses what is no text', async () => {
    expect(await call('shell:copyText', { text: 'Beste Eva,\n\nDank voor ons gesprek.' })).toMatchObject({
      ok: true,
      data: { copied: true },
    });
    expect(clipboard.writeText).toHaveBeenCalledExactlyOnceWith('Beste Eva,\n\nDank voor ons gesprek.');
    for (const payload of [{ text: '' }, { text: 42 }, { text: 'x'.repeat(20_001) }]) {
      expect(await call('shell:copyText', payload)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(clipboard.writeText).toHaveBeenCalledTimes(1);
    const faithful: Pick<Clipboard, 'writeText'> = clipboard;
    expect(faithful).toBe(clipboard);
  });

  it('shows the file an export wrote in the file manager, by which file, never by a path from the page', async () => {
    const target = join(folder, 'agenda.ics');
    dialog.savePaths.push(target);
    expect(await call('exchange:export', { format: 'ics' })).toMatchObject({
      ok: true,
      data: { saved: true, path: target },
    });
    shell.showItemInFolder.mockClear();
    expect(await call('shell:showJournalFile', { which: 'export' })).toEqual({
      ok: true,
      data: { shown: true },
    });
    expect(shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith(target);
    for (const payload of [{ which: '/etc/passwd' }, { which: 'export', path: '/etc/passwd' }]) {
      expect(await call('shell:showJournalFile', payload)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(shell.showItemInFolder).toHaveBeenCalledTimes(1);
    // The fake is Electron's shape (checked by the compiler): a call main makes that Electron does not
    // take, or takes otherwise, fails the typecheck.
    const faithful: Pick<Shell, 'openExternal' | 'showItemInFolder'> = shell;
    expect(faithful).toBe(shell);
  });

  it('quits for real from the tray', () => {
    FakeTray.created[0]!.menu!.items.find((item) => item.label === 'Afsluiten')!.click!();
    expect(app.quit).toHaveBeenCalledTimes(1);
    app.quit.mockClear();
  });

  it('follows the settings: the tray speaks the new language, and goes when closeToTray is off', async () => {
    expect(await call('settings:update', { language: 'en' })).toMatchObject({ ok: true });
    const tray = FakeTray.created[0]!;
    expect(tray.menu!.items.map((item) => item.label)).toContain('Open Netwerkdagboek');
    expect(Menu.applicationMenu!.items.map((item) => item.label)).toContain('Edit');

    expect(await call('settings:update', { closeToTray: false })).toMatchObject({ ok: true });
    expect(tray.destroyed).toBe(true);
    // Without the tray, closing the window quits (outside macOS) as it did before.
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
    app.quit.mockClear();
  });

  it('writes the journal before quitting', async () => {
    const quit = new FakeEvent();
    app.emit('before-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    const journal = await readFile(journalFile(), 'utf8');
    expect(journal).toContain('Sanne de Vries');
    expect(journal).toContain('Vacaturebank bekijken');
    expect(journal).not.toContain('Intruder');
  });
});
