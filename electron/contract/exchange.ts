/**
 * Bringing a network in from other apps and taking the journal out (issue 12): the shapes core, main and
 * the renderer share. Core reads and writes the files (core/exchange/); the renderer only ever sends a
 * file's bytes and gets these views back, never a path.
 */
import { z } from 'zod';
import type { Circle, Strength, Warmth } from './records/contacts';
import { Id } from './records/fields';
/** A day as YYYY-MM-DD, as the journal stores days. */
type Day = string;

/** The kinds of file an import understands, detected by core from the bytes (never from the name alone). */
export const importFormats = ['linkedin', 'vcard', 'google-csv', 'outlook-csv', 'csv'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** The largest file an import takes; the dialog says so before reading anything bigger. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The largest file that can be restored as the journal (a full export chosen by hand). A journal holds
 * years of notes in a few MB, and the largest the app is tuned for (20,000 contacts, the bench) is about
 * 40 MB, so this is far above any real journal; a file past it is something else (a video, a disk image),
 * and reading it whole into memory to find that out would stall the app or run it out of memory.
 */
export const RESTORE_MAX_BYTES = 250 * 1024 * 1024;

/**
 * The contact fields a column of any other CSV can be given in the mapping step. `firstName` and
 * `lastName` are joined into the name when there is no full-name column.
 */
export const mappableFields = [
  'name',
  'firstName',
  'lastName',
  'organisation',
  'role',
  'email',
  'phone',
  'linkedin',
  'tags',
  'notes',
  'birthday',
] as const;
export type MappableField = (typeof mappableFields)[number];
/** Which column (index into the header row) holds each field; fields left out are not imported. */
export type ColumnMapping = Partial<Record<MappableField, number>>;

/** One person as read from a file, before it is compared with the journal. */
export interface ImportedPerson {
  /** Where in the file: the data row (CSV, 1 = first row after the header) or the card (vCard, 1 = first). */
  at: number;
  name: string;
  organisation: string;
  role: string;
  emails: string[];
  phones: string[];
  /** Normalised to https://www.linkedin.com/in/<slug> (no query, no trailing slash); '' when none. */
  linkedin: string;
  tags: string[];
  notes: string;
  /** When LinkedIn says you connected; becomes part of "how we met" when imported. */
  connectedOn: Day | null;
  birthday: Day | null;
  /** What only this app's own CSV export holds (read/own-csv.ts); absent for every other file. */
  own?: OwnFields;
}

/** The fields of a contact only Netwerkdagboek writes into a file: read back from its own CSV export. */
export interface OwnFields {
  circle: Circle | null;
  warmth: Warmth | null;
  strength: Strength | null;
  howWeMet: string;
  aboutThem: string;
  canOffer: string;
  lastContactOn: Day | null;
}

/**
 * Why a row or card of the file is not imported. `formula`: a cell holds a spreadsheet formula
 * (`=HYPERLINK(…)`, `@SUM(…)`) rather than something a person typed; such a row is left out whole, never
 * evaluated, so nothing of a crafted file reaches the journal (or a later export).
 */
export const skipReasons = ['no_name', 'unreadable', 'same_as_earlier_row', 'formula'] as const;
export type SkipReason = (typeof skipReasons)[number];

/**
 * What importing one person would do: `nieuw` adds a contact; `bijwerken` fills empty fields of the
 * contact it matches (and adds e-mails, phone numbers, tags); `aanwezig` matches and brings nothing new;
 * `overgeslagen` is not imported (`skipped` says why).
 */
export const importStatuses = ['nieuw', 'bijwerken', 'aanwezig', 'overgeslagen'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** How a person in the file was matched to a contact already in the journal. */
export type ImportMatchBy = 'email' | 'linkedin' | 'name-organisation';

/** How the text of an import file was encoded, as core detected it from the bytes. */
export const importEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type ImportEncoding = (typeof importEncodings)[number];

/** A row or card of the file that is not imported, and why; `excerpt` is its start, to recognise it by. */
export interface SkippedRow {
  /** As `ImportedPerson.at`: the data row (CSV) or card (vCard), from 1. */
  at: number;
  reason: SkipReason;
  excerpt: string;
}

/** What reading an import file gives: the people in it, or for a CSV of unknown columns the columns. */
export type PeopleFile = PeopleInFile | ColumnsInFile;

/** A file whose format core knows (LinkedIn, vCard, Google or Outlook CSV), or a CSV after its mapping. */
export interface PeopleInFile {
  kind: 'people';
  format: ImportFormat;
  encoding: ImportEncoding;
  people: ImportedPerson[];
  skipped: SkippedRow[];
  /** What the file holds that no contact field takes (only vCards say; absent means none). */
  leftOut?: LeftOut;
}

/**
 * How many people in the file have a photo or a postal address, which the import leaves out (a contact
 * has no field for them): the preview says so in one line, so nobody looks for them afterwards.
 */
export interface LeftOut {
  photos: number;
  addresses: number;
}

/** The most rows of an unknown CSV shown in the mapping step. */
export const MAPPING_SAMPLE_ROWS = 5;

/**
 * A CSV whose columns core does not recognise: its header, its first rows (at most
 * `MAPPING_SAMPLE_ROWS`) and the mapping core suggests from the header's words; the user checks it.
 * `rowCount` is the number of data rows in the whole file.
 */
export interface ColumnsInFile {
  kind: 'columns';
  format: 'csv';
  encoding: ImportEncoding;
  header: string[];
  rows: string[][];
  rowCount: number;
  suggested: ColumnMapping;
}

// ——— Taking the journal out, and back (export, backups, restore) ———

/**
 * The files an export writes: the contacts as CSV (for a spreadsheet) or vCard 4.0 (for an address book),
 * planned conversations and open reminders as iCalendar, or the whole journal as JSON (a journal file,
 * which can be opened or restored as the journal again).
 */
export const exportFormats = ['csv', 'vcard', 'ics', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** What an export did. `saved: false` with no `problem`: the person cancelled the save dialog. */
export interface ExportResult {
  saved: boolean;
  /** Where the file was written; null when it was not. */
  path: string | null;
  /** How many contacts (csv, vcard), events (ics) or records (json) went into the file. */
  count: number;
  /** Why the file could not be written, in the person's language; null when it was or they cancelled. */
  problem: string | null;
  /**
   * There was nothing to put in the file: no contacts (csv, vcard), or no planned conversation and no
   * open reminder (ics). Nothing was asked and nothing written: a header-only CSV or an empty calendar
   * would only puzzle whoever opens it. The full export (json) is never empty: it is the journal.
   */
  empty: boolean;
}

/** One daily backup of the journal, as Instellingen lists it (newest first). */
export interface BackupView {
  /** The day it was made, YYYY-MM-DD: also how it is asked for to be restored (never a path). */
  date: Day;
  /**
   * When it was made (ISO time, from the file: core stamps it with its clock when it writes it); null
   * when the file's time cannot be read.
   */
  madeAt: string | null;
  /** How many contacts and conversations it holds; null when it cannot be read (damaged, or newer). */
  contacts: number | null;
  conversations: number | null;
  /** Whether it can be restored: it reads as a journal of this app's version or an older one. */
  restorable: boolean;
}

/** What restoring did: the journal is now the backup's (or the export's); the old one kept as a copy. */
export interface RestoreResult {
  /** False when the person cancelled the file dialog (restoring an export). */
  reopened: boolean;
  /** Where the journal as it was before is kept, byte for byte; null when nothing was restored. */
  keptAside: string | null;
}

// ——— Bringing people in (the import flow's channels) ———

// The import flow's channels (core/exchange/import-flow.ts): read a file, map a CSV's columns, look at
// the preview window by window, apply it (leaving out the rows the person unticked), undo it as a whole.

/**
 * The columns of a CSV no app we know wrote, as the mapping step shows them: the header, the first rows
 * (at most MAPPING_SAMPLE_ROWS), and what core guesses they hold.
 */
export type ImportColumns = Pick<ColumnsInFile, 'header' | 'rows' | 'suggested'>;

/** How many rows of the preview have each status. */
export type ImportCounts = Record<ImportStatus, number>;

/**
 * What `import:read` (and `import:map`) answer: the import being prepared, by its id. `columns` is set for
 * a CSV that needs its columns mapped first (`import:map`); until then the counts are all 0.
 */
export interface ImportPreview {
  importId: string;
  fileName: string;
  format: ImportFormat;
  columns: ImportColumns | null;
  /** The mapping in use; null until one is given (or for formats that need none). */
  mapping: ColumnMapping | null;
  /** Rows in the preview, skipped ones included. */
  total: number;
  counts: ImportCounts;
  /** Photos and postal addresses in the file, not imported (zeros when there are none). */
  leftOut: LeftOut;
}

/** The contact fields an import fills when they are empty (it never overwrites one). */
export const importFillFields = [
  'organisation',
  'role',
  'email',
  'phone',
  'linkedin',
  'notes',
  'howWeMet',
  'birthday',
  // Only from this app's own CSV export (OwnFields): kring, warmth and strength, and what the person wrote.
  'circle',
  'warmth',
  'strength',
  'aboutThem',
  'canOffer',
  'lastContactOn',
] as const;
export type ImportFillField = (typeof importFillFields)[number];

/** One person of the file in the preview, as `import:rows` shows them. */
export interface ImportRow {
  /** The row or card in the file (see ImportedPerson.at); the key `import:apply`'s `exclude` uses. */
  at: number;
  status: ImportStatus;
  /** Why the row is not imported, for `overgeslagen`. */
  skipped: SkipReason | null;
  /**
   * For `overgeslagen`: the start of the row or card as the file has it (SkippedRow.excerpt), so a row
   * without a name can still be recognised; '' otherwise.
   */
  excerpt: string;
  name: string;
  organisation: string;
  role: string;
  emails: string[];
  phones: string[];
  linkedin: string;
  tags: string[];
  /** The contact this person is, and what told so; null for `nieuw` and `overgeslagen`. */
  match: { contactId: string; name: string; by: ImportMatchBy } | null;
  /** For `bijwerken`: the matched contact's empty fields this row would fill. */
  fills: ImportFillField[];
  /** For `bijwerken`: what it adds to the matched contact's lists (new to them, in the file's order). */
  adds: { emails: string[]; phones: string[]; tags: string[] };
  /**
   * For `nieuw`: a contact with the same name whose organisation differs or is missing (a phone's card of
   * someone LinkedIn brought in), so the person can add this row to them instead (`import:apply`'s
   * `update`). Only a name agrees, so the row stays new unless they choose; null when there is none.
   */
  lookalike: ImportLookalike | null;
}

/** A contact of the journal that an import row may be (ImportRow.lookalike), with what tells them apart. */
export interface ImportLookalike {
  contactId: string;
  name: string;
  organisation: string;
  email: string;
  /**
   * Their empty fields that adding the row to them would fill (the preview says whether the
   * organisation would change: only an empty one is ever filled).
   */
  fills: ImportFillField[];
}

/** One window of the preview: rows from `offset`, how many match the filter, and the counts per status. */
export interface ImportRows {
  total: number;
  offset: number;
  rows: ImportRow[];
  counts: ImportCounts;
}

/** What `import:apply` did, in one write. */
export interface ImportApplied {
  importId: string;
  created: number;
  updated: number;
  /** Rows that matched a contact and brought nothing new. */
  unchanged: number;
  skipped: number;
  /** Rows the person left out. */
  excluded: number;
}

/**
 * What `import:undo` did: contacts the import made removed, contacts it filled in put back as they were.
 * `kept` are those changed since (edited, in a conversation, sorted in): left as they are, so nothing
 * the person did after the import is lost.
 */
export interface ImportUndone {
  removed: number;
  restored: number;
  kept: number;
}

/** A file's bytes as base64 are a third longer than the file; this many characters hold IMPORT_MAX_BYTES. */
const IMPORT_MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4;
/**
 * How long an `import:read` payload may be: well past the limit, so a file somewhat too large reaches core
 * and is refused with the sentence that says so (`import_too_large`), not as malformed input.
 */
export const IMPORT_READ_MAX_BASE64 = IMPORT_MAX_BASE64 * 3;
/** Rows in one answer of `import:rows` at most (the preview is a virtual list, like the contacts). */
export const IMPORT_ROWS_MAX = 500;
/** Rows in an answer of `import:rows` unless asked otherwise: one window of the list, as for contacts. */
const IMPORT_ROWS_WINDOW = 100;

/** Which column holds each field: a place in the header row. */
const ColumnMappingInput = z.strictObject(
  Object.fromEntries(mappableFields.map((f) => [f, z.int().min(0).max(999).optional()])) as Record<
    MappableField,
    z.ZodOptional<z.ZodInt>
  >,
);
const importId = z.strictObject({ importId: Id });

/** The import channels' input schemas, spread into contract.ts's `inputs`. */
export const importInputs = {
  // The file's bytes as base64 with its name, never a path: the page only has what the person chose or
  // dropped. Too large a file is refused by core with its own sentence (import_too_large); the page checks
  // the size too, before reading anything.
  'import:read': z.strictObject({
    fileName: z.string().min(1).max(300),
    data: z.string().max(IMPORT_READ_MAX_BASE64),
  }),
  'import:map': z.strictObject({ importId: Id, mapping: ColumnMappingInput }),
  'import:rows': z.strictObject({
    importId: Id,
    status: z.enum(importStatuses).nullable().default(null),
    offset: z.int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
    limit: z.int().min(1).max(IMPORT_ROWS_MAX).default(IMPORT_ROWS_WINDOW),
  }),
  // `exclude`: the rows (ImportRow.at) the person left out; `update`: the new rows they chose to add to
  // the contact the row looks like (ImportRow.lookalike) instead.
  'import:apply': z.strictObject({
    importId: Id,
    exclude: z.array(z.int().min(0).max(Number.MAX_SAFE_INTEGER)).max(100_000).default([]),
    update: z.array(z.int().min(0).max(Number.MAX_SAFE_INTEGER)).max(100_000).default([]),
  }),
  'import:undo': importId,
  'import:cancel': importId,
};

/** What the import channels answer, part of contract.ts's `Results`. */
export interface ImportResults {
  'import:read': ImportPreview;
  'import:map': ImportPreview;
  'import:rows': ImportRows;
  'import:apply': ImportApplied;
  'import:undo': ImportUndone;
  'import:cancel': { importId: string };
}
