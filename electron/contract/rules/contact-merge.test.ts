import { describe, expect, it } from 'vitest';
import { ContactFields, type Contact } from '../domain';
import {
  combinedTags,
  combinedText,
  fullerOf,
  mergedFields,
  sameValue,
  valuesIntoNotes,
} from './contact-merge';

const contact = (
  id: string,
  fields: Parameters<typeof ContactFields.parse>[0],
  createdAt = '2026-11-01T10:00:00.000Z',
): Contact => ({
  id,
  ...ContactFields.parse(fields),
  archived: false,
  importedAt: null,
  createdAt,
  updatedAt: createdAt,
});

describe('merging two records of one person', () => {
  const keep = contact('a', {
    name: 'Anna',
    email: 'anna@werk.nl',
    notes: 'Bellen in maart.',
    tags: ['zorg'],
  });
  const other = contact(
    'b',
    {
      name: 'Anna Bakker',
      email: 'Anna@Werk.nl',
      phone: '06 12345678',
      notes: 'Fietst.',
      tags: ['Zorg', 'fiets'],
      introducedById: 'a',
    },
    '2026-10-01T10:00:00.000Z',
  );

  it('takes the chosen fields, combines texts and tags, and is known since the first of the two', () => {
    const merged = mergedFields(keep, other, ['name', 'introducedById']);
    expect(merged).toMatchObject({
      name: 'Anna Bakker',
      email: 'anna@werk.nl',
      // Referred by the kept contact: nobody is referred by themselves.
      introducedById: null,
      tags: ['zorg', 'fiets'],
      createdAt: '2026-10-01T10:00:00.000Z',
    });
    // The phone number was only on the other record: not chosen, yet it is the only one, so the main one.
    expect(merged).toMatchObject({ phone: '06 12345678', morePhones: [], moreEmails: [] });
    // The same address in another case is one address; the notes hold only what was written.
    expect(merged.notes).toBe('Bellen in maart.\n\nFietst.');
  });

  it('counts an address in another case, a link written another way, a number spaced otherwise as the same', () => {
    const a = contact('a', {
      name: 'A',
      email: 'x@y.nl',
      linkedin: 'https://www.linkedin.com/in/anna/',
      phone: '+31 6 1234 5678',
    });
    const b = contact('b', {
      name: 'B',
      email: 'X@Y.nl',
      linkedin: 'linkedin.com/in/anna',
      phone: '+3161234-5678',
    });
    expect(['email', 'linkedin', 'phone'].every((f) => sameValue(f as 'email', a, b))).toBe(true);
    expect(valuesIntoNotes(a, b, [])).toEqual([]);
  });

  it('keeps one text when the other is empty or holds it already', () => {
    expect(combinedText('', 'Fietst.')).toBe('Fietst.');
    expect(combinedText('Fietst elke zondag.', 'Fietst')).toBe('Fietst elke zondag.');
    expect(combinedTags(['a', 'B'], ['b', 'c'])).toEqual(['a', 'B', 'c']);
  });
});

describe('the record kept by default', () => {
  const bare = contact('a', { name: 'Anna Bakker', email: 'anna@werk.nl' });
  const full = contact('b', {
    name: 'Anna Bakker',
    organisation: 'Gemeente Utrecht',
    role: 'Beleidsadviseur',
    email: 'anna@prive.nl',
    notes: 'Kent iedereen.',
  });

  it('is the one with more filled in, whichever was written first', () => {
    expect(fullerOf({ contact: bare, conversations: 0 }, { contact: full, conversations: 0 })).toBe('b');
    expect(fullerOf({ contact: full, conversations: 0 }, { contact: bare, conversations: 0 })).toBe('a');
  });

  it('counts conversations, extra addresses and numbers, and keeps the first when both are as full', () => {
    expect(fullerOf({ contact: bare, conversations: 4 }, { contact: full, conversations: 0 })).toBe('a');
    const more = { ...bare, id: 'c', moreEmails: ['a@b.nl'], morePhones: ['0612345678', '0301234567'] };
    expect(fullerOf({ contact: full, conversations: 0 }, { contact: more, conversations: 1 })).toBe('b');
    expect(
      fullerOf({ contact: bare, conversations: 0 }, { contact: { ...bare, id: 'd' }, conversations: 0 }),
    ).toBe('a');
    // The default cadence is nothing filled in.
    expect(
      fullerOf(
        { contact: bare, conversations: 0 },
        { contact: { ...bare, cadence: 'standaard' }, conversations: 0 },
      ),
    ).toBe('a');
  });
});
