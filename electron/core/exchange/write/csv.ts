/**
 * The contacts as a CSV file for a spreadsheet: one row per contact, headers in the person's language.
 *
 * Written with papaparse's `unparse` (quoting of commas, quotes and line breaks is a solved problem).
 * Three things are for Excel, where most of these files end up:
 * - a UTF-8 byte-order mark, without which Excel reads the file as Windows-1252 and "Müller" as "MÃ¼ller";
 * - cells that start with `=`, `+`, `-` or `@` (or a tab or carriage return) get a leading `'`, so a
 *   spreadsheet shows them as text instead of running them as a formula (OWASP's "CSV injection"). Our
 *   own pattern, not papaparse's `escapeFormulae: true`, whose `^[=+\-@\t\r].*$` misses a cell with a
 *   line break in it. A phone column's cell that is plainly a number (`+31 6 1234 5678`: only digits,
 *   spaces and `+ - ( ) .`, the list joined with `, `) is left alone: without a letter, `|` or `!` it can
 *   name no function, DDE link or cell, so there is nothing to run, and the `'` only showed in the
 *   spreadsheet as `'+31…` (trial s7). Other columns keep the guard whatever they hold;
 * - Dutch Excel splits on `;` (its list separator, since the decimal separator is the comma), so the
 *   Dutch file uses `;` and the English one `,`. Readers that detect the delimiter (papaparse, Google,
 *   LibreOffice) take either.
 */
import Papa from 'papaparse';
import type { Language } from '../../../contract/contract';
import type { Contact } from '../../../contract/domain';
import { labels } from '../../../contract/words/labels';
import { csvColumns, exportWords, type CsvColumn } from './words';

/** The cells a spreadsheet would run as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Nothing but phone characters, with a digit: no formula can be made of it. */
const PHONE_LIKE = /^[\d +\-().,]*\d[\d +\-().,]*$/;
const phoneColumns: ReadonlySet<CsvColumn> = new Set(['phone', 'morePhones']);

/** The cell as written: a `'` before a formula start, unless it is a phone column's plain number. */
function guarded(column: CsvColumn, cell: string): string {
  if (!FORMULA_START.test(cell)) return cell;
  if (phoneColumns.has(column) && PHONE_LIKE.test(cell)) return cell;
  return `'${cell}`;
}
/** OWASP's advice is to quote an escaped cell as well; papaparse quotes only what needs it otherwise. */
const isGuarded = (cell: unknown) =>
  typeof cell === 'string' && cell.startsWith("'") && FORMULA_START.test(cell.slice(1));

const UTF8_BOM = '\uFEFF';

/** The delimiter of the contacts CSV in each language (see above). */
export const csvDelimiter: Record<Language, string> = { nl: ';', en: ',' };

/** One cell per column, as a person reads it: the labels of kring, warmth and strength, not their codes. */
function cells(contact: Contact, language: Language): Record<CsvColumn, string> {
  const l = labels[language];
  return {
    name: contact.name,
    organisation: contact.organisation,
    role: contact.role,
    email: contact.email,
    // Several in one cell, as address books write them; neither an address nor a number holds a comma.
    moreEmails: contact.moreEmails.join(', '),
    phone: contact.phone,
    morePhones: contact.morePhones.join(', '),
    linkedin: contact.linkedin,
    birthday: contact.birthday ?? '',
    circle: contact.circle ? l.circles[contact.circle] : '',
    warmth: contact.warmth ? l.warmths[contact.warmth] : '',
    strength: contact.strength ? l.strengths[contact.strength] : '',
    howWeMet: contact.howWeMet,
    aboutThem: contact.aboutThem,
    canOffer: contact.canOffer,
    // One cell for the list, as address books write their labels ("werk, oud-collega").
    tags: contact.tags.join(', '),
    notes: contact.notes,
    lastContactOn: contact.lastContactOn ?? '',
  };
}

/** The contacts as CSV text, byte-order mark first; UTF-8 encode it as it is. */
export function contactsCsv(contacts: readonly Contact[], language: Language): string {
  const headers = csvColumns.map((c) => exportWords[language].columns[c]);
  const rows = contacts.map((contact) => {
    const row = cells(contact, language);
    return csvColumns.map((c) => guarded(c, row[c]));
  });
  return (
    UTF8_BOM +
    Papa.unparse(
      { fields: headers, data: rows },
      {
        delimiter: csvDelimiter[language],
        // CRLF is what RFC 4180 and Excel expect; line breaks inside a note stay as typed, quoted.
        newline: '\r\n',
        quotes: isGuarded,
      },
    ) +
    '\r\n'
  );
}
