import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { protocol, type CustomScheme } from 'electron';

/**
 * The app's own page comes over a scheme of its own, `netwerkdagboek://app/index.html`, not `file://`.
 *
 * A page on file:// may read any file:// URL on the disk (with the grantFileProtocolExtraPrivileges
 * fuse on, as it had to be), so a script that got into the page could read `~/.ssh/id_rsa` and send it
 * out. Over this scheme the page reaches exactly the files of out/renderer and nothing else, and the
 * fuse is off (build/electron-builder.yml).
 * https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
export const APP_SCHEME = 'netwerkdagboek';
/** The one host the scheme serves; any other host is not the app. */
export const APP_HOST = 'app';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The privileges the scheme gets, and only these (every one not named stays off, as Electron defaults):
 * - `standard`: parsed like https (host, path, dot segments), so the page's relative `./assets/…` URLs
 *   resolve, and the page gets an origin of its own (`netwerkdagboek://app`) that `'self'` in the CSP
 *   means and that web storage needs; a non-standard scheme behaves like file:// with origin "null".
 * - `secure`: a secure context like https, so the page is not "mixed content" and ES module scripts and
 *   secure-context-only APIs work as they do on https.
 * Not `bypassCSP` (the CSP must hold); not `supportFetchAPI` (the page calls main over IPC, never
 * fetch); not `corsEnabled`, which would let a page of any other origin read these files (its module
 * scripts and styles are same-origin, which a standard scheme allows without it: electron/electron#51152);
 * not `allowServiceWorkers` (nothing to cache offline: the files are on disk); not `stream` (no audio or
 * video); not `codeCache` (start-up is fast without it; one less cache written to disk).
 */
export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true },
};

/**
 * The page's Content Security Policy, word for word the one in renderer/index.html's meta tag (a test
 * holds them together): only the app's own scripts, styles, fonts and images (plus data: images), no
 * inline script, no eval, no remote origin, no plugins, no <base>, no form posts. Sent as a response
 * header too, so it holds from the first byte, before the meta tag is parsed.
 * https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy
 */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The header adds what a meta tag cannot say: no other page may show this one in a frame. */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;

/**
 * Content types by extension, for what Vite puts in out/renderer. Module scripts are refused by Chromium
 * without a JavaScript type; anything not listed goes as bytes, never sniffed into something runnable.
 */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Registers the scheme's privileges. Electron takes this only before the app is ready, once. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([appScheme]);
}

/** Serves the scheme from `folder` (out/renderer), on the default session the window uses. */
export function serveAppFiles(folder: string, log: (error: unknown) => void = console.error): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, folder, log));
}

/**
 * The answer to one request: the file under `folder` the URL names, or an error status. Only GET and
 * HEAD, only host `app`, only a path whose every segment is a plain file name once decoded (no `..`, no
 * encoded `/` or `\`, no drive letters or NUL), only a regular file whose real path (after symlinks) is
 * still inside the folder.
 */
export async function appResponse(
  request: Pick<Request, 'url' | 'method'>,
  folder: string,
  log: (error: unknown) => void = console.error,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return status(405, { Allow: 'GET, HEAD' });
  const file = fileFor(request.url, folder);
  if (file === 'not-found') return status(404);
  if (file === 'forbidden') return status(403);
  try {
    const [root, real] = await Promise.all([realpath(folder), realpath(file)]);
    if (!isInside(root, real)) return status(403);
    if (!(await stat(real)).isFile()) return status(404);
    const body = request.method === 'HEAD' ? null : await readFile(real);
    return new Response(body, { status: 200, headers: headers(contentTypeOf(real)) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return status(404);
    log(error);
    return status(500);
  }
}

/** The file a URL names inside `folder`, or why it names none. Pure: nothing is read here. */
export function fileFor(rawUrl: string, folder: string): string | 'not-found' | 'forbidden' {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return 'not-found';
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
    return 'not-found';
  }
  // The URL parser has already removed plain and %2e dot segments; what is left is checked segment by
  // segment after decoding, so an encoded separator cannot become one on the disk.
  const segments = url.pathname.split('/').slice(1);
  if (segments.length === 1 && segments[0] === '') return join(folder, 'index.html');
  const names: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return 'forbidden';
    }
    if (name === '' || name === '.' || name === '..' || /[/\\:\0]/.test(name)) return 'forbidden';
    names.push(name);
  }
  const file = join(folder, ...names);
  return isInside(folder, file) ? file : 'forbidden';
}

function isInside(folder: string, file: string): boolean {
  const path = relative(folder, file);
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path);
}

/** Every answer carries the CSP and forbids type sniffing, errors included. */
function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicyHeader,
    'X-Content-Type-Options': 'nosniff',
  };
}

function status(code: 403 | 404 | 405 | 500, extra: Record<string, string> = {}): Response {
  return new Response(null, { status: code, headers: { ...headers('text/plain; charset=utf-8'), ...extra } });
}
