import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, FakeBrowserWindow, FakeEvent, resetFakeElectron } from './fake-electron';
import { closeCore, setupFlushOnQuit, setupQuitWhenClosed } from './lifecycle';
import { MainWindowHost } from './main-window';
import { setupSingleInstance } from './single-instance';

vi.mock('electron', () => import('./fake-electron'));

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

describe('flush on quit', () => {
  it('holds the quit until the journal is written, then quits', async () => {
    const write = pending();
    const close = vi.fn(() => write.promise);
    setupFlushOnQuit(close, vi.fn());

    const first = new FakeEvent();
    app.emit('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);
    await settle();
    expect(app.quit).not.toHaveBeenCalled();

    write.resolve();
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);

    // The quit that follows goes through.
    const second = new FakeEvent();
    app.emit('before-quit', second);
    expect(second.defaultPrevented).toBe(false);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('holds a second quit during the write without writing twice', async () => {
    const write = pending();
    const close = vi.fn(() => write.promise);
    setupFlushOnQuit(close, vi.fn());
    app.emit('before-quit', new FakeEvent());
    const again = new FakeEvent();
    app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);
    write.resolve();
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('still quits, and reports it, when the write fails', async () => {
    const log = vi.fn();
    const failure = new Error('disk full');
    setupFlushOnQuit(() => Promise.reject(failure), log);
    app.emit('before-quit', new FakeEvent());
    await settle();
    expect(log).toHaveBeenCalledWith(failure);
    expect(app.quit).toHaveBeenCalledTimes(1);
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
