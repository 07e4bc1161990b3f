import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { osProblemMessages } from '../contract/messages';
import { app, dialog, FakeBrowserWindow, FakeEvent, resetFakeElectron } from './testing/fake-electron';
import { closeCore, setupFlushOnQuit, setupQuitWhenClosed } from './lifecycle';
import { quitGuard } from './quit-guard';
import { quitWords } from './quit-words';
import { MainWindowHost } from './main-window';
import { setupSingleInstance } from './single-instance';

vi.mock('electron', () => import('./testing/fake-electron'));

beforeEach(resetFakeElectron);

/** A promise the test settles by hand, to look at the app while the journal is still being written. */
function pending() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A guard over `close`, with the dialog's words in Dutch and a recorded "save as" and window. */
function guard(close: () => Promise<void>, saveAs: () => Promise<boolean> = async () => false) {
  return {
    closeWindow: vi.fn(async () => true),
    close: vi.fn(close),
    saveAs: vi.fn(saveAs),
    words: () => quitWords.nl,
    reason: () => osProblemMessages.nl['disk-full'],
    showWindow: vi.fn(),
  };
}

const diskFull = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('flush on quit', () => {
  it('holds the quit until the journal is written, then quits', async () => {
    const write = pending();
    const quitting = guard(() => write.promise);
    setupFlushOnQuit(quitting, vi.fn());

    const first = new FakeEvent();
    app.emit('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    await settle();
    expect(quitting.closeWindow).toHaveBeenCalledTimes(1);
    expect(quitting.close).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();

    write.resolve();
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();

    // The quit that follows goes through.
    const second = new FakeEvent();
    app.emit('before-quit', second);
    expect(second.defaultPrevented).toBe(false);
    expect(quitting.close).toHaveBeenCalledTimes(1);
  });

  it('holds a second quit during the write without writing twice', async () => {
    const write = pending();
    const quitting = guard(() => write.promise);
    setupFlushOnQuit(quitting, vi.fn());
    app.emit('before-quit', new FakeEvent());
    const again = new FakeEvent();
    app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(true);
    await settle();
    expect(quitting.close).toHaveBeenCalledTimes(1);
    write.resolve();
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('asks before quitting when the edits cannot be saved, in the UI language, with the reason', async () => {
    const log = vi.fn();
    setupFlushOnQuit(
      guard(() => Promise.reject(diskFull)),
      log,
    );
    dialog.answers = [3]; // Niet afsluiten
    app.emit('before-quit', new FakeEvent());
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    const asked = dialog.shown[0]!;
    expect(asked).toMatchObject({
      type: 'warning',
      message: 'Je laatste wijzigingen zijn nog niet opgeslagen',
      buttons: ['Opnieuw proberen', 'Opslaan als…', 'Toch afsluiten…', 'Niet afsluiten'],
      defaultId: 0,
      cancelId: 3,
    });
    expect(asked.detail).toContain('Je schijf is vol');
    expect(asked.detail).not.toContain('ENOSPC');
    expect(log).toHaveBeenCalledWith(diskFull);
  });

  it('stays open, with the window back, when the person does not quit; a later quit asks again', async () => {
    const quitting = guard(() => Promise.reject(diskFull));
    setupFlushOnQuit(quitting, vi.fn());
    dialog.answers = [3];
    app.emit('before-quit', new FakeEvent());
    await vi.waitFor(() => expect(quitting.showWindow).toHaveBeenCalledTimes(1));
    expect(app.quit).not.toHaveBeenCalled();

    dialog.answers = [3];
    const again = new FakeEvent();
    app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(2));
  });

  it('tries again when asked, and quits once the write lands', async () => {
    let fails = true;
    const quitting = guard(() => (fails ? Promise.reject(diskFull) : Promise.resolve()));
    setupFlushOnQuit(quitting, vi.fn());
    dialog.answers = [0];
    dialog.showMessageBox.mockImplementationOnce(async () => {
      fails = false; // room was made meanwhile
      return { response: 0, checkboxChecked: false };
    });
    app.emit('before-quit', new FakeEvent());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(quitting.close).toHaveBeenCalledTimes(2);
  });

  it('saves elsewhere when asked, then quits', async () => {
    let saved = false;
    const quitting = guard(
      () => (saved ? Promise.resolve() : Promise.reject(diskFull)),
      async () => (saved = true),
    );
    setupFlushOnQuit(quitting, vi.fn());
    dialog.answers = [1];
    app.emit('before-quit', new FakeEvent());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(quitting.saveAs).toHaveBeenCalledTimes(1);
  });

  it('quits without saving only after a second, plain warning', async () => {
    setupFlushOnQuit(
      guard(() => Promise.reject(diskFull)),
      vi.fn(),
    );
    // Toch afsluiten… → Terug → (asked again) Toch afsluiten… → Afsluiten en wijzigingen kwijtraken
    dialog.answers = [2, 0, 2, 1];
    app.emit('before-quit', new FakeEvent());
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(dialog.shown.map((d) => d.message)).toEqual([
      'Je laatste wijzigingen zijn nog niet opgeslagen',
      'Weet je zeker dat je wilt afsluiten zonder op te slaan?',
      'Je laatste wijzigingen zijn nog niet opgeslagen',
      'Weet je zeker dat je wilt afsluiten zonder op te slaan?',
    ]);
    expect(dialog.shown[1]).toMatchObject({
      buttons: ['Terug', 'Afsluiten en wijzigingen kwijtraken'],
      defaultId: 0,
      cancelId: 0,
    });
    // And the quit that follows is let through.
    const next = new FakeEvent();
    app.emit('before-quit', next);
    expect(next.defaultPrevented).toBe(false);
  });
});

describe('quitGuard', () => {
  it('stops nothing while the journal cannot be written, so the app can stay as it was', async () => {
    const close = vi.fn(async () => undefined);
    const flush = vi.fn((): Promise<void> => Promise.reject(diskFull));
    const core = {
      dispatch: vi.fn(),
      language: () => 'nl' as const,
      store: { flush, saveState: { state: 'saved' } },
    } as unknown as Parameters<typeof quitGuard>[0];
    const guard = quitGuard(core, close, vi.fn(), async () => true);
    await expect(guard.close()).rejects.toBe(diskFull);
    expect(close).not.toHaveBeenCalled();
    flush.mockImplementation(() => Promise.resolve());
    await guard.close();
    expect(close).toHaveBeenCalledTimes(1);
  });
});

describe('closeCore', () => {
  it('stops the reminder timer before the journal is written for the last time', async () => {
    const order: string[] = [];
    const core = {
      schedule: {
        rescan: vi.fn(),
        notificationAction: vi.fn(() => null),
        upcoming: vi.fn(() => []),
        dueCount: vi.fn(() => 0),
        stop: vi.fn(() => order.push('stop')),
      },
      close: vi.fn(async () => {
        order.push('close');
      }),
    };
    await closeCore(core)();
    expect(order).toEqual(['stop', 'close']);
  });
});

describe('closing the window', () => {
  it('quits when closeToTray is off (Windows, Linux)', () => {
    setupQuitWhenClosed(
      vi.fn(),
      () => false,
      () => false,
      'linux',
    );
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('keeps the app running in the tray when closeToTray is on', () => {
    setupQuitWhenClosed(
      vi.fn(),
      () => false,
      () => true,
      'win32',
    );
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('reads the setting when the window closes, not when the app started', () => {
    let closeToTray = true;
    setupQuitWhenClosed(
      vi.fn(),
      () => false,
      () => closeToTray,
      'linux',
    );
    closeToTray = false;
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('keeps to the macOS convention: the app stays in the Dock either way', () => {
    setupQuitWhenClosed(
      vi.fn(),
      () => false,
      () => false,
      'darwin',
    );
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('makes the window again from the Dock (activate) when there is none', () => {
    const create = vi.fn();
    let open = true;
    setupQuitWhenClosed(
      create,
      () => open,
      () => true,
      'darwin',
    );
    app.emit('activate');
    expect(create).not.toHaveBeenCalled();
    open = false;
    app.emit('activate');
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('single instance', () => {
  it('quits the second launch', () => {
    app.requestSingleInstanceLock.mockImplementation(() => false);
    expect(setupSingleInstance(vi.fn())).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });

  it('brings the first window back when launched again', () => {
    const window = new FakeBrowserWindow({});
    window.visible = true;
    window.minimized = true;
    const windows = new MainWindowHost(() => window as unknown as BrowserWindow);
    windows.start();
    window.calls = [];
    expect(setupSingleInstance(() => windows.show())).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', new FakeEvent(), [], '/');
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('makes the window again when launched while it was closed to the tray', () => {
    const windows = new MainWindowHost(() => new FakeBrowserWindow({}) as unknown as BrowserWindow);
    windows.start();
    (windows.current() as unknown as FakeBrowserWindow).close();
    setupSingleInstance(() => windows.show());
    app.emit('second-instance', new FakeEvent(), [], '/');
    expect(FakeBrowserWindow.created).toHaveLength(2);
    expect(windows.current()).toBe(FakeBrowserWindow.created[1]);
  });

  it('waits for the app to be ready before making a window', () => {
    const show = vi.fn();
    app.isReady.mockImplementation(() => false);
    setupSingleInstance(show);
    expect(() => app.emit('second-instance', new FakeEvent(), [], '/')).not.toThrow();
    expect(show).not.toHaveBeenCalled();
  });
});
