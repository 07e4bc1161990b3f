/**
 * What changed in the journal: the hand-over from the writes to the rules that follow them.
 *
 * The books that write contacts, conversations and touches (ContactBook, ConversationBook, TouchLog)
 * know nothing of reminders, yet the reminder rules must learn what every write did: a conversation
 * marked held wants a thank-you, a touch moves keeping in touch, a contact deleted takes their reminders
 * along. This file is where the two meet, and the contract is:
 *
 * 1. Writing. A write never changes a record or an array in place: it replaces the journal's array with a
 *    new one (`store.update`) holding the same record objects except where it changed something, and it
 *    tells what it changed while making that array (`withAdded`, `withReplaced`, `withRemoved`,
 *    `noteChanges` in array-changes.ts). Every write of the three books tells
 *    (journal-changes.test.ts checks each).
 * 2. Following. A follower keeps its own `ChangesSince` over the store and asks it, when it looks, what
 *    changed since it last looked: the changed records paired by id, before and after. The reminder rules
 *    look at the start of every ReminderBook method, and `netwerkdagboek.ts` makes them look once after
 *    every call (`afterCall` there), before the scheduler looks at what is due.
 * 3. Writes nobody told of (the journal merged with a copy from outside, a test writing the store
 *    directly, a follower more than a few versions behind) are not lost: then the versions are compared
 *    record by record (records are immutable, so what differs by identity is what changed). That is the
 *    fallback, not the way.
 */
import type { Contact, Conversation, HelpAsk, HelpRequest, Journal, Touch } from '../contract/domain';
import { changesBetween } from './array-changes';
import type { JournalStore } from './journal/journal-store';

/** One record that changed: `before` null for a new one, `after` null for one deleted. */
export interface Changed<T> {
  before: T | null;
  after: T | null;
}

/** What changed in the records the reminder rules follow, since the follower last looked. */
export interface JournalChanges {
  contacts: Changed<Contact>[];
  conversations: Changed<Conversation>[];
  touches: Changed<Touch>[];
  /** Whom a hulpvraag was put to, and the hulpvragen: an unanswered ask is followed up (ask-reminders.ts). */
  helpAsks: Changed<HelpAsk>[];
  helpRequests: Changed<HelpRequest>[];
}

type Followed = Pick<Journal, 'contacts' | 'conversations' | 'touches' | 'helpAsks' | 'helpRequests'>;

/** One follower's place in the journal: the versions of the followed arrays it has seen. */
export class ChangesSince {
  private seen: Followed;

  /** Follows from the journal as it is now: what was written before is not a change to this follower. */
  constructor(private readonly store: JournalStore) {
    this.seen = followed(store.data);
  }

  /** What changed since the last look (or since made), and moves on; null when nothing did (five checks). */
  take(): JournalChanges | null {
    const now = followed(this.store.data);
    const seen = this.seen;
    if (
      seen.contacts === now.contacts &&
      seen.conversations === now.conversations &&
      seen.touches === now.touches &&
      seen.helpAsks === now.helpAsks &&
      seen.helpRequests === now.helpRequests
    ) {
      return null;
    }
    this.seen = now;
    return {
      contacts: pairsBetween(seen.contacts, now.contacts),
      conversations: pairsBetween(seen.conversations, now.conversations),
      touches: pairsBetween(seen.touches, now.touches),
      helpAsks: pairsBetween(seen.helpAsks, now.helpAsks),
      helpRequests: pairsBetween(seen.helpRequests, now.helpRequests),
    };
  }
}

function followed({ contacts, conversations, touches, helpAsks, helpRequests }: Journal): Followed {
  return { contacts, conversations, touches, helpAsks, helpRequests };
}

/**
 * The records that changed between two versions of an array, paired by id: `before` null for a new
 * record, `after` null for a deleted one. From what the writes told (or the few places that differ), or
 * compared in full after a big change (deleting a contact with all their conversations).
 */
export function pairsBetween<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): Changed<T>[] {
  if (before === after) return [];
  const changes = changesBetween(before, after, 256);
  const gone = new Map<string, T>();
  const result: Changed<T>[] = [];
  if (changes) {
    for (const r of changes.removed) gone.set(r.id, r);
    for (const r of changes.added) {
      const previous = gone.get(r.id);
      gone.delete(r.id);
      if (previous !== r) result.push({ before: previous ?? null, after: r });
    }
  } else {
    for (const r of before) gone.set(r.id, r);
    for (const r of after) {
      const previous = gone.get(r.id);
      gone.delete(r.id);
      if (previous !== r) result.push({ before: previous ?? null, after: r });
    }
  }
  for (const r of gone.values()) result.push({ before: r, after: null });
  return result;
}
