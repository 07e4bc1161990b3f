/**
 * Is the tie strong enough to ask this person a favour (issue 14)? The netwerkactieplan asks the person
 * to judge this for everyone they think of for a hulpvraag; the app gives its own answer beside the
 * suggested people, with the main reason, and the person decides.
 *
 * The answer weighs how well the person knows them (strength), how they feel about each other (warmth)
 * and whether they helped before, then looks at how recently they were in touch:
 *
 * - points: heel goed 3, goed 2, een beetje 1, not said 0; warm +1, lauw 0, koud −2, not said 0;
 *   helped before (answered a hulpvraag, gave a tip or a name in a conversation) +1.
 * - under 2 points: **too weak** to ask a favour now: build the relation first, or go through someone
 *   who knows them better.
 * - 2 points or more and in touch within RECENT_DAYS: **strong enough**.
 * - 3 points or more and in touch within LONG_AGO_DAYS: **strong enough** as well (a close tie carries
 *   a few months of silence).
 * - otherwise (never in touch, or too long ago): **confirm first**: get back in touch to show you are
 *   still there (bevestigen), and ask later.
 *
 * One pure function, shared by core (the suggestions) and the page (which only words the answer).
 */
import type { Strength, Warmth } from '../domain';

/** In touch within this many days counts as recent. */
export const RECENT_DAYS = 90;
/** After this many days without contact even a close tie wants confirming before a favour. */
export const LONG_AGO_DAYS = 180;

export interface AskTie {
  strength: Strength | null;
  warmth: Warmth | null;
  /** Days since the last contact (conversation held, touch, the date on the contact); null: never. */
  daysSinceContact: number | null;
  /** They answered a hulpvraag before, or gave a tip or a name in a conversation. */
  helpedBefore: boolean;
}

export type AskVerdict = 'strong-enough' | 'confirm-first' | 'too-weak';

/** The one reason the page words beside the verdict. */
export type AskReason =
  /** strong enough: they helped before. */
  | 'helped-before'
  /** strong enough: known well or very well, and in touch lately. */
  | 'close-tie'
  /** strong enough: warm and in touch lately, though known only a little. */
  | 'warm-and-recent'
  /** confirm first: never in touch as far as the journal knows. */
  | 'never-in-touch'
  /** confirm first: the last contact is long ago (`daysSinceContact` says how long). */
  | 'long-ago'
  /** too weak: the relation is cold. */
  | 'cold'
  /** too weak: how well they are known is not said (sort them in first). */
  | 'unknown-tie'
  /** too weak: known only a little. */
  | 'weak-tie';

export interface AskStrength {
  verdict: AskVerdict;
  reason: AskReason;
  points: number;
  daysSinceContact: number | null;
}

const strengthPoints: Record<Strength, number> = { 'heel-goed': 3, goed: 2, 'een-beetje': 1 };
const warmthPoints: Record<Warmth, number> = { warm: 1, lauw: 0, koud: -2 };

export function askStrength(tie: AskTie): AskStrength {
  const points =
    (tie.strength ? strengthPoints[tie.strength] : 0) +
    (tie.warmth ? warmthPoints[tie.warmth] : 0) +
    (tie.helpedBefore ? 1 : 0);
  const days = tie.daysSinceContact;
  const answer = (verdict: AskVerdict, reason: AskReason): AskStrength => ({
    verdict,
    reason,
    points,
    daysSinceContact: days,
  });
  if (points < 2) {
    if (tie.warmth === 'koud') return answer('too-weak', 'cold');
    return answer('too-weak', tie.strength === null ? 'unknown-tie' : 'weak-tie');
  }
  const recent = days !== null && days <= RECENT_DAYS;
  const notTooLong = days !== null && days <= LONG_AGO_DAYS;
  if (recent || (points >= 3 && notTooLong)) {
    if (tie.helpedBefore) return answer('strong-enough', 'helped-before');
    const close = tie.strength === 'heel-goed' || tie.strength === 'goed';
    return answer('strong-enough', close ? 'close-tie' : 'warm-and-recent');
  }
  return answer('confirm-first', days === null ? 'never-in-touch' : 'long-ago');
}

/** Strong enough first, then confirm first, then too weak: the order suggestions are shown in. */
export const askVerdictOrder: Record<AskVerdict, number> = {
  'strong-enough': 0,
  'confirm-first': 1,
  'too-weak': 2,
};
