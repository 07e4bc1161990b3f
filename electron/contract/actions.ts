/**
 * The netwerkactieplan's channels (issue 14): whom the person will approach, when (a week or a day), for
 * what, and a look back once done. The record is PlannedAction in records/plan.ts; weeks are ISO weeks
 * (rules/iso-weeks.ts), starting on Monday.
 */
import { z } from 'zod';
import { threeBs } from './records/conversations';
import { CalendarDate, choice, Id } from './records/fields';
import { actionKinds, IsoWeek, PlannedAction, Reflection } from './records/plan';
import type { Strength, Warmth } from './domain';
import type { PlanResults } from './plan';

const actionRules = {
  contactId: Id.nullable(),
  who: PlannedAction.shape.who,
  week: IsoWeek.nullable(),
  date: CalendarDate.nullable(),
  what: PlannedAction.shape.what,
  kind: choice(actionKinds).nullable(),
  threeB: choice(threeBs).nullable(),
  helpRequestId: Id.nullable(),
};

/**
 * A new action: a contact or a description of whom (`who`), a week or a day (exactly one), what to do.
 * Core refuses per field an unknown contact or hulpvraag, neither or both of week and date, and a moment
 * already past (a week before this one, a day before today).
 */
export const ActionFields = z.strictObject({
  contactId: actionRules.contactId.default(null),
  who: actionRules.who.default(''),
  week: actionRules.week.default(null),
  date: actionRules.date.default(null),
  what: actionRules.what,
  kind: actionRules.kind.default(null),
  threeB: actionRules.threeB.default(null),
  helpRequestId: actionRules.helpRequestId.default(null),
});
export type ActionFields = z.input<typeof ActionFields>;

/** An edit; absent means unchanged. A new week clears the day and a new day the week, unless both are given. */
export const ActionChanges = z.strictObject(actionRules).partial();
export type ActionChanges = z.output<typeof ActionChanges>;

/** The look back when an action is done; every part may stay empty. */
export const ReflectionFields = z.strictObject({
  brought: Reflection.shape.brought.default(''),
  actedInReturn: Reflection.shape.actedInReturn.default(null),
  nextStep: Reflection.shape.nextStep.default(''),
});

/** At most this many done actions in the plan's list (the newest). */
export const DONE_ACTIONS_LISTED = 50;
/** "Volgende weken": the weeks after this one up to this many ahead; after that, "later". */
export const NEXT_WEEKS = 4;
/** At most this many people suggested to plan. */
export const ACTION_SUGGESTIONS_MAX = 10;

export const actionInputs = {
  'actions:list': z.undefined(),
  'actions:create': ActionFields,
  'actions:update': z.strictObject({ id: Id, changes: ActionChanges }),
  /** Done today, with what it brought; its reminder goes. */
  'actions:done': z.strictObject({ id: Id, reflection: ReflectionFields.prefault({}) }),
  /** Not done after all: open again, the reflection kept, its reminder back. */
  'actions:undone': z.strictObject({ id: Id }),
  'actions:delete': z.strictObject({ id: Id }),
  /** Whom to plan: warm and lauw people not planned nor spoken to lately (core/actions/suggestions.ts). */
  'actions:suggest': z.strictObject({
    limit: z.int().min(1).max(ACTION_SUGGESTIONS_MAX).default(ACTION_SUGGESTIONS_MAX),
  }),
};

/** An action as the plan shows it. */
export interface ActionView extends PlannedAction {
  /** The contact's name now, or `who`. */
  name: string;
  /** The Monday of the week it is planned in (its day's week for a day). */
  monday: string;
  /** Not done and its week or day has passed: listed under this week, marked late. */
  overdue: boolean;
}

export interface ActionPlan {
  /** Today and its ISO week, by the clock core keeps. */
  today: string;
  week: string;
  /** This week's actions and the late ones, soonest first. */
  thisWeek: ActionView[];
  /** The next NEXT_WEEKS weeks. */
  nextWeeks: ActionView[];
  later: ActionView[];
  /** Done, the latest first (at most DONE_ACTIONS_LISTED). */
  done: ActionView[];
}

/** Someone to plan an action with, and why now. */
export interface ActionSuggestion {
  contactId: string;
  name: string;
  organisation: string;
  warmth: Warmth;
  strength: Strength | null;
  /** Their last contact (a conversation, a touch, or as written); null when never. */
  lastContactOn: string | null;
}

/** The network plan's results (plan.ts) and the action plan's, as contract.ts gathers them. */
export interface ActionResults extends PlanResults {
  'actions:list': ActionPlan;
  'actions:create': ActionView;
  'actions:update': ActionView;
  'actions:done': ActionView;
  'actions:undone': ActionView;
  'actions:delete': { id: string };
  'actions:suggest': ActionSuggestion[];
}
