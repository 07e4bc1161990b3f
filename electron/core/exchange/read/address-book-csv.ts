/**
 * The CSV files Google Contacts and Outlook export, read by their column names (never by position, the
 * columns move between versions):
 * - Google Contacts, "Google CSV": today's (`First Name`, `Organization Name`, `Labels`, `E-mail 1 -
 *   Value`…) and the older one (`Name`, `Given Name`, `Group Membership`, `Organization 1 - Name`…);
 *   several values in one cell are joined with ` ::: `, and Google's own groups start with `* `.
 * - Outlook (desktop, Outlook.com, and Google's "Outlook CSV"): `First Name`, `Company`, `Job Title`,
 *   `E-mail Address`, `E-mail 2 Address`, a column per kind of phone, `Categories` joined with `;`,
 *   `Birthday` as the system writes dates (`0/0/00` for none).
 * Both come in UTF-8, UTF-16 or Windows-1252, which decode.ts tells apart.
 */
import { cellText, columns, headerKey, type CsvTable } from './csv';
import { readDay } from './dates';
import type { FoundPerson, PeopleCollector } from './person';

type AddressBook = 'google-csv' | 'outlook-csv';

/** Which address book wrote a header row, by its column names; null for neither. */
export function addressBookOf(cells: string[]): AddressBook | null {
  const keys = new Set(cells.map(headerKey));
  const googleValues = keys.has('e-mail 1 - value') || keys.has('phone 1 - value');
  if (googleValues && (keys.has('labels') || keys.has('group membership') || keys.has('given name'))) {
    return 'google-csv';
  }
  const outlookName = keys.has('first name') && keys.has('last name');
  if (outlookName && keys.has('e-mail address') && (keys.has('job title') || keys.has('company'))) {
    return 'outlook-csv';
  }
  return null;
}

/** Indexes of the columns whose names pass `test`, in header order. */
function indexesWhere(header: string[], test: (key: string) => boolean): number[] {
  return header.flatMap((cell, i) => (test(headerKey(cell)) ? [i] : []));
}

function at(cells: string[], indexes: number[]): string[] {
  return indexes.map((i) => cellText(cells[i])).filter((v) => v !== '');
}

const googleSplit = /\s*:::\s*/;

function googleReader(header: string[]): (cells: string[]) => FoundPerson {
  const cell = columns(header);
  const emails = indexesWhere(header, (k) => /^e-mail \d+ - value$/.test(k));
  const phones = indexesWhere(header, (k) => /^phone \d+ - value$/.test(k));
  const websites = indexesWhere(header, (k) => /^website \d+ - value$/.test(k));
  const many = (values: string[]) => values.flatMap((v) => v.split(googleSplit));
  return (cells) => {
    const birthday = cell(cells, 'birthday');
    return {
      name: cell(cells, 'name'),
      firstName: cell(cells, 'first name', 'given name'),
      middleName: cell(cells, 'middle name', 'additional name'),
      lastName: cell(cells, 'last name', 'family name'),
      organisation: cell(cells, 'organization name', 'organization 1 - name'),
      department: cell(cells, 'organization department', 'organization 1 - department'),
      role: cell(cells, 'organization title', 'organization 1 - title'),
      emails: many(at(cells, emails)),
      phones: many(at(cells, phones)),
      links: many(at(cells, websites)),
      tags: cell(cells, 'labels', 'group membership')
        .split(googleSplit)
        .filter((t) => !t.startsWith('*')),
      notes: [cell(cells, 'notes')],
      birthday: birthday === '' ? null : readDay(birthday),
    };
  };
}

function outlookReader(header: string[]): (cells: string[]) => FoundPerson {
  const cell = columns(header);
  const emails = indexesWhere(header, (k) => /^e-mail (?:\d+ )?address$/.test(k));
  // Every phone column but faxes and pagers; the mobile number first, as people call that one.
  const phoneColumns = indexesWhere(header, (k) => /phone|^callback$|^isdn$/.test(k) && !/fax/.test(k));
  const mobile = indexesWhere(header, (k) => k === 'mobile phone');
  const phones = [...mobile, ...phoneColumns.filter((i) => !mobile.includes(i))];
  return (cells) => {
    const birthday = cell(cells, 'birthday');
    return {
      firstName: cell(cells, 'first name'),
      middleName: cell(cells, 'middle name'),
      lastName: cell(cells, 'last name'),
      organisation: cell(cells, 'company'),
      department: cell(cells, 'department'),
      role: cell(cells, 'job title'),
      emails: at(cells, emails),
      phones: at(cells, phones),
      links: [cell(cells, 'web page')],
      tags: cell(cells, 'categories').split(/\s*;\s*/),
      notes: [cell(cells, 'notes')],
      birthday: birthday === '' ? null : readDay(birthday),
    };
  };
}

/** Every data row of a Google or Outlook table into `people`. */
export function readAddressBook(book: AddressBook, table: CsvTable, people: PeopleCollector): void {
  const read = book === 'google-csv' ? googleReader(table.header) : outlookReader(table.header);
  for (const { at: row, cells } of table.rows) {
    if (table.unreadable.has(row)) people.unreadable(row, cells);
    else people.add(row, cells.join('\u0000'), cells, () => read(cells));
  }
}
