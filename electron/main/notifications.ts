import { Notification, type NotificationConstructorOptions } from 'electron';
import type { Language } from '../contract/contract';
import type { Notifier, ReminderControl, ReminderNotice } from '../core/reminders/ports';
import type { OpenEvent } from './main-window';
import { mainWords } from './words';

/**
 * How many shown notifications keep their handlers alive at most. Electron does not promise a 'close'
 * event for every notification that goes away (and a notification centre keeps them for days), so
 * without a cap an app that runs in the tray for weeks would hold on to every one. Core shows one
 * summary instead of a storm, so more than a few at a time is rare; the oldest is let go first.
 */
export const MAX_KEPT_NOTIFICATIONS = 50;

export interface NotifierDeps {
  /** Shows the main window (making it again if it was closed) and sends the page the event. */
  open(event: OpenEvent): void;
  /** Core's reminders, for the buttons; null until core has opened. */
  schedule(): ReminderControl | null;
  language(): Language;
  /** The app icon, for the operating systems that show one beside the text (not macOS). */
  iconPath?: string | null;
  platform?: NodeJS.Platform;
  log?: (error: unknown) => void;
  maxKept?: number;
}

export interface ElectronNotifier extends Notifier {
  /** How many shown notifications are held on to (for tests). */
  kept(): number;
}

/** The index of each button in `actions`, and what it asks of core. */
const buttons = ['done', 'snooze'] as const;

/**
 * Core's notifier over Electron's `Notification`. Every shown notification is kept in a set until it is
 * clicked, answered, closed or fails: Electron's docs warn that one that is garbage collected loses its
 * handlers, and a reminder whose click does nothing is a broken promise.
 */
export function createNotifier(deps: NotifierDeps): ElectronNotifier {
  const platform = deps.platform ?? process.platform;
  const log = deps.log ?? console.error;
  const maxKept = deps.maxKept ?? MAX_KEPT_NOTIFICATIONS;
  const kept = new Set<Notification>();
  /** The notification on screen per reminder, so a new one for the same reminder replaces it. */
  const byReminder = new Map<string, Notification>();
  let unsupportedLogged = false;

  const release = (notification: Notification, reminderId: string | null) => {
    kept.delete(notification);
    if (reminderId !== null && byReminder.get(reminderId) === notification) byReminder.delete(reminderId);
  };

  const answer = (notice: ReminderNotice & { reminderId: string }, action: (typeof buttons)[number]) => {
    const schedule = deps.schedule();
    if (!schedule) {
      deps.open({ type: 'open', target: notice.target });
      return;
    }
    const target = schedule.notificationAction(notice.reminderId, action);
    if (!target) return;
    // A thank-you can only be finished by saying how the thanks was sent: the page asks, then completes.
    deps.open(
      action === 'done' ? { type: 'open', target, complete: notice.reminderId } : { type: 'open', target },
    );
  };

  return {
    kept: () => kept.size,
    show(notice) {
      if (!Notification.isSupported()) {
        if (!unsupportedLogged) log(new Error('Desktop notifications are not supported on this system.'));
        unsupportedLogged = true;
        return;
      }
      const { reminderId } = notice;
      const words = mainWords[deps.language()];
      const options: NotificationConstructorOptions = { title: notice.title, body: notice.body };
      // macOS always shows the app's own icon (a given icon would appear as a picture in the body).
      if (platform !== 'darwin' && deps.iconPath) options.icon = deps.iconPath;
      // libnotify's default is "low", which some Linux desktops file away without showing it.
      if (platform !== 'darwin') options.urgency = 'normal';
      // Buttons only where Electron's notifications have them and report which was pressed.
      const withButtons = notice.actions && reminderId !== null && platform === 'darwin';
      if (withButtons) {
        options.actions = [
          { type: 'button', text: words.done },
          { type: 'button', text: words.snooze },
        ];
      }
      const notification = new Notification(options);
      const done = () => release(notification, reminderId);

      notification.on('click', () => {
        done();
        deps.open({ type: 'open', target: notice.target });
      });
      notification.on('action', (details: unknown, legacyIndex?: number) => {
        done();
        // Electron 45 passes { actionIndex } first; older versions passed the index itself second.
        const index =
          typeof details === 'object' && details !== null && 'actionIndex' in details
            ? (details as { actionIndex: unknown }).actionIndex
            : legacyIndex;
        const action = typeof index === 'number' ? buttons[index] : undefined;
        if (!action || reminderId === null) return;
        try {
          answer({ ...notice, reminderId }, action);
        } catch (error) {
          // The reminder may be gone (deleted in the window meanwhile); nothing to do but say so.
          log(error);
        }
      });
      notification.on('close', done);
      notification.on('failed', (_event: unknown, error: unknown) => {
        done();
        log(new Error(`Notification failed: ${String(error)}`));
      });

      if (reminderId !== null) {
        const previous = byReminder.get(reminderId);
        if (previous) {
          release(previous, reminderId);
          previous.close();
        }
        byReminder.set(reminderId, notification);
      }
      kept.add(notification);
      for (const oldest of kept) {
        if (kept.size <= maxKept) break;
        kept.delete(oldest);
        for (const [id, held] of byReminder) if (held === oldest) byReminder.delete(id);
      }
      notification.show();
    },
  };
}
