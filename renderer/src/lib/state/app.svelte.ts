import type { AppStatus, Input, SettingsView } from '../../../../electron/contract/contract';
import { api, unwrap } from '../api';
import { i18n } from '../i18n/i18n.svelte';

export type View = 'contacts' | 'conversations' | 'learning' | 'reminders' | 'overview' | 'settings';

/** App-wide state: which screen is open, the journal's status, the settings, passing messages. */
class AppState {
  view = $state<View>('contacts');
  status = $state<AppStatus | null>(null);
  settings = $state<SettingsView | null>(null);
  noticeDismissed = $state(false);
  toast = $state<{ text: string; undo?: () => void; id: number } | null>(null);
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  async load(): Promise<void> {
    const [status, settings] = await Promise.all([unwrap(api.app.status()), unwrap(api.settings.get())]);
    this.status = status;
    this.settings = settings;
    i18n.language = status.language;
    // Reminders fell due while the app was closed: they were announced together, and are shown first.
    if (status.missedReminders > 0) this.view = 'reminders';
  }

  /** Saves some settings (reminder time, keep-in-touch defaults, tray, login); throws ApiError when refused. */
  async updateSettings(changes: Input<'settings:update'>): Promise<SettingsView> {
    this.settings = await unwrap(api.settings.update(changes));
    return this.settings;
  }

  async setLanguage(language: SettingsView['language']): Promise<void> {
    this.settings = await unwrap(api.settings.update({ language }));
    this.status = await unwrap(api.app.status());
    i18n.language = this.status.language;
  }

  /** Lets the person pick a new place for the journal file; the old file stays as a copy. */
  async moveJournal(): Promise<string | null> {
    const result = await unwrap(api.journal.move());
    if (!result.moved) return null;
    this.settings = await unwrap(api.settings.get());
    this.status = await unwrap(api.app.status());
    return result.path;
  }

  /** Shows a short message at the bottom; with `undo`, a button to take the action back. */
  say(text: string, undo?: () => void): void {
    clearTimeout(this.toastTimer);
    this.toast = { text, undo, id: Date.now() };
    this.toastTimer = setTimeout(() => (this.toast = null), undo ? 8_000 : 4_000);
  }
}

export const app = new AppState();
