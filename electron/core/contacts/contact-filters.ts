/**
 * Contacten's filters (issue 13): which of the contacts a search found pass the chosen filters, and how
 * many each filter value would show (contract/contact-filters.ts says what the counts mean).
 *
 * One pass over the found contacts answers both: a contact failing no kind is shown and counts for every
 * value it has; one failing exactly one kind counts only for that kind's values (picking another value
 * there could show it); one failing two or more counts nowhere. At 5,000 contacts that is a few
 * thousand comparisons, well inside a frame, so nothing needs patching per change.
 */
import {
  keepInTouchStates,
  MAX_TAG_FACETS,
  type ContactFacets,
  type ContactFilterChoice,
  type KeepInTouchState,
} from '../../contract/contact-filters';
import {
  circles,
  strengths,
  warmths,
  type Circle,
  type Contact,
  type Strength,
  type Warmth,
} from '../../contract/domain';
import { awaitsSortIn } from '../../contract/rules/sort-in';
import type { ContactActivity } from '../conversations/activity';

/** What the filters need to know about a contact beyond its record. */
export interface ContactFacts {
  /** The last contact as the person experiences it (ContactActivity.lastContactOn). */
  lastContactOn(contact: Contact): string | null;
}

export interface FilteredContacts {
  /** The places (in the sorted list) of the contacts that pass, in order. */
  places: number[];
  facets: ContactFacets;
}

/**
 * What the filters look at of one contact, worked out once per version of the list and its sources.
 * Keeping in touch is looked up as the filter runs, so a new map of it makes no profile again.
 */
export interface FilterProfile {
  id: string;
  circle: Circle | null;
  warmth: Warmth | null;
  strength: Strength | null;
  /** Tags folded for comparing, each once, and as the contact writes them. */
  tags: string[];
  written: string[];
  /** The number of each folded tag (see `tagNumber`), for counting. */
  tagNumbers: number[];
  neverSpoken: boolean;
  unsorted: boolean;
}

/**
 * A number per folded tag, given the first time a contact has it: the counts per tag are kept in an
 * array by number, where a map by tag text cost a lookup of a freshly made string per tag of every
 * contact found, at every keystroke. A journal has some hundreds of tags; the numbers are never reused.
 */
const tagNumbers = new Map<string, number>();
const tagNames: string[] = [];
function tagNumber(folded: string): number {
  let n = tagNumbers.get(folded);
  if (n === undefined) {
    tagNumbers.set(folded, (n = tagNames.length));
    tagNames.push(folded);
  }
  return n;
}
const tagNameOf = (n: number) => tagNames[n]!;

/** A contact's tags folded, each once, and as written; kept per record (records never change). */
const tagsOf = new WeakMap<Contact, { tags: string[]; written: string[]; numbers: number[] }>();
function foldedTags(c: Contact): { tags: string[]; written: string[]; numbers: number[] } {
  let kept = tagsOf.get(c);
  if (kept === undefined) {
    const tags: string[] = [];
    const written: string[] = [];
    for (const tag of c.tags) {
      const folded = fold(tag);
      // A contact with one tag written twice counts once.
      if (tags.includes(folded)) continue;
      tags.push(folded);
      written.push(tag.trim());
    }
    kept = { tags, written, numbers: tags.map(tagNumber) };
    tagsOf.set(c, kept);
  }
  return kept;
}

/**
 * The profile of each contact of a sorted list, place by place. Made again when a conversation or touch
 * changed (whether someone was ever spoken to may have), so what comes from the record alone is kept
 * per record: folding the tags is what cost.
 */
export function profilesOf(
  sorted: readonly Contact[],
  facts: ContactFacts,
  kept?: WeakMap<Contact, FilterProfile>,
): FilterProfile[] {
  return sorted.map((c) => {
    const neverSpoken = facts.lastContactOn(c) === null;
    // A record's profile again, while what came from elsewhere (ever spoken to) stays as it was.
    const before = kept?.get(c);
    if (before?.neverSpoken === neverSpoken) return before;
    const { tags, written, numbers } = foldedTags(c);
    const profile: FilterProfile = {
      id: c.id,
      circle: c.circle,
      warmth: c.warmth,
      strength: c.strength,
      tags,
      written,
      tagNumbers: numbers,
      neverSpoken,
      unsorted: awaitsSortIn(c),
    };
    kept?.set(c, profile);
    return profile;
  });
}

