/**
 * Gesprekken as the rest of the app sees it: open a conversation, plan a new one, refresh the list. The
 * parts live in their own files: the list and its filters (conversation-list), the conversation being
 * edited (conversation-editor), the draft and its mapping (draft), checking (validation), the person's own
 * questions (own-questions) and referrals (referrals).
 */
import { app } from '../../app/app.svelte';
import { changes } from '../../shared/changes';
import { conversationEditor } from './conversation-editor.svelte';
import { conversationList } from './conversation-list.svelte';
import { ownQuestions } from './own-questions.svelte';

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

// Fetched again by itself while the Gesprekken screen is open (it fetches everything when it opens):
// the list and the open conversation when conversations or their contacts' names change, the number of
// contacts and the person's own questions of the question bank when those do.
changes.watch(['conversations', 'contacts'], () => conversationEditor.reloadChanged(), {
  when: () => app.view === 'conversations',
});
changes.watch(['contacts'], () => conversationList.countContacts(), {
  when: () => app.view === 'conversations',
});
changes.watch(['questions'], () => ownQuestions.load(), {
  when: () => app.view === 'conversations',
});
