import { app, shell, type Session, type WebContents } from 'electron';
import { allowedExternalUrl } from '../core/external-links';
import { isAppUrl } from './app-url';

/**
 * Rules for every web page the app ever creates (the main window, and anything a bug or an attacker
 * might open). The app shows only its own local page, so the rules can be strict: nothing navigates
 * away, nothing opens a window, no page gets a permission, no <webview> attaches.
 */
export function setupSecurity(appUrl: string, log: (error: unknown) => void = console.error): void {
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
 * The app needs no camera, microphone, location, notifications-by-the-page or any other web permission,
 * so every request and every check is answered no. Electron grants them all by default.
 * https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
 */
export function denyPermissions(session: Session): void {
  if (guardedSessions.has(session)) return;
  guardedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
