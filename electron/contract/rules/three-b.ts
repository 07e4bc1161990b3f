/**
 * Which of the three B's (bouwen, bevestigen, benutten) a conversation or a touch serves, for De drie B's
 * on Overzicht (issue 13). One rule, so the screen can say why something counted where it did.
 *
 * - A conversation counts for the B the person gave it. Without one, its kind says: catching up
 *   (bijpraten) confirms a relation; asking for tips and names, or offering help, draws on it (benutten,
 *   asking and giving); an exploring conversation (oriënterend) is usually with someone new, so it
 *   builds. Anything else (anders) without a B is not counted: guessing would put words in the
 *   person's mouth.
 * - A touch ("contact gehad") is with someone already in the network: it confirms the relation unless
 *   the person gave it another B.
 */
import type { Conversation, ConversationKind, ThreeB, Touch } from '../domain';

const byKind: Record<ConversationKind, ThreeB | null> = {
  bijpraten: 'bevestigen',
  'tips-en-namen': 'benutten',
  'hulp-aanbieden': 'benutten',
  orienterend: 'bouwen',
  anders: null,
};

/** The B a conversation counts for; null when it has none and its kind does not say. */
export function threeBOfConversation(c: Pick<Conversation, 'threeB' | 'kind'>): ThreeB | null {
  return c.threeB ?? byKind[c.kind];
}

/** The B a touch counts for: the one given, else bevestigen. */
export function threeBOfTouch(t: Pick<Touch, 'threeB'>): ThreeB {
  return t.threeB ?? 'bevestigen';
}
