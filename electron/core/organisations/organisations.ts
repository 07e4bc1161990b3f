import { randomUUID } from 'node:crypto';
import type { OrganisationList, OrganisationPerson, OrganisationSummary } from '../../contract/organisations';
import type { Contact, Conversation, OrganisationMark, Strength, Touch } from '../../contract/domain';
import { pairsBetween } from '../journal-changes';
import type { Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import { nameKey } from '../contacts/contact-order';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import { fold, queryWords } from '../text-search';
import { organisationKey, organisationSpelling } from '../../contract/rules/organisation-name';
import { marksByKey } from './marks';
import { waysIn, type WaysIn } from './ways-in';

const strengthRank: Record<Strength, number> = { 'heel-goed': 0, goed: 1, 'een-beetje': 2 };

/** Warm first, then the stronger tie, then by name. */
function byCloseness(a: OrganisationPerson & { key: string }, b: OrganisationPerson & { key: string }) {
  const warm = Number(b.warmth === 'warm') - Number(a.warmth === 'warm');
  if (warm !== 0) return warm;
  const strength = (a.strength ? strengthRank[a.strength] : 3) - (b.strength ? strengthRank[b.strength] : 3);
  return strength || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

type Sources = {
  contacts: readonly Contact[];
  marks: readonly OrganisationMark[];
  conversations: readonly Conversation[];
  touches: readonly Touch[];
};

interface Built {
  sources: Sources;
  /** The marked organisations, with the name the mark gives them. */
  targets: Map<string, string>;
  ways: WaysIn;
  summaries: Map<string, OrganisationSummary>;
  organisations: OrganisationSummary[];
  /** Each organisation's folded words, for the query. */
  words: Map<string, string[]>;
  withoutOrganisation: number;
}

/**
 * The organisations of the journal, made once and then patched per change (issue 13: derived views
 * patched per change): after a write only the organisations of the records it changed are summed up
 * again (see `build`); a query only filters the list made. Active contacts only: an archived colleague
 * is no way in.
 */
export class Organisations {
  private built: Built | null = null;

  constructor(
    private readonly store: JournalStore,
    private readonly contacts: ContactBook,
    private readonly clock: Clock,
    private readonly newId: () => string = randomUUID,
  ) {}

  /**
   * Marks the organisation "wil ik werken", or takes the mark away; the mark is found by the name
   * grouped, so "gemeente utrecht" marks Gemeente Utrecht. Taking it away keeps the record (target false).
   */
  mark(name: string, target: boolean): { name: string; target: boolean } {
    const spelled = organisationSpelling(name);
    const key = organisationKey(spelled);
    const existing = this.store.data.organisations.filter((o) => organisationKey(o.name) === key);
    const now = this.clock.now().toISOString();
    if (existing.length > 0) {
      // Every record of the organisation (two computers may each have made one) says the same after this.
      const changed = existing.filter((o) => o.target !== target);
      if (changed.length > 0) {
        this.store.update((j) => ({
          ...j,
          organisations: j.organisations.map((o) =>
            changed.includes(o) ? { ...o, target, updatedAt: now } : o,
          ),
        }));
      }
      return { name: existing[0]!.name, target };
    }
    // Named as the contacts there spell it most, if anyone works there.
    const known = this.current().organisations.find((o) => o.key === key);
    const mark: OrganisationMark = {
      id: this.newId(),
      name: known?.name ?? spelled,
      target,
      createdAt: now,
      updatedAt: now,
    };
    this.store.update((j) => ({ ...j, organisations: [...j.organisations, mark] }));
    return { name: mark.name, target };
  }

  list({ query, limit }: { query: string; limit: number }): OrganisationList {
    const built = this.current();
    const wanted = queryWords(query);
    const matching =
      wanted.length === 0
        ? built.organisations
        : built.organisations.filter((o) => {
            const words = built.words.get(o.key)!;
            return wanted.every((w) => words.some((word) => word.startsWith(w)));
          });
    return {
      organisations: matching.slice(0, limit),
      total: matching.length,
      withoutOrganisation: built.withoutOrganisation,
    };
  }

  /**
   * Gives everyone at `key`, archived people too, the organisation `name` in one edit. To another
   * organisation's name it merges the two. Returns how many contacts changed.
   */
  rename(key: string, name: string): { renamed: number } {
    const target = organisationSpelling(name);
    const at = (c: Contact) => organisationKey(c.organisation) === key;
    const marked = (o: OrganisationMark) => organisationKey(o.name) === key;
    if (!this.store.data.contacts.some(at) && !this.store.data.organisations.some(marked))
      throw new DomainError('not_found');
    const now = this.clock.now().toISOString();
    let renamed = 0;
    this.store.update((journal) => ({
      ...journal,
      contacts: journal.contacts.map((c) => {
        if (!at(c) || c.organisation === target) return c;
        renamed++;
        return { ...c, organisation: target, updatedAt: now };
      }),
      organisations: renamedMarks(journal.organisations, key, target, now),
    }));
    return { renamed };
  }

  private current(): Built {
    const { contacts, conversations, touches, organisations: marks } = this.store.data;
    const now: Sources = { contacts, marks, conversations, touches };
    const seen = this.built?.sources;
    if (
      seen?.contacts === contacts &&
      seen.marks === marks &&
      seen.conversations === conversations &&
      seen.touches === touches
    )
      return this.built!;
    // Which record is whose is the full build's to say when two contacts share an id.
    const before = this.contacts.hasUniqueIds() ? this.built : null;
    this.built = build(now, this.contacts, before);
    return this.built;
  }
}

/** Each record's organisation key (records never change). */
const keys = new WeakMap<Contact, string>();
function keyOf(c: Contact): string {
  let key = keys.get(c);
  if (key === undefined) keys.set(c, (key = organisationKey(c.organisation)));
  return key;
}

/** Whether a conversation names a contact as a referral (a tie of the via-via network). */
function refers(c: Conversation | null): boolean {
  return c?.evaluation?.referrals.some((r) => r.contactId !== null) ?? false;
}

function referred(c: Conversation): string {
  return [c.contactId, ...c.evaluation!.referrals.map((r) => r.contactId)].join(' ');
}

/**
 * Whether the via-via network (ways-in.ts) is what it was: who is active and warm, their names and
 * introductions, and the referrals in conversations. A touch or a strength never changes it.
 */
function sameNetwork(before: Sources, now: Sources): boolean {
  for (const { before: b, after: a } of pairsBetween(before.contacts, now.contacts)) {
    if (!b || !a) return false;
    if (b.archived !== a.archived || b.warmth !== a.warmth || b.name !== a.name) return false;
    if (b.introducedById !== a.introducedById) return false;
  }
  for (const { before: b, after: a } of pairsBetween(before.conversations, now.conversations)) {
    if (!refers(b) && !refers(a)) continue;
    if (!b || !a || !refers(b) || !refers(a) || referred(b) !== referred(a)) return false;
  }
  return true;
}

/** The organisations whose summary may differ from `before` to `now` (the network aside). */
function changedKeys(
  before: Built,
  now: Sources,
  targets: Map<string, string>,
  book: ContactBook,
): Set<string> {
  const changed = new Set<string>();
  const of = (id: string) => {
    const c = book.find(id);
    if (c) changed.add(keyOf(c));
  };
  for (const { before: b, after: a } of pairsBetween(before.sources.contacts, now.contacts)) {
    if (b) changed.add(keyOf(b));
    if (a) changed.add(keyOf(a));
  }
  for (const { before: b, after: a } of pairsBetween(before.sources.conversations, now.conversations)) {
    for (const c of [b, a]) {
      if (!c) continue;
      of(c.contactId);
      for (const id of c.participantIds) of(id);
    }
  }
  for (const { before: b, after: a } of pairsBetween(before.sources.touches, now.touches)) {
    for (const t of [b, a]) if (t) of(t.contactId);
  }
  for (const key of new Set([...before.targets.keys(), ...targets.keys()])) {
    if (before.targets.get(key) !== targets.get(key)) changed.add(key);
  }
  return changed;
}

/**
 * The list from nothing, or (given `before`) patched: the contacts are grouped again in one pass (each
 * record's key kept), an organisation none of whose records, conversations, touches or mark changed
 * keeps its summary, and the via-via network is worked out again only when it changed (then every
 * organisation gets its route again).
 */
function build(now: Sources, book: ContactBook, before: Built | null): Built {
  const groups = new Map<string, Contact[]>();
  let withoutOrganisation = 0;
  for (const c of now.contacts) {
    if (c.archived) continue;
    const key = keyOf(c);
    if (key === '') {
      withoutOrganisation++;
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const targets = new Map<string, string>();
  for (const [key, m] of marksByKey(now.marks)) if (m.target) targets.set(key, m.name);
  // A marked organisation nobody works at (yet) is listed too: that is where a way in is wanted most.
  for (const key of targets.keys()) if (!groups.has(key)) groups.set(key, []);
  const sameWays = before !== null && sameNetwork(before.sources, now);
  const ways: WaysIn = sameWays ? before.ways : waysIn(now.contacts, now.conversations);
  const changed = before && changedKeys(before, now, targets, book);
  const summaries = new Map<string, OrganisationSummary>();
  const words = new Map<string, string[]>();
  for (const [key, people] of groups) {
    const kept = changed && !changed.has(key) ? before.summaries.get(key) : undefined;
    const organisation = !kept
      ? summarise(key, people, book, ways, targets.get(key))
      : sameWays
        ? kept
        : { ...kept, route: ways.routeTo(people) };
    summaries.set(key, organisation);
    words.set(
      key,
      (kept && before?.words.get(key)) ??
        fold(organisation.name)
          .split(/[\s\-/&.,()]+/)
          .filter(Boolean),
    );
  }
  const organisations = [...summaries.values()].sort(
    (a, b) =>
      Number(b.target) - Number(a.target) ||
      b.people.length - a.people.length ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { sources: now, targets, ways, summaries, organisations, words, withoutOrganisation };
}

function summarise(
  key: string,
  people: Contact[],
  book: ContactBook,
  ways: WaysIn,
  markedAs: string | undefined,
): OrganisationSummary {
  const spellings = new Map<string, number>();
  for (const c of people) {
    const spelling = organisationSpelling(c.organisation);
    spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
  }
  let name = markedAs ?? '';
  let most = 0;
  for (const [spelling, count] of [...spellings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count > most) [name, most] = [spelling, count];
  }
  const held = new Map<string, string>();
  for (const c of people) {
    for (const v of book.activity.conversationsWith(c.id))
      if (v.status === 'gehouden') held.set(v.id, v.date);
  }
  let lastHeld: string | null = null;
  for (const date of held.values()) if (lastHeld === null || date > lastHeld) lastHeld = date;
  const listed = people
    .map((c) => ({
      key: nameKey(c),
      id: c.id,
      name: c.name,
      role: c.role,
      warmth: c.warmth,
      strength: c.strength,
      lastContactOn: book.activity.lastContactOn(c),
    }))
    .sort(byCloseness)
    .map(({ key: _, ...person }) => person);
  return {
    key,
    name,
    target: markedAs !== undefined,
    spellings: spellings.size,
    people: listed,
    held: held.size,
    lastHeld,
    route: ways.routeTo(people),
  };
}

/**
 * The marks after renaming the organisation `key` to `name`: its marks take the new name; when the new
 * name had marks of its own, the two become one record, marked when either organisation was.
 */
function renamedMarks(marks: OrganisationMark[], key: string, name: string, now: string): OrganisationMark[] {
  const intoKey = organisationKey(name);
  const from = marks.filter((m) => organisationKey(m.name) === key);
  if (from.length === 0) return marks;
  const into = intoKey === key ? [] : marks.filter((m) => organisationKey(m.name) === intoKey);
  if (into.length === 0) return marks.map((m) => (from.includes(m) ? { ...m, name, updatedAt: now } : m));
  const target = [...marksByKey([...from, ...into]).values()].some((m) => m.target);
  return marks
    .filter((m) => !from.includes(m))
    .map((m) => (into.includes(m) && m.target !== target ? { ...m, target, updatedAt: now } : m));
}
