import type { ConversationList, ConversationSummary } from '../../contract/contract';
import type { Contact, Conversation, Journal } from '../../contract/domain';
import { changesBetween, indexInSorted, sortedIndex } from '../array-changes';
import { SubstringIndex, type WordQuery } from '../substring-index';
import { fold } from '../text-search';
import { listOrder } from './order';

/** Everything a person wrote for a conversation, as one text to search in. */
export function searchableText(c: Conversation): string {
  const parts = [c.goal, c.notes, c.preparation];
  for (const q of c.questions) parts.push(q.text, q.answer);
  const e = c.evaluation;
  if (e) {
    parts.push(e.wentWell, e.couldBeBetter, e.gaveOrOffered, e.nextStep, ...e.tips);
    for (const r of e.referrals) parts.push(r.name, r.organisation, r.role, r.why);
  }
  return parts.join('\n');
}

/** The people found by a word (see `peopleWith`): only asked whether someone is among them. */
export type People = Pick<ReadonlySet<string>, 'has'>;

/** Where a conversation's text (led by its contact's folded name) sits in the search index. */
interface Indexed {
  name: string;
  slot: number;
}

export const needsEvaluation = (c: Conversation) => c.status === 'gehouden' && c.evaluation === null;
export const needsThanks = (c: Conversation) => c.status === 'gehouden' && !c.thanks.thanked;

type Totals = ConversationList['totals'];

function count(totals: Totals, c: Conversation, by: 1 | -1): void {
  if (c.status === 'gepland') totals.planned += by;
  else totals.held += by;
  if (needsEvaluation(c)) totals.needsEvaluation += by;
  if (needsThanks(c)) totals.needsThanks += by;
}

/**
 * All conversations in list order (see order.ts), with what the list and its search need at the same
 * place beside each: the slot of its text in the search index (see substring-index.ts) and the row the
 * list shows. After an edit the view is patched where the edit changed something (see
 * array-changes.ts) instead of sorting and indexing 25,000 conversations again.
 */
export class ConversationListView {
  private readonly index = new SubstringIndex();
  private readonly indexed = new WeakMap<Conversation, Indexed>();
  private of: readonly Conversation[] | null = null;
  private namesOf: readonly Contact[] | null = null;
  /** In list order; at the same place in the other arrays what belongs to that record. */
  private records: Conversation[] = [];
  /** The index slot of each record's text; -1 while not indexed (see `prepare`). */
  private slots: number[] = [];
  private rows: (ConversationSummary | undefined)[] = [];
  private byId = new Map<string, Conversation>();
  private totalsNow: Totals = { planned: 0, held: 0, needsEvaluation: 0, needsThanks: 0 };
  /** The conversation each slot of the index was made for. */
  private readonly bySlot: (Conversation | undefined)[] = [];
  /** The number of the main contact of each slot's conversation (see `personNumbers`). */
  private readonly mainOfSlot: number[] = [];
  /**
   * A number per person, given when the first conversation with them as its main contact is indexed:
   * `peopleWith` marks people in an array by number, where a set of ids costs a lookup of a 36-character
   * key per conversation found (most of a keystroke's time at 25,000 conversations).
   */
  private readonly personNumbers = new Map<string, number>();
  /** Which slots are the current text of a conversation in the journal, per version of the view. */
  private live: { of: readonly Conversation[]; namesOf: readonly Contact[]; slots: Uint8Array } | null = null;
  private peopleByWord: {
    of: readonly Conversation[];
    namesOf: readonly Contact[];
    words: Map<string, { people: People; slots: Uint8Array }>;
  } | null = null;
  /** The last search, so typing one more letter only looks again at what matched before. */
  private last: {
    of: readonly Conversation[];
    namesOf: readonly Contact[];
    words: string[];
    places: number[];
  } | null = null;

  constructor(
    private readonly journal: () => Journal,
    /** The folded name of a contact, by id ('' for none). */
    private readonly contactName: (id: string) => string,
    /** The row of the list for a conversation. */
    private readonly summarize: (c: Conversation) => ConversationSummary,
  ) {}

  /** Totals over all conversations, whatever the filters. */
  totals(): Totals {
    this.refresh();
    return { ...this.totalsNow };
  }

  get(id: string): Conversation | undefined {
    this.refresh();
    return this.byId.get(id);
  }

  /** All conversations in list order. */
  ordered(): readonly Conversation[] {
    this.refresh();
    return this.records;
  }

  /** The record at a place in list order. */
  at(place: number): Conversation {
    return this.records[place]!;
  }

