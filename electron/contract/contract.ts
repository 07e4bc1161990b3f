/**
 * The IPC contract: every channel with the schema its input must pass and the type of its result.
 *
 * Main validates each payload with these schemas before anything runs (`core/dispatch.ts`); the preload
 * and the renderer import only the types, so the API the renderer sees cannot drift from what main serves.
 */
import { z } from 'zod';
import type { Channel } from './channels';
import type { OsProblem } from './messages';
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
  defaultCadences,
  OwnQuestionFields,
  OwnReminderFields,
  ReminderChanges,
  strengths,
  thanksMethods,
  threeBs,
  TimeOfDay,
  TouchFields,
  type Circle,
  type Contact,
  type Conversation,
  type ConversationChannel,
  type ConversationKind,
  type ConversationStatus,
  type OwnQuestion,
  type RecordCollection,
  type RecordProblem,
  type Cadence,
  type DefaultCadence,
  type LocalMoment,
  type Reminder,
  type ReminderKind,
  type ReminderState,
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
  /** A set-aside record that still does not pass; `fields` says what is wrong. */
  'record_invalid',
  /** There is no backup of the journal that can be read. */
  'no_backup',
  /** The file chosen as the journal is not one (another app's file, or damaged): nothing was changed. */
  'not_a_journal',
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

/**
 * `saved: false`: the call was carried out and is kept in memory, but the write that should hold it
 * failed (see `AppStatus.journal.save`); it is retried. Not a failure: sending it again would do it twice.
 */
export type Result<T> = { ok: true; data: T; saved?: false } | { ok: false; error: AppError };

export const Language = z.enum(['nl', 'en']);
export type Language = z.output<typeof Language>;

const noInput = z.undefined();
const byId = z.strictObject({ id: Id });

/** Rows in one answer of `contacts:list` / `conversations:list` when the caller does not say. */
export const LIST_WINDOW = 100;
/**
 * The most rows one answer may hold. A list shows a screenful at a time and asks for the rest as it
 * scrolls (the virtual list's window cache); whole lists of thousands cost more to copy over IPC than
 * one keystroke may take.
 */
export const LIST_WINDOW_MAX = 500;

/** Which rows of the whole list to answer with: from `offset`, at most `limit`. */
const listWindow = {
  offset: z.int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.int().min(1).max(LIST_WINDOW_MAX).default(LIST_WINDOW),
};

export const ContactListQuery = z.strictObject({
  query: z.string().max(limits.query).default(''),
  sort: z.enum(['name', 'lastContact']).default('name'),
  show: z.enum(['active', 'archived']).default('active'),
  ...listWindow,
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
  ...listWindow,
});
export type ConversationListQuery = z.input<typeof ConversationListQuery>;

/** Default keep-in-touch cadence per relationship strength, and for contacts without one (`onbekend`). */
export const KeepInTouchDefaults = z.strictObject(
  Object.fromEntries([...strengths, 'onbekend'].map((s) => [s, z.enum(defaultCadences)])) as Record<
    (typeof strengths)[number] | 'onbekend',
    z.ZodEnum<{ [K in DefaultCadence]: K }>
  >,
);
export type KeepInTouchDefaults = z.output<typeof KeepInTouchDefaults>;

export const SettingsChanges = z.strictObject({
  language: z.enum(['system', 'nl', 'en']).optional(),
  /** When the app's own reminders fall due (thank-you the day after, follow-ups, keeping in touch). */
  reminderTime: TimeOfDay.optional(),
  keepInTouchDefaults: KeepInTouchDefaults.optional(),
  /** Closing the window keeps the app in the tray / menu bar, so reminders still arrive. */
  closeToTray: z.boolean().optional(),
  openAtLogin: z.boolean().optional(),
});

