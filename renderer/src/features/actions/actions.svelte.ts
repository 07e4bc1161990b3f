import type {
  ActionFields,
  ActionPlan,
  ActionSuggestion,
  ActionView,
  HelpRequestView,
} from '$contract/contract';
import type { Reflection } from '$contract/domain';
import { addDays, daysBetween } from '$contract/rules/calendar';
import { addIsoWeeks, isoWeekOf, mondayOfIsoWeek } from '$contract/rules/iso-weeks';
import { weekStartOf } from '$contract/rules/weeks';
import { app } from '../../app/app.svelte';
import { api, unwrap } from '../../shared/api';
import { changes } from '../../shared/changes';
import { i18n } from '../../shared/i18n/i18n.svelte';
import { conversations } from '../conversations/conversations.svelte';

/** Where an action lands moved a week later (+1) or earlier (-1): its week or its day, seven days on. */
export function shifted(
  action: Pick<ActionView, 'week' | 'date'>,
  weeks: 1 | -1,
): { date: string } | { week: string } {
  return action.date !== null
    ? { date: addDays(action.date, 7 * weeks) }
    : { week: addIsoWeeks(action.week ?? '', weeks) };
}

/**
 * Where an action lands dropped in ISO week `week`: that week, or for one on a day the same weekday in
 * it (today at the earliest, as a day gone by is refused); null when it is in that week already.
 */
export function movedTo(
  action: Pick<ActionView, 'week' | 'date' | 'monday'>,
  week: string,
  today: string,
): { date: string } | { week: string } | null {
  const monday = mondayOfIsoWeek(week);
  if (monday === null || monday === weekStartOf(action.date ?? action.monday)) return null;
  if (action.date === null) return { week };
  const day = addDays(monday, daysBetween(weekStartOf(action.date), action.date));
  return { date: day < today ? today : day };
}

/** Whether moving a week earlier stays ahead of now (core refuses a week or a day that has passed). */
export function canMoveEarlier(action: Pick<ActionView, 'week' | 'date'>, today: string): boolean {
  const to = shifted(action, -1);
  return 'date' in to ? to.date >= today : to.week >= isoWeekOf(today);
}

/** The ISO week number of "2026-W49": 49. */
export const weekNumber = (week: string) => Number(week.slice(6));

/** The Actieplan screen: the plan by week, whom to approach, the open hulpvragen to link an action to. */
class ActionsState {
  plan = $state<ActionPlan | null>(null);
  suggestions = $state<ActionSuggestion[]>([]);
  helpRequests = $state<HelpRequestView[]>([]);
  /** The action whose reflection form is open. */
  reflecting = $state<string | null>(null);
  /** Chosen from the suggestions: the form starts with this contact. */
  preset = $state<{ id: string; name: string } | null>(null);
  /** The action to focus once the list is drawn again (after a move with the keyboard). */
  focusId = $state<string | null>(null);
  /** The action being dragged to another week. */
  dragging = $state<ActionView | null>(null);

  constructor() {
    changes.watch(['plan', 'contacts', 'conversations', 'touches', 'reminders'], () => this.load(), {
      when: () => this.plan !== null && app.view === 'actions',
    });
  }

  async load(): Promise<void> {
    const [plan, suggestions, help] = await Promise.all([
      unwrap(api.actions.list()),
      unwrap(api.actions.suggest({})),
      unwrap(api.helpRequests.list()),
    ]);
    this.plan = plan;
    this.suggestions = suggestions;
    this.helpRequests = help.filter((h) => h.status === 'open');
  }

  /** The action as the plan last loaded holds it. */
  find(id: string): ActionView | undefined {
    const p = this.plan;
    return p ? [...p.thisWeek, ...p.nextWeeks, ...p.later, ...p.done].find((a) => a.id === id) : undefined;
  }

  get empty(): boolean {
    const p = this.plan;
    return !!p && p.thisWeek.length + p.nextWeeks.length + p.later.length + p.done.length === 0;
  }

  async create(fields: ActionFields): Promise<ActionView> {
    const made = await unwrap(api.actions.create(fields));
    app.say(i18n.t.actions.added(made.what));
    this.preset = null;
    await this.load();
    return made;
  }

  // Moves one after another, each from where the one before left the action: two quick presses of
  // Alt+↓ are two weeks, not the same week twice from a list not drawn again yet.
  private moves: Promise<unknown> = Promise.resolve();

  move(action: ActionView, weeks: 1 | -1): Promise<void> {
    const next = this.moves.then(async () => {
      const from = this.find(action.id) ?? action;
      if (weeks === -1 && this.plan && !canMoveEarlier(from, this.plan.today)) return;
      const moved = await unwrap(api.actions.update({ id: action.id, changes: shifted(from, weeks) }));
      this.focusId = moved.id;
      app.say(i18n.t.actions.moved(this.whenOf(moved)));
      await this.load();
    });
    this.moves = next.catch(() => undefined);
    return next;
  }

  /** Dropped in another week (drag and drop): moved there, after any move still under way. */
  moveToWeek(action: ActionView, week: string): Promise<void> {
    const next = this.moves.then(async () => {
      const from = this.find(action.id) ?? action;
      const to = this.plan ? movedTo(from, week, this.plan.today) : null;
      if (to === null) return;
      const moved = await unwrap(api.actions.update({ id: action.id, changes: to }));
      this.focusId = moved.id;
      app.say(i18n.t.actions.moved(this.whenOf(moved)));
      await this.load();
    });
    this.moves = next.catch(() => undefined);
    return next;
  }

  async done(id: string, reflection: Reflection): Promise<void> {
    await unwrap(api.actions.done({ id, reflection }));
    this.reflecting = null;
    app.say(i18n.t.actions.doneSaved);
    await this.load();
  }

  async undone(id: string): Promise<void> {
    await unwrap(api.actions.undone({ id }));
    app.say(i18n.t.actions.undone);
    await this.load();
  }

  async remove(id: string): Promise<void> {
    await unwrap(api.actions.delete({ id }));
    app.say(i18n.t.actions.deleted);
    await this.load();
  }

  /** A new conversation with the action's contact, its words as the goal. */
  async planConversation(action: ActionView): Promise<void> {
    if (action.contactId) await conversations.startNew(action.contactId, action.what);
  }

  /** "week 50 (vanaf 7 dec)" or the day. */
  whenOf(action: Pick<ActionView, 'week' | 'date' | 'monday'>): string {
    const t = i18n.t.actions;
    const today = this.plan?.today;
    if (action.date !== null) return t.onDay(formatShort(action.date, today));
    return t.inWeek(weekNumber(action.week ?? isoWeekOf(action.monday)), formatShort(action.monday, today));
  }

  /** The weeks to choose from in the form: this one and the next twelve. */
  weekChoices(): { value: string; label: string }[] {
    const p = this.plan;
    if (!p) return [];
    const t = i18n.t.actions;
    const monday = weekStartOf(p.today);
    return Array.from({ length: 13 }, (_, i) => {
      const value = isoWeekOf(addDays(monday, 7 * i));
      const n = weekNumber(value);
      const label =
        i === 0
          ? t.thisWeek(n)
          : i === 1
            ? t.nextWeek(n)
            : t.weekOf(n, formatShort(addDays(monday, 7 * i), p.today));
      return { value, label };
    });
  }
}

function formatShort(date: string, today: string | undefined): string {
  return new Intl.DateTimeFormat(i18n.t.locale, {
    day: 'numeric',
    month: 'short',
    year: today && date.slice(0, 4) !== today.slice(0, 4) ? 'numeric' : undefined,
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

export const actions = new ActionsState();
