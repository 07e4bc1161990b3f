/**
 * The netwerkactieplan (issue 14): planned actions, each one write together with its reminder
 * (action-reminders.ts), and the plan per week as the screen shows it. A record is replaced, never
 * changed in place, with `updatedAt` moved on so the later version wins when two computers merge.
 */
import { randomUUID } from 'node:crypto';
import {
  DONE_ACTIONS_LISTED,
  NEXT_WEEKS,
  type ActionChanges,
  type ActionPlan,
  type ActionView,
  type ParsedInput,
} from '../../contract/contract';
import type { FieldErrorCode, Journal, PlannedAction, Reflection } from '../../contract/domain';
import { addDays } from '../../contract/rules/calendar';
import { isoWeekOf } from '../../contract/rules/iso-weeks';
import { weekStartOf } from '../../contract/rules/weeks';
import { withAdded, withRemoved, withReplaced } from '../array-changes';
import { zoneOf, type Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import { momentAt } from '../reminders/local-time';
import { plannedDay, withActionReminder, type ActionMoment } from './action-reminders';

export class ActionBook {
  constructor(
    private readonly store: JournalStore,
    private readonly contacts: ContactBook,
    private readonly clock: Clock,
    private readonly reminderTime: () => string,
    private readonly newId: () => string = randomUUID,
  ) {}

  private moment(): ActionMoment {
    const now = this.clock.now().getTime();
    const zone = zoneOf(this.clock);
    return { now, zone, today: momentAt(now, zone).date, reminderTime: this.reminderTime() };
  }

  /** The plan by the clock: this week (and what is late), the next weeks, later, and what is done. */
  list(): ActionPlan {
    const { today } = this.moment();
    const thisMonday = weekStartOf(today);
    const lastNext = addDays(thisMonday, 7 * NEXT_WEEKS);
    const plan: ActionPlan = {
      today,
      week: isoWeekOf(today),
      thisWeek: [],
      nextWeeks: [],
      later: [],
      done: [],
    };
    const views = this.store.data.plannedActions.map((a) => this.viewOf(a, today));
    for (const v of views) {
      if (v.doneOn !== null) plan.done.push(v);
      else if (v.monday <= thisMonday) plan.thisWeek.push(v);
      else if (v.monday <= lastNext) plan.nextWeeks.push(v);
      else plan.later.push(v);
    }
    for (const group of [plan.thisWeek, plan.nextWeeks, plan.later]) group.sort(soonestFirst);
    plan.done.sort((a, b) => compare(b.doneOn!, a.doneOn!) || compare(b.updatedAt, a.updatedAt));
    plan.done.length = Math.min(plan.done.length, DONE_ACTIONS_LISTED);
    return plan;
  }

  create(fields: ParsedInput<'actions:create'>): ActionView {
    const now = this.clock.now().toISOString();
    const action: PlannedAction = {
      id: this.newId(),
      ...fields,
      doneOn: null,
      reflection: null,
      createdAt: now,
      updatedAt: now,
    };
    this.check(action, null);
    this.write(null, action);
    return this.viewOf(action, this.moment().today);
  }

  update(id: string, changes: ActionChanges): ActionView {
    const current = this.action(id);
    const when: Partial<PlannedAction> = {};
    // Moving to a week leaves the day behind, and the other way round.
    if (changes.week != null && changes.date === undefined) when.date = null;
    if (changes.date != null && changes.week === undefined) when.week = null;
    return this.replace(current, { ...current, ...changes, ...when });
  }

  /** Done today (a second time: the reflection corrected, the day kept). */
  done(id: string, reflection: Reflection): ActionView {
    const current = this.action(id);
    return this.replace(current, {
      ...current,
      doneOn: current.doneOn ?? this.moment().today,
      reflection,
    });
  }

  undone(id: string): ActionView {
    const current = this.action(id);
    return this.replace(current, { ...current, doneOn: null });
  }

  delete(id: string): void {
    this.write(this.action(id), null);
  }

  private action(id: string): PlannedAction {
    const found = this.store.data.plannedActions.find((a) => a.id === id);
    if (!found) throw new DomainError('not_found');
    return found;
  }

  private replace(current: PlannedAction, changed: PlannedAction): ActionView {
    this.check(changed, current);
    const next = { ...changed, updatedAt: this.clock.now().toISOString() };
    this.write(current, next);
    return this.viewOf(next, this.moment().today);
  }

  /** One write: the action and its reminder. */
  private write(before: PlannedAction | null, after: PlannedAction | null): void {
    const at = this.moment();
    this.store.update((j) => {
      const actions =
        after === null ? withRemoved(j.plannedActions, (a) => a.id === before!.id) : j.plannedActions;
      const plannedActions =
        after === null
          ? actions
          : before === null
            ? withAdded(actions, after)
            : (withReplaced(actions, before, after) ?? actions.map((a) => (a.id === after.id ? after : a)));
      const reminders = withActionReminder(j.reminders, before, after, at) as Journal['reminders'];
      return { ...j, plannedActions, reminders };
    });
  }

  /**
   * Refuses, per field, what the schema cannot see: whom (a contact that is there, or words), when
   * (exactly one of week and day, not already past when set), what (more than spaces), the hulpvraag.
   */
  private check(action: PlannedAction, before: PlannedAction | null): void {
    const fields: Record<string, FieldErrorCode> = {};
    const { today } = this.moment();
    if (action.contactId !== null) {
      if (!this.contacts.find(action.contactId)) fields['contactId'] = 'unknown_reference';
    } else if (action.who.trim() === '') fields['who'] = 'required';
    if (action.what.trim() === '') fields['what'] = 'required';
    if (action.week === null && action.date === null) fields['week'] = 'date_required';
    else if (action.week !== null && action.date !== null) fields['date'] = 'invalid';
    else {
      const day = plannedDay(action);
      const key = action.week !== null ? 'week' : 'date';
      const moved = before === null || before.week !== action.week || before.date !== action.date;
      if (day === null) fields[key] = 'invalid_date';
      // Planning for a moment already gone; an action that is late may keep its day while edited.
      else if (moved && action.doneOn === null) {
        const past = action.week !== null ? day < weekStartOf(today) : day < today;
        if (past) fields[key] = 'in_past';
      }
    }
    if (
      action.helpRequestId !== null &&
      !this.store.data.helpRequests.some((h) => h.id === action.helpRequestId)
    ) {
      fields['helpRequestId'] = 'unknown_reference';
    }
    if (Object.keys(fields).length > 0) throw new DomainError('invalid_input', fields);
  }

  private viewOf(action: PlannedAction, today: string): ActionView {
    const contact = action.contactId === null ? undefined : this.contacts.find(action.contactId);
    const day = plannedDay(action) ?? today;
    const monday = weekStartOf(day);
    const overdue =
      action.doneOn === null && (action.date !== null ? action.date < today : monday < weekStartOf(today));
    return { ...action, name: contact?.name ?? action.who, monday, overdue };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By day (a week counts as its Monday; a week's actions before the days in it), then as planned. */
function soonestFirst(a: ActionView, b: ActionView): number {
  return (
    compare(a.date ?? a.monday, b.date ?? b.monday) ||
    Number(a.date !== null) - Number(b.date !== null) ||
    compare(a.createdAt, b.createdAt)
  );
}
