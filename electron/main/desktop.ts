/**
 * How the app presents itself to the operating system: its identity (so notifications, the taskbar and
 * the dock group under it), the icons it ships, the badge on its icon, starting at login.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';

/** appId in build/electron-builder.yml; Windows's AppUserModelId. */
export const APP_ID = 'nl.netwerkdagboek.app';

/**
 * The installed desktop entry's file name on Linux: electron-builder.yml puts it in the packaged
 * package.json as `desktopName` and names the .desktop file after it (`linux.syncDesktopName`).
 * Electron derives from it the Wayland app id and X11 WM_CLASS (`nl.netwerkdagboek.app`, matching the
 * entry's StartupWMClass), the `desktop-entry` hint on notifications, and the launcher the badge
 * (Unity LauncherEntry) belongs to.
 */
export const DESKTOP_NAME = `${APP_ID}.desktop`;

/** Sets the identity; before the app is ready (Electron reads the desktop name at start-up). */
export function setupAppIdentity(platform: NodeJS.Platform = process.platform): void {
  // Windows groups taskbar buttons and notifications by this id; the installer's shortcut carries it.
  app.setAppUserModelId(APP_ID);
  // The packaged app reads it from package.json already; a development run (`npm start`) has no such
  // field, so say it here too and both behave alike.
  if (platform === 'linux') app.setDesktopName(DESKTOP_NAME);
}

/**
 * Where the icons shipped beside the app are: `extraResources` (electron-builder.yml) copies them into
 * resources/icons of a packaged app; a development run takes them from build/.
 */
export function iconFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'icons') : join(app.getAppPath(), 'build');
}

/** The app icon, for notifications on Windows and Linux. */
export function appIconPath(folder = iconFolder()): string {
  return join(folder, 'icon.png');
}

/**
 * The tray icon. macOS: a black "Template" image that the menu bar tints (its @2x sibling is picked up
 * on Retina screens). Windows: the colour icon at 16 px with a 32 px @2x. Linux: one larger colour
 * image, which the panel scales to its own size.
 */
export function trayIconPath(platform: NodeJS.Platform = process.platform, folder = iconFolder()): string {
  const file =
    platform === 'darwin' ? 'trayTemplate.png' : platform === 'win32' ? 'tray.png' : 'tray-linux.png';
  return join(folder, 'tray', file);
}

/**
 * The number on the app's icon: reminders overdue or due today. macOS shows it on the Dock icon; Linux
 * on docks and task bars that implement Unity's LauncherEntry API (Ubuntu's dock, KDE Plasma), for the
 * desktop entry named by DESKTOP_NAME. Windows has no number badge, only an overlay image on the taskbar
 * button (`BrowserWindow.setOverlayIcon`) that would need a drawn icon per number and a window: skipped;
 * the tray tooltip says the count there.
 */
export function setBadge(due: number, platform: NodeJS.Platform = process.platform): void {
  if (platform !== 'darwin' && platform !== 'linux') return;
  app.setBadgeCount(Math.max(0, Math.trunc(due)));
}

/** Where the login item is set up: the platform and, for Linux, where autostart entries live. */
export interface LoginItemEnv {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** $XDG_CONFIG_HOME, else ~/.config (Linux). */
  configHome?: string;
  /** The program to start: the AppImage when run as one, else the executable (Linux). */
  exec?: string;
}

function currentEnv(): LoginItemEnv {
  return {
    platform: process.platform,
    isPackaged: app.isPackaged,
    configHome: process.env['XDG_CONFIG_HOME'] || join(homedir(), '.config'),
    exec: process.env['APPIMAGE'] || process.execPath,
  };
}

/**
 * Starts the app when the person logs in, or stops doing so. macOS and Windows have login items
 * (`app.setLoginItemSettings`); Linux desktops follow the XDG autostart spec instead: a desktop entry in
 * ~/.config/autostart, written or removed here. Only for the packaged app: a development run is the bare
 * Electron binary, which would start as an empty Electron window at every login.
 * Returns whether the login item was set.
 */
export function applyOpenAtLogin(openAtLogin: boolean, env: LoginItemEnv = currentEnv()): boolean {
  if (!env.isPackaged) return false;
  if (env.platform === 'darwin' || env.platform === 'win32') {
    app.setLoginItemSettings({ openAtLogin });
    return true;
  }
  if (env.platform === 'linux' && env.configHome && env.exec) {
    const folder = join(env.configHome, 'autostart');
    const entry = join(folder, DESKTOP_NAME);
    if (openAtLogin) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(entry, autostartEntry(env.exec));
    } else {
      rmSync(entry, { force: true });
    }
    return true;
  }
  return false;
}

/** An XDG autostart entry that starts `exec`. */
export function autostartEntry(exec: string): string {
  // Desktop Entry spec: a quoted argument escapes ", `, $ and \ with a backslash; then, as for every
  // string value, each backslash is written twice.
  const quoted = `"${exec.replace(/(["`$\\])/g, '\\$1')}"`.replace(/\\/g, '\\\\');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Netwerkdagboek',
    `Exec=${quoted}`,
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
