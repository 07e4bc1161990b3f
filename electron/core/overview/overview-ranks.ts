/**
 * The orders and counts Overzicht reads at every look, kept per change (issue 13: "patched per change,
 * no full recompute"): Je netwerk in kaart's counts, and the contacts in the order Verwaterd, the weak tie
 * and the conversation to ask for pick them. A look then reads the first few of each instead of walking
 * and sorting every contact; an edit moves the few entries it changed (a binary search and a splice).
 *
 * Each order ends in the contact's place in the journal (its first place, as the entries map has it
 * when built), so ties fall as they do in a full computation, whatever the edits did since.
 */
import type { Circle, Contact, Strength, Warmth } from '../../contract/domain';
import { circles, warmths } from '../../contract/records/contacts';
import { dayNumber } from '../../contract/rules/calendar';
import { DUNBAR_NUMBER, type NetworkMap, type OverviewModel } from '../../contract/overview';

/** Where one active contact stands. */
export interface ContactEntry {
  contact: Contact;
  /** The last contact (a conversation held, a touch, the date on the contact, keeping in touch done). */
  last: string | null;
  /** `last`, or the day the contact was made when never in touch: where "how long without contact" counts from. */
  anchor: string;
  /** The first day on which the relation counts as verwaterd; null when it never does (cadence `geen`). */
  quietFrom: string | null;
  quietBy: 'cadence' | 'months';
  /** The dates of the planned conversations this person takes part in (past ones too: see `plannedAhead`). */
  plannedOn: readonly string[];
  /** The contact's place in the journal (its first, when built; the next one for a new contact): ties go by it. */
  ordinal: number;
}
import { awaitsSortIn } from '../../contract/rules/sort-in';

/** As `a.localeCompare(b)` orders, without looking the locale up per call. */
const byLocale = new Intl.Collator().compare;

/** One order of some of the entries, kept sorted. */
export class RankedEntries {
  readonly list: ContactEntry[] = [];

  /**
   * `key`, when given, is a whole number from 0 to KEY_LIMIT per entry that orders entries as `compare`
   * does wherever two keys differ: the build then sorts mostly by number (see `sortedByKey`).
   */
  constructor(
    private readonly takes: (e: ContactEntry) => boolean,
    private readonly compare: (a: ContactEntry, b: ContactEntry) => number,
    private readonly key?: (e: ContactEntry) => number,
  ) {}

  /** Sorted again from all the entries (after a build). */
  rebuild(entries: Iterable<ContactEntry>): void {
    this.list.length = 0;
    for (const e of entries) if (this.takes(e)) this.list.push(e);
    if (!this.key || !sortedByKey(this.list, this.key, this.compare)) this.list.sort(this.compare);
  }

  /** One entry replaced (either may be missing: a contact who came or left). */
  replace(before: ContactEntry | undefined, after: ContactEntry | undefined): void {
    if (before && this.takes(before)) {
      let at = this.place(before);
      // Found by its order; the entry itself is there exactly once.
      if (this.list[at] !== before) at = this.list.indexOf(before);
      if (at >= 0) this.list.splice(at, 1);
    }
    if (after && this.takes(after)) this.list.splice(this.place(after), 0, after);
  }

  /** The first place whose entry does not come before `e`. */
  private place(e: ContactEntry): number {
    let low = 0;
    let high = this.list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compare(this.list[mid]!, e) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Keys are below 2^23 (see `dayKey`); with the place in the list below 2^26 they stay exact in a double. */
const KEY_LIMIT = 2 ** 23;
const PLACES = 2 ** 26;

/**
 * Sorts `list` in place as `compare` would, by `key` first: each entry's key and place packed into one
 * number, the numbers sorted by the typed array's own sort (no call back into JS per comparison, where a
 * comparator walks from entry to contact to string 60,000 times for 5,000 entries), and then only the
 * runs of entries with equal keys sorted by `compare`. False, leaving `list` as it was, when a key is
 * not a whole number below KEY_LIMIT or the list is too long to pack.
 */
export function sortedByKey<T>(list: T[], key: (e: T) => number, compare: (a: T, b: T) => number): boolean {
  const n = list.length;
  if (n >= PLACES) return false;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = key(list[i]!);
    if (!(Number.isInteger(k) && k >= 0 && k < KEY_LIMIT)) return false;
    packed[i] = k * PLACES + i;
  }
  packed.sort();
  const from = list.slice();
  // The keys in their sorted order, unpacked: where one run of equal keys ends.
  const sortedKeys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = Math.floor(packed[i]! / PLACES);
    list[i] = from[packed[i]! - k * PLACES]!;
    sortedKeys[i] = k;
  }
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && sortedKeys[end] === sortedKeys[start]) end++;
    if (end - start > 1) {
      const run = list.slice(start, end).sort(compare);
      for (let i = 0; i < run.length; i++) list[start + i] = run[i]!;
    }
    start = end;
  }
  return true;
}

