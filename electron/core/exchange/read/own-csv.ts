/**
 * Netwerkdagboek's own CSV export (write/csv.ts) read back without a mapping step and without loss
 * (issue 12: "our own exports import back"). Recognised by its column names in Dutch or English — the
 * name, kring, warmth and strength columns, which no other app writes — never by position; exports made
 * before a column was added read the same, the missing column empty. Kring, warmth and strength are
 * written as the person reads them ("Werk of collega's", "Lauw"), so they are read back through the same
 * labels, in either language.
 */
import type { Language } from '../../../contract/contract';
import { circles, strengths, warmths } from '../../../contract/domain';
import type { OwnFields } from '../../../contract/exchange';
import { labels } from '../../../contract/words/labels';
import { exportWords } from '../write/words';
import { columns, headerKey, type CsvTable } from './csv';
import { readDay } from './dates';
import type { FoundPerson, PeopleCollector } from './person';

const languages = ['nl', 'en'] as const satisfies readonly Language[];

/** The language of our own export's header row; null when the row is not ours. */
export function ownCsvOf(cells: string[]): Language | null {
  const keys = new Set(cells.map(headerKey));
  for (const language of languages) {
    const c = exportWords[language].columns;
    if ([c.name, c.circle, c.warmth, c.strength].every((name) => keys.has(headerKey(name)))) return language;
  }
  return null;
}

/** A label as the export wrote it back to its value, in either language ('' is none). */
function choiceOf<T extends string>(
  cell: string,
  values: readonly T[],
  label: (language: Language, value: T) => string,
): T | null {
  const key = cell.trim().toLocaleLowerCase();
  if (key === '') return null;
  for (const value of values) {
    if (value === key) return value;
    if (languages.some((l) => label(l, value).toLocaleLowerCase() === key)) return value;
  }
  return null;
}

const several = (cell: string) => cell.split(/\s*[,;]\s*/).filter((v) => v !== '');

function reader(header: string[], language: Language): (cells: string[]) => FoundPerson {
  const cell = columns(header);
  const names = exportWords[language].columns;
  const get = (cells: string[], column: keyof typeof names) => cell(cells, headerKey(names[column]));
  return (cells) => {
    const birthday = get(cells, 'birthday');
    const lastContactOn = get(cells, 'lastContactOn');
    const own: OwnFields = {
      circle: choiceOf(get(cells, 'circle'), circles, (l, v) => labels[l].circles[v]),
      warmth: choiceOf(get(cells, 'warmth'), warmths, (l, v) => labels[l].warmths[v]),
      strength: choiceOf(get(cells, 'strength'), strengths, (l, v) => labels[l].strengths[v]),
      howWeMet: get(cells, 'howWeMet'),
      aboutThem: get(cells, 'aboutThem'),
      canOffer: get(cells, 'canOffer'),
      lastContactOn: lastContactOn === '' ? null : readDay(lastContactOn),
    };
    return {
      name: get(cells, 'name'),
      organisation: get(cells, 'organisation'),
      role: get(cells, 'role'),
      emails: [get(cells, 'email'), ...several(get(cells, 'moreEmails'))],
      phones: [get(cells, 'phone'), ...several(get(cells, 'morePhones'))],
      links: [get(cells, 'linkedin')],
      // The export joins tags with ', ', as address books write labels.
      tags: get(cells, 'tags').split(/\s*,\s*/),
      notes: [get(cells, 'notes')],
      birthday: birthday === '' ? null : readDay(birthday),
      own,
    };
  };
}

/** Every data row of our own export into `people`. */
export function readOwnCsv(language: Language, table: CsvTable, people: PeopleCollector): void {
  const read = reader(table.header, language);
  for (const { at, cells } of table.rows) {
    if (table.unreadable.has(at)) people.unreadable(at, cells);
    else people.add(at, cells.join('\u0000'), cells, () => read(cells));
  }
}
