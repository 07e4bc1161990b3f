/** A contact (netwerklid): who they are, how the person knows them, how often to keep in touch. */
import { z } from 'zod';
import { CalendarDate, choice, Id, limits, text, Timestamp } from './fields';

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

/**
 * How often to get in touch with someone (contact onderhouden). `standaard` follows the default for the
 * contact's relationship strength (set in Instellingen); `aangepast` uses the contact's own number of days.
 */
/** The cadences a default per strength can be: a fixed one, or none. */
export const defaultCadences = [
  'geen',
  'twee-weken',
  'maandelijks',
  'kwartaal',
  'halfjaar',
  'jaarlijks',
] as const;
export const cadences = ['standaard', ...defaultCadences, 'aangepast'] as const;

export type Circle = (typeof circles)[number];
export type Warmth = (typeof warmths)[number];
export type Strength = (typeof strengths)[number];
export type Cadence = (typeof cadences)[number];
export type DefaultCadence = (typeof defaultCadences)[number];

/**
 * An e-mail address as people have them: zod's rule (dots between parts of the name, a domain with a
 * top level of letters), with letters of any script allowed, as internationalised mail (RFC 6531) does:
 * `zoë.devries@…`, `joëlle.dubois@café.fr`. zod's own email rule is ASCII only, so 7 of 300 people in a
 * LinkedIn export failed while the reader had kept them (issue 12). Everything zod's rule accepts still
 * passes, so no address already in a journal is refused on load. The contact form, the import and the
 * reader all use this one rule (isEmailAddress).
 */
const emailAddress =
  /^(?:[\p{L}\p{M}\p{N}_'+-]+\.)*[\p{L}\p{M}\p{N}_'+-]*[\p{L}\p{M}\p{N}_+-]@(?:[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}-]*\.)+[\p{L}\p{M}]{2,}$/u;
/** Whether `value` is an e-mail address a contact can have (see emailAddress). */
export function isEmailAddress(value: string): boolean {
  return emailAddress.test(value);
}
const email = text(limits.shortText).refine((v) => v === '' || isEmailAddress(v), {
  error: 'invalid_email',
});
const phone = text(60).regex(/^$|^\+?\(?[0-9][0-9 ()./-]{4,}$/, { error: 'invalid_phone' });
/** The most extra e-mail addresses or phone numbers one contact keeps beside the main one. */
export const MORE_CONTACT_POINTS = 20;
/** Rules a value must pass to be one of a contact's e-mail addresses or phone numbers (imports check them). */
export const contactPointRules = { email, phone } as const;
/**
 * A link as people copy it from the address bar or a business card: "linkedin.com/in/anna" or
 * "www.linkedin.com/in/anna" gets the https:// it lacks (issue 11). Anything with a scheme of its own
 * (http:, javascript:) is left as typed, so the check below still refuses it.
 */
export function completeUrl(value: string): string {
  if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  return /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]|$)/i.test(value) ? `https://${value}` : value;
}
// Completed before the length check: a 496-character link would otherwise pass and be stored at 504,
// over the limit, and set aside by the next load's check.
const httpsUrl = z
  .string({ error: 'invalid' })
  .trim()
  .overwrite(completeUrl)
  .max(500, { error: 'too_long' })
  .refine((v) => v === '' || /^https:\/\/[^\s/]+\.[^\s/]+/i.test(v), { error: 'invalid_url' });

const contactRules = {
  name: text(limits.shortText).min(1, { error: 'required' }),
  organisation: text(limits.shortText),
  role: text(limits.shortText),
  email,
  phone,
  /** Addresses beside `email` (an address book often has a work and a private one); none empty. */
  moreEmails: z
    .array(email.min(1, { error: 'required' }), { error: 'invalid' })
    .max(MORE_CONTACT_POINTS, { error: 'too_many' }),
  morePhones: z
    .array(phone.min(1, { error: 'required' }), { error: 'invalid' })
    .max(MORE_CONTACT_POINTS, { error: 'too_many' }),
  linkedin: httpsUrl,
  /** Their birthday, as an address book or the person gave it. */
  birthday: CalendarDate.nullable(),
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
  cadence: choice(cadences),
  /** The number of days for cadence `aangepast`; ignored otherwise. */
  cadenceDays: z
    .number({ error: 'invalid' })
    .int({ error: 'invalid' })
    .min(1, { error: 'invalid' })
    .max(3_650, { error: 'invalid' })
    .nullable(),
};

/** What a person fills in for a contact: the form, the create payload and the stored fields. */
export const ContactFields = z.strictObject({
  name: contactRules.name,
  organisation: contactRules.organisation.default(''),
  role: contactRules.role.default(''),
  email: contactRules.email.default(''),
  phone: contactRules.phone.default(''),
  moreEmails: contactRules.moreEmails.default([]),
  morePhones: contactRules.morePhones.default([]),
  linkedin: contactRules.linkedin.default(''),
  birthday: contactRules.birthday.default(null),
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
  cadence: contactRules.cadence.default('standaard'),
  cadenceDays: contactRules.cadenceDays.default(null),
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
  /**
   * When an import made this contact (issue 12); null for everyone typed in. Until the person sorts them
   * in (gives a strength), such a contact gets no keep-in-touch nudge (see contract/rules/sort-in.ts).
   */
  importedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Contact = z.output<typeof Contact>;
