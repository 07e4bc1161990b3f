/**
 * Packaging smoke test: `electron-builder --dir` for Linux with a stand-in Electron binary (the real one
 * cannot be downloaded everywhere), then a look inside the app.asar it wrote: only the built app, every
 * module the bundles import is there, the main bundle loads and runs its start code under plain Node with
 * `electron` stubbed, and the fuses are set as electron-builder.yml says.
 */
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAll, listPackage } from '@electron/asar';
import * as lexer from 'es-module-lexer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFakeElectron, readFuses } from './testing/fake-electron-binary';

const root = fileURLToPath(new URL('..', import.meta.url));
let temp: string;
let unpacked: string;
/** The asar's contents, extracted to a folder of their own. */
let app: string;

function sh(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 170_000 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'nd-package-'));
  await makeFakeElectron(join(temp, 'electron-dist'));
  // The production build, whatever ran before (`npm start` writes a development build into out/).
  sh('npm', ['run', 'build']);
  sh('npx', [
    'electron-builder',
    '--config',
    'build/electron-builder.yml',
    '--linux',
    '--dir',
    `-c.electronDist=${join(temp, 'electron-dist')}`,
    `-c.directories.output=${join(temp, 'dist')}`,
  ]);
  unpacked = join(temp, 'dist', 'linux-unpacked');
  app = join(temp, 'app');
  extractAll(join(unpacked, 'resources', 'app.asar'), app);
}, 180_000);
afterAll(() => rm(temp, { recursive: true, force: true }));

/**
 * Every module specifier a bundle loads. The ES module (main) through es-module-lexer, which reads
 * imports as the language does (a specifier inside a string or comment is not one); the CommonJS preload
 * has no imports, so its require() calls, which the bundler writes in one plain form.
 */
async function importsOf(bundle: string, code: string): Promise<string[]> {
  if (bundle.endsWith('.cjs')) return [...code.matchAll(/\brequire\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!);
  await lexer.init;
  const [imports] = lexer.parse(code);
  // A dynamic import of a computed name has no `n`; the bundles have none, and one would be a finding.
  return imports
    .filter((i) => i.d !== -2) // import.meta, not an import
    .map((i) => i.n ?? `<computed: ${code.slice(i.s, i.e)}>`);
}

/** Imports of the given bundles (paths inside the app) that do not resolve inside the extracted asar. */
async function missingModules(bundles: string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const bundle of bundles) {
    for (const specifier of await importsOf(bundle, await readFile(join(app, bundle), 'utf8'))) {
      if (isBuiltin(specifier) || specifier === 'electron') continue;
      const there = specifier.startsWith('.')
        ? existsSync(join(app, bundle, '..', specifier))
        : existsSync(join(app, 'node_modules', packageOf(specifier), 'package.json'));
      if (!there) missing.push(`${bundle} → ${specifier}`);
    }
  }
  return missing;
}

const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);

/** The package a bare specifier names: "a/b" → "a", "@s/a/b" → "@s/a". */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('the packaged app', () => {
  it('holds only the built app: no node_modules it cannot use, no tests, no source maps', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false })
      .map((f) => f.replace(/\\/g, '/'))
      .filter((f) => statSync(join(app, f)).isFile());
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      expect(file, 'outside `files` in electron-builder.yml').toMatch(
        /^\/(out\/(main|preload|renderer)\/|package\.json$)/,
      );
      expect(file).not.toMatch(/\.(test|spec)\.|\.map$|\/e2e\/|\/testing\//);
    }
    expect(files).toContain('/out/main/index.js');
    expect(files).toContain('/out/preload/index.cjs');
    expect(files).toContain('/out/renderer/index.html');
  });

  it('every module the main and preload bundles import resolves inside it (or is Node or Electron)', async () => {
    expect(await missingModules(['out/main/index.js', 'out/preload/index.cjs'])).toEqual([]);
  });

  it('the main bundle loads under plain Node with electron stubbed and runs its start code', async () => {
    const { status, output, calls } = await runWithStubbedElectron(join(app, 'out', 'main', 'index.js'));
    expect(status, output).toBe(0);
    // Everything it imports was evaluated, then main() took the single-instance lock and waited for ready.
    expect(calls).toContain('app.requestSingleInstanceLock');
    expect(calls).toContain('app.whenReady');
  });

  it('both checks catch a bundle that needs a package the asar does not hold', async () => {
    // What the installed app met before main's dependencies were bundled: temporal-polyfill without
    // its own dependency temporal-utils.
    const probe = join(app, 'out', 'main', 'probe.js');
    await writeFile(probe, 'import "temporal-utils";\nconst later = () => import("./not-there.js");\n');
    try {
      expect(await missingModules(['out/main/probe.js'])).toEqual([
        'out/main/probe.js → temporal-utils',
        'out/main/probe.js → ./not-there.js',
      ]);
      const { status, output } = await runWithStubbedElectron(probe);
      expect(status).not.toBe(0);
      expect(output).toContain("Cannot find package 'temporal-utils'");
    } finally {
      await rm(probe);
    }
  });

  it('the preload loads under plain Node with electron stubbed and exposes the one API object', async () => {
    const { status, output, calls } = await runWithStubbedElectron(join(app, 'out', 'preload', 'index.cjs'));
    expect(status, output).toBe(0);
    expect(calls).toContain('contextBridge.exposeInMainWorld:netwerkdagboek');
  });

  it('the fuses of the packaged executable are set as electron-builder.yml says', async () => {
    const yml = await readFile(join(root, 'build', 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?:[ \t]+.*\n)+)/m.exec(yml)?.[1] ?? '';
    const wanted = Object.fromEntries(
      [...block.matchAll(/^\s+(\w+):\s*(true|false)/gm)].map((m) => [m[1]!, m[2] === 'true']),
    );
    // The order of wire version 1 (@electron/fuses FuseV1Options).
    const order = [
      'runAsNode',
      'enableCookieEncryption',
      'enableNodeOptionsEnvironmentVariable',
      'enableNodeCliInspectArguments',
      'enableEmbeddedAsarIntegrityValidation',
      'onlyLoadAppFromAsar',
      'loadBrowserProcessSpecificV8Snapshot',
      'grantFileProtocolExtraPrivileges',
    ];
    const wire = await readFuses(join(unpacked, 'netwerkdagboek'));
    expect(Object.keys(wanted).length).toBeGreaterThan(3);
    for (const [fuse, on] of Object.entries(wanted)) {
      expect(order, `unknown fuse ${fuse}`).toContain(fuse);
      expect(wire[order.indexOf(fuse)], fuse).toBe(on ? '1' : '0');
    }
    expect(wire[order.indexOf('runAsNode')]).toBe('0');
  });
});

