import type { AppEvent } from '../contract/contract';

export interface EventDeps {
  /** To the page, when there is a window (`MainWindowHost.send`). */
  send(event: AppEvent): void;
  /** The number on the app's icon (`setBadge`). */
  setBadge(due: number): void;
  /** The tray menu, whose list of reminders may be stale now. */
  refreshTray(): void;
}

/**
 * Core's `emit` port: what core tells main without being asked. A new due count (a reminder fell due,
 * a day began, a notification button was pressed) goes on the app icon, into the tray menu and to the
 * page, which refreshes its count in the navigation.
 */
export function createEmit(deps: EventDeps): (event: AppEvent) => void {
  return (event) => {
    if (event.type === 'reminders-changed') {
      deps.setBadge(event.due);
      deps.refreshTray();
    }
    deps.send(event);
  };
}
