import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, FakeBrowserWindow, FakeEvent, resetFakeElectron } from './fake-electron';
import { setupFlushOnQuit } from './lifecycle';
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

describe('single instance', () => {
  it('quits the second launch', () => {
    app.requestSingleInstanceLock.mockImplementation(() => false);
    expect(setupSingleInstance(() => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });

  it('brings the first window back when launched again', () => {
    const window = new FakeBrowserWindow({});
    window.minimized = true;
    expect(setupSingleInstance(() => window as unknown as BrowserWindow)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', new FakeEvent(), [], '/');
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('does nothing on a second launch before the window exists', () => {
    setupSingleInstance(() => null);
    expect(() => app.emit('second-instance', new FakeEvent(), [], '/')).not.toThrow();
  });
});
