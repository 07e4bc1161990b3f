import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { osProblemMessages } from '../contract/messages';
import { app, dialog, FakeBrowserWindow, FakeEvent, resetFakeElectron } from './testing/fake-electron';
import { setupFlushOnQuit } from './lifecycle';
import { MainWindowHost } from './main-window';
import { quitWords } from './quit-words';
import { setupTray } from './tray';
import { confirmLosingForms } from './unsaved-forms';

vi.mock('electron', () => import('./testing/fake-electron'));

beforeEach(resetFakeElectron);

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** The one window as index.ts makes it: a loaded page, asking natively in `language`. */
function windowHost(language: 'nl' | 'en' = 'nl', pageAnswerMs?: number) {
  const host = new MainWindowHost(
    () => new FakeBrowserWindow({}) as unknown as BrowserWindow,
    (window) => confirmLosingForms(window, language),
    pageAnswerMs,
  );
  host.start();
  const window = host.current() as unknown as FakeBrowserWindow;
  return { host, window };
}

/** Quitting as index.ts wires it: the window first, then the journal written, then the real quit. */
function quitting(host: MainWindowHost) {
  const guard = {
    closeWindow: vi.fn(() => host.closeForQuit()),
    close: vi.fn(async () => undefined),
    saveAs: vi.fn(async () => false),
    words: () => quitWords.nl,
    reason: () => osProblemMessages.nl.unknown,
    showWindow: vi.fn(),
  };
  setupFlushOnQuit(guard, vi.fn());
  // Electron's app.quit(): 'before-quit' first; a listener that prevents it stops the quit.
  app.quit.mockImplementation(() => void app.emit('before-quit', new FakeEvent()));
  return guard;
}

describe('closing with an unsaved form', () => {
  it('asks natively, in the UI language, when the close button is clicked; staying keeps the window', () => {
    const { host, window } = windowHost('nl');
    window.webContents.holdsUnload = true;
    dialog.answers = [0];
    window.close();
    expect(dialog.shown).toHaveLength(1);
    expect(dialog.shown[0]).toMatchObject({
      type: 'warning',
      message: 'Je hebt iets ingevuld dat nog niet is opgeslagen',
      buttons: ['Terug naar het formulier', 'Sluiten en weggooien'],
      defaultId: 0,
      cancelId: 0,
    });
    // Modal to the window it is about.
    expect(dialog.parents[0]).toBe(window);
    expect(window.destroyed).toBe(false);
    expect(host.current()).toBe(window);
  });

  it('closes the window once the person chooses to throw the typing away', () => {
    const { host, window } = windowHost('en');
    window.webContents.holdsUnload = true;
    dialog.answers = [1];
    window.close();
    expect(dialog.shown[0]?.buttons).toEqual(['Back to the form', 'Close and discard']);
    expect(window.destroyed).toBe(true);
    expect(host.current()).toBeNull();
  });

  it('does not ask when nothing is unsaved', () => {
    const { window } = windowHost();
    window.close();
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
    expect(window.destroyed).toBe(true);
  });
});

describe('quitting with an unsaved form', () => {
  it('asks before anything stops; staying keeps the app, the window and core as they were', async () => {
    const { host, window } = windowHost();
    window.webContents.holdsUnload = true;
    const guard = quitting(host);
    dialog.answers = [0];
    app.quit();
    await settle();
    expect(dialog.shown.map((d) => d.message)).toEqual(['Je hebt iets ingevuld dat nog niet is opgeslagen']);
    expect(guard.close).not.toHaveBeenCalled();
    expect(host.current()).toBe(window);
    expect(app.quit).toHaveBeenCalledTimes(1);

    // A later quit asks again; now the person lets it go: the window closes, the journal is written,
    // and the app quits.
    dialog.answers = [1];
    app.quit();
    await settle();
    expect(dialog.shown).toHaveLength(2);
    expect(window.destroyed).toBe(true);
    expect(guard.close).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(3);
  });

  it('asks from the tray’s Afsluiten too', async () => {
    const { host, window } = windowHost();
    window.webContents.holdsUnload = true;
    const guard = quitting(host);
    setupTray(
      {
        schedule: () => null,
        language: () => 'nl',
        showWindow: () => host.show(),
        open: vi.fn(),
        quit: () => app.quit(),
        iconPath: '/nonexistent/tray.png',
        today: () => '2026-05-11',
      },
      () => true,
    );
    dialog.answers = [0];
    const { Menu } = await import('./testing/fake-electron');
    const items = Menu.buildFromTemplate.mock.calls.at(-1)![0];
    items.find((item) => item.label === 'Afsluiten')!.click!();
    await settle();
    expect(dialog.shown).toHaveLength(1);
    expect(guard.close).not.toHaveBeenCalled();
    expect(window.destroyed).toBe(false);
  });

  it('quits all the same when the page is stuck and never answers its close', async () => {
    // The page's time to answer on a fake clock: under load a real 30 ms passed before the first check.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const { host, window } = windowHost('nl', 30);
    window.webContents.frozen = true;
    const guard = quitting(host);
    app.quit();
    await settle();
    await vi.advanceTimersByTimeAsync(29);
    // Still waiting on the page: nothing closed, nothing stopped yet.
    expect(window.destroyed).toBe(false);
    expect(guard.close).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(window.destroy).toHaveBeenCalledTimes(1);
    expect(guard.close).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(2);
  });

  it('does not close a page that answered in time, however long the person takes to answer', async () => {
    const { host, window } = windowHost('nl', 30);
    window.webContents.holdsUnload = true;
    quitting(host);
    dialog.answers = [0];
    app.quit();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(dialog.shown).toHaveLength(1);
    expect(window.destroy).not.toHaveBeenCalled();
    expect(host.current()).toBe(window);
  });

  it('quits without a question when no form holds anything', async () => {
    const { host, window } = windowHost();
    const guard = quitting(host);
    app.quit();
    await settle();
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
    expect(window.destroyed).toBe(true);
    expect(guard.close).toHaveBeenCalledTimes(1);
  });
});
