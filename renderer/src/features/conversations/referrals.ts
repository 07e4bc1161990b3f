/**
 * "Toevoegen aan netwerk" for someone you were referred to: find out whether they are in the journal already, then
 * link the referral to that contact or make a new one. Works on the open conversation.
 */
import type { ContactSummary } from '$contract/contract';
import type { Contact } from '$contract/domain';
import { api, unwrap } from '../../shared/api';
import { conversationEditor } from './conversation-editor.svelte';
import { conversationList } from './conversation-list.svelte';

/**
 * First half: saves the conversation so the referral exists in the journal, then asks for contacts with a
 * similar name. Null when the draft could not be saved.
 */
export async function similarToReferral(referralId: string): Promise<ContactSummary[] | null> {
  const editor = conversationEditor;
  if (editor.mode !== 'edit' || editor.dirty) {
    if (!(await editor.save())) return null;
  }
  const conversation = editor.selected;
  const referral = conversation?.evaluation?.referrals.find((r) => r.id === referralId);
  if (!conversation || !referral) return null;
  const similar = await unwrap(api.contacts.similar({ name: referral.name }));
  // The person you talked to cannot have referred you to themselves.
  return similar.filter((c) => c.id !== conversation.contactId);
}

/** Second half: links the referral to `contactId`, or makes a new contact of them (null). */
export async function referralToContact(referralId: string, contactId: string | null): Promise<Contact> {
  const editor = conversationEditor;
  if (!editor.selected) throw new Error('No conversation open');
  const result = await unwrap(
    api.conversations.referralToContact({ conversationId: editor.selected.id, referralId, contactId }),
  );
  editor.names[result.contact.id] = result.contact.name;
  editor.showSaved(result.conversation);
  conversationList.contactCount = (conversationList.contactCount ?? 0) + (contactId ? 0 : 1);
  return result.contact;
}
