/**
 * The Overzicht screen (issue 13): what to do today and how the network stands. Core computes the whole
 * model (core/overview/); the page words it in the person's language. Everything here is data and keys,
 * never a sentence: a reason is a kind with its figures, a note is a key with what it is about.
 */
import { z } from 'zod';
import type { Circle, ConversationChannel, Strength, ThreeB, TouchChannel, Warmth } from './domain';

/**
 * Houd ze op de hoogte: this many days after a conversation with someone a helper referred me to, and
 * not later than KEEP_INFORMED_UNTIL days, Vandaag suggests telling the helper how it is going.
 */
export const KEEP_INFORMED_DAYS = 28;
export const KEEP_INFORMED_UNTIL = 90;
/** At most this many suggestions under Vandaag: a calm list one can finish. */
export const TODAY_MAX = 5;
/** "Niet nu" keeps a suggestion away for this many days. */
export const DISMISS_DAYS = 7;
/** About how many people one can keep up with (Dunbar's number). */
export const DUNBAR_NUMBER = 150;
// Without contact for longer than this many months a relation is verwaterd (contract/rules/gone-quiet.ts).
export { QUIET_MONTHS } from './rules/gone-quiet';
/** How many weeks Ritme shows, and the longer of the two periods of De drie B's. */
export const RHYTHM_WEEKS = 12;
/** The shorter period of De drie B's, in weeks. */
export const RECENT_WEEKS = 4;
/**
 * Days since the last contact within which Vandaag suggests no small sign or new conversation to that
 * person: in touch this week, the tie needs nothing yet.
 */
export const RECENT_CONTACT_DAYS = 7;
/** The weekly goal of conversations and touches when the person has not set one. */
export const DEFAULT_WEEKLY_GOAL = 2;
export const WeeklyGoal = z.int().min(1).max(50);
/** The most relations gone quiet one answer lists (the count says how many there are in all). */
export const QUIET_LISTED = 50;

/** How a suggestion under Vandaag is kept apart from the others, and how "niet nu" names it. */
export const suggestionKinds = [
  /** A thank-you reminder that is due: the conversation waits to be thanked. */
  'thank-you',
  /** A follow-up reminder that is due: the next step of a conversation. */
  'follow-up',
  /** The weak tie (ken ik een beetje) longest without contact: a small sign confirms it. */
  'weak-tie',
  /** A relation gone quiet, the longest first: a small attention revives it. */
  'gone-quiet',
  /** Nothing planned this week: ask a warm or lauw contact for a conversation. */
  'ask-conversation',
  /** An organisation marked "wil ik werken" where nobody is known: who might know someone there? */
  'no-one-at-target',
  /** A helper whose referral led to a conversation weeks ago, not told since: how is it going? */
  'keep-informed',
] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];

/** What a suggestion opens in one click. */
export type SuggestionAction =
  /** The conversation, to thank or to take the next step (with its reminder, to finish it there). */
  | { kind: 'open-conversation'; conversationId: string; reminderId: string }
  /** Noting contact ("contact gehad") with this person. */
  | { kind: 'log-touch'; contactId: string }
  /** Planning a conversation with this person. */
  | { kind: 'plan-conversation'; contactId: string }
  /** The organisation in Organisaties, to think of who might know someone there. */
  | { kind: 'open-organisation'; organisation: string }
  /** The progress text (voortgang) to this helper, who referred me to `referredName`. */
  | { kind: 'write-update'; contactId: string; referredId: string; referredName: string };

/** One suggestion under Vandaag: why it is shown (its kind and figures) and what it opens. */
export interface Suggestion {
  /** What "niet nu" is told to keep away: `<kind>:<id of the reminder or contact>`. */
  key: string;
  kind: SuggestionKind;
  contactId: string | null;
  /** Whom it is about: the contact's name; for `no-one-at-target`, the organisation's. */
  contactName: string;
  /**
   * The reminder's due date (a thank-you: the day the conversation was held), or the last contact (null:
   * never in touch).
   */
  since: string | null;
  /**
   * Whole days since `since`; a reminder: days overdue, 0 when due today (a thank-you is due the day after
   * the conversation); null without `since`.
   */
  days: number | null;
  action: SuggestionAction;
}

/** The network in numbers: kring × warmth, strength, those still to sort in. Active contacts only. */
export interface NetworkMap {
  /** Per kring (`null`: none given) and warmth (`null`: none given), how many people; only cells above 0. */
  cells: { circle: Circle | null; warmth: Warmth | null; count: number }[];
  /** Per strength (`null`: none given), how many people. */
  strengths: { strength: Strength | null; count: number }[];
  /** Imported and not sorted in yet (contract/rules/sort-in.ts); counted in the cells too. */
  unsorted: number;
  total: number;
}

