import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL } from '../contract/channels';
import type { AppTarget } from '../contract/contract';
import type { ReminderControl, ReminderNotice } from '../core/reminders/ports';
import { FakeBrowserWindow, FakeNotification, resetFakeElectron } from './testing/fake-electron';
import { MainWindowHost } from './main-window';
import { createNotifier, type NotifierDeps } from './notifications';

vi.mock('electron', () => import('./testing/fake-electron'));

beforeEach(resetFakeElectron);

const conversation: AppTarget = { view: 'conversation', id: 'conv-jan' };
const contact: AppTarget = { view: 'contact', id: 'contact-sanne' };

const thanks: ReminderNotice = {
  reminderId: 'rem-thanks',
  title: 'Bedankje sturen',
  body: 'Stuur Jan de Vries een bedankje voor het gesprek van gisteren',
  target: conversation,
  actions: true,
};
const keepInTouch: ReminderNotice = {
  reminderId: 'rem-sanne',
  title: 'Contact onderhouden',
  body: 'Laat weer eens iets horen aan Sanne Bakker',
  target: contact,
  actions: true,
};
const summary: ReminderNotice = {
  reminderId: null,
  title: '3 herinneringen',
  body: 'Terwijl Netwerkdagboek dicht was, vielen er 3 herinneringen.',
  target: { view: 'reminders', id: null },
  actions: false,
};

function fakeSchedule() {
  return {
    rescan: vi.fn(),
    notificationAction: vi.fn<ReminderControl['notificationAction']>(() => null),
    upcoming: vi.fn(() => []),
    dueCount: vi.fn(() => 0),
    stop: vi.fn(),
  } satisfies ReminderControl;
}

/** A new window, as createMainWindow leaves it: loading its page, shown once painted. */
function newWindow(): BrowserWindow {
  const window = new FakeBrowserWindow({});
  window.webContents.loading = true;
  return window as unknown as BrowserWindow;
}

/** A notifier whose clicks go to a real MainWindowHost over fake windows. */
function setup(overrides: Partial<NotifierDeps> = {}) {
  const host = new MainWindowHost(newWindow);
  const schedule = fakeSchedule();
  const log = vi.fn();
  const notifier = createNotifier({
    open: (event) => host.open(event),
    schedule: () => schedule,
    language: () => 'nl',
    iconPath: '/app/build/icon.png',
    platform: 'linux',
    log,
    ...overrides,
  });
  return { host, schedule, notifier, log };
}

/** The window the host has made, as the page sees it: painted and loaded. */
function loadedWindow(host: MainWindowHost): FakeBrowserWindow {
  host.start();
  const window = host.current() as unknown as FakeBrowserWindow;
  window.visible = true;
  window.webContents.loading = false;
  window.calls = [];
  return window;
}

const last = () => {
  const notification = FakeNotification.created.at(-1);
  if (!notification) throw new Error('no notification shown');
  return notification;
};

describe('the notification adapter', () => {
  it('shows the notice as core worded it, with the app icon', () => {
    const { notifier } = setup();
    notifier.show(thanks);
    expect(last().options).toMatchObject({
      title: 'Bedankje sturen',
      body: 'Stuur Jan de Vries een bedankje voor het gesprek van gisteren',
      icon: '/app/build/icon.png',
      urgency: 'normal',
    });
    expect(last().show).toHaveBeenCalledTimes(1);
  });

  it('keeps a reference to each shown notification until it is clicked, closed or fails', () => {
    const { notifier } = setup();
    notifier.show(thanks);
    notifier.show(keepInTouch);
    notifier.show(summary);
    expect(notifier.kept()).toBe(3);
    const [first, second, third] = FakeNotification.created;
    first!.emit('click', {});
    expect(notifier.kept()).toBe(2);
    second!.emit('close', {});
    expect(notifier.kept()).toBe(1);
    third!.emit('failed', {}, 'no notification server');
    expect(notifier.kept()).toBe(0);
  });

  it('lets go of the oldest beyond the cap, so a long-running app does not hold them all', () => {
    const { notifier } = setup({ maxKept: 3 });
    for (let i = 0; i < 5; i++) notifier.show({ ...thanks, reminderId: `rem-${i}` });
    expect(notifier.kept()).toBe(3);
    // The newest three still answer a click.
    const newest = FakeNotification.created.at(-1)!;
    newest.emit('click', {});
    expect(notifier.kept()).toBe(2);
  });

  it('replaces the notification of the same reminder instead of stacking them', () => {
    const { notifier } = setup();
    notifier.show(thanks);
    const first = last();
    notifier.show(thanks);
    expect(first.close).toHaveBeenCalled();
    expect(notifier.kept()).toBe(1);
  });

  it('routes a click to its item: the window comes to the front and the page is told what to open', () => {
    const { notifier, host } = setup();
    const window = loadedWindow(host);
    window.minimized = true;
    notifier.show(thanks);
    notifier.show(keepInTouch);
    FakeNotification.created[1]!.emit('click', {});
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { type: 'open', target: contact });
  });

  it('makes the window again when it was closed to the tray, and tells the page once it has loaded', () => {
    const { notifier, host } = setup();
    loadedWindow(host).close();
    expect(host.current()).toBeNull();
    notifier.show(thanks);
    last().emit('click', {});

    expect(FakeBrowserWindow.created).toHaveLength(2);
    const window = FakeBrowserWindow.created[1]!;
    expect(host.current()).toBe(window);
    // Made, not shown by hand: it shows itself when painted, so no empty frame flashes.
    expect(window.calls).toEqual([]);
    // A fresh page has no listener yet; nothing is sent until it has loaded.
    expect(window.webContents.send).not.toHaveBeenCalled();
    window.webContents.finishLoad();
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      type: 'open',
      target: conversation,
    });
  });

  it('does nothing, once said, where the system has no notifications', () => {
    FakeNotification.supported = false;
    const { notifier, log } = setup();
    notifier.show(thanks);
    notifier.show(keepInTouch);
    expect(FakeNotification.created).toHaveLength(0);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('reports a notification that failed', () => {
    const { notifier, log } = setup();
    notifier.show(thanks);
    last().emit('failed', {}, 'toast not allowed');
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('toast') }));
  });
});

