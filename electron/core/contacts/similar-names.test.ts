import { describe, expect, it } from 'vitest';
import { nameSimilarity, nameWords } from './similar-names';

describe('nameWords', () => {
  it('folds case and diacritics and leaves out tussenvoegsels and punctuation', () => {
    expect(nameWords('Joost van der Berg')).toEqual(['joost', 'berg']);
    expect(nameWords('  ZOË  Çelik-de Vries ')).toEqual(['zoe', 'celik', 'vries']);
    expect(nameWords("Dirk in 't Veld")).toEqual(['dirk', 'veld']);
    expect(nameWords('De')).toEqual(['de']);
    expect(nameWords(' - ')).toEqual([]);
  });
});

describe('nameSimilarity', () => {
  const score = (a: string, b: string) => nameSimilarity(nameWords(a), nameWords(b));

  const cases: [string, string, number][] = [
    ['Joost de Vries', 'joost de vries', 3],
    ['Joost de Vries', 'Joost Vries', 3],
    ['Emre Çelik', 'Emre Celik', 3],
    ['Van den Berg', 'van der Berg', 3],
    ['Anna Maria Bakker', 'Anna Bakker', 2],
    ['Anna Bakker', 'Anna', 1],
    ['Sanne Jansen', 'Sanne Jansen-de Vries', 1],
    ['Bakker', 'Anna Bakker', 1],
    ['Jan', 'Jansen', 0],
    ['Anna Bakker', 'Anna de Jong', 0],
    ['Anna Bakker', 'Bram Bakker', 0],
    ['', 'Anna', 0],
  ];
  for (const [a, b, expected] of cases) {
    it(`"${a}" and "${b}": ${expected}`, () => {
      expect(score(a, b)).toBe(expected);
      expect(score(b, a)).toBe(expected);
    });
  }
});
