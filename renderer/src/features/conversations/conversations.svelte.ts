/**
 * Gesprekken as the rest of the app sees it: open a conversation, plan a new one, refresh the list. The
 * parts live in their own files: the list and its filters (conversation-list), the conversation being
 * edited (conversation-editor), the draft and its mapping (draft), the field order for checking (conversation-form), the person's own
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
  open: (id: string, at?: 'start' | 'thanks'): Promise<void> => conversationEditor.open(id, at),
  /** A new conversation, with whom and what for when known (Vandaag, the Actieplan). */
  startNew: (contactId?: string, goal?: string): Promise<void> =>
    conversationEditor.startNew(contactId, goal),
  showContact: (id: string): void => conversationEditor.showContact(id),
};

// The list, the number of contacts and the person's own questions are fetched again while the Gesprekken
// screen is open (it fetches them all when it opens). The open conversation always is: it stays open on
// another screen, and a thank-you finished in Herinneringen must not be undone by its next save.
changes.watch(['conversations', 'contacts'], () => conversationList.refresh(), {
  when: () => conversationList.loaded && app.view === 'conversations',
});
changes.watch(['conversations', 'contacts'], () => conversationEditor.reloadChanged());
changes.watch(['contacts'], () => conversationList.countContacts(), {
  when: () => app.view === 'conversations',
});
changes.watch(['questions'], () => ownQuestions.load(), {
  when: () => app.view === 'conversations',
});
