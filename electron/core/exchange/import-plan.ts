/**
 * What importing a file would do to the journal, row by row (issue 12): who each person of the file is
 * in the journal, and what their row would add. The preview shows this plan and `import:apply` carries
 * it out, so what the person saw is what happens.
 *
 * A person matches a contact by the same e-mail address, the same LinkedIn profile, or a similar name
 * (contacts/similar-names.ts) at the same organisation. An import never overwrites what the person wrote:
 * it fills empty fields and adds e-mail addresses, phone numbers and tags, nothing else. A second row of
 * the file that is someone an earlier row already brings in is skipped, so importing one file twice, or a
 * file that names a person twice, makes each person once.
 */
import {
  MORE_CONTACT_POINTS,
  contactPointRules,
  limits,
  type Contact,
  type ContactFields,
} from '../../contract/domain';
import type {
  ImportCounts,
  ImportedPerson,
  ImportFillField,
  ImportMatchBy,
  ImportRow,
  SkippedRow,
} from '../../contract/exchange';
import { completeUrl } from '../../contract/records/contacts';
import { nameSimilarity, nameWords } from '../contacts/similar-names';
import { fold } from '../text-search';
import { linkedInProfile } from '../../contract/rules/linkedin-profile';

/** What the row does when applied: make a contact, or add to one. */
export type RowAction =
  | { kind: 'create'; fields: ContactFields }
  | { kind: 'update'; contactId: string; fills: Partial<ContactFields>; adds: ImportRow['adds'] };

/** The plan of one import: its rows in file order, with what each would do, and the counts. */
export interface ImportPlan {
  rows: ImportRow[];
  actions: Map<number, RowAction>;
  counts: ImportCounts;
}

/** How a connection's "Connected On" reads as how the person met them, in their language. */
export type HowWeMet = (connectedOn: string) => string;

/** The contact as the plan sees it: what it holds so far, after the earlier rows of this file. */
interface Candidate {
  /** The journal's contact; null for one this import would make. */
  contactId: string | null;
  fields: ContactFields;
  /** When it joined the index: of two names as alike, the earlier one wins, whatever the index order. */
  order: number;
}

/** The plan for `people` (and the rows the reader skipped) against the journal's `contacts`. */
export function planImport(
  contacts: readonly Contact[],
  people: readonly ImportedPerson[],
  skipped: readonly SkippedRow[],
  howWeMet: HowWeMet,
): ImportPlan {
  const index = new MatchIndex();
  let order = 0;
  for (const c of contacts) index.add({ contactId: c.id, fields: c, order: order++ });
  const rows: ImportRow[] = [];
  const actions = new Map<number, RowAction>();
  for (const person of people) {
    const clean = cleaned(person);
    if (clean.name === '') {
      rows.push(skippedRow(person, 'no_name'));
      continue;
    }
    const match = index.match(clean);
    if (!match) {
      const fields = newContactFields(clean, howWeMet);
      index.add({ contactId: null, fields, order: order++ });
      actions.set(person.at, { kind: 'create', fields });
      rows.push({ ...rowOf(clean, 'nieuw'), match: null });
      continue;
    }
    const { candidate, by } = match;
    if (candidate.contactId === null) {
      rows.push(skippedRow(person, 'same_as_earlier_row'));
      continue;
    }
    const { fills, adds, filled } = additions(candidate.fields, clean, howWeMet);
    const matched = { contactId: candidate.contactId, name: candidate.fields.name, by };
    const fillNames = Object.keys(fills) as ImportFillField[];
    const brings = fillNames.length > 0 || adds.emails.length + adds.phones.length + adds.tags.length > 0;
    if (!brings) {
      rows.push({ ...rowOf(clean, 'aanwezig'), match: matched });
      continue;
    }
    // Later rows about the same person see what this one adds, and add only what is new after it.
    index.grow(candidate, filled);
    actions.set(person.at, { kind: 'update', contactId: candidate.contactId, fills, adds });
    rows.push({ ...rowOf(clean, 'bijwerken'), match: matched, fills: fillNames, adds });
  }
  for (const s of skipped) rows.push({ ...skippedRow({ at: s.at }, s.reason), excerpt: s.excerpt });
  rows.sort((a, b) => a.at - b.at);
  return { rows, actions, counts: countsOf(rows) };
}

/** Zero of every status. */
export function noCounts(): ImportCounts {
  return { nieuw: 0, bijwerken: 0, aanwezig: 0, overgeslagen: 0 };
}

function countsOf(rows: readonly ImportRow[]): ImportCounts {
  const counts = noCounts();
  for (const r of rows) counts[r.status]++;
  return counts;
}

const emptyAdds = (): ImportRow['adds'] => ({ emails: [], phones: [], tags: [] });

