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

/** The toast after an import says what it did; a count of none is left out ("20 nieuw", not "…, 0 bijgewerkt"). */
describe('the toast after an import', () => {
  it('names only the counts there are, in both languages', () => {
    expect(exchangeNL.import.doneToast('20', null)).toBe('Geïmporteerd en opgeslagen: 20 nieuw.');
    expect(exchangeNL.import.doneToast(null, '3')).toBe('Geïmporteerd en opgeslagen: 3 bijgewerkt.');
    expect(exchangeNL.import.doneToast('2', '1')).toBe('Geïmporteerd en opgeslagen: 2 nieuw, 1 bijgewerkt.');
    expect(exchangeNL.import.doneToast(null, null)).toBe('Geïmporteerd en opgeslagen.');
    expect(exchangeEN.import.doneToast('1,020', null)).toBe('Imported and saved: 1,020 new.');
    expect(exchangeEN.import.doneToast('2', '1')).toBe('Imported and saved: 2 new, 1 updated.');
    expect(exchangeEN.import.doneToast(null, null)).toBe('Imported and saved.');
  });
});
