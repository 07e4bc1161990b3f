import { existsSync, readFileSync } from 'node:fs';
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
import { app, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

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

  it('does nothing on Linux, where Electron has no login items', () => {
    expect(applyOpenAtLogin(true, { platform: 'linux', isPackaged: true })).toBe(false);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('does nothing in a development run, which would register the bare Electron binary', () => {
    expect(applyOpenAtLogin(true, { platform: 'win32', isPackaged: false })).toBe(false);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });
});