/**
 * Runs a bundle under plain Node, with `electron` resolving to a recorder placed beside (not inside) the
 * extracted app: a call on any of its objects is written down and answers something harmless;
 * `whenReady()` never resolves, so what runs is the app's own start code and nothing after it.
 */
async function runWithStubbedElectron(
  bundle: string,
): Promise<{ status: number | null; output: string; calls: string[] }> {
  const stub = join(temp, 'node_modules', 'electron');
  await mkdir(stub, { recursive: true });
  const log = join(temp, `electron-calls-${Date.now()}.log`);
  const names = new Set(['app', 'contextBridge', 'ipcRenderer']);
  for (const file of ['out/main/index.js', 'out/preload/index.cjs']) {
    const code = await readFile(join(app, file), 'utf8');
    for (const m of code.matchAll(/import\s+(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*["']electron["']/g)) {
      for (const name of m[1]!.split(',')) names.add(name.trim().split(/\s+as\s+/)[0]!);
    }
  }
  names.delete('');
  const recorder = `
const { appendFileSync } = require('node:fs');
const note = (what) => appendFileSync(${JSON.stringify(log)}, what + '\\n');
function part(name) {
  return new Proxy(function () {}, {
    get(_t, key) {
      if (key === 'then') return undefined;
      if (typeof key === 'symbol') return undefined;
      if (key === 'isPackaged') return true;
      return (...args) => {
        note(name + '.' + key + (key === 'exposeInMainWorld' ? ':' + args[0] : ''));
        if (key === 'whenReady') return new Promise(() => {});
        if (key === 'requestSingleInstanceLock') return true;
        if (key === 'getPath') return ${JSON.stringify(join(temp, 'user-data'))};
        if (key === 'getPreferredSystemLanguages') return ['nl-NL'];
        if (key === 'getVersion') return '0.0.0';
        return part(name + '.' + key);
      };
    },
    construct() { return part(name + '()'); },
  });
}
module.exports = Object.fromEntries(${JSON.stringify([...names])}.map((n) => [n, part(n)]));
`;
  await writeFile(join(stub, 'package.json'), JSON.stringify({ name: 'electron', main: 'index.cjs' }));
  await writeFile(join(stub, 'index.cjs'), recorder);
  // A Node ESM import of a CommonJS module sees the names it can find statically; list them.
  await writeFile(
    join(stub, 'index.mjs'),
    `import electron from './index.cjs';\nexport default electron;\n${[...names].map((n) => `export const ${n} = electron.${n};`).join('\n')}\n`,
  );
  await writeFile(
    join(stub, 'package.json'),
    JSON.stringify({ name: 'electron', exports: { import: './index.mjs', require: './index.cjs' } }),
  );
  const result = spawnSync(process.execPath, [bundle], { cwd: app, encoding: 'utf8', timeout: 30_000 });
  const calls = (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { status: result.status, output: `${result.stdout}${result.stderr}`, calls };
}
