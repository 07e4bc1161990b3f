/**
 * Who a person of an import file is in the journal (issue 12, import-plan.ts): the contact with the same
 * e-mail address, the same LinkedIn profile, or the same name at the same organisation, found through
 * indexes so that 5,000 rows against 5,000 contacts stay a lookup each.
 */
import type { ContactFields } from '../../contract/domain';
import type { ImportedPerson, ImportMatchBy } from '../../contract/exchange';
import { linkedInProfile } from '../../contract/rules/linkedin-profile';
import { nameSimilarity, nameWords } from '../contacts/similar-names';
import { fold } from '../text-search';

/** The contact as the plan sees it: what it holds so far, after the earlier rows of this file. */
export interface Candidate {
  /** The journal's contact; null for one this import would make. */
  contactId: string | null;
  fields: ContactFields;
  /** When it joined the index: of two names as alike, the earlier one wins, whatever the index order. */
  order: number;
  /** For one this import would make: the row that makes it. */
  row?: number;
}

/** A name as the similar-names rule sees it, with who it is. */
interface NameEntry {
  candidate: Candidate;
  words: string[];
}

/**
 * The names at one organisation, indexed so that a person is compared only with names that can be alike
 * by nameSimilarity (contacts/similar-names.ts), never with everyone there: a LinkedIn export has
 * hundreds of people without a company, and comparing each with each was most of a 5,000-row preview.
 * Alike means one of: the same first and last word (byEnds); the person's words all in the other name
 * (found through the person's rarest word, byWord); the other name's words all in the person's (found by
 * the set of words, bySet, for each part of the person's words).
 */
class NamesAt {
  private readonly byWord = new Map<string, NameEntry[]>();
  private readonly byEnds = new Map<string, NameEntry[]>();
  private readonly bySet = new Map<string, NameEntry[]>();

  add(entry: NameEntry): void {
    const { words } = entry;
    if (words.length === 0) return;
    for (const w of new Set(words)) push(this.byWord, w, entry);
    push(this.byEnds, ends(words), entry);
    push(this.bySet, setKey(words), entry);
  }

