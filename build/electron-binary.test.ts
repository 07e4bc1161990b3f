import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cannotFetchMessage, electronPackageDir, ensureElectron, findElectron } from './electron-binary';
import { makeFakeElectron, type FakeElectronRun } from './testing/fake-electron-binary';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Port 9 (discard) on loopback: refused at once, so "the download fails" takes milliseconds. */
const REFUSING_MIRROR = 'http://127.0.0.1:9/';

let temp: string;
let fake: Awaited<ReturnType<typeof makeFakeElectron>>;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'nd-electron-'));
  fake = await makeFakeElectron(join(temp, 'fake'));
});
afterAll(() => rm(temp, { recursive: true, force: true }));

/** Runs an npm script or a command in the project the way a person would, with extra environment. */
function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env, ELECTRON_EXEC_PATH: env['ELECTRON_EXEC_PATH'] ?? '' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * The electron package as installed, copied without any downloaded binary into node_modules/.cache (so
 * its installer still finds @electron/get): "a fresh machine" even where the binary is present.
 */
async function electronWithoutBinary(): Promise<string> {
  const source = electronPackageDir();
  if (!source) throw new Error('electron is not installed');
  const copy = join(root, 'node_modules/.cache/nd-electron-without-binary', String(process.pid));
  await mkdir(copy, { recursive: true });
  for (const file of ['package.json', 'index.js', 'install.js', 'checksums.json']) {
    await copyFile(join(source, file), join(copy, file));
  }
  return copy;
}

describe('finding the Electron binary', () => {
  it('takes ELECTRON_EXEC_PATH, and says so when it points nowhere', () => {
    expect(findElectron({ ELECTRON_EXEC_PATH: fake.executable })).toMatchObject({
      found: true,
      executable: fake.executable,
    });
    const missing = findElectron({ ELECTRON_EXEC_PATH: join(temp, 'nothing') });
    expect(missing.found).toBe(false);
  });

  it('takes ELECTRON_OVERRIDE_DIST_PATH as a folder holding the executable', () => {
    expect(findElectron({ ELECTRON_OVERRIDE_DIST_PATH: join(temp, 'fake') }, 'linux')).toMatchObject({
      found: true,
      executable: fake.executable,
    });
    expect(findElectron({ ELECTRON_OVERRIDE_DIST_PATH: temp }, 'linux').found).toBe(false);
  });

  it('reports a package without its binary as not downloaded yet', async () => {
    const found = findElectron({}, 'linux', await electronWithoutBinary());
    expect(found).toMatchObject({ found: false, reason: 'the Electron binary has not been downloaded yet' });
  });
});

describe('when the binary cannot be fetched', () => {
  it('ensureElectron tries Electron’s own installer and then explains in plain words, without a stack', async () => {
    const dir = await electronWithoutBinary();
    let message = '';
    try {
      ensureElectron({ ELECTRON_MIRROR: REFUSING_MIRROR, electron_config_cache: join(temp, 'cache') }, dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('downloading it failed');
    expect(message).toContain('ELECTRON_MIRROR');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toContain('npm test');
    expect(message).not.toMatch(/^\s+at /m);
  });

  it.skipIf(findElectron({}).found)(
    '`npm start` on a machine without the binary stops with that message and a non-zero exit',
    () => {
      const { status, output } = run('npm', ['start'], {
        ELECTRON_MIRROR: REFUSING_MIRROR,
        electron_config_cache: join(temp, 'cache'),
      });
      expect(status).not.toBe(0);
      expect(output).toContain(cannotFetchMessage('x').split('\n')[1]);
      expect(output).not.toContain('Electron uninstall');
      expect(output).not.toMatch(/^\s+at /m);
    },
  );
});

describe('starting the app', () => {
  it('`npm start` builds main, serves the renderer and starts Electron on the built entry', async () => {
    const { status, output } = run('npm', ['start'], { ELECTRON_EXEC_PATH: fake.executable });
    expect(status, output).toBe(0);
    const runs: FakeElectronRun[] = await fake.runs();
    const started = runs.at(-1)!;
    // electron-vite starts `electron .` in the project: Electron then loads package.json's "main".
    expect(started.argv).toEqual(['.']);
    expect(started.cwd).toBe(root.replace(/\/$/, ''));
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
    const entry = await readFile(join(root, pkg.main), 'utf8');
    expect(entry).toContain('setupSingleInstance');
    // …and the window's page is there: the dev server answers with the renderer.
    expect(started.rendererUrl).toMatch(/^http:\/\/localhost:\d+\/?$/);
    expect(started.page).toMatchObject({ status: 200 });
    expect((started.page as { body: string }).body).toContain('<div id="app">');
  }, 120_000);

  it('`electron .` (the production entry) goes through Electron’s own launcher to the same entry', async () => {
    const before = (await fake.runs()).length;
    const { status, output } = run(process.execPath, [join(electronPackageDir()!, 'cli.js'), '.'], {
      ELECTRON_OVERRIDE_DIST_PATH: join(temp, 'fake'),
    });
    expect(status, output).toBe(0);
    const runs = await fake.runs();
    expect(runs).toHaveLength(before + 1);
    expect(runs.at(-1)).toMatchObject({ argv: ['.'], cwd: root.replace(/\/$/, ''), rendererUrl: null });
  });
});