const CIRCLE = 1;
const WARMTH = 2;
const STRENGTH = 4;
const TAG = 8;
const KEEP_IN_TOUCH = 16;
const NEVER_SPOKEN = 32;
const UNSORTED = 64;
const UNPLACED = 128;

function fold(tag: string): string {
  return tag.trim().toLocaleLowerCase('nl');
}

function zeros<T extends string>(values: readonly T[]): Record<T, number> {
  return Object.fromEntries(values.map((v) => [v, 0])) as Record<T, number>;
}

/** Whether any filter is chosen. */
export function filtering(f: ContactFilterChoice): boolean {
  return (
    f.circle.length + f.warmth.length + f.strength.length + f.tag.length + f.keepInTouch.length > 0 ||
    f.neverSpoken ||
    f.unsorted ||
    f.unplaced
  );
}

/**
 * The contacts at `places` (profiles by place, see profilesOf) that pass `filters`, and the counts;
 * `keepInTouch` says where keeping in touch stands (ReminderBook.keepInTouchStates).
 */
export function filterContacts(
  profiles: readonly FilterProfile[],
  places: readonly number[],
  filters: ContactFilterChoice,
  keepInTouch: ReadonlyMap<string, KeepInTouchState>,
): FilteredContacts {
  const circleSet = new Set<string>(filters.circle);
  const warmthSet = new Set<string>(filters.warmth);
  const strengthSet = new Set<string>(filters.strength);
  const tagSet = new Set(filters.tag.map(fold));
  const stateSet = new Set<string>(filters.keepInTouch);
  const facets: ContactFacets = {
    circle: zeros(circles),
    warmth: zeros(warmths),
    strength: zeros(strengths),
    tag: [],
    keepInTouch: zeros(keepInTouchStates),
    neverSpoken: 0,
    unsorted: 0,
    unplaced: 0,
  };
  // Per tag number: how many, and the tag as the first contact counted writes it.
  const tagCount: number[] = [];
  const tagWritten: string[] = [];
  const tagsSeen: number[] = [];
  const passing: number[] = [];

  for (const place of places) {
    const p = profiles[place]!;
    const state = keepInTouch.get(p.id);
    let fails = 0;
    if (circleSet.size > 0 && (p.circle === null || !circleSet.has(p.circle))) fails |= CIRCLE;
    if (warmthSet.size > 0 && (p.warmth === null || !warmthSet.has(p.warmth))) fails |= WARMTH;
    if (strengthSet.size > 0 && (p.strength === null || !strengthSet.has(p.strength))) fails |= STRENGTH;
    if (tagSet.size > 0 && !p.tags.some((t) => tagSet.has(t))) fails |= TAG;
    if (stateSet.size > 0 && (state === undefined || !stateSet.has(state))) fails |= KEEP_IN_TOUCH;
    if (filters.neverSpoken && !p.neverSpoken) fails |= NEVER_SPOKEN;
    if (filters.unsorted && !p.unsorted) fails |= UNSORTED;
    const unplaced = p.circle === null || p.warmth === null;
    if (filters.unplaced && !unplaced) fails |= UNPLACED;
    // Two or more kinds fail: no single change of one kind would show this contact.
    if (fails !== 0 && (fails & (fails - 1)) !== 0) continue;
    if (fails === 0) passing.push(place);
    const all = fails === 0;
    if ((all || fails === CIRCLE) && p.circle !== null) facets.circle[p.circle]++;
    if ((all || fails === WARMTH) && p.warmth !== null) facets.warmth[p.warmth]++;
    if ((all || fails === STRENGTH) && p.strength !== null) facets.strength[p.strength]++;
    if ((all || fails === KEEP_IN_TOUCH) && state !== undefined) facets.keepInTouch[state]++;
    if ((all || fails === NEVER_SPOKEN) && p.neverSpoken) facets.neverSpoken++;
    if ((all || fails === UNSORTED) && p.unsorted) facets.unsorted++;
    if ((all || fails === UNPLACED) && unplaced) facets.unplaced++;
    if (all || fails === TAG) {
      for (let k = 0; k < p.tagNumbers.length; k++) {
        const n = p.tagNumbers[k]!;
        if (tagCount[n] === undefined) {
          tagCount[n] = 0;
          tagWritten[n] = p.written[k]!;
          tagsSeen.push(n);
        }
        tagCount[n]++;
      }
    }
  }

  const tagCounts = new Map<string, { tag: string; count: number }>();
  for (const n of tagsSeen) tagCounts.set(tagNameOf(n), { tag: tagWritten[n]!, count: tagCount[n]! });
  facets.tag = topTags(tagCounts, filters.tag);
  return { places: passing, facets };
}

