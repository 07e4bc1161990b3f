import { app, shell, type Session, type WebContents } from 'electron';
import { allowedExternalUrl } from '../core/external-links';
import { isAppUrl } from './app-url';

/**
 * Rules for every web page the app ever creates (the main window, and anything a bug or an attacker
 * might open). The app shows only its own local page, so the rules can be strict: every renderer is
 * sandboxed, nothing navigates away, no frame navigates at all, nothing opens a window, no page gets a
 * permission, no <webview> attaches. Call before the app is ready.
 */
export function setupSecurity(appUrl: string, log: (error: unknown) => void = console.error): void {
  // Every renderer sandboxed, whatever a window's webPreferences say: a window a future change (or a
  // library) creates without `sandbox: true` cannot run with Node's powers.
  // https://www.electronjs.org/docs/latest/tutorial/security#4-enable-process-sandboxing
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, appUrl, log));
}

/** Applies the rules to one webContents. Exported so the rules can be tested one page at a time. */
export function secureWebContents(
  contents: WebContents,
  appUrl: string,
  log: (error: unknown) => void = console.error,
): void {
  denyPermissions(contents.session);

  // Only the app's own page may be shown; a link to the web opens in the system browser instead.
  // https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appUrl)) return;
    event.preventDefault();
    openOutside(event.url, log);
  });
  // 'will-navigate' is about the top frame only. The app has no frames: a frame that navigates (an
  // injected <iframe>, or one sent elsewhere by a link with a target) could show a foreign page inside
  // ours, so every frame navigation is refused. The top frame's is left to 'will-navigate' above, which
  // Electron asks after this one, and which opens an allowed link outside.
  // https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  // A redirect is a navigation the page did not ask for by name; same rule, never opened outside.
  // https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });

  // No new windows; an allowed link (https, mailto, tel) goes to the system's own app instead.
  // https://www.electronjs.org/docs/latest/tutorial/security#14-disable-or-limit-creation-of-new-windows
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url, log);
    return { action: 'deny' };
  });

  // The app has no use for <webview>, and an attached one could be given powers the page lacks.
  // https://www.electronjs.org/docs/latest/tutorial/security#12-verify-webview-options-before-creation
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Hands a link to the system only if core's allowlist accepts it.
 * https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content
 */
function openOutside(url: string, log: (error: unknown) => void): void {
  const allowed = allowedExternalUrl(url);
  if (allowed) shell.openExternal(allowed).catch(log);
}

const guardedSessions = new WeakSet<Session>();

/**
 * The app needs no camera, microphone, location, notifications-by-the-page, USB, serial or HID device
 * or any other web permission, so every request and every check is answered no. Electron grants them
 * all by default.
 * https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
 */
export function denyPermissions(session: Session): void {
  if (guardedSessions.has(session)) return;
  guardedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Devices (WebUSB, WebSerial, WebHID) are granted through a handler of their own.
  session.setDevicePermissionHandler(() => false);
}
