/**
 * The IPC contract: every channel with the schema its input must pass and the type of its result.
 *
 * Main validates each payload with these schemas before anything runs (`core/dispatch.ts`); the preload
 * and the renderer import only the types, so the API the renderer sees cannot drift from what main serves.
 * The larger result types live beside it and are exported from here too: `views.ts` (what the screens
 * show) and `journal-status.ts` (what the app tells about the journal file).
 */
import { z } from 'zod';
import type { ChangeKind } from './changes';
import { ContactFilters } from './contact-filters';
import type { Channel } from './channels';
import type { DuplicateList, MergeResult } from './duplicates';
import { organisationInputs, type OrganisationResults } from './organisations';
import { overviewInputs, type OverviewResults } from './overview';
import { EXTERNAL_LINK_MAX, textInputs, type TextResults } from './texts';
import { trailInputs, type TrailResults } from './trail';
import { planInputs } from './plan';
import { actionInputs, type ActionResults } from './actions';
import { SettingsChanges, type SettingsView } from './settings';
import { chosenFields } from './rules/contact-merge';
import type { BackupStatus, IncomingChanges, JournalStatus, SaveStatus, SyncView } from './journal-status';
import {
  exportFormats,
  importInputs,
  type BackupView,
  type ExportResult,
  type ImportResults,
  type RestoreResult,
} from './exchange';
import type {
  ContactList,
  ContactSummary,
  ConversationList,
  KeepInTouchStatus,
  Learnings,
  ReferralChain,
  ReminderList,
  TimelineEntry,
} from './views';
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
  OwnReminderFields,
  ReminderChanges,
  thanksMethods,
  threeBs,
  TimeOfDay,
  TouchFields,
  type Contact,
  type Conversation,
  type OwnQuestion,
  type Reminder,
  type Touch,
} from './domain';

export type { Channel } from './channels';
export * from './duplicates';
export * from './organisations';
export * from './overview';
export * from './texts';
export * from './trail';
export * from './plan';
export * from './actions';
export * from './settings';
export * from './journal-status';
export * from './views';

/** Why a call failed; the renderer may branch on it, the message is for the person. */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'self_reference',
  'journal_read_only',
  'link_not_allowed',
  'file_exists',
  'has_conversations',
  /** A merge cannot be undone: what it changed has been changed again since. */
  'merge_changed',
  /** Saved from a form made from an older version than the one on disk by now: nothing written. */
  'changed_elsewhere',
  /** A set-aside record that still does not pass; `fields` says what is wrong. */
  'record_invalid',
  /** There is no backup of the journal that can be read. */
  'no_backup',
  /** The file chosen as the journal is not one (another app's file, or damaged): nothing was changed. */
  'not_a_journal',
  /** The file to restore was made by a newer version of the app: nothing was changed. */
  'journal_newer',
  /** An export was to be saved over the journal itself or its backups: refused, nothing written. */
  'export_over_journal',
  /** A file chosen to restore is bigger than RESTORE_MAX_BYTES: not read, nothing changed. */
  'restore_too_large',
  /** Import (issue 12), a whole file refused: bigger than IMPORT_MAX_BYTES. */
  'import_too_large',
  /** The file holds nothing, or only blank lines. */
  'import_empty',
  /** Not a text file: an image, a spreadsheet (.xlsx), a PDF… saved under a .csv or .vcf name. */
  'import_not_text',
  /** A CSV with a header and no rows under it. */
  'import_no_rows',
  /** Text, but nothing in it can be read as a person: a vCard file without one whole card. */
  'import_unreadable',
  /** A column mapping that says no column holds the name (nor first or last name). */
  'import_no_name_column',
  /** The import asked about is no longer open (cancelled, applied, replaced by another file, app restarted). */
  'import_expired',
  /** The journal is read-only (another window has it, a newer version wrote it…): nobody can be imported. */
  'import_read_only',
  /** There is no import (any more) that can be undone. */
  'nothing_to_undo',
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
  /** `name` as typed (first name first); `surname` the Dutch way, without tussenvoegsel (rules/dutch-names). */
  sort: z.enum(['name', 'surname', 'lastContact']).default('name'),
  show: z.enum(['active', 'archived']).default('active'),
  /** Only the contacts still to be sorted in (no strength yet): the sort-in pass and its count. */
  unsorted: z.boolean().default(false),
  filters: ContactFilters.prefault({}), // kring, warmth, …: AND across kinds, OR within one
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
  // `atLeast` 2: only the same name or the same first and last word (the contact form's warning while
  // typing); 1, the default, also a name within another (before a referral becomes a contact).
  'contacts:similar': z.strictObject({
    name: z.string().max(limits.shortText),
    atLeast: z.int().min(1).max(3).default(1),
  }),
  'contacts:timeline': byId,
  'contacts:chain': byId,
  // With `contactId`, only the pairs that contact is in (the sort-in pass asks per person).
  'contacts:duplicates': z.strictObject({ contactId: Id }).optional(),
  // Merges `mergeId` into `keepId`: every reference moves to the kept contact, the other is deleted.
  // `fromOther`: the fields with one value to take from the other contact instead (rules/contact-merge.ts).
  'contacts:merge': z.strictObject({
    keepId: Id,
    mergeId: Id,
    fromOther: z
      .array(z.enum(chosenFields, { error: 'invalid_choice' }))
      .max(chosenFields.length)
      .default([]),
  }),
  'contacts:undoMerge': z.strictObject({ undoId: Id }),
  // "Geen dubbele": these two are different people, never offered as a pair again.
  'contacts:notDuplicate': z.strictObject({ ids: z.tuple([Id, Id]) }),
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
  // Export, backups and restore (issue 12). A backup is named by its day, never by a path.
  'exchange:export': z.strictObject({ format: z.enum(exportFormats, { error: 'invalid_choice' }) }),
  'journal:backups': noInput,
  'journal:restoreBackup': z.strictObject({ date: CalendarDate }),
  // A full JSON export (or any journal file) chosen in main's open dialog becomes the journal.
  'journal:restoreFile': noInput,
  'shell:openExternal': z.strictObject({ url: z.string().max(EXTERNAL_LINK_MAX) }),
  // Which file to show, never a path: the renderer cannot point the file manager anywhere else.
  // 'export': the file the last export of this session wrote (core keeps its path).
  'shell:showJournalFile': z.strictObject({ which: z.enum(['journal', 'damaged', 'export']) }),
  // Importing (issue 12): the schemas beside the shapes they give, in exchange.ts.
  ...importInputs,
  ...overviewInputs,
  ...organisationInputs,
  ...textInputs,
  ...trailInputs,
  ...planInputs,
  ...actionInputs,
} satisfies Record<Channel, z.ZodType>;

