/**
 * The contacts CSV as a spreadsheet reads it: parsed back with papaparse (the library the import reads
 * CSV with), one row per contact, every field as it was, the byte-order mark Excel needs, and formula-like
 * cells made harmless.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../contract/domain';
import { labels } from '../../../contract/words/labels';
import { sampleContact } from '../../testing/sample-records';
import { contactsCsv, FORMULA_START } from './csv';
import { csvColumns, exportWords, type CsvColumn } from './words';

/** Where a column is in the file. */
const col = (column: CsvColumn) => csvColumns.indexOf(column);

const anna: Contact = {
  ...sampleContact,
  id: 'c2',
  name: 'Anna "Ans" de Vries',
  organisation: 'Bakker, Jansen & Zn.',
  notes: 'Regel één\nRegel twee; met puntkomma',
  tags: [],
  circle: null,
  warmth: null,
  strength: null,
  lastContactOn: null,
};

/** What a spreadsheet shows, with our escape taken off again (as the import does). */
function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data.map((row) => row.map((cell) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)));
}

describe('contactsCsv', () => {
  it('starts with a UTF-8 byte-order mark and writes accents as UTF-8', () => {
    const bytes = Buffer.from(contactsCsv([sampleContact], 'nl'), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Zoë Çelik-de Vries');
  });

  it('has one row per contact under headers in the person’s language, every field back as it was', () => {
    const rows = parse(contactsCsv([sampleContact, anna], 'nl'));
    const words = exportWords.nl.columns;
    expect(rows[0]).toEqual([
      words.name,
      words.organisation,
      words.role,
      words.email,
      words.moreEmails,
      words.phone,
      words.morePhones,
      words.linkedin,
      words.birthday,
      words.circle,
      words.warmth,
      words.strength,
      words.howWeMet,
      words.aboutThem,
      words.canOffer,
      words.tags,
      words.notes,
      words.lastContactOn,
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'Zoë Çelik-de Vries',
      'Gemeente Utrecht',
      'Beleidsmedewerker',
      'zoe.celik@utrecht.nl',
      sampleContact.moreEmails.join(', '),
      '+31 (0)6 12 34 56 78',
      sampleContact.morePhones.join(', '),
      'https://www.linkedin.com/in/zoe',
      sampleContact.birthday ?? '',
      labels.nl.circles.werk,
      labels.nl.warmths.warm,
      labels.nl.strengths.goed,
      'Netwerkborrel.',
      '',
      '',
      'overheid, koffie',
      'Bellen in maart.',
      '2024-02-29',
    ]);
    // Quotes, commas, semicolons and line breaks inside a cell stay inside it.
    expect(rows[2]!.slice(0, 2)).toEqual(['Anna "Ans" de Vries', 'Bakker, Jansen & Zn.']);
    expect(rows[2]![col('notes')]).toBe('Regel één\nRegel twee; met puntkomma');
  });

  it('uses ; for Dutch Excel and , in English, with English headers', () => {
    const nl = contactsCsv([sampleContact], 'nl');
    const en = contactsCsv([sampleContact], 'en');
    expect(nl.split('\r\n')[0]).toContain('Naam;Organisatie;');
    expect(en.split('\r\n')[0]).toContain('Name,Organisation,');
    expect(parse(en)[1]![col('circle')]).toBe(labels.en.circles.werk);
  });

  it('puts a quote before cells a spreadsheet would run: =, +, -, @, also across line breaks', () => {
    const nasty: Contact = {
      ...anna,
      name: '=HYPERLINK("https://evil.example","klik")',
      organisation: '@SUM(A1)',
      role: '-2+3',
      notes: '=1+1\nen nog wat',
      phone: '+31 6 1234 5678',
      howWeMet: 'Gewoon: = in het midden is prima',
    };
    const text = contactsCsv([nasty], 'en');
    const raw = Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data[1]!;
    expect(raw[col('name')]).toBe(`'=HYPERLINK("https://evil.example","klik")`);
    expect(raw[col('organisation')]).toBe(`'@SUM(A1)`);
    expect(raw[col('role')]).toBe(`'-2+3`);
    expect(raw[col('notes')]).toBe(`'=1+1\nen nog wat`);
    expect(raw[col('howWeMet')]).toBe('Gewoon: = in het midden is prima');
    // No cell of the file starts a formula, but the phone number (below).
    raw.forEach((cell, i) => expect(i !== col('phone') && FORMULA_START.test(cell)).toBe(false));
    // Escaped cells are quoted as well, as OWASP advises.
    expect(text).toContain(`"'@SUM(A1)"`);
  });

  it('leaves a phone number alone: +31 6… stays +31 6…, but a formula in a phone column is still escaped', () => {
    const phones: Contact = {
      ...anna,
      phone: '+31 6 1234 5678',
      morePhones: ['-(030) 123.45.67', '+31-6-98765432'],
    };
    const raw = Papa.parse<string[]>(contactsCsv([phones], 'nl').replace(/^\uFEFF/, ''), { delimiter: ';' })
      .data[1]!;
    expect(raw[col('phone')]).toBe('+31 6 1234 5678');
    expect(raw[col('morePhones')]).toBe('-(030) 123.45.67, +31-6-98765432');

    const sneaky: Contact = {
      ...anna,
      phone: '+31 6|cmd',
      morePhones: ['=1+1', '06 12'],
      role: '+31 6 1234 5678',
    };
    const back = Papa.parse<string[]>(contactsCsv([sneaky], 'en').replace(/^\uFEFF/, '')).data[1]!;
    expect(back[col('phone')]).toBe(`'+31 6|cmd`);
    expect(back[col('morePhones')]).toBe(`'=1+1, 06 12`);
    // Only phone columns: a role is not a number, whatever it looks like.
    expect(back[col('role')]).toBe(`'+31 6 1234 5678`);
  });

  it('writes only the headers for an empty list', () => {
    expect(parse(contactsCsv([], 'nl'))).toHaveLength(1);
  });
});