export interface ThreeBCounts {
  bouwen: number;
  bevestigen: number;
  benutten: number;
}

/**
 * How the three B's stand over the longer period: `none` without anything counted, `few` while too
 * little is counted to say, `lopsided` when one B lags far behind another ("Je bouwt veel, maar
 * bevestigt weinig"), else `balanced`.
 */
export type ThreeBNote =
  { kind: 'none' } | { kind: 'few' } | { kind: 'balanced' } | { kind: 'lopsided'; many: ThreeB; few: ThreeB };

export interface ThreeBView {
  /** The last RECENT_WEEKS weeks, this one included. */
  recent: ThreeBCounts;
  /** The last RHYTHM_WEEKS weeks, this one included. */
  longer: ThreeBCounts;
  note: ThreeBNote;
}

/** One week of Ritme: held conversations and touches in it, from its Monday. */
export interface RhythmWeek {
  /** The Monday the week starts on. */
  start: string;
  conversations: number;
  touches: number;
  onGoal: boolean;
}

export interface RhythmView {
  goal: number;
  /** The last RHYTHM_WEEKS weeks, oldest first; the last one is this week, still going. */
  weeks: RhythmWeek[];
  /** Weeks on goal in a row up to now (this week counts once it is on goal; until then, from last week). */
  streak: number;
}

/** How one was last in touch: a conversation, a touch, or the date typed on the contact. */
export type LastContact =
  | { on: string; how: 'conversation'; channel: ConversationChannel }
  | { on: string; how: 'touch'; channel: TouchChannel }
  | { on: string; how: 'noted' }
  /** A keep-in-touch reminder marked done: the person said they were in touch. */
  | { on: string; how: 'kept-in-touch' }
  | null;

export interface QuietRelation {
  contactId: string;
  name: string;
  strength: Strength | null;
  /** Why verwaterd: twice their keep-in-touch cadence passed, or over QUIET_MONTHS months without contact. */
  by: 'cadence' | 'months';
  lastContact: LastContact;
  /** Whole days without contact (since the contact was made, when never in touch). */
  days: number;
}

export interface QuietView {
  /** How many relations are verwaterd in all. */
  total: number;
  /** The longest quiet first, at most QUIET_LISTED. */
  relations: QuietRelation[];
}

/** How many of the latest held conversations (of the last RHYTHM_WEEKS weeks) Spreiding looks at. */
export const SPREAD_LOOK = 10;
/** Spreiding says nothing about fewer conversations than this. */
export const SPREAD_MIN = 5;
/** The share of them (in percent) within one kring or organisation that makes the note. */
export const SPREAD_SHARE = 70;

/**
 * A note when most recent conversations stayed within one kring or organisation; else how widely they
 * went (`spread`), so the person can tell "fine" from "nothing to say yet".
 */
export type SpreadNote =
  | { kind: 'circle'; circle: Circle; count: number; of: number }
  | { kind: 'organisation'; organisation: string; count: number; of: number }
  | { kind: 'spread'; of: number; organisations: number; circles: number };

export interface OverviewModel {
  /** The day the model was made for, in the person's time zone. */
  today: string;
  suggestions: Suggestion[];
  /** Due thank-yous and follow-ups that did not fit under Vandaag (Herinneringen has them all). */
  moreDue: number;
  network: NetworkMap;
  /** How many people one knows goed or heel goed, against DUNBAR_NUMBER. */
  dunbar: { known: number; limit: number };
  threeB: ThreeBView;
  rhythm: RhythmView;
  quiet: QuietView;
  /** Null when there are too few recent conversations to say (fewer than SPREAD_MIN). */
  spread: SpreadNote | null;
}

/** "Niet nu": a suggestion kept away for DISMISS_DAYS days. */
export const OverviewDismiss = z.strictObject({
  key: z
    .string()
    .max(80)
    .regex(
      /^(?:thank-you|follow-up|weak-tie|gone-quiet|ask-conversation|no-one-at-target|keep-informed):[A-Za-z0-9_-]{1,64}$/,
      {
        error: 'invalid',
      },
    ),
});
export type OverviewDismiss = z.output<typeof OverviewDismiss>;

/** The channels' input schemas, joined into the contract's `inputs`. */
export const overviewInputs = {
  'overview:get': z.undefined(),
  // "Niet nu" for one suggestion of Vandaag, by the key the model gave it.
  'overview:dismiss': OverviewDismiss,
} as const;

/** The channels' results, joined into the contract's `Results`. */
export interface OverviewResults {
  'overview:get': OverviewModel;
  /** The suggestion is away until `until` (then it may come back); the model follows in the change event. */
  'overview:dismiss': { key: string; until: string };
}
