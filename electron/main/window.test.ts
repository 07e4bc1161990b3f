import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsStore, type WindowBounds } from '../core/settings/settings';
import { app, FakeBrowserWindow, nativeTheme, resetFakeElectron, screen } from './testing/fake-electron';
import {
  backgroundColors,
  boundsToSave,
  createMainWindow,
  mainWindowOptions,
  minimumSize,
  restorableBounds,
  SAVE_BOUNDS_DELAY_MS,
} from './window';

vi.mock('electron', () => import('./testing/fake-electron'));

const env = { preloadPath: '/app/out/preload/index.cjs', darkMode: false };
const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const monitorRight = { x: 1920, y: 0, width: 2560, height: 1400 };
const saved: WindowBounds = { x: 100, y: 80, width: 1000, height: 700, maximized: false };

beforeEach(resetFakeElectron);
afterEach(() => vi.useRealTimers());

describe('mainWindowOptions', () => {
  it('locks the page down', () => {
    const { webPreferences } = mainWindowOptions(null, env);
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('stays hidden until painted, with a minimum size and the theme’s background', () => {
    const light = mainWindowOptions(null, env);
    expect(light).toMatchObject({ show: false, minWidth: 900, minHeight: 600, center: true });
    expect(light.backgroundColor).toBe(backgroundColors.light);
    expect(mainWindowOptions(null, { ...env, darkMode: true }).backgroundColor).toBe(backgroundColors.dark);
  });

  it('opens at the given bounds, never below the minimum size', () => {
    const options = mainWindowOptions({ ...saved, width: 500, height: 400 }, env);
    expect(options).toMatchObject({ x: 100, y: 80, width: minimumSize.width, height: minimumSize.height });
    expect(options.center).toBeUndefined();
  });
});

describe('restorableBounds', () => {
  it('keeps bounds that are on a display', () => {
    expect(restorableBounds(saved, [laptop])).toEqual(saved);
    const onSecond = { ...saved, x: 2200, y: 300 };
    expect(restorableBounds(onSecond, [laptop, monitorRight])).toEqual(onSecond);
  });

  it('drops bounds on a display that is no longer there', () => {
    expect(restorableBounds({ ...saved, x: 2200, y: 300 }, [laptop])).toBeNull();
  });

  it('drops bounds whose title bar is above or below every screen, or barely on one', () => {
    expect(restorableBounds({ ...saved, y: -400 }, [laptop])).toBeNull();
    expect(restorableBounds({ ...saved, y: 1030 }, [laptop])).toBeNull();
    expect(restorableBounds({ ...saved, x: 1880 }, [laptop])).toBeNull();
    expect(restorableBounds(saved, [])).toBeNull();
    expect(restorableBounds(null, [laptop])).toBeNull();
  });
});

describe('boundsToSave', () => {
  it('rounds to whole pixels and keeps the maximized flag', () => {
    expect(boundsToSave({ x: 10.4, y: 20.6, width: 1000.5, height: 700.2 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1001,
      height: 700,
      maximized: true,
    });
  });

  it('refuses sizes the setting would reject', () => {
    expect(boundsToSave({ x: 0, y: 0, width: 0, height: 0 }, false)).toBeNull();
    expect(boundsToSave({ x: Number.NaN, y: 0, width: 1000, height: 700 }, false)).toBeNull();
  });
});

describe('createMainWindow', () => {
  const settingsWith = (windowBounds: WindowBounds | null) => new SettingsStore({ store: { windowBounds } });
  const open = (settings: SettingsStore) => {
    createMainWindow({
      settings,
      preloadPath: env.preloadPath,
      appUrl: 'netwerkdagboek://app/index.html',
    });
    const window = FakeBrowserWindow.created.at(-1);
    if (!window) throw new Error('no window created');
    return window;
  };

  it('has Developer Tools only in an unpackaged build', () => {
    expect(open(settingsWith(null)).options).toMatchObject({ webPreferences: { devTools: true } });
    app.isPackaged = true;
    expect(open(settingsWith(null)).options).toMatchObject({ webPreferences: { devTools: false } });
  });

  it('restores saved bounds that are on a display', () => {
    const window = open(settingsWith(saved));
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
  });

  it('opens centred when the saved bounds are on a display that is gone', () => {
    screen.getAllDisplays.mockImplementation(() => [{ workArea: laptop }]);
    const window = open(settingsWith({ ...saved, x: 2500 }));
    expect(window.options).toMatchObject({ center: true });
    expect(window.options.x).toBeUndefined();
  });

  it('shows the window only when ready, maximized first if it was', () => {
    const window = open(settingsWith({ ...saved, maximized: true }));
    expect(window.calls).toEqual([]);
    window.emit('ready-to-show');
    expect(window.calls).toEqual(['maximize', 'show']);
  });

  it('loads the app page and follows the system theme', () => {
    const window = open(settingsWith(null));
    expect(window.loadURL).toHaveBeenCalledWith('netwerkdagboek://app/index.html');
    nativeTheme.shouldUseDarkColors = true;
    nativeTheme.emit('updated');
    expect(window.setBackgroundColor).toHaveBeenCalledWith(backgroundColors.dark);
    window.emit('closed');
    expect(nativeTheme.listenerCount('updated')).toBe(0);
  });

  it('saves the bounds once, a moment after the last move', () => {
    vi.useFakeTimers();
    const settings = settingsWith(null);
    const update = vi.spyOn(settings, 'update');
    const window = open(settings);
    for (const x of [10, 20, 30]) {
      window.normalBounds = { x, y: 40, width: 1100, height: 750 };
      window.emit('move');
      vi.advanceTimersByTime(SAVE_BOUNDS_DELAY_MS / 2);
    }
    expect(update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SAVE_BOUNDS_DELAY_MS);
    expect(update).toHaveBeenCalledTimes(1);
    expect(settings.get().windowBounds).toEqual({ x: 30, y: 40, width: 1100, height: 750, maximized: false });
  });

  it('saves at once on maximize and on close', () => {
    const settings = settingsWith(null);
    const window = open(settings);
    window.normalBounds = { x: 50, y: 60, width: 1000, height: 700 };
    window.maximize();
    window.emit('maximize');
    expect(settings.get().windowBounds).toEqual({ x: 50, y: 60, width: 1000, height: 700, maximized: true });
    window.maximized = false;
    window.normalBounds = { x: 70, y: 60, width: 1000, height: 700 };
    window.emit('close');
    expect(settings.get().windowBounds).toMatchObject({ x: 70, maximized: false });
  });
});
