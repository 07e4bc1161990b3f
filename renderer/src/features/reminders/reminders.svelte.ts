import type { ReminderGroup, ReminderRow, SnoozeOption } from '$contract/contract';
import type { OwnReminderFieldsInput, Reminder, ReminderChanges, ThanksMethod } from '$contract/domain';
import { api, unwrap } from '../../shared/api';
import { i18n } from '../../shared/i18n/i18n.svelte';
import { formatLongDay, formatMoment } from '../../shared/dates/moments';
import { app } from '../../app/app.svelte';
import { changes } from '../../shared/changes';
import { actions } from '../actions/actions.svelte';

/** The groups of the Herinneringen screen, in the order they are shown. */
export const reminderGroups = [
  'overdue',
  'today',
  'soon',
  'later',
  'done',
] as const satisfies ReminderGroup[];

const noCounts = (): Record<ReminderGroup, number> => ({ overdue: 0, today: 0, soon: 0, later: 0, done: 0 });

/**
 * The Herinneringen screen and the count beside it in the menu. Core words every reminder and decides
 * its group; this class fetches, acts, and offers to undo what is cheap to undo (done, skip, snooze).
 */
class RemindersState {
  rows = $state<ReminderRow[]>([]);
  counts = $state(noCounts());
  loaded = $state(false);
  failed = $state<string | null>(null);
  /** Overdue plus due today: the count on "Herinneringen" in the menu. */
  due = $state(0);
  /** The thank-you reminder whose "how did you thank" question is open (also from a notification). */
  thanking = $state<ReminderRow | null>(null);
  /** A reminder to bring into view on the screen, e.g. after its notification was clicked. */
  focusId = $state<string | null>(null);
  /** The reminder dialog: a new one of the person's own, or the row being edited. */
  editing = $state<ReminderRow | 'new' | null>(null);

  private listSeq = 0;
  private countSeq = 0;

  constructor() {
    // The count beside the menu item comes with every change of the reminders (also when a day begins).
    changes.watch(['reminders'], ({ due }) => {
      this.due = due;
    });
    // The rows carry names and dates of contacts and conversations, worded in the settings' language; the
    // list is fetched while it is on screen (the screen fetches it when it opens). This screen's own
    // actions fetch nothing themselves: core's change event after the write does it, once.
    changes.watch(['reminders', 'contacts', 'conversations', 'settings'], () => this.refresh(), {
      when: () => this.loaded && app.view === 'reminders',
    });
  }

  /** Open (or snoozed) reminders, over all groups. */
  active = $derived(this.counts.overdue + this.counts.today + this.counts.soon + this.counts.later);

  /** Fetches the whole list, grouped by core; answers to older requests are dropped. */
  async refresh(): Promise<void> {
    const seq = ++this.listSeq;
    try {
      const list = await unwrap(api.reminders.list());
      if (seq !== this.listSeq) return;
      this.rows = list.reminders;
      this.counts = list.counts;
      this.due = list.counts.overdue + list.counts.today;
      this.failed = null;
      this.loaded = true;
    } catch (error) {
      if (seq === this.listSeq) this.failed = (error as Error).message;
      throw error;
    }
  }

  /** Fetches the count for the menu. Quietly keeps the last one if it cannot be had. */
  async refreshCount(): Promise<void> {
    const seq = ++this.countSeq;
    try {
      const { due } = await unwrap(api.reminders.count());
      if (seq === this.countSeq) this.due = due;
    } catch {
      // The count is a hint beside the menu item; the screen itself shows any error.
    }
  }

  /** Opens the Herinneringen screen with the dialog for a new reminder of the person's own. */
  startNew(): void {
    app.view = 'reminders';
    this.editing = 'new';
  }

  rowOf(id: string): ReminderRow | undefined {
    return this.rows.find((r) => r.id === id);
  }

  /**
   * "Gedaan". A thank-you first asks how the thanks was sent (the dialog calls `complete` with it);
   * anything else is done at once, with an undo.
   */
  async done(row: ReminderRow): Promise<void> {
    if (row.kind === 'bedanken') this.thanking = row;
    else await this.complete(row, null);
  }

