/**
 * The network plan (issue 14, journal version 9): what the person is looking for ("Mijn doel"), the
 * concrete questions they put to their network (hulpvragen) and whom they asked, the actions they plan
 * (the netwerkactieplan) with a look back afterwards, and their own message texts. Every one is a record
 * collection like the contacts: merged between computers by the later version, tombstoned when deleted,
 * set aside when damaged.
 */
import { z } from 'zod';
import { threeBs, touchChannels } from './conversations';
import { CalendarDate, choice, Id, limits, text, Timestamp } from './fields';
import { messageMedia, messageOccasions } from '../rules/message-text-kinds';

/** The id of the one profile: the same on every computer, so two copies merge as versions of one record. */
export const PROFILE_ID = 'mijn-doel';

/** What the person is looking for: each part optional, a few words each. */
export const LookingFor = z.strictObject({
  role: text(limits.shortText),
  field: text(limits.shortText),
  region: text(limits.shortText),
  organisationKind: text(limits.shortText),
});
export type LookingFor = z.output<typeof LookingFor>;

/** The five questions of the netwerkactieplan, answered in the person's own words. */
export const PlanQuestions = z.strictObject({
  want: text(limits.longText),
  can: text(limits.longText),
  offer: text(limits.longText),
  where: text(limits.longText),
  whoCanHelp: text(limits.longText),
});
export type PlanQuestions = z.output<typeof PlanQuestions>;

/** The goal reached (doel bereikt): a job, an assignment, an internship; what, where, from when. */
export const GoalReached = z.strictObject({
  what: text(limits.shortText),
  where: text(limits.shortText),
  from: CalendarDate.nullable(),
  /** When the person said so: where the trail of people to thank is counted to. */
  on: CalendarDate,
});
export type GoalReached = z.output<typeof GoalReached>;

export const successStoriesMax = 3;

/** What the person can change of "Mijn doel" (profile:save), every part optional. */
export const ProfileFields = z.strictObject({
  /** How I sign a text (Mijn naam): "Sanne de Boer". Empty until written; a message signs with the first name. */
  name: text(limits.shortText).default(''),
  lookingFor: LookingFor,
  /** A short introduction of a few sentences: who I am and what I look for. */
  pitch: text(limits.longText),
  /** Two or three short stories of something that went well: what I did and what it brought. */
  successStories: z.array(text(limits.longText)).max(successStoriesMax, { error: 'too_many' }),
  questions: PlanQuestions,
  reached: GoalReached.nullable(),
});
export type ProfileFields = z.output<typeof ProfileFields>;

/** "Mijn doel": one record, id PROFILE_ID. */
export const Profile = z.strictObject({
  id: Id,
  ...ProfileFields.shape,
  /**
   * Absent on a profile saved before the name could be written (as a touch's `goalOn`, no migration:
   * optional, so the quick validity check passes both); every save writes it.
   */
  name: text(limits.shortText).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Profile = z.output<typeof Profile>;

export const helpRequestStatuses = ['open', 'beantwoord', 'ingetrokken'] as const;
export type HelpRequestStatus = (typeof helpRequestStatuses)[number];

/** A hulpvraag: a concrete question the person asks their network to think along with. */
export const HelpRequest = z.strictObject({
  id: Id,
  question: text(limits.longText).min(1, { error: 'required' }),
  /** Why I ask and what I already know: what a helper needs to answer well. */
  context: text(limits.longText),
  status: choice(helpRequestStatuses),
  createdAt: Timestamp,
  /** When it was answered or withdrawn; null while open. */
  closedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
});
export type HelpRequest = z.output<typeof HelpRequest>;

/**
 * Whom a hulpvraag was put to, and what came of it. The contact's name is kept beside their id, so the
 * history still says who it was after the contact is deleted (the id then becomes null).
 */
export const HelpAsk = z.strictObject({
  id: Id,
  helpRequestId: Id,
  contactId: Id.nullable(),
  contactName: text(limits.shortText).min(1, { error: 'required' }),
  askedOn: CalendarDate,
  channel: choice(touchChannels),
  /** What they answered; empty while there is no answer. */
  answer: text(limits.longText),
  answeredOn: CalendarDate.nullable(),
  /** What the person does next with it. */
  followUp: text(limits.longText),
  /** The conversation in which the question was answered, if one was. */
  conversationId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type HelpAsk = z.output<typeof HelpAsk>;

export const actionKinds = ['bellen', 'mailen', 'koffie', 'kaartje', 'verwijzing-vragen', 'anders'] as const;
export type ActionKind = (typeof actionKinds)[number];
export const actedInReturnAnswers = ['ja', 'nee', 'nog-niet'] as const;
export type ActedInReturn = (typeof actedInReturnAnswers)[number];

/** An ISO week, as the plan counts them ("2026-W49"; weeks start on Monday, contract/rules/weeks.ts). */
export const IsoWeek = z.string({ error: 'invalid' }).regex(/^\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/, {
  error: 'invalid_date',
});

/** Looking back on an action once done: what it brought, whether the person acted in return, what next. */
export const Reflection = z.strictObject({
  brought: text(limits.longText),
  actedInReturn: choice(actedInReturnAnswers).nullable(),
  nextStep: text(limits.longText),
});
export type Reflection = z.output<typeof Reflection>;

/**
 * One line of the netwerkactieplan: met wie (a contact, or a description such as "iemand bij Rabobank"),
 * wanneer (a week, or a day), wat, and which B it serves; done with a reflection afterwards. Deleting
 * the contact deletes their actions with them.
 */
export const PlannedAction = z.strictObject({
  id: Id,
  contactId: Id.nullable(),
  /** Whom, in words, when it is nobody in the journal yet ("iemand die bij ASML werkt"). */
  who: text(limits.shortText),
  week: IsoWeek.nullable(),
  date: CalendarDate.nullable(),
  what: text(limits.longText).min(1, { error: 'required' }),
  kind: choice(actionKinds).nullable(),
  threeB: choice(threeBs).nullable(),
  helpRequestId: Id.nullable(),
  doneOn: CalendarDate.nullable(),
  reflection: Reflection.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PlannedAction = z.output<typeof PlannedAction>;

/** A message text of the person's own, beside the built-in ones, with the same placeholders. */
export const MessageTemplate = z.strictObject({
  id: Id,
  name: text(limits.shortText).min(1, { error: 'required' }),
  /** The occasions and media of the built-in texts (rules/message-texts.ts), so both share one list. */
  purpose: choice(messageOccasions),
  medium: choice(messageMedia),
  language: choice(['nl', 'en'] as const),
  /** Je or u (Dutch only; English ignores it). */
  formal: z.boolean(),
  subject: text(limits.shortText),
  body: text(limits.longText).min(1, { error: 'required' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type MessageTemplate = z.output<typeof MessageTemplate>;
