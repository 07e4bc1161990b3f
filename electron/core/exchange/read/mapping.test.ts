import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors';
import { applyMapping, readPeopleFile } from './read-people-file';
import { fixture, utf8 } from './testing/fixtures';

describe('a CSV of unknown columns', () => {
  const bytes = fixture('excel-list-nl-1252.csv');

  it('answers with its header, first rows and a mapping suggested from the Dutch column names', () => {
    const file = readPeopleFile(bytes, 'netwerk.csv');
    expect(file).toMatchObject({
      kind: 'columns',
      format: 'csv',
      encoding: 'windows-1252',
      header: ['Naam', 'Bedrijf', 'Functie', 'E-mailadres', 'Telefoon', 'Opmerkingen', 'Groepen'],
      rowCount: 4,
      suggested: { name: 0, organisation: 1, role: 2, email: 3, phone: 4, notes: 5, tags: 6 },
    });
    if (file.kind !== 'columns') return;
    expect(file.rows[0]?.[0]).toBe('José Martínez');
    expect(file.rows[0]?.[5]).toBe('Kent iedereen in de horeca; bellen na 14:00');
  });

  it('reads every row by the mapping the person chose', () => {
    const file = applyMapping(bytes, { name: 0, organisation: 1, email: 3, phone: 4, notes: 5, tags: 6 });
    expect(file.format).toBe('csv');
    expect(file.people.map((p) => p.name)).toEqual(['José Martínez', 'Inge Smit', 'Bram Ooms']);
    expect(file.people[0]).toMatchObject({
      organisation: 'Café de Zwaan',
      role: '',
      emails: ['jose@example.nl'],
      phones: ['06-12345678'],
      notes: 'Kent iedereen in de horeca; bellen na 14:00',
      tags: ['horeca', 'Utrecht'],
    });
    expect(file.people[1]?.notes).toBe('Ontmoet op netwerkborrel € 15');
    expect(file.people[1]?.phones).toEqual(['+31 30 123 4567']);
    // What the contact form would refuse is left out rather than stored.
    expect(file.people[2]).toMatchObject({ emails: [], phones: [] });
    expect(file.skipped).toEqual([
      { at: 3, reason: 'no_name', excerpt: 'Stichting Zonder Naam, info@example.org' },
    ]);
  });

  it('joins first and last name when the mapping names those', () => {
    const csv = utf8('Voornaam,Achternaam,Werkgever\nAnna,de Vries,ASML\n');
    const file = readPeopleFile(csv, 'x.csv');
    expect(file.kind === 'columns' && file.suggested).toEqual({ firstName: 0, lastName: 1, organisation: 2 });
    expect(applyMapping(csv, { firstName: 0, lastName: 1 }).people[0]?.name).toBe('Anna de Vries');
  });

  it('reads our own CSV export back without a mapping, as written before version 6: kring, warmth, strength too; the escaping quote before + = - @ removed', () => {
    const exported =
      '\uFEFFNaam;Organisatie;Functie;E-mail;Telefoon;LinkedIn;Kring;Warm, lauw of koud;Hoe goed je elkaar kent;Waar en hoe jullie elkaar ontmoetten;Wat ik van deze persoon weet;Wat ik zelf kan bieden;Tags;Notities;Laatste contact\r\n' +
      'Anna de Vries;ASML;Engineer;anna@example.nl;\'+31 6 1234 5678;https://www.linkedin.com/in/annadevries;Werk;Warm;Goed;;;;werk, oud-collega;"\'=> belde terug\r\nop maandag";2026-11-02\r\n';
    const file = readPeopleFile(utf8(exported), 'netwerkdagboek-contacten.csv');
    if (file.kind !== 'people') throw new Error('expected people');
    expect(file.people).toEqual([
      {
        at: 1,
        name: 'Anna de Vries',
        organisation: 'ASML',
        role: 'Engineer',
        emails: ['anna@example.nl'],
        phones: ['+31 6 1234 5678'],
        linkedin: 'https://www.linkedin.com/in/annadevries',
        tags: ['werk', 'oud-collega'],
        notes: '=> belde terug\nop maandag',
        connectedOn: null,
        birthday: null,
        own: {
          circle: 'werk',
          warmth: 'warm',
          strength: 'goed',
          howWeMet: '',
          aboutThem: '',
          canOffer: '',
          lastContactOn: '2026-11-02',
        },
      },
    ]);
  });

  it('guesses the columns of a list kept by hand from its Dutch headers, and an e-mail column by its cells', () => {
    const club = utf8(
      'Wie;Club;Post\nJoost Kuipers;Hockeyclub Utrecht;joost@example.nl\nMarieke Bos;Koor;\n',
    );
    const file = readPeopleFile(club, 'leden.csv');
    expect(file.kind === 'columns' && file.suggested).toEqual({ name: 0, email: 2 });
    const plain = utf8(
      'Naam,E-mailadres,Telefoon,Organisatie,Functie\nAnna de Vries,anna@example.nl,0612345678,ASML,Engineer\n',
    );
    const named = readPeopleFile(plain, 'netwerk.csv');
    expect(named.kind === 'columns' && named.suggested).toEqual({
      name: 0,
      email: 1,
      phone: 2,
      organisation: 3,
      role: 4,
    });
  });

  it('takes a column for e-mail or LinkedIn by its cells only when every filled cell is one', () => {
    const links = utf8(
      'Wie,Link,Contact via\nAnna,https://www.linkedin.com/in/anna,anna@example.nl; a.devries@werk.nl\nBram,,bram@example.nl\n',
    );
    const file = readPeopleFile(links, 'x.csv');
    expect(file.kind === 'columns' && file.suggested).toEqual({ name: 0, email: 2, linkedin: 1 });
    // `Post` here is a street address for one of them: not an e-mail column.
    const mixed = utf8('Wie,Post\nAnna,anna@example.nl\nBram,Dorpsstraat 1 Utrecht\n');
    const other = readPeopleFile(mixed, 'x.csv');
    expect(other.kind === 'columns' && other.suggested).toEqual({ name: 0 });
  });

  it('looks at a long or hostile cell in linear time, and does not take it for an address', () => {
    const hostile = ['a@' + 'aaa.'.repeat(25_000) + ' ', 'a@' + 'a.a'.repeat(33_000) + '@'];
    for (const cell of hostile) {
      const csv = utf8(`Wie,Extra\nAnna,"${cell}"\n`);
      const started = performance.now();
      const file = readPeopleFile(csv, 'x.csv');
      expect(performance.now() - started).toBeLessThan(500);
      expect(file.kind === 'columns' && file.suggested).toEqual({ name: 0 });
    }
    // Just under the cap, a list of many addresses is still one.
    const many = Array.from({ length: 40 }, (_, i) => `p${i}@example.nl`).join(' ::: ');
    const list = readPeopleFile(utf8(`Wie,Adressen\nAnna,"${many}"\n`), 'x.csv');
    expect(list.kind === 'columns' && list.suggested).toEqual({ name: 0, email: 1 });
  });

  it('refuses a mapping without a name column', () => {
    expect(() => applyMapping(bytes, { organisation: 1 })).toThrow(
      expect.objectContaining({ code: 'import_no_name_column' }) as DomainError,
    );
    expect(() => applyMapping(bytes, { name: 99 })).toThrow(DomainError);
  });
});
