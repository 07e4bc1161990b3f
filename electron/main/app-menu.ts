import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand, Language } from '../contract/contract';
import { mainWords } from './words';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** A packaged build gets no Reload, Force Reload or Developer Tools. */
  packaged: boolean;
  appName?: string;
  /** Tells the page to do what a menu item stands for (the File menu's new contact, save…). */
  command?: (command: AppCommand) => void;
}

/**
 * The application menu, in the UI language. Without one Electron shows its default menu, with Reload
 * and Developer Tools, in every build: a reload throws away a form being typed, and DevTools give
 * anyone at the keyboard a console inside the page, with the journal's API at hand.
 *
 * Every item has a role, so the system does the work (and gives the usual shortcuts): the Edit roles
 * are what make Cmd+C / Cmd+V work in the page's text fields on macOS, where shortcuts only reach the
 * page through the menu. Labels are our own, so the menu speaks the UI language rather than the
 * system's.
 */
export function appMenuTemplate(language: Language, options: AppMenuOptions): MenuItemConstructorOptions[] {
  const words = mainWords[language].menu;
  const app = options.appName ?? 'Netwerkdagboek';
  const mac = options.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: app,
    submenu: [
      { role: 'about', label: words.about(app) },
      separator,
      { role: 'hide', label: words.hide(app) },
      { role: 'hideOthers', label: words.hideOthers },
      { role: 'unhide', label: words.showAll },
      separator,
      { role: 'quit', label: words.quitApp(app) },
    ],
  };
  /**
   * The page's own shortcuts, shown in the menu with their keys. The page handles the key press itself
   * (renderer/src/app/shortcuts.svelte.ts), so on Windows and Linux the accelerator is only shown
   * (`registerAccelerator: false`) and a click sends the command; on macOS, where a menu's key
   * equivalent may also fire, the page drops a menu command that follows its own key press at once.
   */
  const command = (label: string, accelerator: string, name: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => options.command?.(name),
  });
  // Outside macOS quitting lives in File too, where Windows and Linux apps keep it.
  const fileMenu: MenuItemConstructorOptions = {
    label: words.file,
    submenu: [
      command(words.newContact, 'CmdOrCtrl+N', 'new-contact'),
      command(words.newConversation, 'CmdOrCtrl+Shift+N', 'new-conversation'),
      command(words.newReminder, 'CmdOrCtrl+Shift+H', 'new-reminder'),
      separator,
      command(words.save, 'CmdOrCtrl+S', 'save'),
      separator,
      command(words.search, 'CmdOrCtrl+K', 'search'),
      ...(mac ? [] : [separator, { role: 'quit', label: words.quit } as const]),
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    label: words.help,
    role: 'help',
    submenu: [command(words.shortcuts, 'CmdOrCtrl+/', 'shortcuts')],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: words.edit,
    submenu: [
      { role: 'undo', label: words.undo },
      { role: 'redo', label: words.redo },
      separator,
      { role: 'cut', label: words.cut },
      { role: 'copy', label: words.copy },
      { role: 'paste', label: words.paste },
      { role: 'selectAll', label: words.selectAll },
    ],
  };
  const development: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [
        { role: 'reload', label: words.reload },
        { role: 'forceReload', label: words.forceReload },
        { role: 'toggleDevTools', label: words.devTools },
        separator,
      ];
  // Zoom stays in every build: larger text is for reading, not for developers.
  const viewMenu: MenuItemConstructorOptions = {
    label: words.view,
    submenu: [
      ...development,
      { role: 'resetZoom', label: words.actualSize },
      { role: 'zoomIn', label: words.zoomIn },
      { role: 'zoomOut', label: words.zoomOut },
      separator,
      { role: 'togglefullscreen', label: words.fullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: words.window,
    submenu: mac
      ? [
          { role: 'minimize', label: words.minimize },
          { role: 'zoom', label: words.zoom },
          { role: 'close', label: words.close },
          separator,
          { role: 'front', label: words.front },
        ]
      : [
          { role: 'minimize', label: words.minimize },
          { role: 'close', label: words.close },
        ],
  };
  return mac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

/** Sets the application menu now and again whenever `rebuild` is called (the UI language changed). */
export function setupAppMenu(language: () => Language, options: AppMenuOptions): { rebuild(): void } {
  const rebuild = () => Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(language(), options)));
  rebuild();
  return { rebuild };
}
