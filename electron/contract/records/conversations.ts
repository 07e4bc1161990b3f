/**
 * Networking conversations (netwerkgesprekken): prepare, hold, evaluate, thank; and the small touches
 * outside a conversation, and the person's own questions for the question bank.
 */
import { z } from 'zod';
import { CalendarDate, choice, Id, limits, text, TimeOfDay, Timestamp } from './fields';

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
  /** Which of the three B's it served, when not bevestigen (rules/three-b.ts); null: the usual, bevestigen. */
  threeB: choice(threeBs).nullable().default(null),
});
export type TouchFields = z.output<typeof TouchFields>;

export const Touch = z.strictObject({
  id: Id,
  ...TouchFields.shape,
  /**
   * For a thank-you on the trail back (goal:thank): the day of the goal reached it thanks for. Absent on
   * every other touch. Kept on the touch, so it merges, moves and goes with it, record by record.
   */
  goalOn: CalendarDate.optional(),
  createdAt: Timestamp,
});
export type Touch = z.output<typeof Touch>;

/** A question of the user's own, kept in the question bank beside the built-in ones. */
export const OwnQuestionFields = z.strictObject({ purpose: choice(questionPurposes), text: question });
export const OwnQuestion = z.strictObject({ id: Id, ...OwnQuestionFields.shape, createdAt: Timestamp });
export type OwnQuestion = z.output<typeof OwnQuestion>;