  /** Opens the "how did you thank" question for a reminder, e.g. from a notification's button. */
  async askThanks(id: string): Promise<void> {
    let row = this.rowOf(id);
    if (!row) {
      await this.refresh();
      row = this.rowOf(id);
    }
    // Already finished meanwhile (in the editor, or on another notification): nothing left to ask.
    if (row && row.group !== 'done') this.thanking = row;
  }

  async complete(row: ReminderRow, thanksHow: ThanksMethod | null): Promise<Reminder> {
    const done = await unwrap(api.reminders.complete({ id: row.id, thanksHow }));
    if (this.thanking?.id === row.id) this.thanking = null;
    const t = i18n.t.reminders.toasts;
    // An action's reminder (core: actie-<id>) marks the action done: the toast offers its look back.
    if (row.kind === 'eigen' && row.id.startsWith('actie-')) {
      const actionId = row.id.slice('actie-'.length);
      app.say(t.actionDone, {
        label: t.reflect,
        run: () => {
          actions.reflecting = actionId;
          app.view = 'actions';
        },
      });
      return done;
    }
    this.sayWithUndo(row.kind === 'bedanken' && row.contactName ? t.thanked(row.contactName) : t.done, row);
    return done;
  }

  async skip(row: ReminderRow): Promise<void> {
    await unwrap(api.reminders.skip({ id: row.id }));
    const t = i18n.t.reminders.toasts;
    // Keeping in touch goes on: skipping one plans the next, counted from today, so "Afgerond" alone
    // would leave the person wondering why the same reminder is still in the list (issue 11).
    if (row.kind === 'contact-onderhouden' && row.contactId !== null && row.contactName !== null) {
      const next = await unwrap(api.reminders.keepInTouch({ contactId: row.contactId })).catch(() => null);
      if (next?.nextDueOn) {
        this.sayWithUndo(t.skippedUntil(row.contactName, formatLongDay(next.nextDueOn)), row);
        return;
      }
    }
    this.sayWithUndo(t.skipped, row);
  }

  /** Puts a reminder off; `moment` only for the option 'moment'. */
  async snooze(
    row: ReminderRow,
    option: SnoozeOption,
    moment?: { date: string; time: string },
  ): Promise<void> {
    const snoozed = await unwrap(
      api.reminders.snooze({ id: row.id, option, date: moment?.date ?? null, time: moment?.time ?? null }),
    );
    const until = snoozed.snoozedUntil ?? snoozed.due;
    this.sayWithUndo(i18n.t.reminders.toasts.snoozed(formatMoment(until)), row);
  }

  /** Opens a done, skipped or snoozed reminder again (the undo of those three). */
  async reopen(row: Pick<ReminderRow, 'id'>): Promise<void> {
    await unwrap(api.reminders.reopen({ id: row.id }));
  }

  /** The stored record, for editing: the row carries the app's wording, not the person's own title. */
  get(id: string): Promise<Reminder> {
    return unwrap(api.reminders.get({ id }));
  }

  async create(fields: OwnReminderFieldsInput): Promise<Reminder> {
    const created = await unwrap(api.reminders.create(fields));
    app.say(i18n.t.reminders.toasts.created);
    this.focusId = created.id;
    return created;
  }

  async update(id: string, changes: ReminderChanges): Promise<Reminder> {
    const saved = await unwrap(api.reminders.update({ id, changes }));
    app.say(i18n.t.reminders.toasts.saved);
    return saved;
  }

  async remove(id: string): Promise<void> {
    await unwrap(api.reminders.delete({ id }));
    app.say(i18n.t.reminders.toasts.deleted);
  }

  private sayWithUndo(text: string, row: ReminderRow): void {
    app.say(text, () => {
      this.reopen(row)
        .then(() => app.say(i18n.t.reminders.toasts.reopened))
        .catch((error: Error) => app.say(error.message));
    });
  }
}

export const reminders = new RemindersState();
