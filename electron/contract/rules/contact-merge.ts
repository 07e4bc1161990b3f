/**
 * Merging two records of one person (issue 12): what the kept contact holds afterwards. One rule for
 * core, which stores it, and the merge dialog, which shows it before the person confirms, so what the
 * dialog promises is what is written.
 *
 * Fields with one value (name, organisation, kring …) are chosen per field: the kept contact's, unless
 * the person picked the other's. What a person wrote at length (how you met, what you know, what you can
 * offer, notes) is combined, never chosen away; tags are joined. Every e-mail address and phone number of
 * both is kept: the one chosen as the main one, the others among the contact's other addresses and
 * numbers (version 6). A LinkedIn link that is not chosen has no list of its own: it goes into the notes,
 * on a line of its own. The birthday is chosen like a name: two different days cannot both be right.
 */
import type { Contact } from '../domain';
import { sameLinkedIn } from './linkedin-profile';

/** The fields with one value each, chosen per field in the merge dialog. */
export const chosenFields = [
  'name',
  'organisation',
  'role',
  'email',
  'phone',
  'linkedin',
  'birthday',
  'circle',
  'warmth',
  'strength',
  'introducedById',
  'cadence',
] as const;
export type ChosenField = (typeof chosenFields)[number];

/** The texts people write at length: both kept, one after the other. */
export const combinedTexts = ['howWeMet', 'aboutThem', 'canOffer', 'notes'] as const;
export type CombinedText = (typeof combinedTexts)[number];

/** Values that are not chosen but must not be lost, and have no list of their own: written into the notes. */
const keptInNotes = ['linkedin'] as const;

/** The kept contact's fields after the merge (id, createdAt and the rest of the record as it was). */
export type MergedFields = Omit<Contact, 'id' | 'updatedAt'>;

/**
 * The kept contact after merging `other` into `keep`, taking from `other` the fields in `fromOther`.
 * Not checked against the limits here: core checks the result like any contact.
 */
export function mergedFields(keep: Contact, other: Contact, fromOther: readonly ChosenField[]): MergedFields {
  const take = new Set(fromOther);
  const pick = <K extends ChosenField>(field: K): Contact[K] => (take.has(field) ? other : keep)[field];
  const { id: _id, updatedAt: _updatedAt, ...rest } = keep;
  const merged: MergedFields = { ...rest };
  for (const field of chosenFields) (merged as Record<ChosenField, unknown>)[field] = pick(field);
  if (take.has('cadence')) merged.cadenceDays = other.cadenceDays;
  // Nobody is introduced by themselves: "verwezen door" naming either of the two is cleared.
  if (merged.introducedById === keep.id || merged.introducedById === other.id) merged.introducedById = null;
  for (const field of combinedTexts) merged[field] = combinedText(keep[field], other[field]);
  const leftOver = valuesIntoNotes(keep, other, fromOther).filter((value) => !merged.notes.includes(value));
  if (leftOver.length > 0) merged.notes = combinedText(merged.notes, leftOver.join('\n'));
  merged.tags = combinedTags(keep.tags, other.tags);
  // Every address and number of both, the main one chosen above, the others beside it.
  merged.moreEmails = others(
    [keep.email, ...keep.moreEmails, other.email, ...other.moreEmails],
    merged.email,
    (v) => v.toLocaleLowerCase(),
  );
  merged.morePhones = others(
    [keep.phone, ...keep.morePhones, other.phone, ...other.morePhones],
    merged.phone,
    digits,
  );
  // A main address or number left empty while the other record has one: that one is the main one now,
  // rather than a contact with no e-mail address and one among its others.
  if (merged.email === '') merged.email = merged.moreEmails.shift() ?? '';
  if (merged.phone === '') merged.phone = merged.morePhones.shift() ?? '';
  // Typed in by the person on either record: no longer waiting to be sorted in as an import. Both
  // imported: since the first import, so the sort-in pass still offers them (with no strength).
  merged.importedAt =
    keep.importedAt === null || other.importedAt === null
      ? null
      : keep.importedAt < other.importedAt
        ? keep.importedAt
        : other.importedAt;
  merged.lastContactOn = later(keep.lastContactOn, other.lastContactOn);
  // Known since the first of the two was written down; still in the list if either of them was.
  merged.createdAt = keep.createdAt < other.createdAt ? keep.createdAt : other.createdAt;
  merged.archived = keep.archived && other.archived;
  return merged;
}

/**
 * Whether two contacts hold the same value in a field, as a person means it: an e-mail address in any
 * case, a link with or without `www.`, `https://` or a trailing slash, a phone number however spaced.
 */
export function sameValue(field: ChosenField, a: Contact, b: Contact): boolean {
  if (field === 'cadence') return a.cadence === b.cadence && a.cadenceDays === b.cadenceDays;
  if (field === 'email') return a.email.toLocaleLowerCase() === b.email.toLocaleLowerCase();
  if (field === 'linkedin') return sameLinkedIn(a.linkedin, b.linkedin);
  if (field === 'phone') return digits(a.phone) === digits(b.phone);
  return a[field] === b[field];
}

function digits(phone: string): string {
  return phone.replace(/[^+\d]/g, '');
}

/** The values other than `main`, each once as `key` sees it, in the order given. */
function others(values: readonly string[], main: string, key: (v: string) => string): string[] {
  const seen = new Set([key(main)]);
  const kept: string[] = [];
  for (const v of values) {
    if (v === '' || seen.has(key(v))) continue;
    seen.add(key(v));
    kept.push(v);
  }
  return kept;
}

/** The values `mergedFields` puts in the notes, for the dialog to say where they went. */
export function valuesIntoNotes(keep: Contact, other: Contact, fromOther: readonly ChosenField[]): string[] {
  const take = new Set(fromOther);
  const values: string[] = [];
  for (const field of keptInNotes) {
    const left = take.has(field) ? keep[field] : other[field];
    if (left !== '' && !sameValue(field, keep, other)) values.push(left);
  }
  return values;
}

/** Two texts as one: either when the other is empty or holds it already, else both, a blank line between. */
export function combinedText(a: string, b: string): string {
  const first = a.trim();
  const second = b.trim();
  if (second === '' || first.includes(second)) return a;
  if (first === '' || second.includes(first)) return b;
  return `${first}\n\n${second}`;
}

/** Both lists of tags, the kept contact's first, each tag once (whatever its case). */
export function combinedTags(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((t) => t.toLocaleLowerCase()));
  const tags = [...a];
  for (const t of b) {
    if (seen.has(t.toLocaleLowerCase())) continue;
    seen.add(t.toLocaleLowerCase());
    tags.push(t);
  }
  return tags;
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * How much is known of a contact, to keep the fuller of two records by default: each field filled
 * (each extra address and number too) and each conversation with them counts one.
 */
export function fullness(c: Contact, conversations: number): number {
  const one = (filled: boolean) => (filled ? 1 : 0);
  let known = conversations + one(c.tags.length > 0) + c.moreEmails.length + c.morePhones.length;
  for (const field of chosenFields) {
    const value = c[field];
    known += one(value !== null && value !== '' && !(field === 'cadence' && value === 'standaard'));
  }
  for (const field of combinedTexts) known += one(c[field].trim() !== '');
  return known;
}

/** Which of two records to keep by default: the fuller one; the first when they are as full. */
export function fullerOf(
  a: { contact: Contact; conversations: number },
  b: { contact: Contact; conversations: number },
): 'a' | 'b' {
  return fullness(b.contact, b.conversations) > fullness(a.contact, a.conversations) ? 'b' : 'a';
}
