import { randomUUID } from 'node:crypto';
import type { OrganisationList, OrganisationPerson, OrganisationSummary } from '../../contract/organisations';
import type { Contact, Conversation, OrganisationMark, Strength } from '../../contract/domain';
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

interface Built {
  sources: readonly unknown[];
  organisations: OrganisationSummary[];
  /** Each organisation's folded words, for the query. */
  words: Map<string, string[]>;
  withoutOrganisation: number;
}

/**
 * The organisations of the journal, made once per version of the contacts, conversations and touches
 * (every edit replaces the array it changes); a query only filters the list made. Active contacts
 * only: an archived colleague is no way in.
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
    const { contacts, conversations, organisations: marks } = this.store.data;
    const sources = [contacts, marks, ...this.contacts.activity.sources()];
    if (this.built && sources.every((s, i) => s === this.built!.sources[i])) return this.built;
    this.built = build(sources, contacts, conversations, marks, this.contacts);
    return this.built;
  }
}

function build(
  sources: readonly unknown[],
  contacts: readonly Contact[],
  conversations: readonly Conversation[],
  marks: readonly OrganisationMark[],
  book: ContactBook,
): Built {
  const groups = new Map<string, Contact[]>();
  let withoutOrganisation = 0;
  for (const c of contacts) {
    if (c.archived) continue;
    const key = organisationKey(c.organisation);
    if (key === '') {
      withoutOrganisation++;
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const targets = new Map<string, string>();
  for (const [key, m] of marksByKey(marks)) if (m.target) targets.set(key, m.name);
  // A marked organisation nobody works at (yet) is listed too: that is where a way in is wanted most.
  for (const key of targets.keys()) if (!groups.has(key)) groups.set(key, []);
  const ways: WaysIn = waysIn(contacts, conversations);
  const organisations: OrganisationSummary[] = [];
  const words = new Map<string, string[]>();
  for (const [key, people] of groups) {
    const organisation = summarise(key, people, book, ways, targets.get(key));
    organisations.push(organisation);
    words.set(
      key,
      fold(organisation.name)
        .split(/[\s\-/&.,()]+/)
        .filter(Boolean),
    );
  }
  organisations.sort(
    (a, b) =>
      Number(b.target) - Number(a.target) ||
      b.people.length - a.people.length ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { sources, organisations, words, withoutOrganisation };
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
