import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_PAGE_URL } from './app-protocol';
import { app, FakeEvent, FakeWebContents, resetFakeElectron, shell } from './testing/fake-electron';
import { secureWebContents, setupSecurity } from './security';

vi.mock('electron', () => import('./testing/fake-electron'));

const appUrl = APP_PAGE_URL;

function securedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  secureWebContents(contents as unknown as WebContents, appUrl, vi.fn());
  return contents;
}

function openWindow(contents: FakeWebContents, url: string) {
  if (!contents.windowOpenHandler) throw new Error('no window-open handler');
  return contents.windowOpenHandler({ url });
}

beforeEach(resetFakeElectron);

describe('new windows', () => {
  it.each(['https://www.linkedin.com/in/someone', 'mailto:jan@example.nl', 'tel:+31201234567'])(
    'denies the window and opens the allowed link %s with the system',
    (url) => {
      const contents = securedContents();
      expect(openWindow(contents, url)).toEqual({ action: 'deny' });
      expect(shell.openExternal).toHaveBeenCalledTimes(1);
      expect(shell.openExternal).toHaveBeenCalledWith(new URL(url).href);
    },
  );

  it.each([
    'http://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pw@x.example/',
    'smb://server/share',
    'not a url',
  ])('denies the window and never hands %s to the system', (url) => {
    const contents = securedContents();
    expect(openWindow(contents, url)).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('navigation', () => {
  it('stops the page from leaving, and opens an allowed link outside instead', () => {
    const contents = securedContents();
    const event = new FakeEvent('https://example.com/');
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('stops navigation to a local file without opening it', () => {
    const contents = securedContents();
    const event = new FakeEvent('file:///etc/passwd');
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('lets the app page reload itself', () => {
    const contents = securedContents();
    const event = new FakeEvent(`${appUrl}#/contacts`);
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('stops the page from going to its own built file over file://', () => {
    const contents = securedContents();
    const event = new FakeEvent('file:///opt/Netwerkdagboek/resources/app.asar/out/renderer/index.html');
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it.each([appUrl, 'https://example.com/', 'file:///etc/passwd', 'about:blank'])(
    'stops any frame inside the page from navigating, to %s too, and opens nothing',
    (url) => {
      const contents = securedContents();
      const event = new FakeEvent(url, false);
      contents.emit('will-frame-navigate', event);
      expect(event.defaultPrevented).toBe(true);
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('leaves the top frame to will-navigate, which opens an allowed link outside', () => {
    const contents = securedContents();
    const frame = new FakeEvent('https://example.com/', true);
    contents.emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(false);
    const top = new FakeEvent('https://example.com/', true);
    contents.emit('will-navigate', top);
    expect(top.defaultPrevented).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('stops redirects away from the app page', () => {
    const contents = securedContents();
    const away = new FakeEvent('https://evil.example/');
    contents.emit('will-redirect', away);
    expect(away.defaultPrevented).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('never attaches a <webview>', () => {
    const contents = securedContents();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies a request for %s',
    (permission) => {
      const { session } = securedContents();
      const callback = vi.fn();
      session.requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('answers every permission check with no', () => {
    const { session } = securedContents();
    expect(session.checkHandler).not.toBeNull();
    expect(session.checkHandler?.({}, 'media', appUrl, {})).toBe(false);
  });

  it('grants no USB, serial or HID device', () => {
    const { session } = securedContents();
    expect(session.deviceHandler).not.toBeNull();
    for (const deviceType of ['usb', 'serial', 'hid']) {
      expect(session.deviceHandler?.({ deviceType, origin: 'netwerkdagboek://app', device: {} })).toBe(false);
    }
  });
});

describe('setupSecurity', () => {
  it('sandboxes every renderer, before the app is ready (Electron refuses after)', () => {
    setupSecurity(appUrl, vi.fn());
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
  });

  it('applies the rules to every webContents the app creates', () => {
    setupSecurity(appUrl, vi.fn());
    const contents = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), contents);
    expect(contents.windowOpenHandler).not.toBeNull();
    const event = new FakeEvent('https://example.com/');
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
  });
});
