import { describe, expect, it } from 'vitest';
import { importFillFields } from '$contract/exchange';
import { exchangeEN } from './en';
import { exchangeNL } from './nl';

/**
 * The preview's "Vult aan: …" names every field an import can fill in the person's language. Before
 * these words, a row from our own CSV said "Vult aan: circle, aboutThem": the field's code name.
 */
describe.each([
  ['nl', exchangeNL.import.filled],
  ['en', exchangeEN.import.filled],
])('the fields an import fills, in %s', (_, filled) => {
  it('each have a word of their own, never the code name', () => {
    for (const field of importFillFields) {
      const word = filled[field];
      expect(word, field).toMatch(/\S/);
      if (/[A-Z]/.test(field)) expect(word, field).not.toBe(field);
    }
    // Only the main address and the extra ones share a word (and so one mention in the row).
    const words = importFillFields.map((f) => filled[f]);
    expect(new Set(words).size).toBe(words.length);
    expect(filled.emails).toBe(filled.email);
    expect(filled.phones).toBe(filled.phone);
  });
});
