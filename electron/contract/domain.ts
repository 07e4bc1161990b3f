/**
 * The journal's records and their rules, as schemas.
 *
 * The same schemas validate the data file on load, the payloads that arrive over IPC and the forms in the
 * renderer, so a rule is written once. Error messages are codes (see `messages.ts`), translated where shown.
 */
import { z } from 'zod';

/** Field error codes; `messages.ts` turns them into sentences in the user's language. */
export const fieldErrorCodes = [
  'required',
  'too_long',
  'too_many',
  'invalid_email',
  'invalid_phone',
  'invalid_url',
  'invalid_date',
  'invalid_choice',
  'invalid',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export const circles = [
  'familie',
  'vrienden',
  'buren',
  'studie',
  'werk',
  'club',
  'alumni',
  'online',
  'overig',
] as const;
export const warmths = ['warm', 'lauw', 'koud'] as const;
export const strengths = ['heel-goed', 'goed', 'een-beetje'] as const;

export type Circle = (typeof circles)[number];
export type Warmth = (typeof warmths)[number];
export type Strength = (typeof strengths)[number];

export const limits = {
  shortText: 200,
  longText: 5_000,
  notes: 20_000,
  tag: 40,
  tags: 30,
  query: 200,
} as const;

const text = (max: number) => z.string({ error: 'invalid' }).trim().max(max, { error: 'too_long' });

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'invalid_choice' });