export const snoozeOptions = ['hour', 'evening', 'morning', 'week', 'moment'] as const;
export type SnoozeOption = (typeof snoozeOptions)[number];

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
  'reminders:list': noInput,
  'reminders:count': noInput,
  'reminders:get': byId,
  'reminders:create': OwnReminderFields,
  'reminders:update': z.strictObject({ id: Id, changes: ReminderChanges }),
  // Completing a thank-you reminder says how the thanks went, and marks the conversation thanked.
  'reminders:complete': z.strictObject({
    id: Id,
    thanksHow: z.enum(thanksMethods, { error: 'invalid_choice' }).nullable().default(null),
  }),
  'reminders:skip': byId,
  // hour: an hour from now; evening: today 19:00; morning: tomorrow at the reminder time; week: in seven
  // days at the reminder time; moment: the given date and time.
  'reminders:snooze': z.strictObject({
    id: Id,
    option: z.enum(snoozeOptions, { error: 'invalid_choice' }),
    date: CalendarDate.nullable().default(null),
    time: TimeOfDay.nullable().default(null),
  }),
  // Undo of done, skipped or snoozed: open again (a thank-you's conversation is then not thanked again).
  'reminders:reopen': byId,
  'reminders:delete': byId,
  'reminders:keepInTouch': z.strictObject({ contactId: Id }),
  'settings:get': noInput,
  'settings:update': SettingsChanges,
  'journal:move': noInput,
  'journal:sync': noInput,
  // Of a record changed on two computers: keep the version shown now, or the other one.
  'journal:resolveConflict': z.strictObject({ id: Id, keep: z.enum(['shown', 'other']) }),
  // A sync tool's conflict copy, by the name `journal:sync` offered (never a path).
  'journal:mergeCopy': z.strictObject({ name: z.string().min(1).max(300) }),
  'journal:ignoreCopy': z.strictObject({ name: z.string().min(1).max(300) }),
  // A set-aside record (see core/journal/set-aside.ts), back as the person fixed its text, or dropped.
  'journal:restoreRecord': z.strictObject({ id: Id, raw: z.string().max(1_000_000) }),
  'journal:dropRecord': byId,
  // When the journal could not be opened: try the same file again, choose another file (main's dialog),
  // look at the newest backup, or start a journal somewhere else (from what is shown, a backup or empty).
  'journal:retry': noInput,
  'journal:open': noInput,
  'journal:openBackup': noInput,
  'journal:startNew': noInput,
  // Where saving fails: asks for another place, writes the journal there and saves there from then on.
  'journal:saveAs': noInput,
  'journal:retrySave': noInput,
  'shell:openExternal': z.strictObject({ url: z.string().max(2_000) }),
  // Which file to show, never a path: the renderer cannot point the file manager anywhere else.
  'shell:showJournalFile': z.strictObject({ which: z.enum(['journal', 'damaged']) }),
} satisfies Record<Channel, z.ZodType>;

/** What a repair at open mended without asking (see core/journal/repair.ts); always told, never silent. */
export type RepairChange = {
  collection: RecordCollection;
  /** The record's id as it was in the file. */
  id: string;
  /** What the person calls it: a name, a contact and a date, a title. */
  label: string;
} & (
  | { change: 'reference-cleared'; field: string; missing: string }
  | { change: 'id-renamed'; newId: string }
  | { change: 'duplicate-removed' }
  | { change: 'unreadable-characters' }
);

/** What went wrong with the journal file at start-up, shown once so the person knows where their data is. */
export type JournalNotice =
  | { kind: 'damaged'; movedTo: string; restoredFrom: string | null }
  /** Damaged, and it could not be moved aside (a read-only folder): left as it is, opened read-only. */
  | { kind: 'damaged-in-place'; path: string; problem: OsProblem; restoredFrom: string | null }
  | { kind: 'newer-version'; fileVersion: number }
  /** The journal (or its folder) could not be read or made; nothing was changed. Read-only, empty. */
  | { kind: 'unavailable'; path: string; problem: OsProblem }
  /** A journal was there before (it is configured, or has backups) and is not now. Read-only, empty. */
  | { kind: 'missing'; path: string; backups: number }
  /** The person chose to look at a backup: read-only until they keep it somewhere as their journal. */
  | { kind: 'backup'; path: string; journalPath: string }
  | {
      /** Some records were set aside or mended; `keptAt` holds the file as it was, byte for byte. */
      kind: 'repaired';
      /** Null when the original could not be kept (then the journal is read-only, `problem` says why). */
      keptAt: string | null;
      problem: OsProblem | null;
      setAside: number;
      /** The first REPAIR_CHANGES_SHOWN changes; `moreChanges` counts the rest. */
      changes: RepairChange[];
      moreChanges: number;
    }
  /** The person made the file read-only, or its folder cannot be written: opened read-only, untouched. */
  | { kind: 'read-only'; reason: 'file' | 'folder' };

/** How many repair changes a notice lists; a journal mended in thousands of places says how many more. */
export const REPAIR_CHANGES_SHOWN = 100;

