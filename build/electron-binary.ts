/**
 * Where the Electron executable is, and getting it when it is not there yet.
 *
 * Electron 45 no longer downloads its binary at `npm install`: `require('electron')` or its
 * `install-electron` command does, on first use. electron-vite and electron-builder do neither; they read
 * `node_modules/electron/path.txt` and fail with "Electron uninstall" when it is missing. So every command
 * that needs the binary (`npm start`, `npm run preview`, `npm run dist`) goes through `ensureElectron()`
 * first (see run-electron.ts), and the e2e electron suite asks `findElectron()` whether it can run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Env = Record<string, string | undefined>;

/** The executable and how it was found, or why there is none. */
export type ElectronLocation =
  | {
      found: true;
      executable: string;
      via: 'ELECTRON_EXEC_PATH' | 'ELECTRON_OVERRIDE_DIST_PATH' | 'download';
    }
  | { found: false; reason: string; expected: string | null };

/** node_modules/electron, or null when the package is not installed at all. */
export function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The executable's path inside an Electron folder, as Electron's own installer names it. */
function platformPath(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Looks for the executable without requiring the `electron` package (that require would start a
 * download). The same order as Electron's own `index.js`, plus electron-vite's `ELECTRON_EXEC_PATH`.
 */
export function findElectron(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  packageDir: string | null = electronPackageDir(),
): ElectronLocation {
  const exec = env['ELECTRON_EXEC_PATH'];
  if (exec) {
    return existsSync(exec)
      ? { found: true, executable: exec, via: 'ELECTRON_EXEC_PATH' }
      : {
          found: false,
          reason: `ELECTRON_EXEC_PATH points at ${exec}, which does not exist`,
          expected: exec,
        };
  }
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const executable = join(override, platformPath(platform));
    return existsSync(executable)
      ? { found: true, executable, via: 'ELECTRON_OVERRIDE_DIST_PATH' }
      : {
          found: false,
          reason: `ELECTRON_OVERRIDE_DIST_PATH points at ${override}, which has no ${platformPath(platform)}`,
          expected: executable,
        };
  }
  const dir = packageDir;
  if (!dir) return { found: false, reason: 'the electron package is not installed', expected: null };
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformPath(platform);
  const executable = join(dir, 'dist', relative);
  return existsSync(executable)
    ? { found: true, executable, via: 'download' }
    : { found: false, reason: 'the Electron binary has not been downloaded yet', expected: executable };
}

/**
 * The folder electron-builder packs from (its `electronDist`): the one holding `electron`,
 * `electron.exe` or `Electron.app`.
 */
export function distFolderOf(executable: string): string {
  const app = executable.lastIndexOf('/Electron.app/');
  return app >= 0 ? executable.slice(0, app) : dirname(executable);
}

/** Why the download failed, in one line: the error's first line, never its stack. */
function firstErrorLine(output: string): string | null {
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at '));
  if (!line) return null;
  // Node's fetch says only "fetch failed" when the server cannot be reached at all.
  return line.includes('fetch failed') ? `the download server could not be reached: ${line}` : line;
}

/** What to tell a person whose machine could not fetch the binary. Plain words, no stack trace. */
export function cannotFetchMessage(detail: string): string {
  return [
    '',
    'Netwerkdagboek: the Electron binary is not on this machine yet, and downloading it failed.',
    `  (${detail})`,
    '',
    'What to do:',
    '  - Be online once and run the command again: the binary (about 100 MB) is downloaded and kept.',
    '  - Behind a firewall or in a company network: point ELECTRON_MIRROR at a mirror of the Electron',
    '    releases, e.g. ELECTRON_MIRROR=https://mirror.example.org/electron/ npm start',
    '  - Already have Electron 45 unpacked somewhere: ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder',
    '',
    'The tests do not need the binary: `npm test` runs everything, the real-app suite reports a skip.',
    '',
  ].join('\n');
}

/**
 * Makes sure the executable is there, downloading it with Electron's own installer when it is not
 * (it honours ELECTRON_MIRROR, electron_config_cache and friends). Returns the executable, or throws
 * an Error whose message is what to print.
 */
export function ensureElectron(env: Env = process.env, packageDir = electronPackageDir()): string {
  const before = findElectron(env, process.platform, packageDir);
  if (before.found) return before.executable;
  // A wrong explicit path is a mistake to fix, not something a download would mend.
  if (env['ELECTRON_EXEC_PATH'] || env['ELECTRON_OVERRIDE_DIST_PATH']) {
    throw new Error(`\nNetwerkdagboek: no Electron executable: ${before.reason}.\n`);
  }
  const dir = packageDir;
  if (!dir) throw new Error('\nNetwerkdagboek: the electron package is missing; run `npm install` first.\n');
  process.stdout.write('Netwerkdagboek: downloading the Electron binary (once)…\n');
  const install = spawnSync(process.execPath, [join(dir, 'install.js')], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    // The installer prints a stack trace on failure; keep it for the one line that says why.
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  const after = findElectron(env, process.platform, dir);
  if (install.status === 0 && after.found) return after.executable;
  throw new Error(cannotFetchMessage(firstErrorLine(install.stderr ?? '') ?? before.reason));
}
