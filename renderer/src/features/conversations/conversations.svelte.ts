/**
 * Gesprekken as the rest of the app sees it: open a conversation, plan a new one, refresh the list. The
 * parts live in their own files: the list and its filters (conversation-list), the conversation being
 * edited (conversation-editor), the draft and its mapping (draft), checking (validation), the person's own
 * questions (own-questions) and referrals (referrals).
 */
import { reminders } from '../reminders/reminders.svelte';
import { conversationEditor } from './conversation-editor.svelte';
import { conversationList } from './conversation-list.svelte';

export const conversations = {
  /** The list has been fetched at least once (the screen was shown). */
  get loaded(): boolean {
    return conversationList.loaded;
  },
  refresh: (): Promise<void> => conversationList.refresh(),
  open: (id: string): Promise<void> => conversationEditor.open(id),
  startNew: (contactId?: string): Promise<void> => conversationEditor.startNew(contactId),
  showContact: (id: string): void => conversationEditor.showContact(id),
};

reminders.onConversationChange((id) => {
  conversationEditor.reloadChanged(id).catch(() => undefined);
});
