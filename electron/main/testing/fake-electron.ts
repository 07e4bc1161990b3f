/**
 * A stand-in for the parts of the `electron` module that main uses, for tests only:
 * `vi.mock('electron', () => import('./testing/fake-electron'))`. Event emitters where Electron has them,
 * recorded calls where Electron would reach the operating system.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** Electron's preventable event. */
export class FakeEvent {
  defaultPrevented = false;
  /** `url` and `isMainFrame` as on Electron's navigation events (`Event<WebContentsWillNavigateEventParams>`). */
  constructor(
    readonly url = '',
    readonly isMainFrame = true,
  ) {}
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
  deviceHandler: ((details: unknown) => boolean) | null = null;
  setDevicePermissionHandler = vi.fn((handler: ((details: unknown) => boolean) | null) => {
    this.deviceHandler = handler;
  });
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
  loading = false;
  setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  /** What main sent the page: `[channel, ...args]` per message. */
  send = vi.fn((_channel: string, ..._args: unknown[]) => {});
  isLoading = () => this.loading;
  /** The page's `beforeunload` holds the unload back (a form with unsaved typing). */
  holdsUnload = false;
  /** The page is stuck in a script: it never answers a close, so the window stays. */
  frozen = false;
  /** The page has loaded: what Electron reports once the window's URL is done. */
  finishLoad(): void {
    this.loading = false;
    this.emit('did-finish-load');
  }
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
  visible = false;
  calls: string[] = [];
  loadURL = vi.fn(async (_url: string) => {
    this.webContents.loading = true;
  });
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
  isVisible = () => this.visible;
  show = () => {
    this.calls.push('show');
    this.visible = true;
  };
  hide = () => {
    this.calls.push('hide');
    this.visible = false;
  };
  focus = () => this.calls.push('focus');
  /**
   * Like a click on the close button: 'close' (preventable); then the page's `beforeunload`, which may
   * hold it back: Electron then emits 'will-prevent-unload' on the webContents and closes only when that
   * event is prevented; then 'closed'.
   */
  close = () => {
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    if (this.webContents.frozen) return;
    if (this.webContents.holdsUnload) {
      const unload = new FakeEvent();
      this.webContents.emit('will-prevent-unload', unload);
      if (!unload.defaultPrevented) return;
    }
    this.destroyed = true;
    this.visible = false;
    this.emit('closed');
  };
  /** Like Electron's: closes at once, without 'close' or the page's `beforeunload`; then 'closed'. */
  destroy = vi.fn(() => {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.emit('closed');
  });
}

/** Electron's `Notification`: records what was shown; tests emit 'click', 'action', 'close', 'failed'. */
export class FakeNotification extends EventEmitter {
  static created: FakeNotification[] = [];
  static supported = true;
  static isSupported = vi.fn(() => FakeNotification.supported);
  shown = false;
  closed = false;
  show = vi.fn(() => {
    this.shown = true;
  });
  /** Records only: Electron does not promise a 'close' event for a programmatic close on every OS. */
  close = vi.fn(() => {
    this.closed = true;
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeNotification.created.push(this);
  }
}

/** The parts of Electron's `MenuItemConstructorOptions` main uses. */
export interface FakeMenuItem {
  label?: string;
  type?: string;
  role?: string;
  enabled?: boolean;
  accelerator?: string;
  registerAccelerator?: boolean;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

export class FakeMenu {
  constructor(readonly items: FakeMenuItem[]) {}
}

export const Menu = {
  applicationMenu: null as FakeMenu | null,
  buildFromTemplate: vi.fn((template: FakeMenuItem[]) => new FakeMenu(template)),
  setApplicationMenu: vi.fn((menu: FakeMenu | null) => {
    Menu.applicationMenu = menu;
  }),
  getApplicationMenu: vi.fn(() => Menu.applicationMenu),
};

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** Electron's `protocol`: records the privileged schemes; `handlers` answers requests as Electron would. */
export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged: vi.fn(
    (schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => {
      // Electron: "can only be used before the ready event of the app module gets emitted".
      if (app.ready)
        throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      protocol.privileged.push(...schemes);
    },
  ),
  handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
    if (protocol.handlers.has(scheme)) throw new Error(`Protocol "${scheme}" has already been handled`);
    protocol.handlers.set(scheme, handler);
  }),
  isProtocolHandled: vi.fn((scheme: string) => protocol.handlers.has(scheme)),
};

export class FakeTray extends EventEmitter {
  static created: FakeTray[] = [];
  menu: FakeMenu | null = null;
  toolTip = '';
  destroyed = false;
  setContextMenu = vi.fn((menu: FakeMenu | null) => {
    this.menu = menu;
  });
  setToolTip = vi.fn((toolTip: string) => {
    this.toolTip = toolTip;
  });
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  isDestroyed = () => this.destroyed;
  constructor(readonly image: unknown) {
    super();
    FakeTray.created.push(this);
  }
}

export interface FakeNativeImage {
  path: string;
  isEmpty(): boolean;
}

export const nativeImage = {
  createFromPath: vi.fn((path: string): FakeNativeImage => ({ path, isEmpty: () => false })),
};

