import type { ChangeKind } from '../contract/changes';
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
 * Core's `emit` port: what core tells main without being asked. What a write changed (`changed`, after
 * every write, the page's own included, and when a day begins) goes to the page, whose stores fetch
 * again what they show; the due count it carries goes on the app icon, and the tray menu is built again
 * when it lists what changed.
 */
export function createEmit(deps: EventDeps): (event: AppEvent) => void {
  return (event) => {
    if (event.type === 'changed') {
      deps.setBadge(event.due);
      if (changesTray(event.kinds)) deps.refreshTray();
    }
    deps.send(event);
  };
}

/**
 * Whether a change (core's `changed` event) may have changed what the tray lists: its reminders, worded
 * with the names of contacts and conversations, in the language and at the reminder time of the
 * settings. A touch or a question alone shows nowhere in it.
 */
export function changesTray(kinds: readonly ChangeKind[]): boolean {
  return kinds.some((kind) => trayKinds.has(kind));
}
const trayKinds = new Set<ChangeKind>(['reminders', 'contacts', 'conversations', 'settings']);
