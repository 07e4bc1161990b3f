import { randomUUID } from 'node:crypto';
import type { ContactList, ContactSummary, ParsedInput } from '../../contract/contract';
import type { Contact, ContactChanges, ContactFields, Conversation } from '../../contract/domain';
import type { Clock } from '../clock';
import { changesBetween, withAdded, withReplaced } from '../array-changes';
import { ContactActivity } from '../conversations/activity';
import { futureCode, isLaterDay } from '../../contract/rules/when';
import { DomainError } from '../errors';
import { today } from '../reminders/local-time';
import type { JournalStore } from '../journal/journal-store';
import { queryWords, TextIndex } from '../text-search';
import { contactSearchText, type ConversationWords } from './contact-search';
import { FoundInRows } from './found-in-rows';
import { KeptPerVersion } from './kept-per-version';
import { TouchNotes } from './touch-notes';
import type { KeepInTouchState } from '../../contract/contact-filters';
import { FilteredView } from './contact-filters';
import { byNameKey, bySurnameKey } from './contact-order';
import { LastContactOrder } from './last-contact-order';
import { nameSimilarity, nameWords } from './similar-names';
import { unsortedIn } from './unsorted';
import { withoutContact } from './without-contact';

export { nameKey } from './contact-order';
export { told } from './without-contact';

const nameWordCache = new WeakMap<Contact, string[]>();
function nameWordsOf(c: Contact): string[] {
  let words = nameWordCache.get(c);
  if (words === undefined) {
    words = nameWords(c.name);
    nameWordCache.set(c, words);
  }
  return words;
}

/** The contacts matching one query: their places in one sorted list. */
interface ContactSearch {
  sorted: readonly Contact[];
  /** The conversations searched too (a word in a conversation they took part in finds a contact). */
  conversations: readonly unknown[];
  /** The touches searched too (the note of a "Contact gehad"). */
  touches: readonly unknown[];
  words: readonly string[];
  /** Every match, active and archived alike. */
  all: number[];
  archived: boolean;
  /** The matches in the part of the list asked for, and how many the other part has. */
  places: number[];
  elsewhere: number;
}

/**
 * Keeping in touch unknown (callers without a ReminderBook). One map for all calls: the filters keep
 * their profiles while the same map comes in, and a new empty map per call made every keystroke
 * work out 5,000 profiles again (46 ms instead of 4 in the bench).
 */
const noStates: ReadonlyMap<string, KeepInTouchState> = new Map();

/** At most this many similar contacts are offered: enough to find the one, few enough to read. */
const MAX_SIMILAR = 20;

/**
 * The contacts in the journal: listing, searching and every change to them.
 *
 * Records come back with `lastContactOn` as the person experiences it: the latest of the date kept on
 * the contact and the conversations and touches since (see ContactActivity). The stored field stays what
 * was typed on the contact itself.
 */
export class ContactBook {
  /** What the conversations and touches say about each contact; shared with the conversation book. */
  readonly activity: ContactActivity;
  private readonly filters: FilteredView;
  private readonly index = new TextIndex<Contact>(contactSearchText);
  private conversationWords: ConversationWords | null = null;
  private readonly foundIn: FoundInRows;
  private readonly touchNotes: TouchNotes;
  // Derived views, cached per version of the arrays they come from (every edit replaces an array).
  private readonly byKey = new Map<'name' | 'surname', { for: readonly Contact[]; sorted: Contact[] }>();
  private byIdFor: readonly Contact[] | null = null;
  private byId = new Map<string, Contact>();
  private byIntroducerFor: readonly Contact[] | null = null;
  private byIntroducer = new Map<string, Contact[]>();
  private readonly byLastContact: LastContactOrder;
  private readonly hayOf = new WeakMap<readonly Contact[], readonly string[]>();
  private lastSearch: ContactSearch | null = null;
  /** The answers for the last few queries (a letter taken back is answered at once). */
  private readonly searches = new KeptPerVersion<ContactSearch>();
  private totalsFor: readonly Contact[] | null = null;
  private totalsNow = { active: 0, archived: 0 };

  constructor(
    private readonly store: JournalStore,
    private readonly clock: Clock,
    private readonly newId: () => string = randomUUID,
  ) {
    this.activity = new ContactActivity(store);
    this.filters = new FilteredView(this.activity);
    this.byLastContact = new LastContactOrder(this.activity, () => this.contacts);
    this.touchNotes = new TouchNotes(() => store.data.touches);
    this.foundIn = new FoundInRows(store, this.activity);
    this.index.warm(store.data.contacts);
  }

