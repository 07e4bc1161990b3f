/**
 * The journal file as a whole: its version, its lists of records, deletions, conflicts and set-aside
 * records.
 */
import { z } from 'zod';
import { Contact } from './contacts';
import { Conversation, OwnQuestion, Touch } from './conversations';
import { CalendarDate, fieldErrorCodes, Id, Timestamp } from './fields';
import { OrganisationMark } from './organisations';
import { HelpAsk, HelpRequest, MessageTemplate, PlannedAction, Profile } from './plan';
import { Reminder } from './reminders';

/** The journal file's current version; `core/journal/migrations.ts` brings older files up to it. */
export const JOURNAL_SCHEMA_VERSION = 9;

/** The journal's lists of records, each with the schema every one of its records must pass. */
export const recordSchemas = {
  contacts: Contact,
  conversations: Conversation,
  touches: Touch,
  ownQuestions: OwnQuestion,
  reminders: Reminder,
  organisations: OrganisationMark,
  profile: Profile,
  helpRequests: HelpRequest,
  helpAsks: HelpAsk,
  plannedActions: PlannedAction,
  messageTemplates: MessageTemplate,
} as const;
export type RecordCollection = keyof typeof recordSchemas;
export const recordCollections = Object.keys(recordSchemas) as RecordCollection[];

/**
 * A record that was deleted (a tombstone). Kept so that a copy of the journal from another computer, or
 * a sync tool's conflict copy, that still holds the record does not bring it back when merged.
 * `conflicts` is listed too: a conflict the person settled on one computer stays settled on the other.
 */
export const Tombstone = z.strictObject({
  collection: z.enum([
    'contacts',
    'conversations',
    'touches',
    'ownQuestions',
    'reminders',
    'organisations',
    'profile',
    'helpRequests',
    'helpAsks',
    'plannedActions',
    'messageTemplates',
    'conflicts',
  ]),
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
  conflictIn('organisations'),
  conflictIn('profile'),
  conflictIn('helpRequests'),
  conflictIn('helpAsks'),
  conflictIn('plannedActions'),
  conflictIn('messageTemplates'),
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

/**
 * Two contacts the person said are different people ("Geen dubbele"), so they are never offered as a
 * likely duplicate again (issue 12). The app writes the ids in sorted order and reads them in either.
 * A list of two rather than a tuple: the journal's quick validity check knows lists.
 */
export const NotDuplicate = z.strictObject({
  ids: z.array(Id).min(2, { error: 'invalid' }).max(2, { error: 'invalid' }) as unknown as z.ZodType<
    [string, string]
  >,
  at: Timestamp,
});
export type NotDuplicate = z.output<typeof NotDuplicate>;

/**
 * A suggestion of Overzicht's Vandaag the person put off ("niet nu", issue 13): kept away until `until`
 * (a calendar date, so it returns on that morning wherever they are). One per suggestion, named by its
 * key (`<kind>:<id>`, contract/overview.ts). In the journal, not the settings, so a synced laptop keeps
 * the same list quiet; gone ones are dropped when the next is put off.
 */
export const Dismissal = z.strictObject({
  key: z.string({ error: 'invalid' }).regex(/^[a-z-]{1,30}:[A-Za-z0-9_-]{1,64}$/, { error: 'invalid' }),
  until: CalendarDate,
  at: Timestamp,
});
export type Dismissal = z.output<typeof Dismissal>;

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
  notDuplicates: z.array(NotDuplicate),
  dismissals: z.array(Dismissal),
  organisations: z.array(OrganisationMark),
  /** "Mijn doel": one record at most (id PROFILE_ID), none until the person writes it. */
  profile: z.array(Profile),
  helpRequests: z.array(HelpRequest),
  helpAsks: z.array(HelpAsk),
  plannedActions: z.array(PlannedAction),
  messageTemplates: z.array(MessageTemplate),
});
export type Journal = z.output<typeof Journal>;
