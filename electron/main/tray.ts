import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { Language, ReminderRow } from '../contract/contract';
import { addDays } from '../core/reminders/local-time';
import { targetOf } from '../core/reminders/texts';
import type { ReminderControl } from '../core/reminders/ports';
import { labels } from '../contract/words/labels';
import { localeOf } from '../contract/words/locale';
import { plural } from '../contract/words/plural';
import type { OpenEvent } from './main-window';
import { mainWords, type MainWords } from './words';

/** How many upcoming reminders the tray menu lists. */
export const TRAY_UPCOMING = 5;

/** Longest reminder title in the menu, so one long title cannot make a menu as wide as the screen. */
const MAX_LABEL = 60;

export interface TrayDeps {
  /** Core's reminders; null until core has opened. */
  schedule(): ReminderControl | null;
  language(): Language;
  /** Shows the main window, making it again if it was closed. */
  showWindow(): void;
  /** Shows the main window at this item. */
  open(event: OpenEvent): void;
  /** Really quits (the journal is written first; see `setupFlushOnQuit`). */
  quit(): void;
  /** The icon image for this platform (see `trayIconPath`). */
  iconPath: string;
  /** Today's date (YYYY-MM-DD) where the person is, to say "today" and "tomorrow". */
  today(): string;
  platform?: NodeJS.Platform;
  log?: (error: unknown) => void;
}

export interface TrayHandle {
  /** Builds the menu again from the current reminders and language. */
  refresh(): void;
  destroy(): void;
}

// What opening a reminder from the tray shows: the same as a click on its notification.
export { targetOf };

/** "te laat", "vandaag 09:00", "morgen 09:00" or "di 14 mei 09:00": when a reminder is due, briefly. */
export function whenLabel(row: ReminderRow, today: string, language: Language): string {
  const words = mainWords[language];
  // The groups' labels as the screen shows them ("Te laat"), here starting a phrase ("vandaag 09:00").
  const group = (name: 'overdue' | 'today') =>
    labels[language].reminderGroups[name].toLocaleLowerCase(localeOf(language));
  if (row.group === 'overdue') return group('overdue');
  const { date, time } = row.due;
  if (date === today) return `${group('today')} ${time}`;
  if (date === addDays(today, 1)) return `${words.tomorrow} ${time}`;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const formatted = new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day));
  return `${formatted} ${time}`;
}

/** A menu label shows `&` as a mnemonic marker (Windows, Linux); `&&` is a literal ampersand. */
function menuText(text: string): string {
  const short = text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text;
  return short.replaceAll('&', '&&');
}

/** The tray menu: open, the next few reminders, quit. */
export function trayMenuTemplate(
  rows: readonly ReminderRow[],
  words: MainWords,
  actions: { showWindow(): void; open(row: ReminderRow): void; quit(): void },
  when: (row: ReminderRow) => string,
): MenuItemConstructorOptions[] {
  const upcoming: MenuItemConstructorOptions[] =
    rows.length === 0
      ? [{ label: words.noUpcoming, enabled: false }]
      : rows.map((row) => ({
          label: menuText(`${when(row)} · ${row.title}`),
          click: () => actions.open(row),
        }));
  return [
    { label: words.open, click: () => actions.showWindow() },
    { type: 'separator' },
    { label: words.upcoming, enabled: false },
    ...upcoming,
    { type: 'separator' },
    { label: words.quit, click: () => actions.quit() },
  ];
}

/**
 * The icon in the system tray (Windows, Linux) or menu bar (macOS) while the app may run without its
 * window. The menu is built again whenever it could be stale: when the due count changes, after an
 * edit in the window, and on macOS and Windows when the pointer reaches the icon, just before a click.
 * (Linux trays give no such signal: there the first two keep it current.)
 */
export function createTray(deps: TrayDeps): TrayHandle {
  const platform = deps.platform ?? process.platform;
  const log = deps.log ?? console.error;
  const image = nativeImage.createFromPath(deps.iconPath);
  const tray = new Tray(image);

  const refresh = () => {
    if (tray.isDestroyed()) return;
    const language = deps.language();
    const words = mainWords[language];
    const schedule = deps.schedule();
    let rows: ReminderRow[] = [];
    let due = 0;
    try {
      rows = schedule?.upcoming(TRAY_UPCOMING) ?? [];
      due = schedule?.dueCount() ?? 0;
    } catch (error) {
      // A menu without the list still opens the app and quits it.
      log(error);
    }
    const today = deps.today();
    const template = trayMenuTemplate(
      rows,
      words,
      {
        showWindow: deps.showWindow,
        open: (row) => deps.open({ type: 'open', target: targetOf(row) }),
        quit: deps.quit,
      },
      (row) => whenLabel(row, today, language),
    );
    tray.setContextMenu(Menu.buildFromTemplate(template));
    tray.setToolTip(due > 0 ? plural(words.dueToolTip, due, language) : 'Netwerkdagboek');
  };

  // Windows: a left click on a tray icon opens the app, the menu is on the right button. Linux reports
  // the tray's "activate" (KDE: a left click) as a click. macOS: a click opens the menu, as there.
  if (platform !== 'darwin') tray.on('click', () => deps.showWindow());
  // Only macOS and Windows report the pointer; rebuilding then makes the menu current when it opens.
  if (platform === 'darwin' || platform === 'win32') tray.on('mouse-enter', refresh);

  refresh();
  return {
    refresh,
    destroy: () => {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}

/**
 * The tray while `enabled()` says so (the closeToTray setting): made, rebuilt and removed as the
 * settings change (`sync`).
 */
export function setupTray(deps: TrayDeps, enabled: () => boolean): TrayHandle & { sync(): void } {
  let tray: TrayHandle | null = null;
  const sync = () => {
    if (enabled()) {
      if (tray) tray.refresh();
      else tray = createTray(deps);
    } else if (tray) {
      tray.destroy();
      tray = null;
    }
  };
  sync();
  return {
    sync,
    refresh: () => tray?.refresh(),
    destroy: () => {
      tray?.destroy();
      tray = null;
    },
  };
}