  /** The list row of the record at a place in list order. */
  rowAt(place: number): ConversationSummary {
    return (this.rows[place] ??= this.summarize(this.records[place]!));
  }

  /**
   * The places in list order of the conversations matching all `words` (folded): each word occurs in
   * something written for the conversation or in its contact's name.
   */
  search(words: string[]): readonly number[] {
    this.indexAll();
    const queries = words.map((w) => this.index.query(w));
    const last = this.last;
    // What did not match the last words cannot match words that only add to them.
    const narrows =
      last !== null &&
      last.of === this.of &&
      last.namesOf === this.namesOf &&
      last.words.every((w) => words.some((n) => n.includes(w)));
    const places: number[] = [];
    if (narrows) {
      for (const i of last.places) if (this.matchesAt(i, queries)) places.push(i);
    } else {
      for (let i = 0; i < this.records.length; i++) if (this.matchesAt(i, queries)) places.push(i);
    }
    this.last = { of: this.of!, namesOf: this.namesOf!, words, places };
    return places;
  }

  /**
   * The people (main contact and other participants) of the conversations whose text or contact's name
   * has a word (folded, three or more characters): Contacten's search asks this for words a contact's
   * own text lacks (contact-search.ts). Only the index's word lists are read, so the cost follows the
   * conversations found; the answer is kept per word while the conversations and names stay the same.
   */
  peopleWith(word: string): People {
    this.indexAll();
    let kept = this.peopleByWord;
    if (kept?.of !== this.of || kept.namesOf !== this.namesOf) {
      kept = this.peopleByWord = { of: this.of!, namesOf: this.namesOf!, words: new Map() };
    }
    let people = kept.words.get(word)?.people;
    if (people === undefined) {
      const marked = new Uint8Array(this.personNumbers.size);
      const others = new Set<string>();
      // Each slot once, however many of its tokens hold the word ("wel" in "wel", "welke", "welkom").
      const slots = new Uint8Array(this.index.size);
      const live = this.liveSlots();
      this.index.eachSlotWith(word, (slot) => {
        if (slots[slot] === 1) return;
        slots[slot] = 1;
        // A slot retired by an edit (or a new name) is never asked about again.
        if (live[slot] !== 1) return;
        marked[this.mainOfSlot[slot]!] = 1;
        const c = this.bySlot[slot]!;
        // The slot's text starts with the main contact's name: the others who took part are found only by
        // what was written for the conversation itself. A word holds no white space, so when the name
        // lacks it, that text has it; only when the name has it too is the text read.
        if (c.participantIds.length === 0) return;
        const name = this.indexed.get(c)?.name ?? '';
        if (!name.includes(word) || fold(searchableText(c)).includes(word))
          for (const id of c.participantIds) others.add(id);
      });
      const numbers = this.personNumbers;
      people = {
        has: (id) => {
          const n = numbers.get(id);
          return (n !== undefined && marked[n] === 1) || others.has(id);
        },
      };
      // A few words are kept: those of the query being typed and the one before.
      if (kept.words.size >= 16) kept.words.clear();
      kept.words.set(word, { people, slots });
    }
    return people;
  }

  /**
   * Whether what was written for `c` may hold a word (folded) Contacten's search asked `peopleWith` for:
   * false only when the index says its text surely lacks it, so explaining a row reads (and folds) only
   * the conversations that can have the word instead of every one of that person's.
   */
  mayHave(c: Conversation, word: string): boolean {
    const slots = this.peopleByWord?.words.get(word)?.slots;
    const entry = this.indexed.get(c);
    // A slot's text never changes (a new name gets a new slot), so its mark holds whatever was edited.
    if (slots === undefined || entry === undefined || entry.slot >= slots.length) return true;
    return slots[entry.slot] === 1;
  }

  /** The slots `slots` holds: each record's current text (a slot retired by an edit or a new name is not). */
  private liveSlots(): Uint8Array {
    const live = this.live;
    if (live?.of === this.of && live.namesOf === this.namesOf && live.slots.length === this.index.size)
      return live.slots;
    const slots = new Uint8Array(this.index.size);
    for (const slot of this.slots) if (slot >= 0) slots[slot] = 1;
    this.live = { of: this.of!, namesOf: this.namesOf!, slots };
    return slots;
  }

  /** Whatever the background preparation has not reached yet is indexed now. */
  private indexAll(): void {
    this.refresh();
    for (let i = 0; i < this.records.length; i++) {
      if (this.slots[i]! < 0) this.slots[i] = this.slotOf(this.records[i]!);
    }
  }

