/**
 * The one entry point for reading an import file (issue 12): bytes and the file's name in, the people it
 * holds out — or, for a CSV whose columns no known app writes, its columns, for the mapping step, and
 * then `applyMapping`. Pure: no journal, no file system, no clock; the import flow compares the result
 * with the journal. A whole file that cannot be read is refused with a DomainError (the code says why,
 * messages.ts what to do); a row or card that cannot be is skipped with its reason.
 */
import {
  IMPORT_MAX_BYTES,
  MAPPING_SAMPLE_ROWS,
  type ColumnMapping,
  type PeopleFile,
  type PeopleInFile,
} from '../../../contract/exchange';
import { DomainError } from '../../errors';
import { addressBookOf, readAddressBook } from './address-book-csv';
import { readCsv, type CsvTable } from './csv';
import { decodeText, type DecodedText } from './decode';
import { isLinkedInHeader, readLinkedIn } from './linkedin';
import { mapRows, suggestMapping } from './mapping';
import { ownCsvOf, readOwnCsv } from './own-csv';
import { PeopleCollector } from './person';
import { readVCards } from './vcard';
import { isVCard } from './vcard-lines';

function isKnownHeader(cells: string[]): boolean {
  return isLinkedInHeader(cells) || ownCsvOf(cells) !== null || addressBookOf(cells) !== null;
}

/** The file's text, refused when too big (before anything is decoded), empty or not text. */
function textOf(bytes: Uint8Array): DecodedText {
  if (bytes.length > IMPORT_MAX_BYTES) throw new DomainError('import_too_large');
  return decodeText(bytes);
}

/** The CSV table in `text`, refused when it has a header and no rows. */
function tableOf(text: string): CsvTable {
  const table = readCsv(text, isKnownHeader);
  if (table.rows.length === 0) throw new DomainError('import_no_rows');
  return table;
}

/**
 * What the file `bytes` holds. The format is told from the content, never from the name: a
 * `Connections.csv` saved under another name reads the same, and so does a vCard named `.csv`. The
 * name only tells that a `.vcf` without a single card is a broken vCard, not a CSV to map.
 */
export function readPeopleFile(bytes: Uint8Array, fileName: string): PeopleFile {
  const { text, encoding } = textOf(bytes);
  const people = new PeopleCollector();
  if (isVCard(text)) {
    const leftOut = readVCards(text, people);
    return { kind: 'people', format: 'vcard', encoding, ...people.found(), leftOut };
  }
  if (/\.vcf$/i.test(fileName)) throw new DomainError('import_unreadable');
  const table = tableOf(text);
  if (isLinkedInHeader(table.header)) {
    readLinkedIn(table, people);
    return { kind: 'people', format: 'linkedin', encoding, ...people.found() };
  }
  // Our own export before the address books: its English header has a Name column too.
  const own = ownCsvOf(table.header);
  if (own !== null) {
    readOwnCsv(own, table, people);
    return { kind: 'people', format: 'csv', encoding, ...people.found() };
  }
  const book = addressBookOf(table.header);
  if (book !== null) {
    readAddressBook(book, table, people);
    return { kind: 'people', format: book, encoding, ...people.found() };
  }
  const sample = table.rows.slice(0, MAPPING_SAMPLE_ROWS).map((r) => r.cells);
  return {
    kind: 'columns',
    format: 'csv',
    encoding,
    header: table.header,
    rows: sample,
    rowCount: table.rows.length,
    suggested: suggestMapping(table.header, sample),
  };
}

/**
 * The people in a CSV of unknown columns (one `readPeopleFile` answered with `kind: 'columns'`), each
 * field read from the column `mapping` gives it. Refuses a mapping without a name column.
 */
export function applyMapping(bytes: Uint8Array, mapping: ColumnMapping): PeopleInFile {
  const { text, encoding } = textOf(bytes);
  const people = new PeopleCollector();
  mapRows(tableOf(text), mapping, people);
  return { kind: 'people', format: 'csv', encoding, ...people.found() };
}
