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
}

/** The latest held conversation per person taking part (see `newer`). */
interface HeldIndex {
  of: readonly Conversation[];
  lastHeld: Map<string, Conversation>;
}

/**
 * Whether `a` is a later held conversation than `b`: by date, and of two on one day the one with the
 * smaller id, so the answer does not hang on where an edit left a record in the journal.
 */
function newer(a: Conversation, b: Conversation | undefined): boolean {
  return b === undefined || a.date > b.date || (a.date === b.date && a.id < b.id);
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
 * was referred where, and when someone was last in touch. The latest held conversation per person is
 * kept apart from the lists, since opening the journal needs it for everyone and the lists not (see
 * `held`).
 *
 * Derived once per version of each array (the journal's records are immutable, so the identity of an
 * array says whether anything in it changed), and after an edit patched for the few records it changed
 * (see array-changes.ts) instead of going through 25,000 conversations again. Asking a question is a map
 * lookup, so opening a contact never scans the journal.
 */
export class ContactActivity {
  private conversationIndex: ConversationIndex | null = null;
  private heldIndex: HeldIndex | null = null;
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
    const held = this.held().get(contact.id)?.date;
    if (held !== undefined && (last === null || held > last)) last = held;
    const touched = this.touches().lastTouch.get(contact.id);
    if (touched !== undefined && (last === null || touched > last)) last = touched;
    return last;
  }

  /** The latest held conversation this person took part in (of two on one day, the smaller id). */
  lastHeldWith(contactId: string): Conversation | undefined {
    return this.held().get(contactId);
  }

  /** Makes the per-person lists now (in the background after open), not when a contact is first opened. */
  prepare(): void {
    this.conversations();
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
      for (const c of changes.removed) {
        withoutOne(index.byContact, c.contactId, c);
        for (const id of people(c)) withoutOne(index.withContact, id, c);
        for (const r of c.evaluation?.referrals ?? []) {
          if (r.contactId !== null) withoutOne(index.referredIn, r.contactId, c);
        }
      }
      for (const c of changes.added) this.add(index, c);
      index.of = conversations;
      return index;
    }
    const fresh: ConversationIndex = {
      of: conversations,
      byContact: new Map(),
      withContact: new Map(),
      referredIn: new Map(),
    };
    for (const c of conversations) this.add(fresh, c, false);
    this.conversationIndex = fresh;
    return fresh;
  }

  private add(index: ConversationIndex, c: Conversation, patching = true): void {
    // A full build may push onto lists nobody has seen yet; a patch must copy them.
    const put = patching ? withOne : push;
    put(index.byContact, c.contactId, c);
    for (const id of people(c)) put(index.withContact, id, c);
    const referrals = c.evaluation?.referrals ?? none;
    for (let i = 0; i < referrals.length; i++) {
      const id = referrals[i]!.contactId;
      // Two referrals in one conversation to the same person list that conversation once.
      if (id === null || referrals.findIndex((r) => r.contactId === id) !== i) continue;
      put(index.referredIn, id, c);
    }
  }

  /**
   * The latest held conversation per person, kept apart from the lists: opening the journal needs it
   * for everyone (keeping in touch, Overzicht), the lists only when a contact is looked at closely, and
   * one pass that makes no list per person is several times quicker at 25,000 conversations (the lists
   * are most of what a build allocates). Patched per change like the lists.
   */
  private held(): Map<string, Conversation> {
    const conversations = this.store.data.conversations;
    const index = this.heldIndex;
    if (index?.of === conversations) return index.lastHeld;
    const changes = index && changesBetween(index.of, conversations);
    if (index && changes) {
      const { lastHeld } = index;
      // Who lost their latest held conversation (and which), and the latest each one added has.
      const lost = new Map<string, Conversation>();
      const added = new Map<string, Conversation>();
      for (const c of changes.removed)
        for (const id of people(c)) if (lastHeld.get(id) === c) lost.set(id, c);
      for (const c of changes.added) {
        if (c.status !== 'gehouden') continue;
        for (const id of people(c)) if (newer(c, added.get(id))) added.set(id, c);
      }
      for (const [id, c] of added) {
        const gone = lost.get(id);
        // One at least as new as the one that went (that one edited, say) is the latest: every other
        // was older than the one that went.
        if (gone ? !newer(gone, c) : newer(c, lastHeld.get(id))) {
          lastHeld.set(id, c);
          lost.delete(id);
        }
      }
      for (const id of lost.keys()) lastHeld.delete(id);
      if (lost.size > 0) this.findLastHeld(new Set(lost.keys()), lastHeld);
      index.of = conversations;
      return lastHeld;
    }
    const lastHeld = new Map<string, Conversation>();
    for (const c of conversations) {
      if (c.status !== 'gehouden') continue;
      if (newer(c, lastHeld.get(c.contactId))) lastHeld.set(c.contactId, c);
      for (const id of c.participantIds) if (newer(c, lastHeld.get(id))) lastHeld.set(id, c);
    }
    this.heldIndex = { of: conversations, lastHeld };
    return lastHeld;
  }

  /** The latest held conversation of each of `ids` looked up again (theirs changed or went). */
  private findLastHeld(ids: Set<string>, lastHeld: Map<string, Conversation>): void {
    // The lists, when something asked for them already, are patched first (a few records).
    const lists = this.conversationIndex ? this.conversations() : null;
    const consider = (id: string, c: Conversation) => {
      if (c.status === 'gehouden' && newer(c, lastHeld.get(id))) lastHeld.set(id, c);
    };
    if (lists) {
      for (const id of ids) for (const c of lists.withContact.get(id) ?? none) consider(id, c);
    } else {
      for (const c of this.store.data.conversations) {
        if (ids.has(c.contactId)) consider(c.contactId, c);
        for (const id of c.participantIds) if (ids.has(id)) consider(id, c);
      }
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
