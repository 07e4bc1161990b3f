import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL } from '../contract/channels';
import { FakeBrowserWindow, resetFakeElectron } from './testing/fake-electron';
import { MainWindowHost } from './main-window';

vi.mock('electron', () => import('./testing/fake-electron'));

beforeEach(resetFakeElectron);

/** A host over fake windows made as createMainWindow makes them: loading, shown once painted. */
function host() {
  return new MainWindowHost(() => {
    const window = new FakeBrowserWindow({});
    window.webContents.loading = true;
    return window as unknown as BrowserWindow;
  });
}

const current = (windows: MainWindowHost) => windows.current() as unknown as FakeBrowserWindow;

/** The window after its first paint, with its page loaded. */
const painted = (windows: MainWindowHost) => {
  const window = current(windows);
  window.visible = true;
  window.webContents.finishLoad();
  window.calls = [];
  return window;
};

const openContact = { type: 'open', target: { view: 'contact', id: 'c1' } } as const;

describe('MainWindowHost', () => {
  it('makes no window before start(), then one, and the same one while it is open', () => {
    const windows = host();
    windows.show();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    windows.start();
    const window = windows.current();
    windows.show();
    expect(windows.current()).toBe(window);
    expect(FakeBrowserWindow.created).toHaveLength(1);
  });

  it('opens what was asked for before start() in the first window, once its page has loaded', () => {
    const windows = host();
    windows.open(openContact);
    expect(FakeBrowserWindow.created).toHaveLength(0);
    windows.start();
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const window = current(windows);
    expect(window.webContents.send).not.toHaveBeenCalled();
    window.webContents.finishLoad();
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, openContact);
  });

  it('forgets a closed window and makes a new one when asked again', () => {
    const windows = host();
    windows.start();
    const first = painted(windows);
    first.close();
    expect(windows.current()).toBeNull();
    windows.show();
    expect(windows.current()).not.toBe(first);
    expect(FakeBrowserWindow.created).toHaveLength(2);
  });

  it('does not show a window that has not painted yet; it shows itself', () => {
    const windows = host();
    windows.start();
    windows.show();
    expect(current(windows).calls).toEqual([]);
  });

  it('brings an open window back: restored, shown, focused', () => {
    const windows = host();
    windows.start();
    const window = painted(windows);
    window.minimized = true;
    windows.show();
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('sends events to the page only when there is a window', () => {
    const windows = host();
    windows.send({ type: 'changed', kinds: ['reminders'], due: 2 });
    expect(FakeBrowserWindow.created).toHaveLength(0);
    windows.start();
    const window = painted(windows);
    windows.send({ type: 'changed', kinds: ['reminders'], due: 3 });
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      type: 'changed',
      kinds: ['reminders'],
      due: 3,
    });
  });

  it('holds an event for a page that is loading until it has loaded, in order', () => {
    const windows = host();
    windows.start();
    const window = current(windows);
    windows.send({ type: 'changed', kinds: ['reminders'], due: 1 });
    windows.open(openContact);
    expect(window.webContents.send).not.toHaveBeenCalled();
    window.webContents.finishLoad();
    expect(window.webContents.send.mock.calls).toEqual([
      [EVENT_CHANNEL, { type: 'changed', kinds: ['reminders'], due: 1 }],
      [EVENT_CHANNEL, openContact],
    ]);
  });

  it('drops an event held for a window that closed before its page loaded', () => {
    const windows = host();
    windows.start();
    const window = current(windows);
    windows.open(openContact);
    window.destroyed = true;
    window.webContents.finishLoad();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('sends a menu command to the page, making the window again when it was closed to the tray', () => {
    const windows = host();
    windows.start();
    painted(windows).close();
    windows.command('new-contact');
    const again = current(windows);
    expect(again).toBe(FakeBrowserWindow.created[1]);
    expect(again.webContents.send).not.toHaveBeenCalled();
    again.webContents.finishLoad();
    expect(again.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      type: 'command',
      command: 'new-contact',
    });
  });
});
