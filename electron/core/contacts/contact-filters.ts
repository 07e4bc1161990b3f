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
} from '../../contract/contract';
import { circles, strengths, warmths, type Contact } from '../../contract/domain';
import { awaitsSortIn } from '../../contract/rules/sort-in';

/** What the filters need to know about a contact beyond its record. */
export interface ContactFacts {
  /** Where keeping in touch stands, for active contacts with a cadence (ReminderBook.keepInTouchStates). */
  keepInTouch: ReadonlyMap<string, KeepInTouchState>;
  /** The last contact as the person experiences it (ContactActivity.lastContactOn). */
  lastContactOn(contact: Contact): string | null;
}

export interface FilteredContacts {
  /** The places (in the sorted list) of the contacts that pass, in order. */
  places: number[];
  facets: ContactFacets;
}

const CIRCLE = 1;
const WARMTH = 2;
const STRENGTH = 4;
const TAG = 8;
const KEEP_IN_TOUCH = 16;
const NEVER_SPOKEN = 32;
const UNSORTED = 64;

const foldedTags = new WeakMap<Contact, string[]>();
function tagsOf(c: Contact): string[] {
  let tags = foldedTags.get(c);
  if (tags === undefined) {
    tags = c.tags.map(fold);
    foldedTags.set(c, tags);
  }
  return tags;
}

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
    f.unsorted
  );
}

/** The contacts at `places` of `sorted` that pass `filters`, and the count per filter value. */
export function filterContacts(
  sorted: readonly Contact[],
  places: readonly number[],
  filters: ContactFilterChoice,
  facts: ContactFacts,
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
  };
  const tagCounts = new Map<string, { tag: string; count: number }>();
  const passing: number[] = [];

  for (const place of places) {
    const c = sorted[place]!;
    const tags = tagsOf(c);
    const state = facts.keepInTouch.get(c.id);
    const never = facts.lastContactOn(c) === null;
    const unsorted = awaitsSortIn(c);
    let fails = 0;
    if (circleSet.size > 0 && (c.circle === null || !circleSet.has(c.circle))) fails |= CIRCLE;
    if (warmthSet.size > 0 && (c.warmth === null || !warmthSet.has(c.warmth))) fails |= WARMTH;
    if (strengthSet.size > 0 && (c.strength === null || !strengthSet.has(c.strength))) fails |= STRENGTH;
    if (tagSet.size > 0 && !tags.some((t) => tagSet.has(t))) fails |= TAG;
    if (stateSet.size > 0 && (state === undefined || !stateSet.has(state))) fails |= KEEP_IN_TOUCH;
    if (filters.neverSpoken && !never) fails |= NEVER_SPOKEN;
    if (filters.unsorted && !unsorted) fails |= UNSORTED;
    // Two or more kinds fail: no single change of one kind would show this contact.
    if (fails !== 0 && (fails & (fails - 1)) !== 0) continue;
    if (fails === 0) passing.push(place);
    const counts = (kind: number) => fails === 0 || fails === kind;
    if (counts(CIRCLE) && c.circle !== null) facets.circle[c.circle]++;
    if (counts(WARMTH) && c.warmth !== null) facets.warmth[c.warmth]++;
    if (counts(STRENGTH) && c.strength !== null) facets.strength[c.strength]++;
    if (counts(KEEP_IN_TOUCH) && state !== undefined) facets.keepInTouch[state]++;
    if (counts(NEVER_SPOKEN) && never) facets.neverSpoken++;
    if (counts(UNSORTED) && unsorted) facets.unsorted++;
    if (counts(TAG)) {
      for (let k = 0; k < tags.length; k++) {
        const folded = tags[k]!;
        // A contact with one tag written twice counts once.
        if (tags.indexOf(folded) !== k) continue;
        const entry = tagCounts.get(folded);
        if (entry) entry.count++;
        else tagCounts.set(folded, { tag: c.tags[k]!.trim(), count: 1 });
      }
    }
  }

  facets.tag = topTags(tagCounts, filters.tag);
  return { places: passing, facets };
}

/** The most common tags first, then A to Z; the chosen ones always, with their count (perhaps 0). */
function topTags(
  counts: Map<string, { tag: string; count: number }>,
  chosen: readonly string[],
): ContactFacets['tag'] {
  const all = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'nl', { sensitivity: 'base' }),
  );
  const top = all.slice(0, MAX_TAG_FACETS);
  for (const tag of chosen) {
    const folded = fold(tag);
    if (top.some((t) => fold(t.tag) === folded)) continue;
    top.push(counts.get(folded) ?? { tag: tag.trim(), count: 0 });
  }
  return top;
}