  private get contacts(): Contact[] {
    return this.store.data.contacts;
  }

  /**
   * One window of the contacts matching a query, in the asked order: the rows from `offset` (at most
   * `limit`), how many match in all, and totals for empty states. Only the window's rows are made.
   */
  list(
    query: ParsedInput<'contacts:list'>,
    keepInTouch: ReadonlyMap<string, KeepInTouchState> = noStates,
  ): ContactList {
    const search = this.matching(query);
    const { sorted, elsewhere } = search;
    const { places, facets } = this.filters.filtered(
      search.sorted,
      search.places,
      query.filters,
      keepInTouch,
    );
    const end = Math.min(places.length, query.offset + query.limit);
    const contacts: ContactSummary[] = [];
    for (let k = query.offset; k < end; k++) {
      const c = sorted[places[k]!]!;
      const row = this.summary(c);
      if (search.words.length > 0) row.found = this.foundIn.of(c, search.words);
      contacts.push(row);
    }
    return { total: places.length, offset: query.offset, contacts, totals: this.totals(), elsewhere, facets };
  }

  /**
   * The places in the sorted list of the contacts matching the query. The last answer is kept: a window
   * further down the same list costs nothing, and one more letter typed only looks again at what
   * matched before (a contact that lacks "mu" cannot have "mul"). Both parts of the list are searched,
   * so the answer can say how many the other part holds.
   */
  private matching(query: ParsedInput<'contacts:list'>): ContactSearch {
    const sorted = query.unsorted ? unsortedIn(this.sortedBy(query.sort)) : this.sortedBy(query.sort);
    const words = queryWords(query.query);
    const archived = query.show === 'archived';
    const last = this.lastSearch;
    const { conversations, touches } = this.store.data;
    // What is kept for these words, while the contacts, conversations and touches stay the same.
    const version = [sorted, conversations, touches, this.conversationWords];
    const key = `${archived} ${words.join(' ')}`;
    const kept = this.searches.get(version, key);
    if (kept) return (this.lastSearch = kept);
    const same =
      last !== null &&
      last.sorted === sorted &&
      last.conversations === conversations &&
      last.touches === touches;
    let all: number[];
    if (same && last.words.join(' ') === words.join(' ')) {
      if (last.archived === archived) return last;
      all = last.all;
    } else {
      const hay = this.haystacks(sorted);
      // One more letter only looks again at what matched before, unless that made a word long enough to
      // be looked up in conversations too ("lo" was not, "log" is): then it could find more.
      const narrows =
        same && last.words.every((w) => words.some((n) => n.includes(w) && (w.length >= 3 || n.length < 3)));
      // Asked only when a contact's own text lacks a word: indexing conversations costs the first time.
      const inConversations: (Pick<ReadonlySet<string>, 'has'> | undefined)[] = [];
      const inTouches: (ReadonlySet<string> | undefined)[] = [];
      const elsewhere = (c: Contact, w: number): boolean => {
        // Words of one or two letters are in nearly every text: conversations would find everyone.
        if (words[w]!.length < 3) return false;
        if ((inTouches[w] ??= this.touchNotes.peopleWith(words[w]!)).has(c.id)) return true;
        if (!this.conversationWords) return false;
        return (inConversations[w] ??= this.conversationWords(words[w]!)).has(c.id);
      };
      all = [];
      const n = narrows ? last.all.length : sorted.length;
      for (let k = 0; k < n; k++) {
        const i = narrows ? last.all[k]! : k;
        const text = hay[i]!;
        let every = true;
        for (let w = 0; w < words.length; w++) {
          if (!text.includes(words[w]!) && !elsewhere(sorted[i]!, w)) {
            every = false;
            break;
          }
        }
        if (every) all.push(i);
      }
    }
    const places: number[] = [];
    for (const i of all) if (sorted[i]!.archived === archived) places.push(i);
    const elsewhere = all.length - places.length;
    this.lastSearch = { sorted, conversations, touches, words, all, archived, places, elsewhere };
    this.searches.set(version, key, this.lastSearch);
    return this.lastSearch;
  }

