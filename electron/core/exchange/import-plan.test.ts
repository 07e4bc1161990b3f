import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContactFields, type Contact } from '../../contract/domain';
import type { ImportedPerson } from '../../contract/exchange';
import { nameSimilarity, nameWords } from '../contacts/similar-names';
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
function person(at: number, name: string, organisation: string): ImportedPerson {
  const none = { emails: [], phones: [], linkedin: '', tags: [], notes: '', role: '' };
  return { at, name, organisation, ...none, connectedOn: null, birthday: null };
}

/** Whom comparing with every contact finds (contacts only: rows here never match each other's names). */
function byComparingAll(contacts: readonly Contact[], p: ImportedPerson): string | null {
  const org = fold(p.organisation).trim();
  const mine = nameWords(p.name);
  const needed = org === '' ? 3 : 1;
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
