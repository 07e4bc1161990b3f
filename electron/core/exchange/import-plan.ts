/**
 * What importing a file would do to the journal, row by row (issue 12): who each person of the file is
 * in the journal, and what their row would add. The preview shows this plan and `import:apply` carries
 * it out, so what the person saw is what happens.
 *
 * A person matches a contact by the same e-mail address (when the names agree too: an address can be
 * shared), the same LinkedIn profile, or the same first and last name at the same organisation, unless
 * their LinkedIn profiles or e-mail addresses say they are two people. A weaker likeness ("Jan" and "Jan
 * Bakker") is left to the duplicates list, where the person decides: a wrong guess here would write one
 * person's details into another's contact without a word. The same name at another organisation (or with
 * none on one side) stays new but names the contact it looks like (ImportRow.lookalike), and the person may
 * add the row to them instead: new is the default, because a wrong "new" is one merge in the duplicates
 * list, while a wrong fill-in mixes two people's numbers with nothing to tell them apart afterwards. An import never overwrites what the person wrote:
 * it fills empty fields and adds e-mail addresses, phone numbers and tags, nothing else. A second row of
 * the file that is someone an earlier row already brings in is skipped, so importing one file twice, or a
 * file that names a person twice, makes each person once.
 */
import {
  ContactChanges,
  ContactFields,
  MORE_CONTACT_POINTS,
  contactPointRules,
  limits,
  type Contact,
} from '../../contract/domain';
import type {
  ImportCounts,
  ImportedPerson,
  ImportFillField,
  ImportLookalike,
  ImportRow,
  SkippedRow,
} from '../../contract/exchange';
import { completeUrl } from '../../contract/records/contacts';
import { withQuickValidityCheck } from '../journal/quick-validity-check';
import { fold } from '../text-search';
import { MatchIndex, type Candidate } from './match-index';

/** What the row does when applied: make a contact, or add to one. */
export type RowAction =
  | { kind: 'create'; fields: ContactFields }
  | { kind: 'update'; contactId: string; fills: Partial<ContactFields>; adds: ImportRow['adds'] };

/** The plan of one import: its rows in file order, with what each would do, and the counts. */
export interface ImportPlan {
  rows: ImportRow[];
  actions: Map<number, RowAction>;
  /** For a new row with a look-alike (ImportRow.lookalike): what it adds to them if the person chooses. */
  instead: Map<number, Extract<RowAction, { kind: 'update' }>>;
  counts: ImportCounts;
}

/** How a connection's "Connected On" reads as how the person met them, in their language. */
export type HowWeMet = (connectedOn: string) => string;

/**
 * The schemas' answers, without asking the schema about a value already as it would make it (nearly every
 * row of a file): the quick validity check (journal/quick-validity-check.ts) says yes or asks the schema.
 * ContactChanges (a partial with checks across fields) it always leaves to the schema.
 */
const validFields = withQuickValidityCheck(ContactFields);
const validEmail = withQuickValidityCheck(contactPointRules.email);
const validPhone = withQuickValidityCheck(contactPointRules.phone);

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
  const instead = new Map<number, Extract<RowAction, { kind: 'update' }>>();
  for (const person of people) {
    const clean = cleaned(person);
    if (clean.name === '') {
      rows.push(skippedRow(person, 'no_name'));
      continue;
    }
    const match = index.match(clean);
    if (!match) {
      const fields = newContactFields(clean, howWeMet);
      // A reader's slip (a text past its limit, a bad date) is left out here, not found by the journal's
      // check on the next open, which would set the contact aside with what refers to it.
      if (!validFields(fields).success) {
        rows.push(skippedRow(clean, 'unreadable'));
        continue;
      }
      const like = index.lookalike(clean);
      index.add({ contactId: null, fields, order: order++, row: person.at });
      actions.set(person.at, { kind: 'create', fields });
      const lookalike = like && lookalikeOf(like, clean, howWeMet);
      if (lookalike) instead.set(person.at, lookalike.action);
      rows.push({ ...rowOf(clean, 'nieuw'), lookalike: lookalike?.view ?? null });
      continue;
    }
    const { candidate, by } = match;
    if (candidate.contactId === null) {
      // The person an earlier row brings in: what this row adds (Google and Outlook often split one person
      // over two rows, a second address on each) goes into that row's new contact.
      const earlier = actions.get(candidate.row!);
      const { filled } = additions(candidate.fields, clean, howWeMet);
      if (earlier?.kind === 'create' && validFields(filled).success) {
        earlier.fields = filled;
        index.grow(candidate, filled);
      }
      rows.push(skippedRow(person, 'same_as_earlier_row'));
      continue;
    }
    const { fills, adds, filled } = additions(candidate.fields, clean, howWeMet);
    const { moreEmails, morePhones, tags } = filled;
    if (!ContactChanges.safeParse({ ...fills, moreEmails, morePhones, tags }).success) {
      rows.push(skippedRow(clean, 'unreadable'));
      continue;
    }
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
  return { rows, actions, instead, counts: countsOf(rows) };
}

