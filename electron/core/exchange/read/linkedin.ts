/**
 * LinkedIn's Connections.csv (Settings › Data privacy › Get a copy of your data). Today's export starts
 * with a byte-order mark, a `Notes:` paragraph about missing e-mail addresses and a blank line, then
 * `First Name,Last Name,URL,Email Address,Company,Position,Connected On`; the older export has no `URL`
 * column and no paragraph. Most e-mail cells are empty: people choose whether their connections see it.
 */
import { columns, headerKey, type CsvTable } from './csv';
import { readDay } from './dates';
import type { PeopleCollector } from './person';

/** Whether a header row is LinkedIn's, by its column names (in any order). */
export function isLinkedInHeader(cells: string[]): boolean {
  const keys = new Set(cells.map(headerKey));
  return (
    keys.has('first name') &&
    keys.has('last name') &&
    keys.has('connected on') &&
    (keys.has('company') || keys.has('position'))
  );
}

/** Every data row of a LinkedIn table into `people`. */
export function readLinkedIn(table: CsvTable, people: PeopleCollector): void {
  const cell = columns(table.header);
  for (const { at, cells } of table.rows) {
    if (table.unreadable.has(at)) {
      people.unreadable(at, cells);
      continue;
    }
    people.add(at, cells.join('\u0000'), cells, () => {
      const connected = cell(cells, 'connected on');
      return {
        firstName: cell(cells, 'first name'),
        lastName: cell(cells, 'last name'),
        organisation: cell(cells, 'company'),
        role: cell(cells, 'position'),
        emails: [cell(cells, 'email address', 'e-mail address')],
        links: [cell(cells, 'url', 'profile url')],
        connectedOn: connected === '' ? null : readDay(connected),
      };
    });
  }
}
