import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_HOST, APP_PAGE_URL, APP_SCHEME } from './app-protocol';

/**
 * Where the built app's pieces live and which URL is the app's own page.
 *
 * electron-vite bundles main into `out/main/index.js`, next to `out/preload/index.cjs` and
 * `out/renderer/index.html`, so both paths follow from this module's own location.
 */
const mainFolder = dirname(fileURLToPath(import.meta.url));

/** The sandboxed preload: one CommonJS file (see build/electron.vite.config.ts). */
export const preloadPath = join(mainFolder, '../preload/index.cjs');

/** The renderer as built: the only folder the app's scheme serves (see app-protocol.ts). */
export const rendererFolder = join(mainFolder, '../renderer');

/**
 * The URL the window loads: the electron-vite dev server during `npm start`, the built page over the
 * app's own scheme otherwise. A packaged app never takes the dev server's address, so an environment
 * variable cannot point it at another site.
 */
export function rendererUrl(env: Record<string, string | undefined>, isPackaged: boolean): string {
  const devServer = env.ELECTRON_RENDERER_URL;
  if (devServer && !isPackaged) return devServer;
  return APP_PAGE_URL;
}

/**
 * True when `candidate` is the app's own page: for the app's scheme that one page (any query or hash;
 * the app has no other), for the dev server the same origin. Input from outside, so anything unparsable
 * is simply not ours.
 */
export function isAppUrl(candidate: unknown, appUrl: string): boolean {
  if (typeof candidate !== 'string') return false;
  let url: URL;
  let app: URL;
  try {
    url = new URL(candidate);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === `${APP_SCHEME}:`) {
    // Node's URL gives a custom scheme the opaque origin "null", so compare scheme, host and page.
    return (
      url.protocol === app.protocol &&
      url.host === APP_HOST &&
      !url.username &&
      !url.password &&
      url.pathname === app.pathname
    );
  }
  // Every file: URL has the opaque origin "null" too: a file: page is never the app's.
  if (app.protocol === 'file:' || app.origin === 'null') return false;
  return url.origin === app.origin;
}
