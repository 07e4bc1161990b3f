import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContactFields, type Contact } from '../../contract/domain';
import type { ImportedPerson } from '../../contract/exchange';
import { contactPointRules } from '../../contract/records/contacts';
import { nameSimilarity, nameWords } from '../contacts/similar-names';
import { unsupportedParts } from '../journal/quick-validity-check';
import { fold } from '../text-search';
import { planImport } from './import-plan';

/**
 * The plan finds a similar name through an index (import-plan.ts, NamesAt) instead of comparing each row
 * with everyone at the organisation. It must find exactly whom comparing with everyone finds: the most
 * alike name at the same organisation (the same name when there is none), the first of two as alike.
 */
const words = ['anna', 'de', 'vries', 'bakker', 'jan', 'jansen', 'maria', 'van', 'berg', 'el', 'amrani'];
const organisations = ['', 'ASML', 'asml', 'Bol'];

const at = '2026-11-01T10:00:00.000Z';
function contact(i: number, name: string, organisation: string): Contact {
  return {
    id: `c${i}`,
    ...ContactFields.parse({ name, organisation }),
    archived: false,
    importedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}
function person(
  at: number,
  name: string,
  organisation: string,
  more: Partial<ImportedPerson> = {},
): ImportedPerson {
  const none = { emails: [], phones: [], linkedin: '', tags: [], notes: '', role: '' };
  return { at, name, organisation, ...none, connectedOn: null, birthday: null, ...more };
}

/** Whom comparing with every contact finds (contacts only: rows here never match each other's names). */
function byComparingAll(contacts: readonly Contact[], p: ImportedPerson): string | null {
  const org = fold(p.organisation).trim();
  const mine = nameWords(p.name);
  const needed = org === '' ? 3 : 2;
  let best: { id: string; score: number } | null = null;
  for (const c of contacts) {
    if (fold(c.organisation).trim() !== org) continue;
    const score = nameSimilarity(mine, nameWords(c.name));
    if (score >= needed && (best === null || score > best.score)) best = { id: c.id, score };
  }
  return best?.id ?? null;
}

const name = fc
  .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
  .map((ws) => ws.map((w) => (w.length > 2 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' '));

describe('matching a similar name at the same organisation', () => {
  it('finds whom comparing with everyone finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.constantFrom(...organisations)), { minLength: 1, maxLength: 30 }),
        name,
        fc.constantFrom(...organisations),
        (known, rowName, rowOrganisation) => {
          const contacts = known.map(([n, o], i) => contact(i, n, o));
          const row = person(1, rowName, rowOrganisation);
          const plan = planImport(contacts, [row], [], () => '');
          const found = plan.rows[0]!.match?.contactId ?? null;
          expect(found).toBe(byComparingAll(contacts, row));
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Who each row is in the plan: the contact's id it matches, 'nieuw' or why it is skipped. */
function whoIs(contacts: readonly Contact[], rows: ImportedPerson[]) {
  return planImport(contacts, rows, [], () => '').rows.map(
    (r) => r.match?.contactId ?? r.skipped ?? r.status,
  );
}

describe('two people are never made one on a guess', () => {
  it('a shared e-mail address (info@…) is the same person only when the names agree', () => {
    const jan = { ...contact(1, 'Jan Smit', 'Acme'), email: 'info@acme.nl' };
    const plan = planImport(
      [jan],
      [
        person(1, 'Piet Bakker', 'Acme', {
          emails: ['info@acme.nl'],
          phones: ['0612345678'],
          role: 'Directeur',
        }),
        person(2, 'Kees Visser', '', { emails: ['INFO@acme.nl'] }),
        person(3, 'J. Smit', '', { emails: ['info@acme.nl'], role: 'Inkoper' }),
      ],
      [],
      () => '',
    );
    expect(plan.rows.map((r) => [r.status, r.match?.contactId ?? null])).toEqual([
      ['nieuw', null],
      ['nieuw', null],
      ['bijwerken', 'c1'],
    ]);
    // Jan's contact gets nothing of Piet's: only the role of the row that is Jan.
    expect(plan.actions.get(3)).toMatchObject({ kind: 'update', fills: { role: 'Inkoper' } });
    expect(plan.actions.get(1)).toMatchObject({
      kind: 'create',
      fields: { name: 'Piet Bakker', phone: '0612345678' },
    });
  });

  it('a first name alone at the organisation is left to the duplicates list, not filled in', () => {
    const contacts = [contact(1, 'Jan', 'ING'), contact(2, 'Anna Bakker', 'ING')];
    expect(
      whoIs(contacts, [
        person(1, 'Jan Bakker', 'ING', { linkedin: 'https://www.linkedin.com/in/janbakker' }),
        person(2, 'Jan Smit', 'ING', { linkedin: 'https://www.linkedin.com/in/jansmit' }),
        // The same first and last name at the organisation is the same person…
        person(3, 'Anna Maria Bakker', 'ING'),
      ]),
    ).toEqual(['nieuw', 'nieuw', 'c2']);
  });

  it('alike names at one organisation with other LinkedIn profiles or other addresses are two people', () => {
    const anna = {
      ...contact(1, 'Anna Bakker', 'ING'),
      linkedin: 'https://www.linkedin.com/in/annabakker',
      email: 'anna@ing.nl',
    };
    const one = (row: ImportedPerson) => whoIs([anna], [row])[0];
    expect(
      one(person(1, 'Anna Bakker', 'ING', { linkedin: 'https://nl.linkedin.com/in/anna-bakker-42/' })),
    ).toBe('nieuw');
    expect(one(person(1, 'Anna Maria Bakker', 'ING', { emails: ['a.m.bakker@gmail.com'] }))).toBe('nieuw');
    // The very same name at the organisation with only another address: her private one, so her.
    expect(one(person(1, 'Anna Bakker', 'ING', { emails: ['anna.bakker@gmail.com'] }))).toBe('c1');
    // Her own profile however it was copied is her, whatever else differs.
    expect(one(person(1, 'A. Bakker', '', { linkedin: 'linkedin.com/in/AnnaBakker/?trk=x' }))).toBe('c1');
  });
});

describe('a person on two rows of one file', () => {
  it('is made once, with what both rows bring', () => {
    const plan = planImport(
      [],
      [
        person(1, 'Sanne Visser', 'Bol', { emails: ['sanne@bol.com'] }),
        person(2, 'Sanne Visser', '', {
          emails: ['sanne@bol.com', 'sanne@gmail.com'],
          phones: ['06 1234 5678'],
        }),
      ],
      [],
      () => '',
    );
    expect(plan.counts).toEqual({ nieuw: 1, bijwerken: 0, aanwezig: 0, overgeslagen: 1 });
    expect(plan.actions.get(1)).toMatchObject({
      kind: 'create',
      fields: { email: 'sanne@bol.com', moreEmails: ['sanne@gmail.com'], phone: '06 1234 5678' },
    });
  });
});

describe('a value a contact cannot hold', () => {
  it('leaves the row out as unreadable instead of writing it into the journal', () => {
    const rows = [person(1, 'Eva de Boer', '', { birthday: '1990-02-31' }), person(2, 'Bram Smit', '')];
    expect(whoIs([], rows)).toEqual(['unreadable', 'nieuw']);
  });
});

describe('the checks the plan makes before it writes a contact', () => {
  it('take the quick path for a contact’s fields, e-mail addresses and phone numbers (no part left to the schema)', () => {
    expect(unsupportedParts(ContactFields)).toEqual([]);
    expect(unsupportedParts(contactPointRules.email)).toEqual([]);
    expect(unsupportedParts(contactPointRules.phone)).toEqual([]);
  });
});