/** A set-aside record as the UI shows it: the record's text, what is wrong, what the person calls it. */
export interface SetAsideView {
  id: string;
  collection: RecordCollection;
  label: string;
  raw: string;
  problems: RecordProblem[];
  setAsideAt: string;
}

/** Whether the journal's edits are on disk; while failing, the edits are kept in memory and retried. */
export type SaveStatus =
  | { state: 'saved' }
  | {
      state: 'failing';
      problem: OsProblem;
      /** What happened and what to do, in the UI language. */
      message: string;
      /** ISO instant of the first failure. */
      since: string;
      /** ISO instant of the next attempt by itself. */
      retryAt: string;
    };

/** The daily backup could not be made (the journal itself is fine): a quieter notice. */
export interface BackupStatus {
  problem: OsProblem;
  message: string;
  since: string;
}

export interface AppStatus {
  language: Language;
  version: string;
  /**
   * Reminders that fell due while the app was closed and were announced together at this launch; the
   * first call only (later windows, reopened from the tray, get 0).
   */
  missedReminders: number;
  journal: JournalStatus;
}

export interface JournalStatus {
  path: string;
  readOnly: boolean;
  notice: JournalNotice | null;
  /** Another window of the app on this computer has the journal open: this one only reads. */
  lockedBy: { pid: number; host: string; appVersion: string; since: string } | null;
  /** Records waiting for the person to fix or drop them (the first SET_ASIDE_SHOWN), and how many. */
  setAside: SetAsideView[];
  setAsideTotal: number;
  save: SaveStatus;
  backup: BackupStatus | null;
}

/** What a merge brought in from the other computer (or a conflict copy). */
export interface IncomingChanges {
  added: number;
  changed: number;
  deleted: number;
  /** Records changed on both sides, now waiting for the person to choose. */
  conflicts: number;
}

/** A record changed on two computers, as the person chooses between the two versions. */
export interface ConflictView {
  id: string;
  collection: RecordCollection;
  recordId: string;
  /** What the record is, in the UI language: a contact's name, "conversation with …". */
  title: string;
  /** The version the journal shows now; null when it is deleted. */
  shown: Record<string, unknown> | null;
  /** The other version; null when the other side deleted it. */
  other: Record<string, unknown> | null;
  /** The fields in which the two differ (all of them when one is deleted). */
  fields: string[];
  at: string;
}

/** A copy of the journal a sync tool made beside it ("journal (conflicted copy …).json"). */
export interface ConflictCopy {
  name: string;
  modifiedAt: string;
}

export interface SyncView {
  conflicts: ConflictView[];
  copies: ConflictCopy[];
}

/** How many set-aside records `app:status` carries; the rest follow as earlier ones are dealt with. */
export const SET_ASIDE_SHOWN = 50;

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

