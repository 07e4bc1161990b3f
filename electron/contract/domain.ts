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
  /** A moment that has already passed where one still to come is asked for (snoozing until a time). */
  'in_past',
  'invalid',
  /** A key the record type does not have (a file edited by hand, or by another program). */
  'unknown_field',
  /** An id of a contact, conversation… that is not in the journal. */
  'unknown_reference',
  /** An id another record of the same kind already has. */
  'duplicate_id',
  /** Text that should be JSON and is not (a set-aside record edited by hand). */
  'not_json',
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
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Contact = z.output<typeof Contact>;

// Networking conversations (netwerkgesprekken): prepare, hold, evaluate, thank.

export const conversationStatuses = ['gepland', 'gehouden'] as const;
export const conversationChannels = [
  'persoonlijk',
  'telefonisch',
  'video',
  'email',
  'social',
  'bijeenkomst',
] as const;
export const conversationKinds = [
  'orienterend',
  'tips-en-namen',
  'bijpraten',
  'hulp-aanbieden',
  'anders',
] as const;
/** The three B's of the networking cycle: build new relations, confirm existing ones, draw on them. */
export const threeBs = ['bouwen', 'bevestigen', 'benutten'] as const;
export const thanksMethods = ['kaartje', 'email', 'bericht', 'telefoon'] as const;
/** How a small touch ("contact gehad") happened. */
export const touchChannels = ['telefoon', 'kaartje', 'bericht', 'email', 'persoonlijk', 'social'] as const;
/** What a question in the question bank is for. */
export const questionPurposes = [
  'tips-en-namen',
  'verkennen',
  'doorvragen',
  'achtergrond',
  'afsluiten',
] as const;

export type ConversationStatus = (typeof conversationStatuses)[number];
export type ConversationChannel = (typeof conversationChannels)[number];
export type ConversationKind = (typeof conversationKinds)[number];
export type ThreeB = (typeof threeBs)[number];
export type ThanksMethod = (typeof thanksMethods)[number];
export type TouchChannel = (typeof touchChannels)[number];
export type QuestionPurpose = (typeof questionPurposes)[number];

/** A time of day as a person says it ("09:30"), kept with a calendar date; no time zone moves it. */
export const TimeOfDay = z
  .string({ error: 'invalid' })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid' });

const question = text(500).min(1, { error: 'required' });

/** A question prepared for a conversation, ticked off with a short answer afterwards. */
export const PreparedQuestion = z.strictObject({
  id: Id,
  text: question,
  answered: z.boolean().default(false),
  answer: text(2_000).default(''),
});
export type PreparedQuestion = z.output<typeof PreparedQuestion>;

/** Someone I was referred to ("via via"); `contactId` once they are (or were linked to) a contact. */
export const Referral = z.strictObject({
  id: Id,
  name: text(limits.shortText).min(1, { error: 'required' }),
  organisation: text(limits.shortText).default(''),
  role: text(limits.shortText).default(''),
  why: text(2_000).default(''),
  contactId: Id.nullable().default(null),
});
export type Referral = z.output<typeof Referral>;

/** Written right after the conversation: wat was goed, wat kon beter, tips, verwijzingen, next step. */
export const Evaluation = z.strictObject({
  wentWell: text(limits.longText).default(''),
  couldBeBetter: text(limits.longText).default(''),
  tips: z
    .array(text(500).min(1, { error: 'required' }))
    .max(50, { error: 'too_many' })
    .default([]),
  referrals: z.array(Referral).max(30, { error: 'too_many' }).default([]),
  gaveOrOffered: text(limits.longText).default(''),
  nextStep: text(1_000).default(''),
  nextStepOn: CalendarDate.nullable().default(null),
});
export type Evaluation = z.output<typeof Evaluation>;

export const Thanks = z.strictObject({
  thanked: z.boolean(),
  how: choice(thanksMethods).nullable(),
  on: CalendarDate.nullable(),
});
export type Thanks = z.output<typeof Thanks>;

const conversationRules = {
  contactId: Id,
  participantIds: z.array(Id).max(10, { error: 'too_many' }),
  status: choice(conversationStatuses),
  date: CalendarDate,
  time: TimeOfDay.nullable(),
  channel: choice(conversationChannels),
  kind: choice(conversationKinds),
  threeB: choice(threeBs).nullable(),
  goal: text(2_000),
  questions: z.array(PreparedQuestion).max(50, { error: 'too_many' }),
  preparation: text(limits.longText),
  notes: text(limits.notes),
  evaluation: Evaluation.nullable(),
  thanks: Thanks,
};

