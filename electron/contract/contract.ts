/**
 * The IPC contract: every channel with the schema its input must pass and the type of its result.
 *
 * Main validates each payload with these schemas before anything runs (`core/dispatch.ts`); the preload
 * and the renderer import only the types, so the API the renderer sees cannot drift from what main serves.
 */
import { z } from 'zod';
import type { Channel } from './channels';
import {
  CalendarDate,
  ContactChanges,
  ContactFields,
  ConversationChanges,
  ConversationFields,
  conversationKinds,
  conversationStatuses,
  Id,
  limits,
  OwnQuestionFields,
  threeBs,
  TouchFields,
  type Circle,
  type Contact,
  type Conversation,
  type ConversationChannel,
  type ConversationKind,
  type ConversationStatus,
  type OwnQuestion,
  type ThreeB,
  type Touch,
  type TouchChannel,
  type Warmth,
} from './domain';

export type { Channel } from './channels';

/** Why a call failed; the renderer may branch on it, the message is for the person. */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'self_reference',
  'journal_read_only',
  'link_not_allowed',
  'file_exists',
  'has_conversations',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  /** One sentence in the UI language, fit to show as it is. */
  message: string;
  /** Per-field messages for form input, keyed by field path (`email`, `tags.2`). */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const Language = z.enum(['nl', 'en']);
export type Language = z.output<typeof Language>;

const noInput = z.undefined();
const byId = z.strictObject({ id: Id });

export const ContactListQuery = z.strictObject({
  query: z.string().max(limits.query).default(''),
  sort: z.enum(['name', 'lastContact']).default('name'),
  show: z.enum(['active', 'archived']).default('active'),
});
export type ContactListQuery = z.input<typeof ContactListQuery>;

export const ConversationListQuery = z.strictObject({
  query: z.string().max(limits.query).default(''),
  contactId: Id.nullable().default(null),
  status: z.enum(conversationStatuses).nullable().default(null),
  kind: z.enum(conversationKinds).nullable().default(null),
  threeB: z.enum(threeBs).nullable().default(null),
  /** Held conversations that still lack an evaluation, or a thank-you. */
  needs: z.enum(['evaluation', 'thanks']).nullable().default(null),
});
export type ConversationListQuery = z.input<typeof ConversationListQuery>;

export const SettingsChanges = z.strictObject({
  language: z.enum(['system', 'nl', 'en']).optional(),
});

/** Input schema per channel. */
export const inputs = {
  'app:status': noInput,
  'contacts:list': ContactListQuery,
  'contacts:get': byId,
  'contacts:create': ContactFields,
  'contacts:update': z.strictObject({ id: Id, changes: ContactChanges }),
  'contacts:archive': byId,
  'contacts:restore': byId,
  // Deleting someone with conversations must say what happens to them; without it, has_conversations.
  'contacts:delete': z.strictObject({ id: Id, withConversations: z.boolean().default(false) }),
  'contacts:similar': z.strictObject({ name: z.string().max(limits.shortText) }),
  'contacts:timeline': byId,
  'contacts:chain': byId,
  'touches:add': TouchFields,
  'touches:delete': byId,
  'conversations:list': ConversationListQuery,
  'conversations:get': byId,
  'conversations:create': ConversationFields,
  'conversations:update': z.strictObject({ id: Id, changes: ConversationChanges }),
  'conversations:delete': byId,
  // Without contactId a new contact is made (introduced by the conversation's contact, warmth lauw);
  // with it, the referral is linked to that existing contact instead of making a duplicate.
  'conversations:referralToContact': z.strictObject({
    conversationId: Id,
    referralId: Id,
    contactId: Id.nullable().default(null),
  }),
  'questions:list': noInput,
  'questions:add': OwnQuestionFields,
  'questions:delete': byId,
  'insights:learnings': z.strictObject({
    from: CalendarDate.nullable().default(null),
    to: CalendarDate.nullable().default(null),
  }),
  'settings:get': noInput,
  'settings:update': SettingsChanges,
  'journal:move': noInput,
  'shell:openExternal': z.strictObject({ url: z.string().max(2_000) }),
  // Which file to show, never a path: the renderer cannot point the file manager anywhere else.
  'shell:showJournalFile': z.strictObject({ which: z.enum(['journal', 'damaged']) }),
} satisfies Record<Channel, z.ZodType>;

/** What went wrong with the journal file at start-up, shown once so the person knows where their data is. */
export type JournalNotice =
  | { kind: 'damaged'; movedTo: string; restoredFrom: string | null }
  | { kind: 'newer-version'; fileVersion: number }
  | { kind: 'unreadable'; reason: string };

