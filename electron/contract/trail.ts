/**
 * Doel bereikt: het spoor terug (issue 14). Once the goal is reached, core follows the journal back to
 * everyone who helped on the way: the via-via chain to the organisation, the conversations, the tips and
 * referrals that led further, the answers to hulpvragen; the page shows it as a tree and helps thank
 * each one.
 */
import { z } from 'zod';
import { thanksMethods } from './records/conversations';
import { choice, Id, text } from './records/fields';
import type { Cadence, ThanksMethod } from './domain';
import type { GoalReached } from './records/plan';

/** What someone did on the way to the goal, as the journal shows it. */
export type TrailContribution =
  /** Introduced me to these people on the trail (their "via"). */
  | { kind: 'introduced'; names: string[] }
  /** Referred me, in a conversation, to these people, who then helped further. */
  | { kind: 'referred'; names: string[] }
  /** Answered a hulpvraag. */
  | { kind: 'answered'; question: string }
  /** Tips they gave in conversations (the first few). */
  | { kind: 'tips'; tips: string[] }
  /** Conversations held with them in the year before the goal. */
  | { kind: 'conversations'; count: number; last: string };

export interface TrailPerson {
  /** The contact's id, or `name:` and the name for someone since deleted (an ask keeps their name). */
  key: string;
  contactId: string | null;
  name: string;
  organisation: string;
  /** Works at the organisation of the goal. */
  worksThere: boolean;
  /** On the via-via way to the organisation: someone there, or who led to them. */
  onRoute: boolean;
  /** The person above in the tree: who introduced or referred this one; null at the top. */
  ledBy: string | null;
  depth: number;
  /** Most telling first: who they brought me to, an answer, tips, conversations. */
  contributions: TrailContribution[];
  /** Thanked for this goal: a touch marked with the goal's day (null for someone deleted since). */
  thanked: { on: string; how: ThanksMethod; /** The touch that is the mark. */ mark: string } | null;
  /** How often the app reminds to keep in touch with them; null for someone deleted since. */
  cadence: Cadence | null;
}

export interface Trail {
  reached: GoalReached;
  /** The first day counted: a year before the goal was reached. Introductions count from any time. */
  since: string;
  /** In tree order: each person before the people they led to; the way to the organisation first. */
  people: TrailPerson[];
  thanked: number;
  /** Those who can be thanked: still in the journal (someone deleted since is shown, not counted). */
  thankable: number;
}

/** Someone still in the journal: a person deleted since is on the trail by name, but has no touch to log. */
const person = z.strictObject({ contactId: Id });

export const trailInputs = {
  /** The trail of the goal reached; null while no goal is reached. */
  'goal:trail': z.undefined(),
  /**
   * Marks someone on the trail thanked, and how: a touch with `note`, marked with the goal's day; or
   * takes the mark away again (`how: null`), which takes that touch away. With `mark` (a toast's undo),
   * only that touch goes: a newer mark made since stays.
   */
  'goal:thank': z.strictObject({
    person,
    how: choice(thanksMethods).nullable(),
    note: text(1_000).default(''),
    mark: Id.optional(),
  }),
};

export interface TrailResults {
  'goal:trail': Trail | null;
  'goal:thank': Trail;
}
