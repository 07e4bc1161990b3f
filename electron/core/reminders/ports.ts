/**
 * What the reminder scheduler needs from the world and what it offers main. Core decides what is due
 * and what to say; main only turns a notice into an Electron `Notification` and a click into a window.
 */
import type { AppTarget, ReminderRow } from '../../contract/contract';

/** One native notification, already worded in the UI language. */
export interface ReminderNotice {
  /** The reminder it is about, or null for the summary of several that fell due together. */
  reminderId: string | null;
  title: string;
  body: string;
  /** What a click opens. */
  target: AppTarget;
  /** Whether "done" and "snooze" buttons make sense (one reminder, where the OS offers buttons). */
  actions: boolean;
}

/** Shows notifications; main adapts Electron's, tests record. */
export interface Notifier {
  show(notice: ReminderNotice): void;
}

/** Why the scheduler looks again. Every look goes by the wall clock, so sleep and clock changes are safe. */
export type RescanReason = 'launch' | 'resume' | 'unlock' | 'tick' | 'change';

/** What main may ask of the reminders, outside the renderer's IPC. */
export interface ReminderControl {
  /** Looks at every reminder again by the wall clock (main calls it on resume and unlock). */
  rescan(reason: RescanReason): void;
  /**
   * A button on a notification. `done` finishes the reminder, except a thank-you, which needs to know
   * how the thanks was sent: then the target to open (with the reminder to complete) comes back.
   * `snooze` moves it an hour on. Returns what to show, or null when nothing needs showing.
   */
  notificationAction(reminderId: string, action: 'done' | 'snooze'): AppTarget | null;
  /** The next open reminders, soonest first (for the tray menu). */
  upcoming(limit: number): ReminderRow[];
  /** Overdue plus due today (the count on the navigation and the app icon). */
  dueCount(): number;
  /** Stops the timer (on quit). */
  stop(): void;
}
