import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APP_PAGE_URL,
  APP_SCHEME,
  appResponse,
  contentSecurityPolicy,
  contentSecurityPolicyHeader,
  registerAppScheme,
  serveAppFiles,
} from './app-protocol';
import { app, protocol, resetFakeElectron } from './testing/fake-electron';

vi.mock('electron', () => import('./testing/fake-electron'));

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A built renderer in a temp folder, with a secret next to it that must never be served. */
let base: string;
let folder: string;
const page = '<!doctype html><title>Netwerkdagboek</title>';

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'ndb-protocol-'));
  folder = join(base, 'renderer');
  await mkdir(join(folder, 'assets'), { recursive: true });
  await writeFile(join(folder, 'index.html'), page);
  await writeFile(join(folder, 'assets', 'index-abc.js'), 'export {};');
  await writeFile(join(folder, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(folder, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(folder, 'assets', 'font.woff2'), 'w');
  await writeFile(join(folder, 'assets', 'data.bin'), 'b');
  await writeFile(join(base, 'secret.txt'), 'id_rsa');
  await mkdir(join(base, 'elsewhere'));
  await writeFile(join(base, 'elsewhere', 'secret.txt'), 'id_rsa');
  // Symlinks out of the folder: one to a file, one to a folder. One inside it stays fine.
  await symlink(join(base, 'secret.txt'), join(folder, 'link-out.txt'));
  await symlink(join(base, 'elsewhere'), join(folder, 'folder-out'));
  await symlink(join(folder, 'index.html'), join(folder, 'link-in.html'));
});
afterAll(() => rm(base, { recursive: true, force: true }));
beforeEach(resetFakeElectron);

const get = (url: string, method = 'GET') => appResponse({ url, method }, folder, vi.fn());
const at = (path: string) => `${APP_SCHEME}://app${path}`;

describe('what the scheme serves', () => {
  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/', 'text/html; charset=utf-8'],
    ['/index.html?lang=en#/contacts', 'text/html; charset=utf-8'],
    ['/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['/assets/logo.svg', 'image/svg+xml'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/data.bin', 'application/octet-stream'],
    ['/link-in.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s, with the CSP and no sniffing', async (path, type) => {
    const response = await get(at(path));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicyHeader);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends the file’s bytes, and none for HEAD', async () => {
    expect(await (await get(APP_PAGE_URL)).text()).toBe(page);
    const head = await get(APP_PAGE_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers other methods with 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect((await get(APP_PAGE_URL, method)).status).toBe(405);
    }
  });

  it('answers a missing file or a folder with 404, still with the CSP', async () => {
    for (const path of ['/missing.js', '/assets', '/assets/missing.css']) {
      const response = await get(at(path));
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicyHeader);
    }
  });
});

describe('nothing outside out/renderer', () => {
  it.each([
    // Plain and encoded dot segments are resolved by the URL parser (as Chromium does before the
    // handler sees the URL): they end up inside the folder, where there is no such file.
    '/../secret.txt',
    '/../../../../../../etc/passwd',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2e%2e/etc/passwd',
    '/assets/../../secret.txt',
    '/.%2e/secret.txt',
  ])('%s finds nothing above the folder (404)', async (path) => {
    const response = await get(at(path));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('id_rsa');
  });

  it.each([
    '/..%2fsecret.txt',
    '/..%2F..%2Fetc%2Fpasswd',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/%2Fetc%2Fpasswd',
    '//etc/passwd',
    '/C:%5CWindows%5Cwin.ini',
    '/C:/Windows/win.ini',
    '/index.html%00.js',
    '/assets/',
    '/%E0%A4%A',
    '/link-out.txt',
    '/folder-out/secret.txt',
  ])('%s is refused (403)', async (path) => {
    const response = await get(at(path));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('id_rsa');
  });

  it.each([
    `${APP_SCHEME}://evil.example/index.html`,
    `${APP_SCHEME}://app.evil.example/index.html`,
    `${APP_SCHEME}://user:pw@app/index.html`,
    `${APP_SCHEME}:///index.html`,
    `${APP_SCHEME}:index.html`,
    'file:///etc/passwd',
    'https://app/index.html',
    'not a url',
  ])('%s is not the app (404)', async (url) => {
    expect((await get(url)).status).toBe(404);
  });
});

describe('registration', () => {
  it('asks for a standard, secure scheme and nothing more, before the app is ready', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([
      { scheme: APP_SCHEME, privileges: { standard: true, secure: true } },
    ]);
  });

  it('cannot be registered once the app is ready (Electron refuses)', async () => {
    await app.whenReady();
    expect(() => registerAppScheme()).toThrow();
  });

  it('serves requests through protocol.handle from the given folder', async () => {
    serveAppFiles(folder, vi.fn());
    const handler = protocol.handlers.get(APP_SCHEME);
    if (!handler) throw new Error('no handler');
    const response = await handler(new Request(APP_PAGE_URL));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(page);
    expect((await handler(new Request(at('/link-out.txt')))).status).toBe(403);
  });
});

describe('the Content Security Policy', () => {
  it('is the same in the page’s meta tag and in the header', async () => {
    const html = await readFile(join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicyHeader.startsWith(contentSecurityPolicy)).toBe(true);
    expect(contentSecurityPolicyHeader).toContain("frame-ancestors 'none'");
  });

  it('allows no eval, no inline script, no remote origin', () => {
    const directives = Object.fromEntries(
      contentSecurityPolicyHeader.split(';').map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(contentSecurityPolicyHeader).not.toMatch(
      /unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*|https?:|ws:|file:/,
    );
  });
});

describe('the packaged app', () => {
  it('has the file-protocol privileges fuse off (build/electron-builder.yml)', async () => {
    const yml = await readFile(join(root, 'build', 'electron-builder.yml'), 'utf8');
    const fuses = /^electronFuses:\n((?:[ \t]+.*\n|[ \t]*#.*\n)+)/m.exec(yml)?.[1] ?? '';
    expect(fuses).toMatch(/^\s+grantFileProtocolExtraPrivileges: false\s*$/m);
  });
});