  /** Every entry that may be alike `words` (a superset of those nameSimilarity scores above 0). */
  candidates(words: readonly string[]): Set<NameEntry> {
    const found = new Set<NameEntry>();
    if (words.length === 0) return found;
    for (const e of this.byEnds.get(ends(words)) ?? []) found.add(e);
    let rarest: NameEntry[] | undefined;
    for (const w of new Set(words)) {
      const list = this.byWord.get(w);
      if (!list) return addSubsets(found, this.bySet, words);
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    for (const e of rarest ?? []) found.add(e);
    return addSubsets(found, this.bySet, words);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const ends = (words: readonly string[]) => `${words[0]!}\u0000${words[words.length - 1]!}`;
const setKey = (words: readonly string[]) => [...new Set(words)].sort().join('\u0000');

/** The entries whose words are exactly one part of `words` (a name of 2–6 words has at most 63). */
function addSubsets(
  found: Set<NameEntry>,
  bySet: Map<string, NameEntry[]>,
  words: readonly string[],
): Set<NameEntry> {
  const distinct = [...new Set(words)].sort();
  // Longer names than this are rare; their parts are left to the other two indexes.
  if (distinct.length > 8) return found;
  for (let mask = 1; mask < 1 << distinct.length; mask++) {
    const part = distinct.filter((_, i) => mask & (1 << i));
    for (const e of bySet.get(part.join('\u0000')) ?? []) found.add(e);
  }
  return found;
}

/**
 * Who a person of the file is: contacts (and the people this import would make) by e-mail address,
 * LinkedIn profile, and by organisation for the name check. Built once per plan, so 5,000 rows against
 * 5,000 contacts is a lookup each, not a comparison with everyone.
 */
export class MatchIndex {
  private readonly byEmail = new Map<string, Candidate>();
  private readonly byLinkedin = new Map<string, Candidate>();
  private readonly byOrganisation = new Map<string, NamesAt>();
  /** The journal's contacts by their exact name words, whatever their organisation (lookalike). */
  private readonly byName = new Map<string, Candidate[]>();

  add(candidate: Candidate): void {
    this.keys(candidate);
    const words = nameWords(candidate.fields.name);
    this.atOrganisation(candidate, words);
    if (candidate.contactId !== null && words.length > 0) push(this.byName, words.join('\u0000'), candidate);
  }

  /**
   * A contact of the journal with the same name as `p` that `match` did not take, because the
   * organisation differs or one side has none ("Bram Jansen · Rabobank, Utrecht" and "Bram Jansen ·
   * Rabobank"): only the name agrees, so the person decides. Never one whose LinkedIn profile says it is
   * someone else. The first of several, as the journal lists them.
   */
  lookalike(p: ImportedPerson): Candidate | null {
    const words = nameWords(p.name);
    if (words.length === 0) return null;
    const mine = linkedInProfile(p.linkedin);
    for (const c of this.byName.get(words.join('\u0000')) ?? []) {
      const theirs = linkedInProfile(c.fields.linkedin);
      if (mine === '' || theirs === '' || mine === theirs) return c;
    }
    return null;
  }

  /** The same contact, now holding `fields` (what a row added): found by its new addresses too. */
  grow(candidate: Candidate, fields: ContactFields): void {
    const before = candidate.fields.organisation;
    candidate.fields = fields;
    this.keys(candidate);
    if (fields.organisation !== before) this.atOrganisation(candidate, nameWords(fields.name));
  }

  private keys(candidate: Candidate): void {
    const f = candidate.fields;
    for (const e of [f.email, ...f.moreEmails]) {
      const key = e.toLowerCase();
      if (key !== '' && !this.byEmail.has(key)) this.byEmail.set(key, candidate);
    }
    const profile = linkedInProfile(f.linkedin);
    if (profile !== '' && !this.byLinkedin.has(profile)) this.byLinkedin.set(profile, candidate);
  }

  private atOrganisation(candidate: Candidate, words: string[]): void {
    const org = fold(candidate.fields.organisation).trim();
    let names = this.byOrganisation.get(org);
    if (!names) this.byOrganisation.set(org, (names = new NamesAt()));
    names.add({ candidate, words });
  }

  match(p: ImportedPerson): { candidate: Candidate; by: ImportMatchBy } | null {
    const words = nameWords(p.name);
    for (const e of p.emails) {
      const found = this.byEmail.get(e.toLowerCase());
      // info@…, a couple's address: the same address is the same person only when the names agree.
      if (found && namesAgree(words, nameWords(found.fields.name))) return { candidate: found, by: 'email' };
    }
    const profile = linkedInProfile(p.linkedin);
    const byProfile = profile === '' ? undefined : this.byLinkedin.get(profile);
    if (byProfile) return { candidate: byProfile, by: 'linkedin' };
    const org = fold(p.organisation).trim();
    // Without an organisation on either side, "same organisation" says nothing: only the same name counts.
    const needed = org === '' ? 3 : 2;
    let best: { candidate: Candidate; score: number; order: number } | null = null;
    for (const entry of this.byOrganisation.get(org)?.candidates(words) ?? []) {
      const score = nameSimilarity(words, entry.words);
      // Of two as alike, the one indexed first (as comparing in list order did): the journal's contact
      // before someone this import would make.
      const order = entry.candidate.order;
      if (
        score >= needed &&
        !twoPeople(p, entry.candidate.fields, score) &&
        (best === null || score > best.score || (score === best.score && order < best.order))
      )
        best = { candidate: entry.candidate, score, order };
    }
    return best && { candidate: best.candidate, by: 'name-organisation' };
  }
}

/**
 * Whether two names with the same e-mail address may be one person: alike by the similar-names rule, or
 * the same last word with first words that agree as an initial ("S. Visser" and "Sanne Visser"). "Piet
 * Bakker" on info@acme.nl is not the "Jan Smit" who was there first.
 */
export function namesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (nameSimilarity(a, b) > 0) return true;
  if (a.length < 2 || b.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  const [x, y] = [a[0]!, b[0]!];
  return (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/**
 * Whether what else is known says two alike names at one organisation are two people: different LinkedIn
 * profiles, or (for names not quite the same) e-mail addresses on both sides with none in common — one
 * in common would have matched them already.
 */
function twoPeople(p: ImportedPerson, c: ContactFields, score: number): boolean {
  const mine = linkedInProfile(p.linkedin);
  const theirs = linkedInProfile(c.linkedin);
  if (mine !== '' && theirs !== '' && mine !== theirs) return true;
  const theirEmails = [c.email, ...c.moreEmails].filter((e) => e !== '');
  return score < 3 && p.emails.length > 0 && theirEmails.length > 0;
}
