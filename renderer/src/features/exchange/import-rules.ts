/** The import dialog's small rules, apart from its state so they are tested without a page. */
import {
  IMPORT_MAX_BYTES,
  type ImportColumns,
  type ImportCounts,
  type ImportRow,
  type ImportStatus,
} from '$contract/exchange';

/** The statuses whose rows an import acts on; only these can be left out. */
export const actingStatuses: readonly ImportStatus[] = ['nieuw', 'bijwerken'];

/** Whether a row of the preview would change the journal, so it can be ticked or unticked. */
export function canChoose(row: Pick<ImportRow, 'status'>): boolean {
  return actingStatuses.includes(row.status);
}

/** How many people of a preview could be imported at all (before any is left out). */
export function choosableCount(counts: ImportCounts): number {
  return actingStatuses.reduce((n, status) => n + counts[status], 0);
}

/** Why a preview has nobody to import: everyone readable is already there, or nobody could be read. */
export type NothingToImport = 'allPresent' | 'allSkipped';

/**
 * What the disabled import button should say when the file brings nothing new (null: it brings some).
 * Rows skipped beside people already there (a LinkedIn row without a name) have their own count and
 * reason in the list; the button speaks of the people.
 */
export function nothingToImport(counts: ImportCounts): NothingToImport | null {
  if (choosableCount(counts) > 0) return null;
  return counts.aanwezig > 0 ? 'allPresent' : 'allSkipped';
}

/** Whether a file may be read at all: over the limit it is refused before a byte is read. */
export function tooBigToRead(file: Pick<Blob, 'size'>): boolean {
  return file.size > IMPORT_MAX_BYTES;
}

/** "20 MB", "3,4 MB": a file size as a person reads it, in the UI language's way of writing numbers. */
export function megabytes(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: mb < 10 ? 1 : 0 }).format(mb)} MB`;
}

/** How much of a CSV's columns core guessed: every one, some, or none (what the mapping step says). */
export type ColumnsGuessed = 'all' | 'some' | 'none';

/**
 * Whether the mapping step can say the columns were recognised: every column of the header has a field
 * and one of them is the name. A file whose columns were all guessed is not "unknown" (trial s6).
 */
export function columnsGuessed(columns: Pick<ImportColumns, 'header' | 'suggested'>): ColumnsGuessed {
  const used = new Set(Object.values(columns.suggested));
  if (used.size === 0) return 'none';
  const { name, firstName, lastName } = columns.suggested;
  const named = name !== undefined || firstName !== undefined || lastName !== undefined;
  const every = columns.header.every((_, i) => used.has(i));
  return named && every ? 'all' : 'some';
}
