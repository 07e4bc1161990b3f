import type { BrowserWindow } from 'electron';
import { EVENT_CHANNEL } from '../contract/channels';
import type { AppCommand, AppEvent } from '../contract/contract';

export type OpenEvent = Extract<AppEvent, { type: 'open' }>;

/**
 * A page that does not answer its close within this time is stuck (a script that never returns): its
 * typing cannot be saved anyway, and waiting on it would swallow every later Afsluiten and Cmd+Q. A
 * page that answers shows the question about unsaved forms at once; that question blocks main while it
 * is open, so the time the person takes to answer does not count.
 */
const PAGE_ANSWER_MS = 10_000;

/**
 * The one main window, which may be gone while the app lives on in the tray / menu bar: closing it
 * destroys it (its page is rebuilt from the journal when it opens again), and everything that wants it
 * (a notification, the tray, a second launch, the Dock) comes through here.
 */
export class MainWindowHost {
  private window: BrowserWindow | null = null;
  private started = false;
  /** What was asked to open before `start()`. */
  private readonly early: OpenEvent[] = [];
  /** Told when the person chose to stay with an unsaved form (a close or quit that did not happen). */
  private stayed: (() => void) | null = null;

  /**
   * `create` makes a window that shows itself once painted (see `createMainWindow`). `confirmLeave` asks
   * whether a page with unsaved forms may go (unsaved-forms.ts); without it such a page is never closed.
   */
  constructor(
    private readonly create: () => BrowserWindow,
    private readonly confirmLeave: (window: BrowserWindow) => boolean = () => false,
    /** How long a quit waits for the page to answer its close before closing it regardless. */
    private readonly pageAnswerMs = PAGE_ANSWER_MS,
  ) {}

  /**
   * Opens the first window, once the app can serve its page (IPC handlers registered), with whatever
   * was asked for before: a notification core showed while opening, clicked at once.
   */
  start(): void {
    this.started = true;
    this.ensure();
    for (const event of this.early.splice(0)) this.open(event);
  }

  /** The window, or null while the app is closed to the tray. */
  current(): BrowserWindow | null {
    return this.window && !this.window.isDestroyed() ? this.window : null;
  }

  /** Brings the window to the front, making it again if it was closed. Before `start()`: nothing yet. */
  show(): void {
    if (this.started) this.ensure();
  }

  /** Shows the window and tells its page what to open, once the page is there to hear it. */
  open(event: OpenEvent): void {
    if (!this.started) this.early.push(event);
    else this.deliver(this.ensure(), event);
  }

  /**
   * Closes the window the way a quit does: its page may hold the close back for an unsaved form, and
   * then the person is asked. True once the window is gone (or there was none); false when the person
   * chose to stay, and the window is still there as it was.
   */
  closeForQuit(): Promise<boolean> {
    const window = this.current();
    if (!window) return Promise.resolve(true);
    return new Promise((resolve) => {
      const stuck = setTimeout(() => {
        if (!window.isDestroyed()) window.destroy();
      }, this.pageAnswerMs);
      const done = (closed: boolean) => {
        clearTimeout(stuck);
        window.off('closed', onClosed);
        this.stayed = null;
        resolve(closed);
      };
      const onClosed = () => done(true);
      window.once('closed', onClosed);
      this.stayed = () => done(false);
      window.close();
    });
  }

  /** Tells the page to carry out a menu command, bringing the window back first if it was closed. */
  command(command: AppCommand): void {
    if (this.started) this.deliver(this.ensure(), { type: 'command', command });
  }

  /** Tells the page, when there is a window. Without one nothing is sent: a new page reads fresh data. */
  send(event: AppEvent): void {
    const window = this.current();
    if (window) this.deliver(window, event);
  }

  private ensure(): BrowserWindow {
    const existing = this.current();
    if (!existing) {
      const window = this.create();
      this.window = window;
      window.once('closed', () => {
        if (this.window === window) this.window = null;
      });
      // A close, a quit or a reload the page holds back for a form with unsaved typing: ask.
      window.webContents.on('will-prevent-unload', (event) => {
        if (this.confirmLeave(window)) event.preventDefault();
        else this.stayed?.();
      });
      // It shows (and takes focus) on 'ready-to-show'; showing it now would flash an empty frame.
      return window;
    }
    // Still on its way to the first paint: it shows itself then, as above.
    if (!existing.isVisible() && existing.webContents.isLoading()) return existing;
    if (existing.isMinimized()) existing.restore();
    existing.show();
    existing.focus();
    return existing;
  }

  private deliver(window: BrowserWindow, event: AppEvent): void {
    const contents = window.webContents;
    const send = () => {
      if (!window.isDestroyed()) contents.send(EVENT_CHANNEL, event);
    };
    // A page that is (re)loading would miss it: its listener is registered when its script runs.
    if (contents.isLoading()) contents.once('did-finish-load', send);
    else send();
  }
}
