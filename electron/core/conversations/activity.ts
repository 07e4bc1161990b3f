import type { Contact, Conversation, Touch } from '../../contract/domain';
import { changesBetween } from '../array-changes';
import type { JournalStore } from '../journal/journal-store';

const none: readonly never[] = Object.freeze([]);

interface ConversationIndex {
  of: readonly Conversation[];
  /** Conversations per main contact (lists in no particular order, never changed once handed out). */
  byContact: Map<string, Conversation[]>;
  /** Conversations per person taking part: main contact or participant. */
  withContact: Map<string, Conversation[]>;
  /** Conversations per contact a referral in their evaluation is linked to. */
  referredIn: Map<string, Conversation[]>;
  /** The date of the latest held conversation per person taking part. */
  lastHeld: Map<string, string>;
}

interface TouchIndex {
  of: readonly Touch[];
  byContact: Map<string, Touch[]>;
  lastTouch: Map<string, string>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Patching makes new lists rather than changing the ones already handed out.
function withOne<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) map.set(key, [...list, value]);
}

function withoutOne<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list?.includes(value)) return;
  if (list.length === 1) map.delete(key);
  else
    map.set(
      key,
      list.filter((v) => v !== value),
    );
}

/** Everyone a conversation is with: the main contact and the other participants. */
function people(c: Conversation): string[] {
  return c.participantIds.includes(c.contactId) ? c.participantIds : [c.contactId, ...c.participantIds];
}

function later(map: Map<string, string>, key: string, date: string): void {
  const current = map.get(key);
  if (current === undefined || date > current) map.set(key, date);
}

/**
 * What the conversations and touches say about each contact: who took part in which conversation, who
 * was referred where, and when someone was last in touch.
 *
 * Derived once per version of each array (the journal's records are immutable, so the identity of an
 * array says whether anything in it changed), and after an edit patched for the few records it changed
 * (see array-changes.ts) instead of going through 25,000 conversations again. Asking a question is a map
 * lookup, so opening a contact never scans the journal.
 */
export class ContactActivity {
  private conversationIndex: ConversationIndex | null = null;
  private touchIndex: TouchIndex | null = null;

  constructor(private readonly store: JournalStore) {}

  /** Conversations with this person as the main contact. */
  conversationsOf(contactId: string): readonly Conversation[] {
    return this.conversations().byContact.get(contactId) ?? none;
  }

  /** Conversations this person took part in: as the main contact or as another participant. */
  conversationsWith(contactId: string): readonly Conversation[] {
    return this.conversations().withContact.get(contactId) ?? none;
  }

  /** Conversations whose evaluation names this person as a referral, linked to their contact. */
  referredIn(contactId: string): readonly Conversation[] {
    return this.conversations().referredIn.get(contactId) ?? none;
  }

  touchesOf(contactId: string): readonly Touch[] {
    return this.touches().byContact.get(contactId) ?? none;
  }

  /**
   * When the person was last in touch with this contact: the latest of the date kept on the contact, the
   * held conversations they took part in and the small touches noted for them. Planned ones don't count.
   */
  lastContactOn(contact: Contact): string | null {
    let last = contact.lastContactOn;
    const held = this.conversations().lastHeld.get(contact.id);
    if (held !== undefined && (last === null || held > last)) last = held;
    const touched = this.touches().lastTouch.get(contact.id);
    if (touched !== undefined && (last === null || touched > last)) last = touched;
    return last;
  }

  /** The arrays the answers are derived from; when none of them is replaced, no answer changes. */
  sources(): readonly [readonly Conversation[], readonly Touch[]] {
    return [this.store.data.conversations, this.store.data.touches];
  }

  private conversations(): ConversationIndex {
    const conversations = this.store.data.conversations;
    const index = this.conversationIndex;
    if (index?.of === conversations) return index;
    const changes = index && changesBetween(index.of, conversations);
    if (index && changes) {
      const affected = new Set<string>();
      for (const c of changes.removed) {
        withoutOne(index.byContact, c.contactId, c);
        for (const id of people(c)) {
          withoutOne(index.withContact, id, c);
          affected.add(id);
        }
        for (const r of c.evaluation?.referrals ?? []) {
          if (r.contactId !== null) withoutOne(index.referredIn, r.contactId, c);
        }
      }
      for (const c of changes.added) this.add(index, c, affected);
      for (const id of affected) {
        let last: string | undefined;
        for (const c of index.withContact.get(id) ?? none) {
          if (c.status === 'gehouden' && (last === undefined || c.date > last)) last = c.date;
        }
        if (last === undefined) index.lastHeld.delete(id);
        else index.lastHeld.set(id, last);
      }
      index.of = conversations;
      return index;
    }
    const fresh: ConversationIndex = {
      of: conversations,
      byContact: new Map(),
      withContact: new Map(),
      referredIn: new Map(),
      lastHeld: new Map(),
    };
    for (const c of conversations) this.add(fresh, c, null);
    this.conversationIndex = fresh;
    return fresh;
  }

  private add(index: ConversationIndex, c: Conversation, affected: Set<string> | null): void {
    // A full build may push onto lists nobody has seen yet; a patch must copy them.
    const put = affected ? withOne : push;
    put(index.byContact, c.contactId, c);
    for (const id of people(c)) {
      put(index.withContact, id, c);
      affected?.add(id);
      if (c.status === 'gehouden') later(index.lastHeld, id, c.date);
    }
    const referrals = c.evaluation?.referrals ?? none;
    for (let i = 0; i < referrals.length; i++) {
      const id = referrals[i]!.contactId;
      // Two referrals in one conversation to the same person list that conversation once.
      if (id === null || referrals.findIndex((r) => r.contactId === id) !== i) continue;
      put(index.referredIn, id, c);
    }
  }

  private touches(): TouchIndex {
    const touches = this.store.data.touches;
    const current = this.touchIndex;
    if (current?.of === touches) return current;
    // Noting a touch adds one at the end: patched for the contacts it is about.
    const changes = current && changesBetween(current.of, touches);
    if (current && changes) {
      const affected = new Set<string>();
      for (const t of changes.removed) {
        withoutOne(current.byContact, t.contactId, t);
        affected.add(t.contactId);
      }
      for (const t of changes.added) {
        withOne(current.byContact, t.contactId, t);
        affected.add(t.contactId);
      }
      for (const id of affected) {
        let last: string | undefined;
        for (const t of current.byContact.get(id) ?? none) if (last === undefined || t.on > last) last = t.on;
        if (last === undefined) current.lastTouch.delete(id);
        else current.lastTouch.set(id, last);
      }
      current.of = touches;
      return current;
    }
    const index: TouchIndex = { of: touches, byContact: new Map(), lastTouch: new Map() };
    for (const t of touches) {
      push(index.byContact, t.contactId, t);
      later(index.lastTouch, t.contactId, t.on);
    }
    this.touchIndex = index;
    return index;
  }
}
