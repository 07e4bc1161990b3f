/**
 * The journal's records and their rules, as schemas.
 *
 * The same schemas validate the data file on load, the payloads that arrive over IPC and the forms in the
 * renderer, so a rule is written once. Error messages are codes (see `messages.ts`), translated where shown.
 */
import { z } from 'zod';
import { withFastPath } from './fast-check';

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

/** A stable record id (UUIDs in practice; the pattern keeps ids safe to use in file names and URLs). */
export const Id = z.string({ error: 'invalid' }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'invalid' });

/** A moment in time, always stored with its UTC offset. */
export const Timestamp = z.iso.datetime({ offset: true, error: 'invalid_date' });

/** A calendar date (YYYY-MM-DD) as a person thinks of it; no time zone can shift it to another day. */
export const CalendarDate = z.iso.date({ error: 'invalid_date' });

// Built once: z.email() inside the refinement built a new schema for every contact on every load.
const emailFormat = z.email();
const email = text(limits.shortText).refine((v) => v === '' || emailFormat.safeParse(v).success, {
  error: 'invalid_email',
});
const phone = text(60).regex(/^$|^\+?\(?[0-9][0-9 ()./-]{4,}$/, { error: 'invalid_phone' });
const httpsUrl = text(500).refine((v) => v === '' || /^https:\/\/[^\s/]+\.[^\s/]+/i.test(v), {
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

/**
 * `Journal.safeParse` for the file on load, with the fast path for records already in their parsed form
 * (see fast-check.ts): the schema still decides, it is only not asked about what it would return as is.
 */
export function parseJournal(doc: unknown): z.ZodSafeParseResult<Journal> {
  // Built on first use: only main loads journals, and the renderer imports this module too.
  journalParser ??= withFastPath(Journal);
  return journalParser(doc);
}
let journalParser: ((doc: unknown) => z.ZodSafeParseResult<Journal>) | undefined;
