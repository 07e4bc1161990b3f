/**
 * Any other CSV (a spreadsheet someone kept, an export of a CRM): core cannot know its columns, so the
 * person says which column is what, with the first rows in view. Core suggests a mapping from the
 * header's words in Dutch and English; the person checks it; `mapRows` then reads every row by it.
 */
import type { ColumnMapping, MappableField } from '../../../contract/exchange';
import { mappableFields } from '../../../contract/exchange';
import { DomainError } from '../../errors';
import { cellText, type CsvTable } from './csv';
import { readDay } from './dates';
import type { FoundPerson, PeopleCollector } from './person';

/** Header words per field, compared with only letters and digits left (`E-mailadres` is `emailadres`). */
const headerWords: Record<MappableField, string[]> = {
  name: [
    'name',
    'naam',
    'fullname',
    'volledigenaam',
    'displayname',
    'weergavenaam',
    'contact',
    'contactpersoon',
    'contactnaam',
    'wie',
    'persoon',
  ],
  firstName: ['firstname', 'givenname', 'voornaam', 'roepnaam', 'voornamen'],
  lastName: ['lastname', 'surname', 'familyname', 'achternaam'],
  organisation: [
    'company',
    'companyname',
    'organisation',
    'organization',
    'organizationname',
    'organisatie',
    'bedrijf',
    'bedrijfsnaam',
    'werkgever',
    'employer',
    'organisatienaam',
    'firma',
    'instelling',
  ],
  role: [
    'position',
    'title',
    'jobtitle',
    'role',
    'functie',
    'functietitel',
    'functienaam',
    'rol',
    'beroep',
    'organizationtitle',
  ],
  email: [
    'email',
    'emails',
    'emailaddress',
    'emailadres',
    'emailadressen',
    'epost',
    'mail',
    'mailadres',
    'email1value',
    'emailaddress1',
  ],
  phone: [
    'phone',
    'telephone',
    'mobile',
    'mobilephone',
    'telefoon',
    'telefoonnummer',
    'telefoonnr',
    'telnr',
    'mobiel',
    'mobielnummer',
    'tel',
    'gsm',
  ],
  linkedin: ['linkedin', 'linkedinurl', 'linkedinprofile', 'linkedinprofiel', 'profileurl'],
  tags: ['tags', 'tag', 'labels', 'label', 'categories', 'categorieen', 'categorie', 'groups', 'groepen'],
  notes: ['notes', 'note', 'notities', 'notitie', 'opmerkingen', 'opmerking', 'aantekeningen', 'comments'],
  birthday: ['birthday', 'verjaardag', 'geboortedatum', 'dateofbirth', 'birthdate', 'jarig'],
};

function bare(cell: string): string {
  return cell
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** One e-mail address, each part of the domain between dots on its own: no way to split a cell twice. */
const oneAddress = /^[^\s@;,]+@[^\s@;,.]+(?:\.[^\s@;,.]+)+$/;
/** Longer than any cell of addresses or a profile link: such a cell is a text, and is not looked into. */
const SHAPE_MAX = 1000;

/**
 * What a column's cells must all look like to be taken for a field its header does not name. Linear in
 * the cell (a hostile cell of 100 KB must not hold the main process): split first, then one simple match.
 */
const cellShapes: Partial<Record<MappableField, (cell: string) => boolean>> = {
  // One address or several (`a@x.nl; b@y.nl`): the way `mapRows` splits them.
  email: (cell) => list(cell, /\s*(?:[;,]|:::)\s*/).every((address) => oneAddress.test(address)),
  linkedin: (cell) => /^(?:https?:\/\/)?(?:[a-z]+\.)?linkedin\.com\/in\//i.test(cell),
};

/**
 * The mapping the header's words suggest: each field to the first column named for it, each column once.
 * A column whose header says nothing known (`Post`, `Link`) is still taken for the e-mail or LinkedIn
 * field when every filled cell of `rows` (the first rows) is an address or a profile link.
 */
export function suggestMapping(header: string[], rows: readonly string[][] = []): ColumnMapping {
  const keys = header.map(bare);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of mappableFields) {
    const i = keys.findIndex((key, index) => !taken.has(index) && headerWords[field].includes(key));
    if (i >= 0) {
      mapping[field] = i;
      taken.add(i);
    }
  }
  for (const [field, shape] of Object.entries(cellShapes) as [MappableField, (cell: string) => boolean][]) {
    if (mapping[field] !== undefined) continue;
    const i = header.findIndex((_, index) => {
      if (taken.has(index)) return false;
      const filled = rows.map((cells) => cellText(cells[index])).filter((cell) => cell !== '');
      return filled.length > 0 && filled.every((cell) => cell.length <= SHAPE_MAX && shape(cell));
    });
    if (i >= 0) {
      mapping[field] = i;
      taken.add(i);
    }
  }
  // A full name and its parts both mapped would say the name twice; the full name is enough.
  if (mapping.name !== undefined) {
    delete mapping.firstName;
    delete mapping.lastName;
  }
  return mapping;
}

function list(cell: string, separators: RegExp): string[] {
  return cell
    .split(separators)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Refuses a mapping that names no column for the name: without one every row would be skipped. */
export function checkMapping(mapping: ColumnMapping, header: string[]): void {
  const named = (['name', 'firstName', 'lastName'] as const).some((f) => {
    const i = mapping[f];
    return i !== undefined && i >= 0 && i < header.length;
  });
  if (!named) throw new DomainError('import_no_name_column');
}

/** Every data row of `table` into `people`, each field read from the column `mapping` gives it. */
export function mapRows(table: CsvTable, mapping: ColumnMapping, people: PeopleCollector): void {
  checkMapping(mapping, table.header);
  for (const { at, cells } of table.rows) {
    if (table.unreadable.has(at)) {
      people.unreadable(at, cells);
      continue;
    }
    const cell = (field: MappableField): string => {
      const i = mapping[field];
      return i === undefined ? '' : cellText(cells[i]);
    };
    people.add(at, cells.join('\u0000'), cells, (): FoundPerson => {
      const birthday = cell('birthday');
      return {
        name: cell('name'),
        firstName: cell('firstName'),
        lastName: cell('lastName'),
        organisation: cell('organisation'),
        role: cell('role'),
        // Several in one cell as spreadsheets and Google write them: `a@x.nl; b@y.nl`, `a ::: b`.
        emails: list(cell('email'), /\s*(?:[;,]|:::)\s*/),
        phones: list(cell('phone'), /\s*(?:;|:::)\s*/),
        links: [cell('linkedin')],
        tags: list(cell('tags'), /\s*(?:[;,]|:::)\s*/),
        notes: [cell('notes')],
        birthday: birthday === '' ? null : readDay(birthday),
      };
    });
  }
}
