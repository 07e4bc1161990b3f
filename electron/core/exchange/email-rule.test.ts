import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ContactFields, isEmailAddress } from '../../contract/domain';
import { readPeopleFile } from './read/read-people-file';

/**
 * The contact's e-mail rule (issue 12): addresses with letters beyond ASCII before (or after) the @ are
 * addresses people have. The reader kept them and the contact rule refused them, so in a trial 7 of 300
 * LinkedIn connections could not be imported; the form, the import and the reader now use one rule.
 */
const international = [
  'zoë.devries@example.nl',
  'joëlle.dubois@example.be',
  'Özlem.Çelik@example.com',
  'andré@café.fr',
  'müller+werk@bücher.de',
  'иван@пример.рф',
];
const notAddresses = [
  'zoë',
  'zoë@',
  '@example.nl',
  'zoë devries@example.nl',
  'zoë@example',
  'a..b@example.nl',
];

describe('the contact e-mail rule', () => {
  it('takes addresses with accented and other letters, in the form as in an import', () => {
    for (const address of international) {
      expect(isEmailAddress(address), address).toBe(true);
      expect(ContactFields.safeParse({ name: 'Zoë', email: address }).success, address).toBe(true);
      expect(ContactFields.safeParse({ name: 'Zoë', moreEmails: [address] }).success, address).toBe(true);
    }
  });

  it('still refuses what is no address, with the message the form shows', () => {
    for (const typed of notAddresses) {
      const parsed = ContactFields.safeParse({ name: 'Zoë', email: typed });
      expect(parsed.success, typed).toBe(false);
      expect(parsed.error?.issues[0]?.message, typed).toBe('invalid_email');
    }
  });

  it('accepts every address zod’s rule accepted, so no journal written before has one set aside', () => {
    for (const address of [
      'anna.bakker@gemeente-utrecht.nl',
      "o'brien@example.ie",
      'a_b+c-d@sub-.example.nl',
      'X@Y.NL',
      '1@2.nl',
    ]) {
      expect(z.email().safeParse(address).success, address).toBe(true);
      expect(isEmailAddress(address), address).toBe(true);
    }
  });

  it('the reader keeps exactly the addresses a contact may have', () => {
    const rows = [...international, ...notAddresses].map((e, i) => `Persoon,${i},,${e},,,12 Mar 2024`);
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const file = readPeopleFile(new TextEncoder().encode([header, ...rows].join('\n')), 'Connections.csv');
    if (file.kind !== 'people') throw new Error('a LinkedIn file is read as people');
    expect(file.people.flatMap((p) => p.emails)).toEqual(international);
  });
});
