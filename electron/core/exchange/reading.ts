/** What the file readers (read/) hand the import flow. */
import type {
  ColumnMapping,
  ImportColumns,
  ImportedPerson,
  ImportFormat,
  LeftOut,
  SkippedRow,
} from '../../contract/exchange';

/** What reading a file gives: the people in it, or, for a CSV nobody we know wrote, its columns first. */
export type FileReading =
  | { format: ImportFormat; people: ImportedPerson[]; skipped: SkippedRow[]; leftOut?: LeftOut }
  | {
      format: 'csv';
      columns: ImportColumns;
      map: (mapping: ColumnMapping) => { people: ImportedPerson[]; skipped: SkippedRow[] };
    };

/** Reads a file's bytes (the file name is a hint, never trusted over the bytes). */
export type PeopleReader = (bytes: Uint8Array, fileName: string) => FileReading | Promise<FileReading>;