describe('done and snooze buttons', () => {
  it('are on macOS notifications, in the UI language', () => {
    setup({ platform: 'darwin' }).notifier.show(thanks);
    expect(last().options.actions).toEqual([
      { type: 'button', text: 'Gedaan' },
      { type: 'button', text: 'Later' },
    ]);
    setup({ platform: 'darwin', language: () => 'en' }).notifier.show(thanks);
    expect(last().options.actions).toEqual([
      { type: 'button', text: 'Done' },
      { type: 'button', text: 'Snooze' },
    ]);
  });

  it('are not on Windows or Linux, nor on a summary or a notice without actions', () => {
    setup({ platform: 'win32' }).notifier.show(thanks);
    expect(last().options.actions).toBeUndefined();
    setup({ platform: 'linux' }).notifier.show(thanks);
    expect(last().options.actions).toBeUndefined();
    setup({ platform: 'darwin' }).notifier.show(summary);
    expect(last().options.actions).toBeUndefined();
    setup({ platform: 'darwin' }).notifier.show({ ...keepInTouch, actions: false });
    expect(last().options.actions).toBeUndefined();
  });

  it('leave the icon to macOS', () => {
    setup({ platform: 'darwin' }).notifier.show(thanks);
    expect(last().options.icon).toBeUndefined();
  });

  it('done finishes the reminder in core and opens nothing when core needs nothing more', () => {
    const { notifier, schedule, host } = setup({ platform: 'darwin' });
    const window = loadedWindow(host);
    notifier.show(keepInTouch);
    last().emit('action', { actionIndex: 0 }, 0);
    expect(schedule.notificationAction).toHaveBeenCalledWith('rem-sanne', 'done');
    expect(window.webContents.send).not.toHaveBeenCalled();
    expect(notifier.kept()).toBe(0);
  });

  it('snooze asks core to move the reminder on', () => {
    const { notifier, schedule } = setup({ platform: 'darwin' });
    notifier.show(keepInTouch);
    last().emit('action', { actionIndex: 1 }, 1);
    expect(schedule.notificationAction).toHaveBeenCalledWith('rem-sanne', 'snooze');
  });

  it('done on a thank-you opens the conversation with the reminder to complete', () => {
    const { notifier, schedule, host } = setup({ platform: 'darwin' });
    const window = loadedWindow(host);
    schedule.notificationAction.mockReturnValue(conversation);
    notifier.show(thanks);
    last().emit('action', { actionIndex: 0 }, 0);
    expect(window.calls).toEqual(['show', 'focus']);
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      type: 'open',
      target: conversation,
      complete: 'rem-thanks',
    });
  });

  it('reads the index the way older Electron versions passed it, too', () => {
    const { notifier, schedule } = setup({ platform: 'darwin' });
    notifier.show(keepInTouch);
    last().emit('action', {}, 1);
    expect(schedule.notificationAction).toHaveBeenCalledWith('rem-sanne', 'snooze');
  });

  it('a reminder that is gone meanwhile is reported, not thrown', () => {
    const { notifier, schedule, log } = setup({ platform: 'darwin' });
    const gone = new Error('not_found');
    schedule.notificationAction.mockImplementation(() => {
      throw gone;
    });
    notifier.show(keepInTouch);
    expect(() => last().emit('action', { actionIndex: 0 }, 0)).not.toThrow();
    expect(log).toHaveBeenCalledWith(gone);
  });
});
