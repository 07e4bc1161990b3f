/**
 * Bringing a network in from other apps and taking the journal out (issue 12): the shapes core, main and
 * the renderer share. Core reads and writes the files (core/exchange/); the renderer only ever sends a
 * file's bytes and gets these views back, never a path.
 */
/** A day as YYYY-MM-DD, as the journal stores days. */
type Day = string;

/** The kinds of file an import understands, detected by core from the bytes (never from the name alone). */
export const importFormats = ['linkedin', 'vcard', 'google-csv', 'outlook-csv', 'csv'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** The largest file an import takes; the dialog says so before reading anything bigger. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

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
}

/** Why a row or card of the file is not imported. */
export const skipReasons = ['no_name', 'unreadable', 'same_as_earlier_row'] as const;
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