/** The patterns behind the rules, shared by the schemas and the load fast path (`isParsedContact`). */
const patterns = {
  id: /^[A-Za-z0-9_-]{1,64}$/,
  phone: /^$|^\+?\(?[0-9][0-9 ()./-]{4,}$/,
  httpsUrl: /^https:\/\/[^\s/]+\.[^\s/]+/i,
  // What z.email(), z.iso.date() and z.iso.datetime({ offset: true }) test with.
  email: z.regexes.email,
  date: z.regexes.date,
  timestamp: z.regexes.datetime({ offset: true, local: false, precision: null }),
};

/** A stable record id (UUIDs in practice; the pattern keeps ids safe to use in file names and URLs). */
export const Id = z.string({ error: 'invalid' }).regex(patterns.id, { error: 'invalid' });

/** A moment in time, always stored with its UTC offset. */
export const Timestamp = z.iso.datetime({ offset: true, error: 'invalid_date' });

/** A calendar date (YYYY-MM-DD) as a person thinks of it; no time zone can shift it to another day. */
export const CalendarDate = z.iso.date({ error: 'invalid_date' });

// Built once: z.email() inside the refinement built a new schema for every contact on every load.
const emailFormat = z.email();
const email = text(limits.shortText).refine((v) => v === '' || emailFormat.safeParse(v).success, {
  error: 'invalid_email',
});
const phone = text(60).regex(patterns.phone, { error: 'invalid_phone' });
const httpsUrl = text(500).refine((v) => v === '' || patterns.httpsUrl.test(v), {
  error: 'invalid_url',
});

const contactRules = {
  name: text(limits.shortText).min(1, { error: 'required' }),
  organisation: text(limits.shortText),
  role: text(limits.shortText),
  email,
  phone,
  linkedin: httpsUrl,
  circle: choice(circles).nullable(),
  warmth: choice(warmths).nullable(),
  strength: choice(strengths).nullable(),
  introducedById: Id.nullable(),
  howWeMet: text(limits.longText),
  aboutThem: text(limits.longText),
  canOffer: text(limits.longText),
  tags: z
    .array(text(limits.tag).min(1, { error: 'required' }), { error: 'invalid' })
    .max(limits.tags, { error: 'too_many' }),
  notes: text(limits.notes),
  lastContactOn: CalendarDate.nullable(),
};

/** What a person fills in for a contact: the form, the create payload and the stored fields. */
export const ContactFields = z.strictObject({
  name: contactRules.name,
  organisation: contactRules.organisation.default(''),
  role: contactRules.role.default(''),
  email: contactRules.email.default(''),
  phone: contactRules.phone.default(''),
  linkedin: contactRules.linkedin.default(''),
  circle: contactRules.circle.default(null),
  warmth: contactRules.warmth.default(null),
  strength: contactRules.strength.default(null),
  introducedById: contactRules.introducedById.default(null),
  howWeMet: contactRules.howWeMet.default(''),
  aboutThem: contactRules.aboutThem.default(''),
  canOffer: contactRules.canOffer.default(''),
  tags: contactRules.tags.default([]),
  notes: contactRules.notes.default(''),
  lastContactOn: contactRules.lastContactOn.default(null),
});
export type ContactFields = z.output<typeof ContactFields>;
export type ContactFieldsInput = z.input<typeof ContactFields>;

/** An edit: any subset of the fields, each checked by the same rule; no defaults, so absent means unchanged. */
export const ContactChanges = z.strictObject(contactRules).partial();
export type ContactChanges = z.output<typeof ContactChanges>;

export const Contact = z.strictObject({
  id: Id,
  ...ContactFields.shape,
  archived: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Contact = z.output<typeof Contact>;

/** The journal file's current version; `core/journal/migrations.ts` brings older files up to it. */
export const JOURNAL_SCHEMA_VERSION = 1;

export const Journal = z.strictObject({
  schemaVersion: z.literal(JOURNAL_SCHEMA_VERSION),
  contacts: z.array(Contact),
});
export type Journal = z.output<typeof Journal>;

// Loading a large journal: the fast path.
//
// Validating thousands of contacts through the schema costs more than reading and parsing the file.
// Nearly every record on disk was written by the app and is already exactly what `Contact.parse` returns,
// so a plain check for that comes first; `false` only means "ask the schema", which gives the error (or
// the trimmed value). parsed-contact.test.ts holds it to the schema: whatever it accepts, the schema
// accepts and returns unchanged.
const contactKeys = new Set(Object.keys(Contact.shape));
const circleSet = new Set<unknown>(circles);
const warmthSet = new Set<unknown>(warmths);
const strengthSet = new Set<unknown>(strengths);

/** A string `text(max)` keeps as it is: no surrounding white space, not too long. */
function isText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max && v === v.trim();
}

function isPattern(v: unknown, pattern: RegExp): v is string {
  return typeof v === 'string' && pattern.test(v);
}

/** True when `value` is a Contact exactly as `Contact.parse` would return it. */
export function isParsedContact(value: unknown): value is Contact {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const c = value as Record<string, unknown>;
  let keys = 0;
  for (const key in c) {
    if (!contactKeys.has(key)) return false;
    keys++;
  }
  const tags = c['tags'];
  return (
    keys === contactKeys.size &&
    isPattern(c['id'], patterns.id) &&
    isText(c['name'], limits.shortText) &&
    c['name'] !== '' &&
    isText(c['organisation'], limits.shortText) &&
    isText(c['role'], limits.shortText) &&
    isText(c['email'], limits.shortText) &&
    (c['email'] === '' || patterns.email.test(c['email'])) &&
    isText(c['phone'], 60) &&
    patterns.phone.test(c['phone']) &&
    isText(c['linkedin'], 500) &&
    (c['linkedin'] === '' || patterns.httpsUrl.test(c['linkedin'])) &&
    (c['circle'] === null || circleSet.has(c['circle'])) &&
    (c['warmth'] === null || warmthSet.has(c['warmth'])) &&
    (c['strength'] === null || strengthSet.has(c['strength'])) &&
    (c['introducedById'] === null || isPattern(c['introducedById'], patterns.id)) &&
    isText(c['howWeMet'], limits.longText) &&
    isText(c['aboutThem'], limits.longText) &&
    isText(c['canOffer'], limits.longText) &&
    Array.isArray(tags) &&
    tags.length <= limits.tags &&
    tags.every((t) => isText(t, limits.tag) && t !== '') &&
    isText(c['notes'], limits.notes) &&
    (c['lastContactOn'] === null || isPattern(c['lastContactOn'], patterns.date)) &&
    typeof c['archived'] === 'boolean' &&
    isPattern(c['createdAt'], patterns.timestamp) &&
    isPattern(c['updatedAt'], patterns.timestamp)
  );
}

/** `Journal.safeParse`, skipping the schema when every record is already in its parsed form. */
export function parseJournal(doc: Record<string, unknown>): ReturnType<typeof Journal.safeParse> {
  const contacts = doc['contacts'];
  if (
    Object.keys(doc).length === 2 &&
    doc['schemaVersion'] === JOURNAL_SCHEMA_VERSION &&
    Array.isArray(contacts) &&
    contacts.every(isParsedContact)
  ) {
    return { success: true, data: doc as Journal };
  }
  return Journal.safeParse(doc);
}