/** Days from 0000-01-01 of a record's calendar date: a key as the date's text orders (all below 2^22). */
function dayKey(date: string): number {
  return dayNumber(date) + DAY_ZERO;
}
const DAY_ZERO = -dayNumber('0000-01-01');

const warmFirst = (e: ContactEntry) => (e.contact.warmth === 'warm' ? 0 : 1);

/** Verwaterd: the longest without contact first, then by name as the person reads it. */
export function quietOrder(): RankedEntries {
  return new RankedEntries(
    (e) => e.quietFrom !== null,
    (a, b) =>
      a.anchor !== b.anchor
        ? a.anchor < b.anchor
          ? -1
          : 1
        : byLocale(a.contact.name, b.contact.name) || a.ordinal - b.ordinal,
    (e) => dayKey(e.anchor),
  );
}

/** The weak ties ("ken ik een beetje"), the one longest without contact (or since made) first. */
export function weakTieOrder(): RankedEntries {
  return new RankedEntries(
    (e) => e.contact.strength === 'een-beetje',
    (a, b) =>
      a.anchor !== b.anchor
        ? a.anchor < b.anchor
          ? -1
          : 1
        : a.contact.name !== b.contact.name
          ? a.contact.name < b.contact.name
            ? -1
            : 1
          : a.ordinal - b.ordinal,
    (e) => dayKey(e.anchor),
  );
}

/** Whom to ask for a conversation: warm before lauw, then the longest without one (never first). */
export function askOrder(): RankedEntries {
  return new RankedEntries(
    (e) => e.contact.warmth === 'warm' || e.contact.warmth === 'lauw',
    (a, b) => {
      const warmth = warmFirst(a) - warmFirst(b);
      if (warmth !== 0) return warmth;
      const x = a.last ?? '0000-00-00';
      const y = b.last ?? '0000-00-00';
      return x !== y ? (x < y ? -1 : 1) : a.ordinal - b.ordinal;
    },
    // Never in touch first, as '0000-00-00' sorts; then by the day.
    (e) => warmFirst(e) * 2 ** 22 + (e.last === null ? 0 : dayKey(e.last) + 1),
  );
}

const circleRank = new Map<Circle | null, number>([...circles, null].map((c, i) => [c, i]));
const warmthRank = new Map<Warmth | null, number>([...warmths, null].map((w, i) => [w, i]));

/** Je netwerk in kaart and Dunbar: the active contacts counted per kring × warmth and per strength. */
export class NetworkTally {
  private readonly cells = new Map<string, { circle: Circle | null; warmth: Warmth | null; count: number }>();
  private readonly strengths = new Map<Strength | null, number>();
  private unsorted = 0;
  private total = 0;
  private known = 0;

  /** Counted again from every contact. */
  rebuild(contacts: readonly Contact[]): void {
    this.cells.clear();
    this.strengths.clear();
    this.unsorted = this.total = this.known = 0;
    for (const c of contacts) this.count(c, 1);
  }

  /** One contact counted in (1) or out (-1). */
  count(c: Contact, sign: 1 | -1): void {
    if (c.archived) return;
    this.total += sign;
    if (awaitsSortIn(c)) this.unsorted += sign;
    const key = `${c.circle}|${c.warmth}`;
    const cell = this.cells.get(key);
    if (cell) cell.count += sign;
    else this.cells.set(key, { circle: c.circle, warmth: c.warmth, count: sign });
    this.strengths.set(c.strength, (this.strengths.get(c.strength) ?? 0) + sign);
    if (c.strength === 'goed' || c.strength === 'heel-goed') this.known += sign;
  }

  /** The counts as the model has them: the cells with anyone in them, by kring, then warmth. */
  model(): { network: NetworkMap; dunbar: OverviewModel['dunbar'] } {
    const cells = [...this.cells.values()]
      .filter((c) => c.count > 0)
      .sort(
        (a, b) =>
          circleRank.get(a.circle)! - circleRank.get(b.circle)! ||
          warmthRank.get(a.warmth)! - warmthRank.get(b.warmth)!,
      )
      .map((c) => ({ ...c }));
    return {
      network: {
        cells,
        strengths: (['heel-goed', 'goed', 'een-beetje', null] as const).map((strength) => ({
          strength,
          count: this.strengths.get(strength) ?? 0,
        })),
        unsorted: this.unsorted,
        total: this.total,
      },
      dunbar: { known: this.known, limit: DUNBAR_NUMBER },
    };
  }
}
