/**
 * A planned action becomes a reminder at its moment (issue 14): on its day, or on the Monday of its week,
 * at the reminder time, as a follow-up's next step does. The reminder is one of the person's own (kind
 * `eigen`) titled with what to do, with an id made from the action's (`actie-<id>`), so the two find each
 * other on every computer without a field of their own; it follows the action: moved with it, gone once
 * the action is done or deleted, back when it is opened again. The other way round, marking the reminder
 * done marks the action done (its reflection can follow), and opening the reminder again opens the action
 * again (`withActionFollowing`).
 */
import type { Journal, LocalMoment, PlannedAction, Reminder } from '../../contract/domain';
import { limits } from '../../contract/records/fields';
import { mondayOfIsoWeek } from '../../contract/rules/iso-weeks';
import { withAdded, withRemoved, withReplaced } from '../array-changes';
import { instantOf, momentAt } from '../reminders/local-time';

/** The id of an action's reminder. */
export function reminderIdOf(actionId: string): string {
  return `actie-${actionId}`.slice(0, 64);
}

/** Where "now" stands for the rule: the instant, the zone, today there, and the reminder time. */
export interface ActionMoment {
  now: number;
  zone: string;
  today: string;
  reminderTime: string;
}

/** The day an action is planned for: its date, or its week's Monday; null for a week that is no week. */
export function plannedDay(action: Pick<PlannedAction, 'week' | 'date'>): string | null {
  if (action.date !== null) return action.date;
  return action.week === null ? null : mondayOfIsoWeek(action.week);
}

/**
 * When the action's reminder is due: its day at the reminder time; for a day that has come already (this
 * week's Monday, an action opened again) today at the reminder time, or now once that has passed.
 */
export function actionDue(action: PlannedAction, at: ActionMoment): LocalMoment | null {
  const day = plannedDay(action);
  if (day === null) return null;
  const due: LocalMoment = { date: day > at.today ? day : at.today, time: at.reminderTime, zone: at.zone };
  return instantOf(due) >= at.now ? due : momentAt(at.now, at.zone);
}

function titleOf(action: PlannedAction): string {
  return action.what.replace(/\s+/g, ' ').trim().slice(0, limits.shortText);
}

/**
 * The reminders with the action's reminder in line with the action as it is now (`action` null: deleted),
 * after it was `before` (null: new). Its moment moves only when the action's day does or the action is
 * opened again, so a reminder the person put off stays put while they edit the action's words. The same
 * array when nothing changes; otherwise a new one that tells what changed (array-changes.ts), so the
 * reminder book's index follows it like any other write.
 */
export function withActionReminder(
  reminders: readonly Reminder[],
  before: PlannedAction | null,
  action: PlannedAction | null,
  at: ActionMoment,
): readonly Reminder[] {
  const id = reminderIdOf((action ?? before)!.id);
  const current = reminders.find((r) => r.id === id);
  const due = action && action.doneOn === null ? actionDue(action, at) : null;
  // Done by marking its reminder done (reminder-book.ts): the reminder stays among the done ones.
  if (action?.doneOn != null && current?.state === 'done') return reminders;
  if (action === null || due === null) {
    return current ? withRemoved(reminders, (r) => r.id === id) : reminders;
  }
  const stamp = new Date(at.now).toISOString();
  const title = titleOf(action);
  const note = action.contactId === null ? action.who : '';
  // Due at once (planned for today, after the reminder time): listed, not announced to the person who is
  // typing it in right now.
  const notifiedAt = instantOf(due) <= at.now ? stamp : null;
  if (!current) {
    const fresh: Reminder = {
      id,
      kind: 'eigen',
      contactId: action.contactId,
      conversationId: null,
      due,
      title,
      note,
      state: 'open',
      snoozedUntil: null,
      notifiedAt,
      completedAt: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    return withAdded(reminders, fresh);
  }
  const replanned = before === null || before.doneOn !== null || plannedDay(before) !== plannedDay(action);
  const moved = replanned && (current.due.date !== due.date || current.due.time !== due.time);
  const reopened = before?.doneOn != null && (current.state === 'done' || current.state === 'skipped');
  if (!moved && !reopened && current.title === title && current.contactId === action.contactId) {
    return reminders;
  }
  const next: Reminder = {
    ...current,
    contactId: action.contactId,
    title,
    note: current.note === '' || current.note === note ? note : current.note,
    ...(moved || reopened
      ? { due, state: 'open' as const, snoozedUntil: null, notifiedAt, completedAt: null }
      : {}),
    updatedAt: stamp,
  };
  return withReplaced(reminders, current, next) ?? reminders.map((r) => (r === current ? next : r));
}

/**
 * The journal with the action of reminder `reminderId` done on `today` (`done` true) or open again,
 * when it is an action's reminder and the action is not so already; else the same journal. The
 * reflection stays as it was: the person writes it afterwards ("Gedaan…" in the Actieplan).
 */
export function withActionFollowing(
  j: Journal,
  reminderId: string,
  done: boolean,
  today: string,
  stamp: string,
): Journal {
  if (!reminderId.startsWith('actie-')) return j;
  const action = j.plannedActions.find((a) => reminderIdOf(a.id) === reminderId);
  if (!action || (action.doneOn !== null) === done) return j;
  const next: PlannedAction = { ...action, doneOn: done ? today : null, updatedAt: stamp };
  return {
    ...j,
    plannedActions:
      withReplaced(j.plannedActions, action, next) ?? j.plannedActions.map((a) => (a === action ? next : a)),
  };
}