/** What a person fills in for a conversation. */
export const ConversationFields = z.strictObject({
  contactId: conversationRules.contactId,
  participantIds: conversationRules.participantIds.default([]),
  status: conversationRules.status.default('gepland'),
  date: conversationRules.date,
  time: conversationRules.time.default(null),
  channel: conversationRules.channel.default('persoonlijk'),
  kind: conversationRules.kind.default('orienterend'),
  threeB: conversationRules.threeB.default(null),
  goal: conversationRules.goal.default(''),
  questions: conversationRules.questions.default([]),
  preparation: conversationRules.preparation.default(''),
  notes: conversationRules.notes.default(''),
  evaluation: conversationRules.evaluation.default(null),
  thanks: conversationRules.thanks.default({ thanked: false, how: null, on: null }),
});
export type ConversationFields = z.output<typeof ConversationFields>;
export type ConversationFieldsInput = z.input<typeof ConversationFields>;

/** An edit: any subset of the fields; absent means unchanged. */
export const ConversationChanges = z.strictObject(conversationRules).partial();
export type ConversationChanges = z.output<typeof ConversationChanges>;

export const Conversation = z.strictObject({
  id: Id,
  ...ConversationFields.shape,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Conversation = z.output<typeof Conversation>;

/** A small touch outside a full conversation: a call, a card, a message ("contact gehad"). */
export const TouchFields = z.strictObject({
  contactId: Id,
  channel: choice(touchChannels),
  on: CalendarDate,
  note: text(1_000).default(''),
});
export type TouchFields = z.output<typeof TouchFields>;

export const Touch = z.strictObject({ id: Id, ...TouchFields.shape, createdAt: Timestamp });
export type Touch = z.output<typeof Touch>;

/** A question of the user's own, kept in the question bank beside the built-in ones. */
export const OwnQuestionFields = z.strictObject({ purpose: choice(questionPurposes), text: question });
export const OwnQuestion = z.strictObject({ id: Id, ...OwnQuestionFields.shape, createdAt: Timestamp });
export type OwnQuestion = z.output<typeof OwnQuestion>;

// Reminders (herinneringen): thank-you nudges, keeping in touch, follow-ups and the user's own.

export const reminderKinds = ['bedanken', 'contact-onderhouden', 'opvolgen', 'eigen'] as const;
/** `snoozed` carries `snoozedUntil`; `done` and `skipped` carry `completedAt`. */
export const reminderStates = ['open', 'snoozed', 'done', 'skipped'] as const;
export type ReminderKind = (typeof reminderKinds)[number];
export type ReminderState = (typeof reminderStates)[number];

/**
 * An IANA time zone name ("Europe/Amsterdam"). Only its form is checked: a zone this runtime does not know
 * (a journal synced from a machine with newer time-zone data) is read as UTC by core's `local-time.ts`,
 * rather than making the whole journal unreadable.
 */
export const TimeZone = z
  .string({ error: 'invalid' })
  .regex(/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/, { error: 'invalid' });

/**
 * A moment as a person thinks of it: "on 24 November at 09:00" where they live. Kept as local date, time
 * and zone rather than an instant, so a reminder set for 09:00 stays at 09:00 across daylight saving.
 */
export const LocalMoment = z.strictObject({ date: CalendarDate, time: TimeOfDay, zone: TimeZone });
export type LocalMoment = z.output<typeof LocalMoment>;

export const Reminder = z.strictObject({
  id: Id,
  kind: choice(reminderKinds),
  contactId: Id.nullable(),
  conversationId: Id.nullable(),
  /** When it is due, as set (the thank-you: the day after the conversation, at the reminder time). */
  due: LocalMoment,
  /** The user's own words; empty for the app's own reminders, which are worded when shown. */
  title: text(limits.shortText),
  note: text(limits.longText),
  state: choice(reminderStates),
  snoozedUntil: LocalMoment.nullable(),
  /** When the notification for the current due moment was shown; cleared when the moment moves. */
  notifiedAt: Timestamp.nullable(),
  /** When it was marked done or skipped. */
  completedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Reminder = z.output<typeof Reminder>;

/** What a person fills in for a reminder of their own (eigen herinnering). */
export const OwnReminderFields = z.strictObject({
  title: text(limits.shortText).min(1, { error: 'required' }),
  note: text(limits.longText).default(''),
  date: CalendarDate,
  time: TimeOfDay,
  contactId: Id.nullable().default(null),
  conversationId: Id.nullable().default(null),
});
export type OwnReminderFields = z.output<typeof OwnReminderFields>;
export type OwnReminderFieldsInput = z.input<typeof OwnReminderFields>;

/** An edit of any reminder: title and note, the moment, the linked contact. Absent means unchanged. */
export const ReminderChanges = z
  .strictObject({
    title: text(limits.shortText),
    note: text(limits.longText),
    date: CalendarDate,
    time: TimeOfDay,
    contactId: Id.nullable(),
  })
  .partial();
export type ReminderChanges = z.output<typeof ReminderChanges>;

/** The journal file's current version; `core/journal/migrations.ts` brings older files up to it. */
export const JOURNAL_SCHEMA_VERSION = 4;

/** The journal's lists of records, each with the schema every one of its records must pass. */
export const recordSchemas = {
  contacts: Contact,
  conversations: Conversation,
  touches: Touch,
  ownQuestions: OwnQuestion,
  reminders: Reminder,
} as const;
export type RecordCollection = keyof typeof recordSchemas;
export const recordCollections = Object.keys(recordSchemas) as RecordCollection[];

/**
 * A record that was deleted (a tombstone). Kept so that a copy of the journal from another computer, or
 * a sync tool's conflict copy, that still holds the record does not bring it back when merged.
 * `conflicts` is listed too: a conflict the person settled on one computer stays settled on the other.
 */
export const Tombstone = z.strictObject({
  collection: z.enum(['contacts', 'conversations', 'touches', 'ownQuestions', 'reminders', 'conflicts']),
  id: Id,
  deletedAt: Timestamp,
});
export type Tombstone = z.output<typeof Tombstone>;

/**
 * The same record changed on two computers (or changed on one and deleted on the other). The journal
 * shows the newest version; `other` is the version that lost (null: it was deleted there), kept until
 * the person chooses one of the two. Nothing typed on either computer is thrown away without them.
 */
const conflictIn = <C extends RecordCollection>(collection: C) =>
  z.strictObject({
    id: Id,
    collection: z.literal(collection),
    recordId: Id,
    other: recordSchemas[collection].nullable(),
    at: Timestamp,
  });
export const RecordConflict = z.discriminatedUnion('collection', [
  conflictIn('contacts'),
  conflictIn('conversations'),
  conflictIn('touches'),
  conflictIn('ownQuestions'),
  conflictIn('reminders'),
]);
export type RecordConflict = z.output<typeof RecordConflict>;
/** What is wrong with one field of a set-aside record: its path in the record and an error code. */
export const RecordProblem = z.strictObject({
  path: z.string().max(500),
  code: z.enum(fieldErrorCodes),
});
export type RecordProblem = z.output<typeof RecordProblem>;

/**
 * A record the app found in the file but could not use (a field that breaks its rule, an unknown field,
 * a reference to a contact that is not there). Kept in the journal, as the text it had, until the person
 * fixes it (and it goes back) or throws it away: nothing of theirs disappears without them deciding.
 */
export const SetAsideRecord = z.strictObject({
  id: Id,
  collection: z.enum(recordCollections as [RecordCollection, ...RecordCollection[]]),
  /** The record as it was in the file, as JSON text. */
  raw: z.string().max(1_000_000),
  problems: z.array(RecordProblem).max(200),
  setAsideAt: Timestamp,
});
export type SetAsideRecord = z.output<typeof SetAsideRecord>;

export const Journal = z.strictObject({
  schemaVersion: z.literal(JOURNAL_SCHEMA_VERSION),
  contacts: z.array(Contact),
  conversations: z.array(Conversation),
  touches: z.array(Touch),
  ownQuestions: z.array(OwnQuestion),
  reminders: z.array(Reminder),
  deleted: z.array(Tombstone),
  conflicts: z.array(RecordConflict),
  setAside: z.array(SetAsideRecord),
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
