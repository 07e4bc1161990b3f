import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APP_ID,
  appIconPath,
  applyOpenAtLogin,
  DESKTOP_NAME,
  iconFolder,
  setBadge,
  setupAppIdentity,
  trayIconPath,
} from './desktop';
import { app, resetFakeElectron } from './testing/fake-electron';

vi.mock('electron', () => import('./testing/fake-electron'));

beforeEach(resetFakeElectron);

const root = fileURLToPath(new URL('../..', import.meta.url));

interface BuilderConfig {
  appId: string;
  extraMetadata?: { desktopName?: string };
  extraResources?: { from: string; to: string; filter?: string[] }[];
  linux: { executableName?: string; syncDesktopName?: boolean; desktop?: { entry?: Record<string, string> } };
}

/** build/electron-builder.yml, read with the YAML parser electron-builder itself uses. */
function builderConfig(): BuilderConfig {
  const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
  return yaml.load(readFileSync(join(root, 'build/electron-builder.yml'), 'utf8')) as BuilderConfig;
}

describe('the app’s identity', () => {
  it('is the installer’s: Windows AppUserModelId is appId, the Linux desktop name its entry', () => {
    const config = builderConfig();
    expect(APP_ID).toBe(config.appId);
    // The packaged package.json carries desktopName; the .desktop file is named after it and its
    // StartupWMClass is what Electron makes of it (the name without ".desktop").
    expect(config.extraMetadata?.desktopName).toBe(DESKTOP_NAME);
    expect(config.linux.syncDesktopName).toBe(true);
    expect(config.linux.desktop?.entry?.StartupWMClass).toBe(DESKTOP_NAME.replace(/\.desktop$/, ''));
  });

  it('is set before the app is ready: the AppUserModelId everywhere, the desktop name on Linux', () => {
    setupAppIdentity('linux');
    expect(app.setAppUserModelId).toHaveBeenCalledWith('nl.netwerkdagboek.app');
    expect(app.setDesktopName).toHaveBeenCalledWith('nl.netwerkdagboek.app.desktop');
  });

  it('sets no desktop name on Windows and macOS', () => {
    setupAppIdentity('win32');
    setupAppIdentity('darwin');
    expect(app.setAppUserModelId).toHaveBeenCalledTimes(2);
    expect(app.setDesktopName).not.toHaveBeenCalled();
  });
});

describe('icons', () => {
  it('come from build/ in a development run and resources/icons when packaged', () => {
    app.getAppPath.mockReturnValue('/work/app');
    expect(iconFolder()).toBe(join('/work/app', 'build'));
    app.isPackaged = true;
    const electronProcess = process as { resourcesPath?: string };
    electronProcess.resourcesPath = '/opt/Netwerkdagboek/resources';
    try {
      expect(iconFolder()).toBe(join('/opt/Netwerkdagboek/resources', 'icons'));
    } finally {
      delete electronProcess.resourcesPath;
    }
  });

  it('exist for every platform, and electron-builder ships them where main looks', () => {
    const build = join(root, 'build');
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const path = trayIconPath(platform, build);
      expect(existsSync(path), path).toBe(true);
    }
    expect(existsSync(join(build, 'tray', 'trayTemplate@2x.png'))).toBe(true);
    expect(existsSync(join(build, 'tray', 'tray@2x.png'))).toBe(true);
    expect(existsSync(appIconPath(build))).toBe(true);
    expect(builderConfig().extraResources).toEqual(
      expect.arrayContaining([
        { from: 'build/icon.png', to: 'icons/icon.png' },
        { from: 'build/tray', to: 'icons/tray', filter: ['*.png'] },
      ]),
    );
  });

  it('are a Template image in the macOS menu bar and a colour icon elsewhere', () => {
    expect(trayIconPath('darwin', '/r')).toBe(join('/r', 'tray', 'trayTemplate.png'));
    expect(trayIconPath('win32', '/r')).toBe(join('/r', 'tray', 'tray.png'));
    expect(trayIconPath('linux', '/r')).toBe(join('/r', 'tray', 'tray-linux.png'));
  });
});

describe('the badge', () => {
  it('shows the due count on macOS and Linux', () => {
    setBadge(3, 'darwin');
    setBadge(0, 'linux');
    expect(app.setBadgeCount.mock.calls).toEqual([[3], [0]]);
  });

  it('is left alone on Windows, which has no count badge', () => {
    setBadge(3, 'win32');
    expect(app.setBadgeCount).not.toHaveBeenCalled();
  });
});

describe('start at login', () => {
  it('sets the login item of the packaged app on macOS and Windows', () => {
    expect(applyOpenAtLogin(true, { platform: 'darwin', isPackaged: true })).toBe(true);
    expect(applyOpenAtLogin(false, { platform: 'win32', isPackaged: true })).toBe(true);
    expect(app.setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true }], [{ openAtLogin: false }]]);
  });

  it('on Linux writes an XDG autostart entry for the program, and removes it again', async () => {
    const configHome = await mkdtemp(join(tmpdir(), 'ndb-autostart-'));
    const env = {
      platform: 'linux' as const,
      isPackaged: true,
      configHome,
      exec: '/opt/Netwerk dagboek/$app',
    };
    const entry = join(configHome, 'autostart', DESKTOP_NAME);
    try {
      expect(applyOpenAtLogin(true, env)).toBe(true);
      const text = await readFile(entry, 'utf8');
      expect(text).toContain('[Desktop Entry]');
      // A space is quoted; "$" is escaped once by the quoting rule and its backslash again as a string value.
      expect(text).toContain('Exec="/opt/Netwerk dagboek/\\\\$app"');
      expect(applyOpenAtLogin(false, env)).toBe(true);
      await expect(readFile(entry, 'utf8')).rejects.toThrow(/ENOENT/);
      // Turning it off when it was never on is fine too.
      expect(applyOpenAtLogin(false, env)).toBe(true);
      expect(app.setLoginItemSettings).not.toHaveBeenCalled();
    } finally {
      await rm(configHome, { recursive: true, force: true });
    }
  });

  it('does nothing in a development run, which would register the bare Electron binary', () => {
    expect(applyOpenAtLogin(true, { platform: 'win32', isPackaged: false })).toBe(false);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });
});