  /** The folded search texts of a sorted list, place by place (kept per version of the list). */
  private haystacks(sorted: readonly Contact[]): readonly string[] {
    let hay = this.hayOf.get(sorted);
    if (hay === undefined) {
      hay = sorted.map((c) => this.index.haystack(c));
      this.hayOf.set(sorted, hay);
    }
    return hay;
  }

  /** Whether anyone in the journal is not archived (counted once per version of the contacts). */
  hasActive(): boolean {
    return this.totals().active > 0;
  }

  /** Active and archived contacts, whatever the query (counted once per version of the contacts). */
  private totals(): ContactList['totals'] {
    const contacts = this.contacts;
    if (this.totalsFor !== contacts) {
      let active = 0;
      for (const c of contacts) if (!c.archived) active++;
      this.totalsNow = { active, archived: contacts.length - active };
      this.totalsFor = contacts;
    }
    return { ...this.totalsNow };
  }

  /** The contact with `lastContactOn` derived from conversations and touches too. */
  get(id: string): Contact {
    return this.withActivity(this.stored(id));
  }

  /** The contact as stored, or undefined; for other books that refer to contacts. */
  find(id: string): Contact | undefined {
    const contacts = this.contacts;
    if (this.byIdFor !== contacts) {
      // Patched for the few contacts an edit replaced; built again when ids are not unique, so the last
      // contact with an id is the one found either way.
      const before = this.byIdFor;
      const changes = before && this.byId.size === before.length && changesBetween(before, contacts);
      if (changes) {
        for (const c of changes.removed) if (this.byId.get(c.id) === c) this.byId.delete(c.id);
        for (const c of changes.added) this.byId.set(c.id, c);
      }
      if (!changes || this.byId.size !== contacts.length) {
        this.byId = new Map(contacts.map((c) => [c.id, c]));
      }
      this.byIdFor = contacts;
    }
    return this.byId.get(id);
  }

  /** Whether no two contacts share an id (as the app writes them; a hand-edited file may not). */
  hasUniqueIds(): boolean {
    this.find('');
    return this.byId.size === this.contacts.length;
  }

  /** One row of a contact list, for any contact (other books show contacts too). */
  summary(c: Contact): ContactSummary {
    return {
      id: c.id,
      name: c.name,
      organisation: c.organisation,
      role: c.role,
      circle: c.circle,
      warmth: c.warmth,
      tags: c.tags,
      lastContactOn: this.activity.lastContactOn(c),
      archived: c.archived,
      found: null,
    };
  }

  /**
   * Lets search find contacts by what was written for their conversations too: the conversation book
   * answers per word from its index, and gives the text for the excerpt a row shows.
   */
  searchConversationsWith(
    words: ConversationWords,
    text: (c: Conversation) => string,
    mayHave?: (c: Conversation, word: string) => boolean,
  ): void {
    this.conversationWords = words;
    this.foundIn.conversationText = text;
    if (mayHave) this.foundIn.conversationMayHave = mayHave;
    this.lastSearch = null;
  }

  /** The contacts this one introduced, by name. */
  introducedBy(id: string): readonly Contact[] {
    if (this.byIntroducerFor !== this.contacts) {
      this.byIntroducer = new Map();
      for (const c of this.sortedByName()) {
        if (c.introducedById === null) continue;
        const list = this.byIntroducer.get(c.introducedById);
        if (list) list.push(c);
        else this.byIntroducer.set(c.introducedById, [c]);
      }
      this.byIntroducerFor = this.contacts;
    }
    return this.byIntroducer.get(id) ?? [];
  }

  /**
   * Contacts whose name looks like `name` (see similar-names.ts), most alike first, archived ones too:
   * offered before adding someone, so the person can link an existing contact instead.
   */
  similar(name: string, atLeast = 1): ContactSummary[] {
    const words = nameWords(name);
    if (words.length === 0) return [];
    const found: { contact: Contact; score: number }[] = [];
    for (const c of this.sortedByName()) {
      const score = nameSimilarity(words, nameWordsOf(c));
      if (score >= atLeast && score > 0) found.push({ contact: c, score });
    }
    // A stable sort keeps the name order within each score.
    found.sort((a, b) => b.score - a.score);
    return found.slice(0, MAX_SIMILAR).map(({ contact }) => this.summary(contact));
  }

