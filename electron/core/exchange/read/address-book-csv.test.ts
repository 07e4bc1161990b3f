import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { PeopleInFile } from '../../../contract/exchange';
import { readPeopleFile } from './read-people-file';
import { fixture } from './testing/fixtures';

function people(bytes: Uint8Array): PeopleInFile {
  const file = readPeopleFile(bytes, 'contacts.csv');
  if (file.kind !== 'people') throw new Error(`expected people, got ${file.kind}`);
  return file;
}

/** The text of a fixture encoded another way, as another system would have saved the same export. */
function reencoded(name: string, from: string, to: 'utf-16le' | 'utf-16be', bom: boolean): Uint8Array {
  const text = iconv.decode(Buffer.from(fixture(name)), from).replace(/^\uFEFF/, '');
  const units = Buffer.from(text, 'utf16le');
  if (to === 'utf-16be') units.swap16();
  const mark = to === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array([...(bom ? mark : []), ...units]);
}

describe('Google Contacts CSV', () => {
  it('today’s export: ` ::: ` lists, Google’s own labels left out, the LinkedIn link among the websites', () => {
    const file = people(fixture('google-contacts.csv'));
    expect(file).toMatchObject({ format: 'google-csv', encoding: 'utf-8' });
    expect(file.people[0]).toEqual({
      at: 1,
      name: 'Anna de Vries',
      organisation: 'Gemeente Utrecht',
      role: 'Beleidsadviseur, Werk en Inkomen',
      emails: ['anna.devries@utrecht.example', 'anna@devries.example'],
      phones: ['+31 6 12345678', '030 123 4567'],
      linkedin: 'https://www.linkedin.com/in/annadevries',
      tags: ['Werk'],
      notes: 'Ontmoet op de banenmarkt.\nWil helpen met introducties, vooral bij de provincie.',
      connectedOn: null,
      birthday: '1984-06-03',
    });
    expect(file.people[1]).toMatchObject({ name: 'Mohammed El Amrani', birthday: null });
    // A company without a person's name is no one to keep in touch with.
    expect(file.people).toHaveLength(2);
    expect(file.skipped).toEqual([
      { at: 3, reason: 'no_name', excerpt: 'Alleen een bedrijf BV, * myContacts, 010 222 3333' },
    ]);
  });

  it('the older export in UTF-16 (LE, with BOM): `Name`, `Group Membership`, `Organization 1 - …`', () => {
    const file = people(fixture('google-contacts-old-utf16le.csv'));
    expect(file).toMatchObject({ format: 'google-csv', encoding: 'utf-16le' });
    expect(file.people[0]).toMatchObject({
      name: 'Özlem Çelik',
      organisation: 'Zelfstandig',
      role: 'Ontwerper',
      emails: ['ozlem@example.com'],
      phones: ['+31 6 1234 5678'],
      tags: ['Ontwerpers'],
      notes: 'Zegt “altijd ja” op koffie — €5 is genoeg.',
    });
    expect(file.people[1]).toMatchObject({ name: 'Pieter Jansen', birthday: '1979-12-31' });
  });
});

describe('Outlook CSV', () => {
  const expected = {
    name: 'Inge Smit',
    organisation: 'Gemeente Zeist',
    role: 'Wethouder, Bestuur',
    emails: ['inge.smit@zeist.example', 'inge@smit.example'],
    // The mobile number first; the fax left out.
    phones: ['06 2345 6789', '030 123 4567'],
    linkedin: 'https://www.linkedin.com/in/ingesmit',
    tags: ['Politiek', 'Zeist'],
    notes: 'Ontmoet bij de ondernemersborrel; “heel toegankelijk”.\nDaarna koffie gedronken – €3,50.',
    birthday: '1970-05-17',
  };

  it('the desktop export in Windows-1252: curly quotes and the euro sign come through', () => {
    const file = people(fixture('outlook-contacts-1252.csv'));
    expect(file).toMatchObject({ format: 'outlook-csv', encoding: 'windows-1252', skipped: [] });
    expect(file.people[0]).toMatchObject(expected);
    // An Exchange address is no e-mail address; `0/0/00` is Outlook's empty birthday.
    expect(file.people[1]).toMatchObject({
      name: 'José Martínez',
      emails: [],
      phones: ['020 765 4321'],
      birthday: null,
    });
    expect(file.people[2]).toMatchObject({ name: 'Kees Visser', birthday: '1965-05-17' });
  });

  it('the same export saved as UTF-16 big- and little-endian, with or without BOM, reads the same', () => {
    for (const [to, bom] of [
      ['utf-16be', true],
      ['utf-16le', true],
      ['utf-16le', false],
      ['utf-16be', false],
    ] as const) {
      const file = people(reencoded('outlook-contacts-1252.csv', 'windows-1252', to, bom));
      expect(file.encoding).toBe(to);
      expect(file.people[0]).toMatchObject(expected);
      expect(file.people[1]?.name).toBe('José Martínez');
    }
  });
});