export const powerMonitor = new EventEmitter();

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  /** Set once `whenReady` has resolved; what may only happen before ready checks it. */
  ready: false,
  whenReady: vi.fn(async () => {
    app.ready = true;
  }),
  enableSandbox: vi.fn(() => {
    if (app.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
  }),
  paths: new Map<string, string>(),
  setPath: vi.fn((name: string, path: string) => {
    app.paths.set(name, path);
  }),
  setAppUserModelId: vi.fn(),
  setDesktopName: vi.fn(),
  setBadgeCount: vi.fn((_count?: number) => true),
  setLoginItemSettings: vi.fn(),
  isReady: vi.fn(() => true),
  getAppPath: vi.fn(() => '/nonexistent/app'),
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

/** Electron's `shell`, the calls main makes (`Pick<Shell, 'openExternal' | 'showItemInFolder'>`). */
export const shell = {
  openExternal: vi.fn(async (_url: string) => {}),
  showItemInFolder: vi.fn((_fullPath: string) => {}),
};

/** Electron's `clipboard`, the one call main makes (`Pick<Clipboard, 'writeText'>`; a promise since 45). */
export const clipboard = {
  writeText: vi.fn(async (_text: string) => {}),
};

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
};

export const nativeTheme = Object.assign(new EventEmitter(), {
  shouldUseDarkColors: false,
  themeSource: 'system' as 'system' | 'light' | 'dark',
});

/** Electron's `MessageBoxOptions`, the fields main uses. */
export interface FakeMessageBoxOptions {
  message: string;
  type?: 'none' | 'info' | 'error' | 'question' | 'warning';
  buttons?: string[];
  defaultId?: number;
  cancelId?: number;
  title?: string;
  detail?: string;
  noLink?: boolean;
}

/** Electron's `SaveDialogOptions`, the fields main uses. */
export interface FakeSaveDialogOptions {
  title?: string;
  defaultPath?: string;
  buttonLabel?: string;
  filters?: { name: string; extensions: string[] }[];
  properties?: Array<
    | 'showHiddenFiles'
    | 'createDirectory'
    | 'treatPackageAsDirectory'
    | 'showOverwriteConfirmation'
    | 'dontAddToRecent'
  >;
}

export const dialog = {
  showErrorBox: vi.fn(),
  /**
   * `showSaveDialog([window,] options)`: answers with the next path a test queued in `savePaths` (null:
   * the person cancelled). As Electron does, a cancelled dialog has `filePath: ''`.
   */
  showSaveDialog: vi.fn(async (...args: [FakeSaveDialogOptions] | [unknown, FakeSaveDialogOptions]) => {
    const options = args.length === 1 ? args[0] : args[1];
    dialog.saveShown.push(options);
    const answer = dialog.savePaths.shift() ?? null;
    return { canceled: answer === null, filePath: answer ?? '' };
  }),
  saveShown: [] as FakeSaveDialogOptions[],
  savePaths: [] as (string | null)[],
  /** Answers with the button index a test queued in `answers` (the default button when none is). */
  showMessageBox: vi.fn(async (options: FakeMessageBoxOptions) => {
    dialog.shown.push(options);
    return { response: dialog.answers.shift() ?? options.defaultId ?? 0, checkboxChecked: false };
  }),
  /** `showMessageBoxSync([window,] options)`: the same queue of answers; the parent is recorded. */
  showMessageBoxSync: vi.fn((...args: [FakeMessageBoxOptions] | [unknown, FakeMessageBoxOptions]) => {
    const options = args.length === 1 ? args[0] : args[1];
    dialog.shown.push(options);
    dialog.parents.push(args.length === 2 ? args[0] : null);
    return dialog.answers.shift() ?? options.defaultId ?? 0;
  }),
  shown: [] as FakeMessageBoxOptions[],
  parents: [] as unknown[],
  answers: [] as number[],
};

export const BrowserWindow = FakeBrowserWindow;
export const Notification = FakeNotification;
export const Tray = FakeTray;

/** Puts every fake back as new; call in `beforeEach`. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.paths.clear();
  nativeTheme.removeAllListeners();
  nativeTheme.shouldUseDarkColors = false;
  nativeTheme.themeSource = 'system';
  ipcMain.handlers.clear();
  dialog.shown = [];
  dialog.parents = [];
  dialog.answers = [];
  dialog.saveShown = [];
  dialog.savePaths = [];
  FakeBrowserWindow.created = [];
  FakeNotification.created = [];
  FakeNotification.supported = true;
  FakeTray.created = [];
  powerMonitor.removeAllListeners();
  app.isPackaged = false;
  app.ready = false;
  Menu.applicationMenu = null;
  protocol.privileged = [];
  protocol.handlers.clear();
  app.setBadgeCount.mockImplementation(() => true);
  app.isReady.mockImplementation(() => true);
  app.getAppPath.mockImplementation(() => '/nonexistent/app');
  app.requestSingleInstanceLock.mockImplementation(() => true);
  screen.getAllDisplays.mockImplementation(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]);
}

export default {
  app,
  ipcMain,
  shell,
  clipboard,
  screen,
  nativeTheme,
  dialog,
  BrowserWindow,
  Notification,
  Tray,
  Menu,
  protocol,
  nativeImage,
  powerMonitor,
};
