import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where the built app's pieces live and which URL is the app's own page.
 *
 * electron-vite bundles main into `out/main/index.js`, next to `out/preload/index.cjs` and
 * `out/renderer/index.html`, so both paths follow from this module's own location.
 */
const mainFolder = dirname(fileURLToPath(import.meta.url));

/** The sandboxed preload: one CommonJS file (see build/electron.vite.config.ts). */
export const preloadPath = join(mainFolder, '../preload/index.cjs');

/** The renderer's page as built. */
export const rendererFile = join(mainFolder, '../renderer/index.html');

/**
 * The URL the window loads: the electron-vite dev server during `npm start`, the built file otherwise.
 * A packaged app never takes the dev server's address, so an environment variable cannot point it at
 * another site.
 */
export function rendererUrl(env: Record<string, string | undefined>, isPackaged: boolean): string {
  const devServer = env.ELECTRON_RENDERER_URL;
  if (devServer && !isPackaged) return devServer;
  return pathToFileURL(rendererFile).href;
}

/**
 * True when `candidate` is the app's own page: the same file (any query or hash) for a `file:` app URL,
 * the same origin for the dev server. Input from outside, so anything unparsable is simply not ours.
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
  if (app.protocol === 'file:') {
    // Every file: URL has the opaque origin "null", so compare the file itself, not the origin.
    return url.protocol === 'file:' && url.host === app.host && url.pathname === app.pathname;
  }
  return url.origin === app.origin;
}
