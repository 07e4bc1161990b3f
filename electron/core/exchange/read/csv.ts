/**
 * CSV text as rows of cells, with papaparse: quoted fields with commas, line breaks and doubled quotes,
 * `\r\n` or `\n`, and the delimiter guessed (Dutch Excel writes `;`, Outlook on some systems a tab). It is
 * the most used CSV parser for JavaScript, small, without dependencies, and needs no eval or native code,
 * so it bundles into main as it is.
 */
import Papa from 'papaparse';

export interface CsvTable {
  /** The header row's cells, trimmed. */
  header: string[];
  /** The data rows under the header, blank rows left out; `at` counts data rows from 1, as shown. */
  rows: { at: number; cells: string[] }[];
  /** Data rows (by `at`) whose quotes do not close: the parser cannot say where their cells end. */
  unreadable: Set<number>;
}

function blank(row: string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/**
 * The table in `text`. The header is the first row `isHeader` accepts within the first rows (LinkedIn
 * puts a `Notes:` paragraph and a blank line above it), else the first row that is not blank.
 */
export function readCsv(text: string, isHeader: (cells: string[]) => boolean): CsvTable {
  const headerAt = (rows: string[][]) =>
    rows.slice(0, 20).findIndex((row) => isHeader(row.map((c) => c.trim())));
  let parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  // The guess goes by how evenly rows split, which a file full of commas inside its cells can fool: our
  // own Dutch export is `;`-separated, with "Warm, lauw of koud" as a column name. A header a known app
  // writes decides: the delimiter under which it is one.
  if (headerAt(parsed.data) < 0) {
    // Only the first rows are tried, so a large file of unknown columns is not parsed four times more.
    const tried = [';', ',', '\t', '|'].filter((d) => d !== parsed.meta.delimiter);
    const delimiter = tried.find(
      (d) =>
        headerAt(Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: d, preview: 20 }).data) >= 0,
    );
    if (delimiter !== undefined) parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter });
  }
  const all = parsed.data;
  let headerIndex = headerAt(all);
  if (headerIndex < 0) headerIndex = all.findIndex((row) => !blank(row));
  const header = (all[headerIndex] ?? []).map((c) => c.trim());
  const rows: CsvTable['rows'] = [];
  const unreadable = new Set<number>();
  const quoteErrors = new Set(
    parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row),
  );
  let at = 0;
  for (let i = headerIndex + 1; i < all.length; i++) {
    const cells = all[i] ?? [];
    if (blank(cells)) continue;
    at++;
    rows.push({ at, cells });
    if (quoteErrors.has(i)) unreadable.add(at);
  }
  return { header, rows, unreadable };
}

/**
 * A cell's text: trimmed, and without the `'` a writer puts before `=`, `+`, `-` or `@` so a spreadsheet
 * shows the cell as text instead of running it (our own CSV export does, OWASP's advice): `'+31 6…` is
 * the phone number `+31 6…`. Such a cell is marked as text by its writer, so it is no formula either.
 */
export function cellText(cell: string | undefined): string {
  const text = (cell ?? '').trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1).trim() : text;
}

/** Header cells compared as words: case, spaces and a leading BOM left out. */
export function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** A lookup of a row's cells by header name (any of several spellings). */
export function columns(header: string[]): (cells: string[], ...names: string[]) => string {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = headerKey(cell);
    if (!index.has(key)) index.set(key, i);
  });
  return (cells, ...names) => {
    for (const name of names) {
      const i = index.get(name);
      if (i !== undefined) return cellText(cells[i]);
    }
    return '';
  };
}