/** The look-alike as the preview shows them, and what the row would add to them (if it fits a contact). */
function lookalikeOf(
  like: Candidate,
  p: ImportedPerson,
  howWeMet: HowWeMet,
): { view: ImportLookalike; action: Extract<RowAction, { kind: 'update' }> } | null {
  const { fills, adds, filled } = additions(like.fields, p, howWeMet);
  const { moreEmails, morePhones, tags } = filled;
  if (!ContactChanges.safeParse({ ...fills, moreEmails, morePhones, tags }).success) return null;
  const f = like.fields;
  return {
    view: {
      contactId: like.contactId!,
      name: f.name,
      organisation: f.organisation,
      email: f.email,
      fills: Object.keys(fills) as ImportFillField[],
    },
    action: { kind: 'update', contactId: like.contactId!, fills, adds },
  };
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
    lookalike: null,
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
    lookalike: null,
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
    p.emails.map((e) => e.trim()).filter((e) => e !== '' && validEmail(e).success),
    (e) => e.toLowerCase(),
  );
  const phones = unique(
    p.phones.map((t) => t.trim()).filter((t) => t !== '' && validPhone(t).success),
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

/**
 * A contact's fields with a row's fills and additions. Worked out for the contact as the row was
 * planned against, but applied to the contact as it is by then: another row of the same import may have
 * filled a field already (two rows added to one look-alike, review s7 U1). So a fill only goes where
 * the field is still empty; an e-mail address or number that finds its field taken joins the others
 * instead of replacing it, and what the contact has by then is not added twice.
 */
export function withAdditions<T extends ContactFields>(
  current: T,
  fills: Partial<ContactFields>,
  adds: ImportRow['adds'],
): T {
  const next: T = { ...current };
  const emails = [...adds.emails];
  const phones = [...adds.phones];
  for (const [field, value] of Object.entries(fills) as [keyof ContactFields, unknown][]) {
    const now = next[field];
    if (now === '' || now === null) (next as Record<string, unknown>)[field] = value;
    else if (field === 'email' && typeof value === 'string') emails.unshift(value);
    else if (field === 'phone' && typeof value === 'string') phones.unshift(value);
  }
  const knownEmails = new Set([next.email, ...next.moreEmails].map((e) => e.toLowerCase()));
  const knownPhones = new Set([next.phone, ...next.morePhones].map(phoneKey));
  const knownTags = new Set(next.tags.map(fold));
  const newEmails = emails.filter((e) => !knownEmails.has(e.toLowerCase()));
  const newPhones = phones.filter((t) => !knownPhones.has(phoneKey(t)));
  const newTags = adds.tags.filter((t) => !knownTags.has(fold(t)));
  return {
    ...next,
    moreEmails: newEmails.length
      ? [...next.moreEmails, ...newEmails].slice(0, MORE_CONTACT_POINTS)
      : next.moreEmails,
    morePhones: newPhones.length
      ? [...next.morePhones, ...newPhones].slice(0, MORE_CONTACT_POINTS)
      : next.morePhones,
    tags: newTags.length ? [...next.tags, ...newTags].slice(0, limits.tags) : next.tags,
  };
}