/** One window of the contact list: the rows from `offset`, and how many match in all. */
export interface ContactList {
  /** How many contacts match the query, in the whole list. */
  total: number;
  /** The place of the first row in the whole list. */
  offset: number;
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

/** One window of the conversation list: the rows from `offset`, and how many match in all. */
export interface ConversationList {
  /** How many conversations match the query and filters, in the whole list. */
  total: number;
  /** The place of the first row in the whole list. */
  offset: number;
  /** How many of the matching ones are planned: they come first, so held ones start at this place. */
  planned: number;
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

/** Where a reminder or a notification leads when opened. */
export type AppTarget =
  | { view: 'conversation'; id: string }
  | { view: 'contact'; id: string }
  | { view: 'reminders'; id: string | null };

/** What main tells the renderer without being asked, on EVENT_CHANNEL. */
export type AppEvent =
  /** A notification (or the tray) was clicked: show this. `complete` asks to finish the reminder there. */
  | { type: 'open'; target: AppTarget; complete?: string }
  /** Reminders changed outside the renderer (one fell due, a notification action): refresh counts. */
  | { type: 'reminders-changed'; due: number }
  /**
   * The journal changed from outside and was merged in (`incoming`), or its status changed (null: it
   * became writable, a conflict copy appeared): the page reloads what it shows.
   */
  | { type: 'journal-changed'; incoming: IncomingChanges | null }
  /** Saving started failing, failed again or landed again, or the daily backup failed. */
  | { type: 'journal-saving'; save: SaveStatus; backup: BackupStatus | null };

export type ReminderGroup = 'overdue' | 'today' | 'soon' | 'later' | 'done';

/** One row of the Herinneringen screen. */
export interface ReminderRow {
  id: string;
  kind: ReminderKind;
  state: ReminderState;
  group: ReminderGroup;
  /** Ready to show, in the UI language: the user's own title, or the app's wording for its own kinds. */
  title: string;
  note: string;
  /** The moment it is due now: the snooze moment when snoozed, else the set one. */
  due: LocalMoment;
  contactId: string | null;
  contactName: string | null;
  conversationId: string | null;
  completedAt: string | null;
}

export interface ReminderList {
  /** Group by group in the order above; due ones soonest first, done and skipped newest first. */
  reminders: ReminderRow[];
  /** Rows per group; `done` counts all, while the list holds at most the latest DONE_SHOWN of them. */
  counts: Record<ReminderGroup, number>;
}

/** The most done/skipped reminders `reminders:list` returns. */
export const DONE_SHOWN = 100;

/** Keeping in touch with one contact: the cadence that applies, and where things stand. */
export interface KeepInTouchStatus {
  /** The contact's own setting (`standaard` follows the default for their strength). */
  cadence: Cadence;
  /** The cadence in effect, after applying the default. */
  effective: DefaultCadence | 'aangepast';
  /** Days for `aangepast`. */
  days: number | null;
  lastContactOn: string | null;
  /** When contact is due next; null without a cadence. */
  nextDueOn: string | null;
  /** on-track → due (cadence passed) → verwaterd (twice the cadence passed). */
  state: 'none' | 'on-track' | 'due' | 'verwaterd';
}

export interface SettingsView {
  language: 'system' | 'nl' | 'en';
  journalPath: string;
  reminderTime: string;
  keepInTouchDefaults: KeepInTouchDefaults;
  closeToTray: boolean;
  openAtLogin: boolean;
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
  'reminders:list': ReminderList;
  'reminders:count': { due: number };
  'reminders:get': Reminder;
  'reminders:create': Reminder;
  'reminders:update': Reminder;
  'reminders:complete': Reminder;
  'reminders:skip': Reminder;
  'reminders:snooze': Reminder;
  'reminders:reopen': Reminder;
  'reminders:delete': { id: string };
  'reminders:keepInTouch': KeepInTouchStatus;
  'settings:get': SettingsView;
  'settings:update': SettingsView;
  /** `moved: false` when the person cancelled the file dialog. */
  'journal:move': { moved: boolean; path: string };
  'journal:sync': SyncView;
  'journal:resolveConflict': SyncView;
  'journal:mergeCopy': { incoming: IncomingChanges; sync: SyncView };
  'journal:ignoreCopy': SyncView;
  /** How many records went back: the one asked for, and those that were waiting for it. */
  'journal:restoreRecord': { restored: number };
  'journal:dropRecord': { id: string };
  /** `reopened: false` when the person cancelled a dialog; after `true` the page loads its state anew. */
  'journal:retry': { reopened: boolean };
  'journal:open': { reopened: boolean };
  'journal:openBackup': { reopened: boolean };
  'journal:startNew': { reopened: boolean };
  /** `moved: false` when cancelled; afterwards `save` says whether the new place worked. */
  'journal:saveAs': { moved: boolean; path: string; save: SaveStatus };
  'journal:retrySave': { save: SaveStatus };
  'shell:openExternal': { opened: boolean };
  'shell:showJournalFile': { shown: boolean };
}

export type Input<C extends Channel> = z.input<(typeof inputs)[C]>;
export type ParsedInput<C extends Channel> = z.output<(typeof inputs)[C]>;

type Domain<C extends string> = C extends `${infer D}:${string}` ? D : never;
type Action<C extends string, D extends string> = C extends `${D}:${infer A}` ? A : never;

/**
 * The object the preload exposes as `window.netwerkdagboek`: `api.contacts.get({ id })` calls
 * `contacts:get`. Channels without input take no argument. `api.events.subscribe` listens to main.
 */
export type Api = Invocations & {
  events: { subscribe(listener: (event: AppEvent) => void): () => void };
};

type Invocations = {
  [D in Domain<Channel>]: {
    [A in Action<Channel, D>]: `${D}:${A}` extends infer C extends Channel
      ? undefined extends Input<C>
        ? (input?: Input<C>) => Promise<Result<Results[C]>>
        : (input: Input<C>) => Promise<Result<Results[C]>>
      : never;
  };
};
