/**
 * Likely duplicates (issue 12): two contacts with an e-mail address in common (any of theirs), the same LinkedIn profile, or
 * names alike by the rule the app already uses before a referral becomes a contact (similar-names.ts).
 *
 * Found without comparing every contact with every other (12.5 million pairs at 5,000 contacts): e-mail
 * addresses and profiles are grouped, and names are compared only within the contacts that share a word
 * of the name. Kept per version of the contacts and of the "Geen dubbele" pairs, so asking again after a
 * write elsewhere costs nothing (see duplicates.bench in build/bench for the figures).
 */
import type { DuplicateList, DuplicatePair, DuplicateReason } from '../../../contract/contract';
import { DUPLICATES_SHOWN } from '../../../contract/contract';
import type { Contact, NotDuplicate } from '../../../contract/domain';
import { linkedInProfile } from '../../../contract/rules/linkedin-profile';
import { fold } from '../../text-search';
import { nameSimilarity, nameWords } from '../similar-names';

/** The key a pair of ids is known by, in either order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

// Kept per record: contacts are immutable, so after an edit only the edited one is read again.
const wordsCache = new WeakMap<Contact, { words: string[]; organisation: string }>();
function wordsOf(c: Contact) {
  let found = wordsCache.get(c);
  if (!found) {
    found = { words: nameWords(c.name), organisation: fold(c.organisation.trim()) };
    wordsCache.set(c, found);
  }
  return found;
}

interface Found {
  a: Contact;
  b: Contact;
  reasons: DuplicateReason[];
}

/** How sure a pair is: the same address or profile first, then names by how alike they are. */
function strength(f: Found): number {
  let s = 0;
  for (const r of f.reasons) s += r.kind === 'name' ? r.similarity : 10;
  return s;
}

/**
 * Every likely duplicate pair among `contacts`, leaving out the pairs said to be different people. At
 * least one of the two is active: two archived records of one person bother nobody.
 */
export function findDuplicates(
  contacts: readonly Contact[],
  notDuplicates: readonly NotDuplicate[],
): Found[] {
  const dismissed = new Set(notDuplicates.map((p) => pairKey(p.ids[0], p.ids[1])));
  const pairs = new Map<string, Found>();
  const add = (x: Contact, y: Contact, reason: DuplicateReason) => {
    if (x.id === y.id || (x.archived && y.archived)) return;
    const key = pairKey(x.id, y.id);
    if (dismissed.has(key)) return;
    const found = pairs.get(key);
    if (found) {
      if (!found.reasons.some((r) => r.kind === reason.kind)) found.reasons.push(reason);
      return;
    }
    // The one written down first is `a`: usually the record the other copies.
    const [a, b] = x.createdAt <= y.createdAt ? [x, y] : [y, x];
    pairs.set(key, { a, b, reasons: [reason] });
  };

  // Each contact under every key it has: any of its e-mail addresses (the main one or another, version 6)
  // meets the same address on someone else, whichever field that is in.
  const groups = (keys: (c: Contact) => string[], reason: (value: string) => DuplicateReason) => {
    const byKey = new Map<string, Contact[]>();
    for (const c of contacts) {
      for (const k of new Set(keys(c))) {
        if (k === '') continue;
        const list = byKey.get(k);
        if (list) list.push(c);
        else byKey.set(k, [c]);
      }
    }
    for (const [k, list] of byKey) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) add(list[i]!, list[j]!, reason(k));
      }
    }
  };
  groups(
    (c) => [c.email, ...c.moreEmails].map((e) => e.trim().toLocaleLowerCase()),
    (value) => ({ kind: 'email', value }),
  );
  groups(
    (c) => [linkedInProfile(c.linkedin)],
    (value) => ({ kind: 'linkedin', value }),
  );

  // Names: a pair can only be alike when the shorter name's words are all in the longer one, or both
  // share first and last word; either way they share the first word of the shorter (or both) names.
  // So each contact is compared only with the contacts that have its first word somewhere in theirs.
  const read = contacts.map(wordsOf);
  const words = read.map((r) => r.words);
  const byWord = new Map<string, number[]>();
  words.forEach((ws, i) => {
    for (const w of new Set(ws)) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const organisation = read.map((r) => r.organisation);
  for (let i = 0; i < contacts.length; i++) {
    const mine = words[i]!;
    if (mine.length === 0) continue;
    for (const j of byWord.get(mine[0]!) ?? []) {
      if (j === i) continue;
      const theirs = words[j]!;
      // Each pair once: from the shorter name (or, of two as long, from the first in the list).
      if (theirs.length < mine.length || (theirs.length === mine.length && j < i)) continue;
      const similarity = nameSimilarity(mine, theirs);
      if (similarity === 0) continue;
      // "Anna" is within every Anna: one word within another name only counts at the same organisation.
      if (
        similarity === 1 &&
        mine.length === 1 &&
        (organisation[i] === '' || organisation[i] !== organisation[j])
      ) {
        continue;
      }
      add(contacts[i]!, contacts[j]!, { kind: 'name', similarity });
    }
  }
  const found = [...pairs.values()];
  for (const f of found) f.reasons.sort((x, y) => order(x) - order(y));
  return found.sort(
    (x, y) => strength(y) - strength(x) || x.a.name.localeCompare(y.a.name) || (x.a.id < y.a.id ? -1 : 1),
  );
}

function order(r: DuplicateReason): number {
  return r.kind === 'email' ? 0 : r.kind === 'linkedin' ? 1 : 2;
}

/** The likely duplicates, found again only when the contacts or the "Geen dubbele" pairs changed. */
export class DuplicateFinder {
  private for: { contacts: readonly Contact[]; notDuplicates: readonly NotDuplicate[] } | null = null;
  private found: Found[] = [];

  constructor(private readonly summary: (c: Contact) => DuplicatePair['a']) {}

  /** Every pair, or with `contactId` the pairs that contact is in, the most certain first. */
  list(
    contacts: readonly Contact[],
    notDuplicates: readonly NotDuplicate[],
    contactId?: string,
  ): DuplicateList {
    if (this.for?.contacts !== contacts || this.for.notDuplicates !== notDuplicates) {
      this.found = findDuplicates(contacts, notDuplicates);
      this.for = { contacts, notDuplicates };
    }
    const found = contactId
      ? this.found.filter((f) => f.a.id === contactId || f.b.id === contactId)
      : this.found;
    return {
      total: found.length,
      pairs: found.slice(0, DUPLICATES_SHOWN).map((f) => ({
        a: this.summary(f.a),
        b: this.summary(f.b),
        reasons: f.reasons,
      })),
    };
  }
}
