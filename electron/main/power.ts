import { powerMonitor } from 'electron';
import type { ReminderControl } from '../core/reminders/ports';

/**
 * Looks at the reminders again when the laptop wakes up or is unlocked: a timer does not run while the
 * machine sleeps, so a reminder that fell due meanwhile would otherwise wait for core's periodic tick.
 * Core decides by the wall clock what is due, so a look too many never shows anything twice.
 * 'unlock-screen' is reported on macOS and Windows; on Linux 'resume' is the one that comes.
 * Call after the app is ready (powerMonitor is not available before).
 */
export function setupPowerEvents(
  schedule: () => ReminderControl | null,
  log: (error: unknown) => void = console.error,
): void {
  const rescan = (reason: 'resume' | 'unlock') => () => {
    try {
      schedule()?.rescan(reason);
    } catch (error) {
      log(error);
    }
  };
  powerMonitor.on('resume', rescan('resume'));
  powerMonitor.on('unlock-screen', rescan('unlock'));
}
