import type { AppEvent, AppStatus, Input, SettingsView } from '$contract/contract';
import { api, unwrap, whenUnsaved } from '../shared/api';
import { i18n } from '../shared/i18n/i18n.svelte';

const views = [
  'contacts',
  'organisations',
  'goal',
  'trail',
  'help',
  'conversations',
  'actions',
  'learning',
  'reminders',
  'overview',
  'settings',
] as const;
export type View = (typeof views)[number];

/** The screen that was open when the app itself loaded the page anew (reopening the journal). */
const VIEW_KEY = 'netwerkdagboek.view';

/** A toast's one button: "Ongedaan maken" by default, or another follow-up ("Toon in map"). */
export interface ToastAction {
  label: string;
  run: () => void;
}

/** App-wide state: which screen is open, the journal's status, the settings, passing messages. */
class AppState {
  view = $state<View>('contacts');
  status = $state<AppStatus | null>(null);
  settings = $state<SettingsView | null>(null);
  noticeDismissed = $state(false);
  toast = $state<{ text: string; action?: ToastAction; id: number } | null>(null);
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last call was carried out but is not on disk yet: the next toast says so instead of "saved". */
  private unsavedSinceToast = false;

  constructor() {
    whenUnsaved(() => {
      this.unsavedSinceToast = true;
      // The banner may not know yet (the event and the answer race); ask.
      void this.refreshSaving();
    });
  }

  /** Main says saving started failing, or landed again, or the backup failed. */
  savingChanged(event: Extract<AppEvent, { type: 'journal-saving' }>): void {
    if (!this.status) return;
    const wasFailing = this.status.journal.save.state === 'failing';
    this.status.journal = { ...this.status.journal, save: event.save, backup: event.backup };
    if (wasFailing && event.save.state === 'saved') {
      this.unsavedSinceToast = false;
      this.say(i18n.t.saving.savedAgain);
    }
  }

  private async refreshSaving(): Promise<void> {
    const status = await unwrap(api.app.status()).catch(() => null);
    if (status && this.status) {
      this.status.journal = {
        ...this.status.journal,
        save: status.journal.save,
        backup: status.journal.backup,
      };
    }
  }

  /** "Opnieuw proberen" on the banner: true when everything is on disk now. */
  async retrySave(): Promise<boolean> {
    const { save } = await unwrap(api.journal.retrySave());
    if (this.status) this.status.journal = { ...this.status.journal, save };
    if (save.state === 'failing') this.say(i18n.t.saving.stillFailing);
    return save.state === 'saved';
  }

  /** "Opslaan als…": the journal is written to a place the person picks and kept there from then on. */
  async saveAs(): Promise<void> {
    const result = await unwrap(api.journal.saveAs());
    if (!result.moved) return;
    this.settings = await unwrap(api.settings.get());
    this.status = await unwrap(api.app.status());
    if (result.save.state === 'saved') this.say(i18n.t.saving.savedElsewhere(result.path));
  }

  async load(): Promise<void> {
    const [status, settings] = await Promise.all([unwrap(api.app.status()), unwrap(api.settings.get())]);
    this.status = status;
    this.settings = settings;
    i18n.language = status.language;
    // Reminders fell due while the app was closed: they were announced together, and are shown first.
    // After the app's own reload the person stays where they were; otherwise the app opens at home.
    const kept = takeKeptView();
    this.view = status.missedReminders > 0 ? 'reminders' : (kept ?? status.home);
  }

  /**
   * Loads the page anew once core holds another journal (a restore, a reopened file), keeping the screen
   * open: the person restored from Instellingen and expects to see Instellingen, not the home screen.
   */
  reload(): void {
    try {
      sessionStorage.setItem(VIEW_KEY, this.view);
    } catch {
      // Without web storage the fresh page opens at home: a small surprise, nothing lost.
    }
    window.location.reload();
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

  /**
   * Shows a short message at the bottom; with `undo`, a button to take the action back, or with an
   * action of another kind, its button.
   */
  say(text: string, undo?: (() => void) | ToastAction): void {
    clearTimeout(this.toastTimer);
    // "Bewaard" only when it is on disk: otherwise the toast says instead that it is not saved yet (an
    // addition to "… is opgeslagen." would contradict it in one breath).
    if (this.unsavedSinceToast) text = i18n.t.saving.notYetSaved;
    this.unsavedSinceToast = false;
    const action = typeof undo === 'function' ? { label: i18n.t.common.undo, run: undo } : undo;
    this.toast = { text, action, id: Date.now() };
    this.toastTimer = setTimeout(() => (this.toast = null), undo ? 8_000 : 4_000);
  }
}

function takeKeptView(): View | null {
  try {
    const kept = sessionStorage.getItem(VIEW_KEY);
    sessionStorage.removeItem(VIEW_KEY);
    return views.find((view) => view === kept) ?? null;
  } catch {
    return null;
  }
}

export const app = new AppState();