  /** Those of `conversations` matching all `words` (folded), as `search` would find them. */
  filter(conversations: readonly Conversation[], words: readonly string[]): Conversation[] {
    if (words.length === 0) return [...conversations];
    this.refresh();
    // Indexed first, so the words are looked up in an index that holds every one of them.
    const slots = conversations.map((c) => this.slotOf(c));
    const queries = words.map((w) => this.index.query(w));
    return conversations.filter((_, k) => queries.every((q) => this.index.has(slots[k]!, q)));
  }

  /**
   * Indexes the texts of conversations not indexed yet, from place `from` of the journal's array, a
   * batch at a time until `stop()` says so; returns where it stopped. Lets the app prepare search in idle moments instead of
   * on the first keystroke.
   */
  prepare(from: number, stop: () => boolean): number {
    const all = this.journal().conversations;
    let i = from;
    // At least one batch per call, so preparing always gets somewhere however short the slices.
    do {
      for (const end = Math.min(i + 64, all.length); i < end; i++) this.slotOf(all[i]!);
    } while (i < all.length && !stop());
    return i;
  }

  private matchesAt(i: number, queries: readonly WordQuery[]): boolean {
    const slot = this.slots[i]!;
    for (let q = 0; q < queries.length; q++) if (!this.index.has(slot, queries[q]!)) return false;
    return true;
  }

  /** The slot of the conversation's text in the index, indexing it (again, for a new name) if needed. */
  private slotOf(c: Conversation): number {
    const name = this.contactName(c.contactId);
    let entry = this.indexed.get(c);
    if (entry === undefined || entry.name !== name) {
      // The slot of the old name is retired: search never asks about it again.
      if (entry) this.bySlot[entry.slot] = undefined;
      entry = { name, slot: this.index.add(`${name}\n${fold(searchableText(c))}`) };
      this.bySlot[entry.slot] = c;
      let person = this.personNumbers.get(c.contactId);
      if (person === undefined) this.personNumbers.set(c.contactId, (person = this.personNumbers.size));
      this.mainOfSlot[entry.slot] = person;
      this.indexed.set(c, entry);
    }
    return entry.slot;
  }

  private refresh(): void {
    const { conversations, contacts } = this.journal();
    if (this.of !== conversations) {
      const changes = this.of ? changesBetween(this.of, conversations) : null;
      if (!changes || !this.patch(changes.removed, changes.added)) this.rebuild(conversations);
      this.of = conversations;
    }
    if (this.namesOf !== contacts) {
      // A contact's new name shows in the rows and is searched; nothing else changes.
      for (let i = 0; i < this.records.length; i++) {
        const c = this.records[i]!;
        const entry = this.indexed.get(c);
        if (entry && entry.name !== this.contactName(c.contactId)) this.slots[i] = this.slotOf(c);
        this.rows[i] = undefined;
      }
      this.namesOf = contacts;
    }
  }

  private rebuild(conversations: readonly Conversation[]): void {
    this.records = [...conversations].sort(listOrder);
    // Texts indexed before (in the background, or before this rebuild) keep their slot, checked for a new name.
    this.slots = this.records.map((c) => (this.indexed.has(c) ? this.slotOf(c) : -1));
    this.rows = new Array<ConversationSummary | undefined>(this.records.length).fill(undefined);
    this.byId = new Map(conversations.map((c) => [c.id, c]));
    this.totalsNow = { planned: 0, held: 0, needsEvaluation: 0, needsThanks: 0 };
    for (const c of conversations) count(this.totalsNow, c, 1);
  }

  /** Applies an edit's changes; false if the view turns out not to match (then it is rebuilt). */
  private patch(removed: readonly Conversation[], added: readonly Conversation[]): boolean {
    for (const c of removed) {
      const i = indexInSorted(this.records, c, listOrder);
      if (i < 0) return false;
      this.records.splice(i, 1);
      this.slots.splice(i, 1);
      this.rows.splice(i, 1);
      if (this.byId.get(c.id) === c) this.byId.delete(c.id);
      count(this.totalsNow, c, -1);
    }
    for (const c of added) {
      const i = sortedIndex(this.records, c, listOrder);
      this.records.splice(i, 0, c);
      // One text is quick to index, and search then never waits for it.
      this.slots.splice(i, 0, this.slotOf(c));
      this.rows.splice(i, 0, undefined);
      this.byId.set(c.id, c);
      count(this.totalsNow, c, 1);
    }
    return true;
  }
}
