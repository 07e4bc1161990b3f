/**
 * Why each row of a search was found (contact-search.ts's `foundIn`), worked out for the rows in view and
 * kept per record and words while the conversations and touches stay the same: a letter taken back or
 * the same word again shows the same rows without reading their conversations again.
 */
import type { Contact, Conversation } from '../../contract/domain';
import type { FoundIn } from '../../contract/views';
import type { ContactActivity } from '../conversations/activity';
import type { JournalStore } from '../journal/journal-store';
import { foundIn, type ElsewhereText } from './contact-search';
import { KeptPerVersion } from './kept-per-version';

export class FoundInRows {
  /** The text written for a conversation (set by the conversation book; see searchConversationsWith). */
  conversationText: (c: Conversation) => string = () => '';
  /** False only when the conversation's text surely lacks the (folded) word (see ConversationListView.mayHave). */
  conversationMayHave: (c: Conversation, word: string) => boolean = () => true;
  private readonly kept = new KeptPerVersion<WeakMap<Contact, FoundIn | null>>();

  constructor(
    private readonly store: JournalStore,
    private readonly activity: ContactActivity,
  ) {}

  /** Where in what was written about `c` the (folded) words are, for the row; see `foundIn`. */
  of(c: Contact, words: readonly string[]): FoundIn | null {
    const { conversations, touches } = this.store.data;
    const version = [conversations, touches, this.conversationText, this.conversationMayHave];
    const key = words.join(' ');
    let byRecord = this.kept.get(version, key);
    if (byRecord === undefined) this.kept.set(version, key, (byRecord = new WeakMap()));
    let found = byRecord.get(c);
    if (found === undefined) {
      found = foundIn(c, words, () => this.writtenElsewhere(c));
      byRecord.set(c, found);
    }
    return found;
  }

  /**
   * What else was written about a contact, for the excerpt of a row found by it: the conversations they
   * took part in and the notes of their touches, latest first (a conversation before a touch that day).
   */
  private writtenElsewhere(c: Contact): ElsewhereText[] {
    const texts: ElsewhereText[] = [];
    for (const conversation of this.activity.conversationsWith(c.id))
      texts.push({
        field: 'conversation',
        on: conversation.date,
        text: () => this.conversationText(conversation),
        mayHave: (word) => this.conversationMayHave(conversation, word),
      });
    for (const touch of this.activity.touchesOf(c.id))
      if (touch.note !== '') texts.push({ field: 'touch', on: touch.on, text: () => touch.note });
    const rank = (t: ElsewhereText) => (t.field === 'conversation' ? 0 : 1);
    return texts.sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : rank(a) - rank(b)));
  }
}
