import {
  app,
  BrowserWindow,
  nativeTheme,
  screen,
  type BrowserWindowConstructorOptions,
  type Rectangle,
} from 'electron';
import type { SettingsStore, WindowBounds } from '../core/settings/settings';

export const minimumSize = { width: 900, height: 600 } as const;
const defaultSize = { width: 1200, height: 800 } as const;

/** The renderer's `--bg` (renderer/src/app/styles.css), so the window never flashes white before it paints. */
export const backgroundColors = { light: '#f7f6f2', dark: '#1b1d20' } as const;

/** How much of a window must be on a screen to count as reachable: a grabbable stretch of title bar. */
const reachable = { width: 100, height: 50, aboveTop: 8 } as const;

/** How long after the last move or resize the bounds are written, so dragging doesn't write every frame. */
export const SAVE_BOUNDS_DELAY_MS = 500;

/** The options of the one window: locked down, hidden until painted, where the person left it. */
export function mainWindowOptions(
  bounds: WindowBounds | null,
  env: { preloadPath: string; darkMode: boolean; devTools?: boolean },
): BrowserWindowConstructorOptions {
  const place = bounds
    ? {
        x: bounds.x,
        y: bounds.y,
        width: Math.max(bounds.width, minimumSize.width),
        height: Math.max(bounds.height, minimumSize.height),
      }
    : { ...defaultSize, center: true };
  return {
    ...place,
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
    title: 'Netwerkdagboek',
    // Shown on 'ready-to-show', so the first thing the person sees is the app, not an empty frame.
    show: false,
    backgroundColor: env.darkMode ? backgroundColors.dark : backgroundColors.light,
    webPreferences: {
      preload: env.preloadPath,
      // https://www.electronjs.org/docs/latest/tutorial/security#3-enable-context-isolation
      contextIsolation: true,
      // https://www.electronjs.org/docs/latest/tutorial/security#4-enable-process-sandboxing
      sandbox: true,
      // https://www.electronjs.org/docs/latest/tutorial/security#2-do-not-enable-nodejs-integration-for-remote-content
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // https://www.electronjs.org/docs/latest/tutorial/security#6-do-not-disable-websecurity
      webSecurity: true,
      // The spellchecker downloads dictionaries from Google's servers on Windows and Linux; a local,
      // offline journal sends nothing anywhere.
      spellcheck: false,
      // https://www.electronjs.org/docs/latest/tutorial/security#8-do-not-enable-allowrunninginsecurecontent
      allowRunningInsecureContent: false,
      // https://www.electronjs.org/docs/latest/tutorial/security#9-do-not-enable-experimental-features
      experimentalFeatures: false,
      // https://www.electronjs.org/docs/latest/tutorial/security#12-verify-webview-options-before-creation
      webviewTag: false,
      // Developer Tools only while developing: in a packaged build nobody at the keyboard gets a console
      // inside the page with the journal's API at hand (the menu has no such item either; app-menu.ts).
      devTools: env.devTools ?? false,
    },
  };
}

/**
 * The saved bounds if the window would be reachable there, else null (the window opens centred).
 * A monitor that was unplugged or a resolution that changed must not leave the window off-screen: its
 * top edge has to lie within a display's work area, with enough of its width on that display to grab.
 */
export function restorableBounds(
  saved: WindowBounds | null,
  workAreas: readonly Rectangle[],
): WindowBounds | null {
  if (!saved) return null;
  const onSomeDisplay = workAreas.some((area) => {
    const overlap = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const topInside =
      saved.y >= area.y - reachable.aboveTop && saved.y <= area.y + area.height - reachable.height;
    return overlap >= reachable.width && topInside;
  });
  return onSomeDisplay ? saved : null;
}

/** The bounds to remember: the un-maximized rectangle in whole pixels, or null if it breaks the setting's rules. */
export function boundsToSave(normal: Rectangle, maximized: boolean): WindowBounds | null {
  const bounds = {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: Math.round(normal.width),
    height: Math.round(normal.height),
    maximized,
  };
  const finite = [bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite);
  // Mirrors the limits of `windowBounds` in core/settings/settings.ts; a minimized window can report 0×0.
  if (!finite || bounds.width < 400 || bounds.height < 300) return null;
  return bounds;
}

export interface MainWindowDeps {
  settings: SettingsStore;
  preloadPath: string;
  appUrl: string;
  log?: (error: unknown) => void;
}

/** Creates the main window where the person left it and starts remembering where it goes. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const saved = restorableBounds(
    deps.settings.get().windowBounds,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(
    mainWindowOptions(saved, {
      preloadPath: deps.preloadPath,
      darkMode: nativeTheme.shouldUseDarkColors,
      devTools: !app.isPackaged,
    }),
  );
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });

  const followTheme = () => {
    if (!window.isDestroyed()) {
      window.setBackgroundColor(
        nativeTheme.shouldUseDarkColors ? backgroundColors.dark : backgroundColors.light,
      );
    }
  };
  nativeTheme.on('updated', followTheme);
  window.once('closed', () => nativeTheme.off('updated', followTheme));

  rememberBounds(window, deps.settings, deps.log);
  window.loadURL(deps.appUrl).catch(deps.log ?? console.error);
  return window;
}

/**
 * Writes the window's bounds to the settings: a short while after the last move or resize, at once when
 * it is maximized or restored, and on close so the last drag before quitting is not lost.
 */
export function rememberBounds(
  window: BrowserWindow,
  settings: SettingsStore,
  log: (error: unknown) => void = console.error,
  delayMs = SAVE_BOUNDS_DELAY_MS,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const bounds = boundsToSave(window.getNormalBounds(), window.isMaximized());
    if (!bounds) return;
    try {
      settings.update({ windowBounds: bounds });
    } catch (error) {
      // Losing a window position is not worth interrupting the person for.
      log(error);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);
}