  create(fields: ContactFields): Contact {
    const now = this.clock.now().toISOString();
    const stamps = { createdAt: now, updatedAt: now };
    const contact: Contact = { id: this.newId(), ...fields, archived: false, importedAt: null, ...stamps };
    this.check(contact, null);
    this.store.update((j) => ({ ...j, contacts: withAdded(j.contacts, contact) }));
    return this.withActivity(contact);
  }

  update(id: string, changes: ContactChanges): Contact {
    const current = this.stored(id);
    const next: Contact = { ...current, ...given(changes), updatedAt: this.clock.now().toISOString() };
    this.check(next, current);
    this.replace(next);
    return this.withActivity(next);
  }

  archive(id: string): Contact {
    return this.setArchived(id, true);
  }

  restore(id: string): Contact {
    return this.setArchived(id, false);
  }

  /**
   * Deletes a contact for good, and every reference to them: their touches go with them, they leave
   * the conversations they took part in, referrals to them keep the name without the link, and people
   * they introduced keep their record without the introducer. Conversations with them as the main
   * contact are only deleted when asked (`withConversations`); otherwise `has_conversations`, so the
   * person can choose to archive instead.
   */
  delete(id: string, { withConversations = false }: { withConversations?: boolean } = {}): void {
    this.stored(id);
    if (!withConversations && this.activity.conversationsOf(id).length > 0) {
      throw new DomainError('has_conversations');
    }
    const involved = new Set([...this.activity.conversationsWith(id), ...this.activity.referredIn(id)]);
    const at = this.clock.now().toISOString();
    this.store.update((j) => withoutContact(j, id, involved, at));
  }

  private stored(id: string): Contact {
    const contact = this.find(id);
    if (!contact) throw new DomainError('not_found');
    return contact;
  }

  private withActivity(contact: Contact): Contact {
    const last = this.activity.lastContactOn(contact);
    return last === contact.lastContactOn ? contact : { ...contact, lastContactOn: last };
  }

  private setArchived(id: string, archived: boolean): Contact {
    const current = this.stored(id);
    if (current.archived === archived) return this.withActivity(current);
    const next = { ...current, archived, updatedAt: this.clock.now().toISOString() };
    this.replace(next);
    return this.withActivity(next);
  }

  private replace(next: Contact): void {
    const current = this.find(next.id);
    // Ids unique, as the app writes them: one place changes, and the array's readers are told which.
    const told = current && this.byId.size === this.contacts.length;
    this.store.update((j) => ({
      ...j,
      contacts:
        (told && withReplaced(j.contacts, current, next)) ||
        j.contacts.map((c) => (c.id === next.id ? next : c)),
    }));
  }

  private check(contact: Contact, before: Contact | null): void {
    // A custom cadence is a number of days; without one there is nothing to remind by.
    if (contact.cadence === 'aangepast' && contact.cadenceDays === null) {
      throw new DomainError('invalid_input', { cadenceDays: 'required' });
    }
    // The last contact has happened. Checked when it is set, so a date saved before this rule does not
    // block every other edit of the contact.
    const last = contact.lastContactOn;
    if (last !== before?.lastContactOn && isLaterDay(last, today(this.clock))) {
      throw new DomainError('invalid_input', { lastContactOn: futureCode('lastContactOn') });
    }
    this.checkIntroducer(contact);
  }

  private checkIntroducer(contact: Contact): void {
    if (contact.introducedById === null) return;
    if (contact.introducedById === contact.id) throw new DomainError('self_reference');
    if (!this.find(contact.introducedById)) {
      throw new DomainError('invalid_input', { introducedById: 'invalid_choice' });
    }
  }

  private sortedBy(order: ParsedInput<'contacts:list'>['sort']): Contact[] {
    return order === 'lastContact' ? this.byLastContact.sorted() : this.sortedByKey(order);
  }

  private sortedByName(): Contact[] {
    return this.sortedByKey('name');
  }

  /** By name as typed, or by surname the Dutch way; kept per version of the contacts. */
  private sortedByKey(order: 'name' | 'surname'): Contact[] {
    let cached = this.byKey.get(order);
    if (cached?.for !== this.contacts) {
      const sorted = [...this.contacts].sort(order === 'name' ? byNameKey : bySurnameKey);
      cached = { for: this.contacts, sorted };
      this.byKey.set(order, cached);
    }
    return cached.sorted;
  }
}

/**
 * The fields actually given. IPC's structured clone keeps `{ name: undefined }` and `.partial()` accepts
 * it; spread as-is it would erase the field and the saved journal would no longer load.
 */
export function given<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