/**
 * Tags A to Z as `a.localeCompare(b, 'nl', { sensitivity: 'base' })` orders them, with one collator: a
 * locale and options given per call make one per comparison (the sort of a search's tags took 20 ms).
 */
const byTag = new Intl.Collator('nl', { sensitivity: 'base' }).compare;

/** The most common tags first, then A to Z; the chosen ones always, with their count (perhaps 0). */
function topTags(
  counts: Map<string, { tag: string; count: number }>,
  chosen: readonly string[],
): ContactFacets['tag'] {
  const all = [...counts.values()].sort((a, b) => b.count - a.count || byTag(a.tag, b.tag));
  const top = all.slice(0, MAX_TAG_FACETS);
  for (const tag of chosen) {
    const folded = fold(tag);
    if (top.some((t) => fold(t.tag) === folded)) continue;
    top.push(counts.get(folded) ?? { tag: tag.trim(), count: 0 });
  }
  return top;
}

/**
 * The filtered list as ContactBook answers it, with what it is made of kept: the profiles while the
 * sorted list, the conversations and the touches stay the same (a filter change then
 * only compares small values), and the last answer while the search and the filters do (scrolling
 * further down costs nothing).
 */
export class FilteredView {
  /** Each record's profile as last made: after an edit only the records changed get a new one. */
  private readonly byRecord = new WeakMap<Contact, FilterProfile>();
  private profiles: {
    sorted: readonly Contact[];
    sources: readonly unknown[];
    profiles: readonly FilterProfile[];
  } | null = null;
  /** The last answer per list of places (a search kept by ContactBook comes back with its places). */
  private readonly last = new WeakMap<
    readonly number[],
    {
      keepInTouch: ReadonlyMap<string, KeepInTouchState>;
      key: string;
      profiles: readonly FilterProfile[];
      answer: FilteredContacts;
    }
  >();

  constructor(private readonly activity: ContactActivity) {}

  /** The contacts at `places` of `sorted` that pass `filters`, with the counts per filter value. */
  filtered(
    sorted: readonly Contact[],
    places: readonly number[],
    filters: ContactFilterChoice,
    keepInTouch: ReadonlyMap<string, KeepInTouchState>,
  ): FilteredContacts {
    const profiles = this.profilesFor(sorted);
    const key = JSON.stringify(filters);
    const last = this.last.get(places);
    if (
      last !== undefined &&
      last.keepInTouch === keepInTouch &&
      last.key === key &&
      last.profiles === profiles
    )
      return last.answer;
    const answer = filterContacts(profiles, places, filters, keepInTouch);
    this.last.set(places, { keepInTouch, key, profiles, answer });
    return answer;
  }

  private profilesFor(sorted: readonly Contact[]): readonly FilterProfile[] {
    const sources = this.activity.sources();
    const kept = this.profiles;
    if (kept?.sorted === sorted && kept.sources.every((source, i) => source === sources[i])) {
      return kept.profiles;
    }
    const profiles = profilesOf(
      sorted,
      { lastContactOn: (c) => this.activity.lastContactOn(c) },
      this.byRecord,
    );
    this.profiles = { sorted, sources, profiles };
    return profiles;
  }
}