function rowOf(p: ImportedPerson, status: ImportRow['status']): ImportRow {
  return {
    at: p.at,
    status,
    skipped: null,
    excerpt: '',
    name: p.name,
    organisation: p.organisation,
    role: p.role,
    emails: p.emails,
    phones: p.phones,
    linkedin: p.linkedin,
    tags: p.tags,
    match: null,
    fills: [],
    adds: emptyAdds(),
  };
}

function skippedRow(p: Partial<ImportedPerson> & { at: number }, reason: ImportRow['skipped']): ImportRow {
  return {
    at: p.at,
    status: 'overgeslagen',
    skipped: reason,
    excerpt: '',
    name: p.name ?? '',
    organisation: p.organisation ?? '',
    role: p.role ?? '',
    emails: p.emails ?? [],
    phones: p.phones ?? [],
    linkedin: p.linkedin ?? '',
    tags: p.tags ?? [],
    match: null,
    fills: [],
    adds: emptyAdds(),
  };
}

/** A text cut to what the contact's field holds (a 300-character job title from a CSV keeps its start). */
const within = (value: string, max: number) => value.trim().slice(0, max).trim();

/**
 * The person with every value fit for a contact: texts within their limits, e-mail addresses and phone
 * numbers that pass the contact's rules (others are left out, not the whole person), each once.
 */
function cleaned(p: ImportedPerson): ImportedPerson {
  const emails = unique(
    p.emails.map((e) => e.trim()).filter((e) => e !== '' && contactPointRules.email.safeParse(e).success),
    (e) => e.toLowerCase(),
  );
  const phones = unique(
    p.phones.map((t) => t.trim()).filter((t) => t !== '' && contactPointRules.phone.safeParse(t).success),
    phoneKey,
  );
  const tags = unique(
    p.tags.map((t) => t.trim()).filter((t) => t !== '' && t.length <= limits.tag),
    (t) => fold(t),
  );
  const linkedin = completeUrl(p.linkedin.trim());
  return {
    ...p,
    name: within(p.name, limits.shortText),
    organisation: within(p.organisation, limits.shortText),
    role: within(p.role, limits.shortText),
    emails,
    phones,
    linkedin: /^https:\/\/[^\s/]+\.[^\s/]+/i.test(linkedin) && linkedin.length <= 500 ? linkedin : '',
    tags,
    notes: within(p.notes, limits.notes),
  };
}

function unique<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Phone numbers compare by their digits: "06-12345678" and "06 1234 5678" are one number. */
function phoneKey(phone: string): string {
  return phone.replace(/[^0-9+]/g, '');
}

function newContactFields(p: ImportedPerson, howWeMet: HowWeMet): ContactFields {
  const [email = '', ...moreEmails] = p.emails;
  const [phone = '', ...morePhones] = p.phones;
  return {
    name: p.name,
    organisation: p.organisation,
    role: p.role,
    email,
    phone,
    moreEmails: moreEmails.slice(0, MORE_CONTACT_POINTS),
    morePhones: morePhones.slice(0, MORE_CONTACT_POINTS),
    linkedin: p.linkedin,
    birthday: p.birthday,
    // Only our own export brings these (OwnFields); from anywhere else the person sorts them in later.
    circle: p.own?.circle ?? null,
    warmth: p.own?.warmth ?? null,
    strength: p.own?.strength ?? null,
    introducedById: null,
    howWeMet: p.own?.howWeMet || (p.connectedOn ? howWeMet(p.connectedOn) : ''),
    aboutThem: p.own?.aboutThem ?? '',
    canOffer: p.own?.canOffer ?? '',
    tags: p.tags.slice(0, limits.tags),
    notes: p.notes,
    lastContactOn: p.own?.lastContactOn ?? null,
    cadence: 'standaard',
    cadenceDays: null,
  };
}

/**
 * What the person's row adds to a contact that has `current`: the empty fields it fills, the e-mail
 * addresses, phone numbers and tags new to the contact, and the contact's fields with both.
 */
