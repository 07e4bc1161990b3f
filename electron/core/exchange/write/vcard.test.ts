/**
 * The vCard 4.0 export read back with ical.js, as an address book would: one card per contact, the fields
 * an address book has a place for, escaping that survives commas, semicolons and line breaks.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../contract/domain';
import { sampleContact } from '../../testing/sample-records';
import { readPeopleFile } from '../read/read-people-file';
import { contactsVcard } from './vcard';

const sjoerd: Contact = {
  ...sampleContact,
  id: 'c2',
  name: 'Sjoerd van der Meer',
  organisation: 'Jansen; Bakker, en Zn.',
  role: '',
  email: '',
  moreEmails: [],
  phone: '',
  morePhones: [],
  birthday: null,
  linkedin: '',
  tags: [],
  notes: 'Eerste regel\nTweede, met komma; en puntkomma \\ backslash',
};

function cards(text: string): InstanceType<typeof ICAL.Component>[] {
  const parsed = ICAL.parse(text);
  // One card parses as one component, several as a list of them.
  const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return list.map((jcard) => new ICAL.Component(jcard as never));
}

describe('contactsVcard', () => {
  it('writes one VERSION:4.0 card per contact with CRLF line ends', () => {
    const text = contactsVcard([sampleContact, sjoerd]);
    expect(text.match(/BEGIN:VCARD\r\nVERSION:4\.0\r\n/g)).toHaveLength(2);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(cards(text)).toHaveLength(2);
  });

  it('reads back every field an address book keeps', () => {
    const [zoe] = cards(contactsVcard([sampleContact]));
    expect(zoe!.getFirstPropertyValue('fn')).toBe('Zoë Çelik-de Vries');
    expect(zoe!.getFirstProperty('n')!.getValues()).toEqual([['Çelik-de Vries', 'Zoë', '', '', '']]);
    expect(zoe!.getFirstProperty('org')!.getValues()).toEqual(['Gemeente Utrecht']);
    expect(zoe!.getFirstPropertyValue('title')).toBe('Beleidsmedewerker');
    // Every address and number, the main one first and marked as preferred.
    expect(zoe!.getAllProperties('email').map((p) => [p.getFirstValue(), p.getParameter('pref')])).toEqual([
      ['zoe.celik@utrecht.nl', '1'],
      ['zoe@celik.example', undefined],
    ]);
    expect(zoe!.getAllProperties('tel').map((p) => p.getFirstValue())).toEqual([
      '+31 (0)6 12 34 56 78',
      '030 123 45 67',
    ]);
    expect(String(zoe!.getFirstPropertyValue('bday'))).toBe('1988-02-29');
    expect(zoe!.getFirstPropertyValue('url')).toBe('https://www.linkedin.com/in/zoe');
    expect(zoe!.getFirstProperty('categories')!.getValues()).toEqual(['overheid', 'koffie']);
    expect(zoe!.getFirstPropertyValue('note')).toBe('Bellen in maart.');
    expect(zoe!.getFirstPropertyValue('uid')).toBe(`urn:uuid:${sampleContact.id}`);
  });

  it('splits a Dutch name with its tussenvoegsel into N, and keeps ; , \\ and line breaks intact', () => {
    const [card] = cards(contactsVcard([sjoerd]));
    expect(card!.getFirstProperty('n')!.getValues()).toEqual([['van der Meer', 'Sjoerd', '', '', '']]);
    // ORG is structured: the ';' in the name must not become an organisational unit.
    expect(card!.getFirstProperty('org')!.getValues()).toEqual(['Jansen; Bakker, en Zn.']);
    expect(card!.getFirstPropertyValue('note')).toBe(sjoerd.notes);
    // Empty fields are left out, not written empty.
    expect(card!.getFirstProperty('email')).toBeNull();
    expect(card!.getFirstProperty('categories')).toBeNull();
    expect(card!.getFirstProperty('bday')).toBeNull();
  });

  it('writes a one-word name as the given name (N:;Bram;;;), and it reads back as Bram, also without FN', () => {
    const text = contactsVcard([{ ...sjoerd, name: 'Bram' }]);
    expect(text).toContain('\r\nFN:Bram\r\nN:;Bram;;;\r\n');
    expect(cards(text)[0]!.getFirstProperty('n')!.getValues()).toEqual([['', 'Bram', '', '', '']]);
    // Our own reader, with the card as written and with its FN left out (N is then the name).
    for (const card of [text, text.replace('FN:Bram\r\n', '')]) {
      const file = readPeopleFile(new TextEncoder().encode(card), 'bram.vcf');
      expect(file.kind === 'people' && file.people.map((p) => p.name)).toEqual(['Bram']);
    }
    // A name written surname first keeps its parts.
    const [meer] = cards(contactsVcard([{ ...sjoerd, name: 'Meer, Sjoerd van der' }]));
    expect(meer!.getFirstProperty('n')!.getValues()).toEqual([['van der Meer', 'Sjoerd', '', '', '']]);
  });

  it('folds a long note over several lines, and it unfolds as it was', () => {
    const text = contactsVcard([{ ...sjoerd, notes: 'woord '.repeat(60).trim() }]);
    // ical.js folds at 75 characters plus the continuation's leading space.
    for (const line of text.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(text.split('\r\n').filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    expect(cards(text)[0]!.getFirstPropertyValue('note')).toBe('woord '.repeat(60).trim());
  });
});
