/**
 * The one entry point for reading an import file (issue 12): bytes and the file's name in, the people it
 * holds out — or, for a CSV whose columns no known app writes, its columns, for the mapping step, and
 * then `applyMapping`. Pure: no journal, no file system, no clock; the import flow compares the result
 * with the journal. A whole file that cannot be read is refused with a DomainError (the code says why,
 * messages.ts what to do); a row that cannot be is skipped with its reason.
 */
import {
  IMPORT_MAX_BYTES,
  MAPPING_SAMPLE_ROWS,
  type ColumnMapping,
  type ImportEncoding,
  type PeopleFile,
  type PeopleInFile,
} from '../../../contract/exchange';
import { DomainError } from '../../errors';
import { readCsv, type CsvTable } from './csv';
import { decodeText } from './decode';
import { isLinkedInHeader, readLinkedIn } from './linkedin';
import { mapRows, suggestMapping } from './mapping';
import { PeopleCollector } from './person';

/** The file's text and its table, refused when too big, empty, not text, or only a header. */
function tableOf(bytes: Uint8Array): { encoding: ImportEncoding; table: CsvTable } {
  if (bytes.length > IMPORT_MAX_BYTES) throw new DomainError('import_too_large');
  const { text, encoding } = decodeText(bytes);
  const table = readCsv(text, isLinkedInHeader);
  if (table.rows.length === 0) throw new DomainError('import_no_rows');
  return { encoding, table };
}

/**
 * What the file `bytes` holds. The format is told from the content, never from `fileName` alone: a
 * `Connections.csv` saved under another name reads the same. (The name is taken for what a later
 * format may need to tell apart, and so callers need not change.)
 */
export function readPeopleFile(bytes: Uint8Array, fileName: string): PeopleFile {
  void fileName;
  const { encoding, table } = tableOf(bytes);
  if (isLinkedInHeader(table.header)) {
    const people = new PeopleCollector();
    readLinkedIn(table, people);
    return { kind: 'people', format: 'linkedin', encoding, ...people.found() };
  }
  return {
    kind: 'columns',
    format: 'csv',
    encoding,
    header: table.header,
    rows: table.rows.slice(0, MAPPING_SAMPLE_ROWS).map((r) => r.cells),
    rowCount: table.rows.length,
    suggested: suggestMapping(table.header),
  };
}

/**
 * The people in a CSV of unknown columns (one `readPeopleFile` answered with `kind: 'columns'`), each
 * field read from the column `mapping` gives it. Refuses a mapping without a name column.
 */
export function applyMapping(bytes: Uint8Array, mapping: ColumnMapping): PeopleInFile {
  const { encoding, table } = tableOf(bytes);
  const people = new PeopleCollector();
  mapRows(table, mapping, people);
  return { kind: 'people', format: 'csv', encoding, ...people.found() };
}