function additions(
  current: ContactFields,
  p: ImportedPerson,
  howWeMet: HowWeMet,
): { fills: Partial<ContactFields>; adds: ImportRow['adds']; filled: ContactFields } {
  const fills: Partial<ContactFields> = {};
  if (current.organisation === '' && p.organisation !== '') fills.organisation = p.organisation;
  if (current.role === '' && p.role !== '') fills.role = p.role;
  if (current.linkedin === '' && p.linkedin !== '') fills.linkedin = p.linkedin;
  if (current.notes === '' && p.notes !== '') fills.notes = p.notes;
  if (current.howWeMet === '' && p.connectedOn) fills.howWeMet = howWeMet(p.connectedOn);
  if (current.birthday === null && p.birthday) fills.birthday = p.birthday;
  const own = p.own;
  if (own) {
    if (current.howWeMet === '' && own.howWeMet !== '') fills.howWeMet = own.howWeMet;
    if (current.circle === null && own.circle) fills.circle = own.circle;
    if (current.warmth === null && own.warmth) fills.warmth = own.warmth;
    if (current.strength === null && own.strength) fills.strength = own.strength;
    if (current.aboutThem === '' && own.aboutThem !== '') fills.aboutThem = own.aboutThem;
    if (current.canOffer === '' && own.canOffer !== '') fills.canOffer = own.canOffer;
    if (current.lastContactOn === null && own.lastContactOn) fills.lastContactOn = own.lastContactOn;
  }

  const knownEmails = new Set([current.email, ...current.moreEmails].map((e) => e.toLowerCase()));
  const newEmails = p.emails.filter((e) => !knownEmails.has(e.toLowerCase()));
  if (current.email === '' && newEmails.length > 0) fills.email = newEmails.shift()!;
  const knownPhones = new Set([current.phone, ...current.morePhones].map(phoneKey));
  const newPhones = p.phones.filter((t) => !knownPhones.has(phoneKey(t)));
  if (current.phone === '' && newPhones.length > 0) fills.phone = newPhones.shift()!;
  const knownTags = new Set(current.tags.map(fold));
  const adds: ImportRow['adds'] = {
    emails: newEmails.slice(0, Math.max(0, MORE_CONTACT_POINTS - current.moreEmails.length)),
    phones: newPhones.slice(0, Math.max(0, MORE_CONTACT_POINTS - current.morePhones.length)),
    tags: p.tags
      .filter((t) => !knownTags.has(fold(t)))
      .slice(0, Math.max(0, limits.tags - current.tags.length)),
  };
  return { fills, adds, filled: withAdditions(current, fills, adds) };
}

/** A contact's fields with a row's fills and additions. */
export function withAdditions<T extends ContactFields>(
  current: T,
  fills: Partial<ContactFields>,
  adds: ImportRow['adds'],
): T {
  return {
    ...current,
    ...fills,
    moreEmails: adds.emails.length ? [...current.moreEmails, ...adds.emails] : current.moreEmails,
    morePhones: adds.phones.length ? [...current.morePhones, ...adds.phones] : current.morePhones,
    tags: adds.tags.length ? [...current.tags, ...adds.tags] : current.tags,
  };
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
class MatchIndex {
  private readonly byEmail = new Map<string, Candidate>();
  private readonly byLinkedin = new Map<string, Candidate>();
  private readonly byOrganisation = new Map<string, NamesAt>();

  add(candidate: Candidate): void {
    this.keys(candidate);
    this.atOrganisation(candidate);
  }

  /** The same contact, now holding `fields` (what a row added): found by its new addresses too. */
  grow(candidate: Candidate, fields: ContactFields): void {
    const before = candidate.fields.organisation;
    candidate.fields = fields;
    this.keys(candidate);
    if (fields.organisation !== before) this.atOrganisation(candidate);
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

  private atOrganisation(candidate: Candidate): void {
    const org = fold(candidate.fields.organisation).trim();
    let names = this.byOrganisation.get(org);
    if (!names) this.byOrganisation.set(org, (names = new NamesAt()));
    names.add({ candidate, words: nameWords(candidate.fields.name) });
  }

  match(p: ImportedPerson): { candidate: Candidate; by: ImportMatchBy } | null {
    for (const e of p.emails) {
      const found = this.byEmail.get(e.toLowerCase());
      if (found) return { candidate: found, by: 'email' };
    }
    const profile = linkedInProfile(p.linkedin);
    const byProfile = profile === '' ? undefined : this.byLinkedin.get(profile);
    if (byProfile) return { candidate: byProfile, by: 'linkedin' };
    const org = fold(p.organisation).trim();
    const words = nameWords(p.name);
    // Without an organisation on either side, "same organisation" says nothing: only the same name counts.
    const needed = org === '' ? 3 : 1;
    let best: { candidate: Candidate; score: number; order: number } | null = null;
    for (const entry of this.byOrganisation.get(org)?.candidates(words) ?? []) {
      const score = nameSimilarity(words, entry.words);
      // Of two as alike, the one indexed first (as comparing in list order did): the journal's contact
      // before someone this import would make.
      const order = entry.candidate.order;
      if (
        score >= needed &&
        (best === null || score > best.score || (score === best.score && order < best.order))
      )
        best = { candidate: entry.candidate, score, order };
    }
    return best && { candidate: best.candidate, by: 'name-organisation' };
  }
}
