/**
 * A stand-in for the parts of the `electron` module that main uses, for tests only:
 * `vi.mock('electron', () => import('./fake-electron'))`. Event emitters where Electron has them,
 * recorded calls where Electron would reach the operating system.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** Electron's preventable event. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;

export class FakeSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler) => {
    this.requestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: (...args: unknown[]) => boolean) => {
    this.checkHandler = handler;
  });
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  session = new FakeSession();
  windowOpenHandler: WindowOpenHandler | null = null;
  setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  normalBounds: Rect = { x: 0, y: 0, width: 1200, height: 800 };
  maximized = false;
  minimized = false;
  destroyed = false;
  calls: string[] = [];
  loadURL = vi.fn(async (_url: string) => {});
  setBackgroundColor = vi.fn();

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  isMaximized = () => this.maximized;
  isFullScreen = () => false;
  getNormalBounds = () => ({ ...this.normalBounds });
  maximize = () => {
    this.calls.push('maximize');
    this.maximized = true;
  };
  restore = () => {
    this.calls.push('restore');
    this.minimized = false;
  };
  show = () => this.calls.push('show');
  focus = () => this.calls.push('focus');
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  whenReady: vi.fn(async () => {}),
  paths: new Map<string, string>(),
  setPath: vi.fn((name: string, path: string) => {
    app.paths.set(name, path);
  }),
  setAppUserModelId: vi.fn(),
  quit: vi.fn(),
  exit: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  getPath: vi.fn((name: string) => app.paths.get(name) ?? `/nonexistent/${name}`),
  getVersion: vi.fn(() => '0.1.0'),
  getPreferredSystemLanguages: vi.fn(() => ['nl-NL']),
});

export const ipcMain = {
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    if (ipcMain.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
  // electron-store listens on its own channel for renderers that use it; ours never do.
  on: vi.fn(),
};

export const shell = { openExternal: vi.fn(async (_url: string) => {}), showItemInFolder: vi.fn() };

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
};

export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false });

export const dialog = { showErrorBox: vi.fn() };

export const BrowserWindow = FakeBrowserWindow;

/** Puts every fake back as new; call in `beforeEach`. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.paths.clear();
  nativeTheme.removeAllListeners();
  nativeTheme.shouldUseDarkColors = false;
  ipcMain.handlers.clear();
  FakeBrowserWindow.created = [];
  app.requestSingleInstanceLock.mockImplementation(() => true);
  screen.getAllDisplays.mockImplementation(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]);
}

export default { app, ipcMain, shell, screen, nativeTheme, dialog, BrowserWindow };