export interface AppStatus {
  language: Language;
  version: string;
  /**
   * Reminders that fell due while the app was closed and were announced together at this launch; the
   * first call only (later windows, reopened from the tray, get 0).
   */
  missedReminders: number;
  journal: JournalStatus;
  /** Where the app opens: Overzicht once the journal has an active contact, Contacten before. */
  home: 'overview' | 'contacts';
}

/** Where a reminder or a notification leads when opened. */
export type AppTarget =
  | { view: 'conversation'; id: string }
  | { view: 'contact'; id: string }
  | { view: 'reminders'; id: string | null };

/** What main tells the renderer without being asked, on EVENT_CHANNEL. */
/**
 * What the application menu asks the page to do: the same as the page's own shortcuts (Ctrl/Cmd+N and
 * the rest), which the menu shows beside its items.
 */
export const appCommands = [
  'new-contact',
  'new-conversation',
  'new-reminder',
  'search',
  'save',
  'shortcuts',
] as const;
export type AppCommand = (typeof appCommands)[number];

export type AppEvent =
  /** A menu item was chosen: do what its shortcut does. */
  | { type: 'command'; command: AppCommand }
  /** A notification (or the tray) was clicked: show this. `complete` asks to finish the reminder there. */
  | { type: 'open'; target: AppTarget; complete?: string }
  /** Saving started failing, failed again or landed again, or the daily backup failed. */
  | { type: 'journal-saving'; save: SaveStatus; backup: BackupStatus | null }
  /**
   * After every write, from the page or not (a reminder fell due, a notification button, a merge from
   * outside): which kinds of data changed (changes.ts), the due count now, and, for a merge from
   * outside, what came in. One per write at most; nothing when a write changed nothing.
   */
  | { type: 'changed'; kinds: ChangeKind[]; due: number; incoming?: IncomingChanges };

/** Result type per channel. */
export interface Results
  extends ImportResults, OverviewResults, OrganisationResults, TextResults, TrailResults, ActionResults {
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
  'contacts:duplicates': DuplicateList;
  'contacts:merge': MergeResult;
  /** The contact that was merged away, back as it was. */
  'contacts:undoMerge': Contact;
  'contacts:notDuplicate': DuplicateList;
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
  /** `saved: false` without a `problem` when the person cancelled the save dialog. */
  'exchange:export': ExportResult;
  'journal:backups': BackupView[];
  'journal:restoreBackup': RestoreResult;
  /** `reopened: false` when the person cancelled the file dialog. */
  'journal:restoreFile': RestoreResult;
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
