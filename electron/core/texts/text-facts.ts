import { PROFILE_ID, type Conversation, type Journal } from '../../contract/domain';
import type { MessageFacts } from '../../contract/rules/message-text-kinds';
import type { TextFactsAnswer } from '../../contract/texts';
import { DomainError } from '../errors';
import { goalTrail, trailKey } from '../trail/trail';

/**
 * What the journal knows for a text to one person (`texts:facts`): their name and address, and from the
 * conversation what it was for, the tips they gave, whom they referred me to, what I offered and the
 * next step. The thanks go to the person the conversation was with. A deleted contact or conversation
 * is not found: there is nobody to write to.
 */
export function textFacts(
  journal: Journal,
  about: { conversationId: string } | { contactId: string },
  today: string,
  /** The latest held conversation with a person: the contacts' activity, kept per change. */
  lastHeldWith: (contactId: string) => Conversation | undefined,
): TextFactsAnswer {
  let conversation: Conversation | null = null;
  let contactId: string;
  if ('conversationId' in about) {
    conversation = journal.conversations.find((c) => c.id === about.conversationId) ?? null;
    if (conversation === null) throw new DomainError('not_found');
    contactId = conversation.contactId;
  } else {
    contactId = about.contactId;
  }
  const contact = journal.contacts.find((c) => c.id === contactId);
  if (contact === undefined) throw new DomainError('not_found');
  if (!('conversationId' in about)) conversation = lastHeldWith(contactId) ?? null;

  const facts: MessageFacts = { name: contact.name, today };
  if (conversation !== null) {
    const evaluation = conversation.evaluation;
    facts.conversationOn = conversation.date;
    facts.conversationGoal = conversation.goal;
    if (evaluation !== null) {
      facts.tips = evaluation.tips;
      facts.referrals = evaluation.referrals.map((referral) => referral.name);
      facts.offered = evaluation.gaveOrOffered;
      facts.nextStep = evaluation.nextStep;
    }
  }
  if (!('conversationId' in about)) {
    // Written to a person, not about one conversation: whom they referred me to counts as well ("Via
    // jou kwam ik bij …", the progress text Vandaag suggests to a helper).
    const introduced = journal.contacts.filter((c) => c.introducedById === contactId && !c.archived);
    const names = new Set([...(facts.referrals ?? []), ...introduced.map((c) => c.name)]);
    if (names.size > 0) facts.referrals = [...names];
  }
  // From Mijn doel: what I look for, and the goal once reached with what this person did on the way.
  const profile = journal.profile.find((p) => p.id === PROFILE_ID) ?? journal.profile[0];
  let contributions: TextFactsAnswer['contributions'] = [];
  if (profile) {
    // How I sign (Mijn naam): the text ends with it.
    if (profile.name) facts.myName = profile.name;
    const { role, field, region, organisationKind } = profile.lookingFor;
    const lookingFor = [role, field, region, organisationKind].map((part) => part.trim()).filter(Boolean);
    if (lookingFor.length > 0) facts.lookingFor = lookingFor.join(', ');
    if (profile.reached) {
      const { what, where, from } = profile.reached;
      facts.reached = { what, where, from };
      const key = trailKey(contactId, contact.name);
      contributions =
        goalTrail(journal, profile.reached).people.find((p) => p.key === key)?.contributions ?? [];
    }
  }
  return {
    facts,
    contactId,
    contributions,
    email: contact.email.trim() === '' ? null : contact.email.trim(),
    conversationId: conversation?.id ?? null,
  };
}