export interface AppStatus {
  language: Language;
  version: string;
  journal: { path: string; readOnly: boolean; notice: JournalNotice | null };
}

/** One row of the contact list: enough to show and sort it, not the whole record. */
export interface ContactSummary {
  id: string;
  name: string;
  organisation: string;
  role: string;
  circle: Circle | null;
  warmth: Warmth | null;
  tags: string[];
  lastContactOn: string | null;
  archived: boolean;
}

export interface ContactList {
  contacts: ContactSummary[];
  /** Totals regardless of the query, so the list can tell "no match" from "nothing yet". */
  totals: { active: number; archived: number };
}

/** One row of the conversation list. */
export interface ConversationSummary {
  id: string;
  contactId: string;
  contactName: string;
  status: ConversationStatus;
  date: string;
  time: string | null;
  channel: ConversationChannel;
  kind: ConversationKind;
  threeB: ThreeB | null;
  goal: string;
  /** Held and no evaluation written yet. */
  needsEvaluation: boolean;
  /** Held and not thanked yet. */
  needsThanks: boolean;
}

export interface ConversationList {
  /** Planned ones first (soonest first), then held ones (newest first). */
  conversations: ConversationSummary[];
  totals: { planned: number; held: number; needsEvaluation: number; needsThanks: number };
}

/** A contact's history, newest first: conversations and small touches. */
export type TimelineEntry =
  | ({ type: 'conversation' } & ConversationSummary)
  | { type: 'touch'; id: string; date: string; channel: TouchChannel; note: string };

/** Who brought this person into the network, whom they brought in, and what came of it. */
export interface ReferralChain {
  /** The introducer, their introducer, … up to someone the user knows first-hand (nearest first). */
  introducedBy: ContactSummary[];
  /** People this contact introduced, each with the conversations held with them since. */
  introduced: { contact: ContactSummary; conversations: ConversationSummary[] }[];
  /** Conversations in whose evaluation this contact was named as a referral. */
  referredIn: ConversationSummary[];
}

/** The lessons in the user's own evaluations, and the patterns in their conversations. */
export interface Learnings {
  /** Every "kon beter" point and every tip, newest first. */
  points: {
    type: 'couldBeBetter' | 'tip';
    text: string;
    conversationId: string;
    contactId: string;
    contactName: string;
    date: string;
  }[];
  /** Held conversations per month (YYYY-MM, oldest first), counted per kind and per B. */
  months: {
    month: string;
    held: number;
    kinds: Record<ConversationKind, number>;
    threeBs: Record<ThreeB, number>;
  }[];
}

export interface SettingsView {
  language: 'system' | 'nl' | 'en';
  journalPath: string;
}

/** Result type per channel. */
export interface Results {
  'app:status': AppStatus;
  'contacts:list': ContactList;
  'contacts:get': Contact;
  'contacts:create': Contact;
  'contacts:update': Contact;
  'contacts:archive': Contact;
  'contacts:restore': Contact;
  'contacts:delete': { id: string };
  'contacts:similar': ContactSummary[];
  'contacts:timeline': TimelineEntry[];
  'contacts:chain': ReferralChain;
  'touches:add': Touch;
  'touches:delete': { id: string };
  'conversations:list': ConversationList;
  'conversations:get': Conversation;
  'conversations:create': Conversation;
  'conversations:update': Conversation;
  'conversations:delete': { id: string };
  'conversations:referralToContact': { conversation: Conversation; contact: Contact };
  'questions:list': OwnQuestion[];
  'questions:add': OwnQuestion;
  'questions:delete': { id: string };
  'insights:learnings': Learnings;
  'settings:get': SettingsView;
  'settings:update': SettingsView;
  /** `moved: false` when the person cancelled the file dialog. */
  'journal:move': { moved: boolean; path: string };
  'shell:openExternal': { opened: boolean };
  'shell:showJournalFile': { shown: boolean };
}

export type Input<C extends Channel> = z.input<(typeof inputs)[C]>;
export type ParsedInput<C extends Channel> = z.output<(typeof inputs)[C]>;

type Domain<C extends string> = C extends `${infer D}:${string}` ? D : never;
type Action<C extends string, D extends string> = C extends `${D}:${infer A}` ? A : never;

/**
 * The object the preload exposes as `window.netwerkdagboek`: `api.contacts.get({ id })` calls
 * `contacts:get`. Channels without input take no argument.
 */
export type Api = {
  [D in Domain<Channel>]: {
    [A in Action<Channel, D>]: `${D}:${A}` extends infer C extends Channel
      ? undefined extends Input<C>
        ? (input?: Input<C>) => Promise<Result<Results[C]>>
        : (input: Input<C>) => Promise<Result<Results[C]>>
      : never;
  };
};
