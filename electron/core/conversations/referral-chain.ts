import type { ContactSummary, ConversationSummary, ReferralChain } from '../../contract/contract';
import type { Conversation } from '../../contract/domain';
import type { ContactBook } from '../contacts/contact-book';
import { listOrder } from './order';

/**
 * The "via via" of a contact: the path of introducers back to someone the person knows first-hand
 * (nearest first), the people this contact introduced with the conversations held with each since (so
 * the person can tell the introducer what came of it), and the conversations in which this contact was
 * named as a referral. Introductions can form a loop in a hand-edited file; the path stops where it
 * would come round again.
 */
export function referralChain(
  contactId: string,
  contacts: ContactBook,
  summary: (c: Conversation) => ConversationSummary,
): ReferralChain {
  const contact = contacts.get(contactId);
  const introducedBy: ContactSummary[] = [];
  const seen = new Set([contact.id]);
  for (let id = contact.introducedById; id !== null && !seen.has(id);) {
    const introducer = contacts.find(id);
    if (!introducer) break;
    seen.add(id);
    introducedBy.push(contacts.summary(introducer));
    id = introducer.introducedById;
  }
  const { activity } = contacts;
  const introduced = contacts.introducedBy(contact.id).map((c) => ({
    contact: contacts.summary(c),
    conversations: activity
      .conversationsWith(c.id)
      .filter((v) => v.status === 'gehouden')
      .sort(listOrder)
      .map(summary),
  }));
  const referredIn = [...activity.referredIn(contact.id)].sort(listOrder).map(summary);
  return { introducedBy, introduced, referredIn };
}
