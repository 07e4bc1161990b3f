import { describe, expect, it } from 'vitest';
import type { PeopleInFile } from '../../../contract/exchange';
import { linkedInProfile } from '../../../contract/rules/linkedin-profile';
import { readPeopleFile } from './read-people-file';
import { fixture } from './testing/fixtures';

function people(name: string): PeopleInFile {
  const file = readPeopleFile(fixture(name), name);
  if (file.kind !== 'people') throw new Error(`expected people, got ${file.kind}`);
  return file;
}

describe("LinkedIn's Connections.csv", () => {
  it('reads today’s export: BOM, Notes paragraph, quoted commas and doubled quotes, empty e-mails', () => {
    const file = people('linkedin-connections.csv');
    expect(file.format).toBe('linkedin');
    expect(file.encoding).toBe('utf-8');
    expect(file.people.map((p) => p.name)).toEqual([
      'Anna de Vries',
      'Mohammed El Amrani',
      'Sanne Bakker',
      'Jeroen van den Berg',
      'Fatma Yılmaz',
      'Özlem Çelik',
    ]);
    const [anna, mohammed, sanne] = file.people;
    expect(anna).toEqual({
      at: 1,
      name: 'Anna de Vries',
      organisation: 'Gemeente Utrecht',
      role: 'Beleidsadviseur Werk en Inkomen',
      emails: [],
      phones: [],
      linkedin: 'https://www.linkedin.com/in/annadevries',
      tags: [],
      notes: '',
      connectedOn: '2024-03-12',
      birthday: null,
    });
    expect(mohammed?.organisation).toBe('Brink, Smit & Partners');
    expect(mohammed?.emails).toEqual(['m.elamrani@example.nl']);
    expect(mohammed?.linkedin).toBe('https://www.linkedin.com/in/mohammed-el-amrani-4b2a1c9');
    expect(sanne?.organisation).toBe('De "Nieuwe" Werkplaats');
    expect(sanne?.role).toBe('Coach, trainer en spreker');
    expect(sanne?.linkedin).toBe('https://www.linkedin.com/in/sanne-bakker-é-12ab34');
    expect(file.people[3]?.linkedin).toBe('https://www.linkedin.com/in/jeroenvdberg');
  });

  it('skips a row without a name (a deactivated member) and says which and why', () => {
    const file = people('linkedin-connections.csv');
    expect(file.skipped).toEqual([
      { at: 6, reason: 'no_name', excerpt: 'https://www.linkedin.com/in/deactivated-member, 05 May 2020' },
    ]);
    expect(file.people.at(-1)?.at).toBe(7);
  });

  it('reads the older export without a URL column and with Windows line ends', () => {
    const file = people('linkedin-connections-old.csv');
    expect(file.format).toBe('linkedin');
    expect(file.people).toHaveLength(3);
    expect(file.people[0]).toMatchObject({
      name: 'Pieter Jansen',
      emails: ['pieter.jansen@example.nl'],
      organisation: 'Gemeente Amsterdam',
      role: 'Teamleider',
      linkedin: '',
      connectedOn: '2018-06-14',
    });
    expect(file.people[1]?.organisation).toBe('Boer & Zonen, Transport');
    expect(file.people[2]).toMatchObject({
      name: 'Kees Visser',
      organisation: '',
      connectedOn: '2016-08-21',
    });
  });

  it('reads the export after Dutch Excel saved it again: semicolons, Windows-1252, dates as 12-3-2024', () => {
    const file = people('linkedin-connections-excel-nl.csv');
    expect(file).toMatchObject({ format: 'linkedin', encoding: 'windows-1252', skipped: [] });
    expect(file.people.map((p) => [p.name, p.organisation, p.role, p.connectedOn])).toEqual([
      ['Anna de Vries', 'Gemeente Utrecht', 'Beleidsadviseur', '2024-03-12'],
      ['José Martínez', 'Café; de Zwaan', 'Eigenaar – horeca', '2023-01-03'],
    ]);
  });
});

describe('linkedInProfile', () => {
  it('writes every spelling of one profile the same way', () => {
    const spellings = [
      'https://www.linkedin.com/in/anna-de-vries',
      'https://www.linkedin.com/in/anna-de-vries/',
      'http://linkedin.com/in/Anna-de-Vries',
      'www.linkedin.com/in/anna-de-vries?trk=public_profile_browsemap',
      'linkedin.com/in/anna-de-vries/#experience',
      'https://nl.linkedin.com/in/anna-de-vries/details/experience/',
      '  https://www.linkedin.com/in/anna-de-vries  ',
    ];
    expect(new Set(spellings.map(linkedInProfile))).toEqual(
      new Set(['https://www.linkedin.com/in/anna-de-vries']),
    );
  });

  it('is empty for what is not a person’s profile', () => {
    expect(linkedInProfile('')).toBe('');
    expect(linkedInProfile('https://www.linkedin.com/company/asml')).toBe('');
    expect(linkedInProfile('https://evil.example/linkedin.com/in/anna')).toBe('');
    expect(linkedInProfile('https://linkedin.com.evil.example/in/anna')).toBe('');
    expect(linkedInProfile('javascript:alert(1)//linkedin.com/in/anna')).toBe('');
  });
});
