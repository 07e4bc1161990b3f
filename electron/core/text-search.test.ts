import { describe, expect, it } from 'vitest';
import { fold, queryWords, TextIndex } from './text-search';

describe('fold', () => {
  const cases: [string, string][] = [
    ['Müller', 'muller'],
    ['Çelik', 'celik'],
    ['Ömer', 'omer'],
    ['Zoë', 'zoe'],
    ['Émile Brontë', 'emile bronte'],
    ['Ångström', 'angstrom'],
    ['Niño', 'nino'],
    ['Dvořák', 'dvorak'],
    ['İlker', 'ilker'],
    ['JOOST', 'joost'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['Søren Kjær', 'soren kjaer'],
    ['Ørsted', 'orsted'],
    ['Cœur', 'coeur'],
    ['Yıldız', 'yildiz'],
    ['Łukasz', 'lukasz'],
    ['Đorđević', 'dordevic'],
    // Decomposed input (as some file systems and keyboards produce it) folds the same as composed.
    ['Mu\u0308ller', 'muller'],
  ];
  for (const [input, expected] of cases) {
    it(`folds "${input}" to "${expected}"`, () => {
      expect(fold(input)).toBe(expected);
    });
  }

  it('keeps digits, punctuation and spacing', () => {
    expect(fold('06-12345678, A&B  B.V.')).toBe('06-12345678, a&b  b.v.');
  });
});

describe('queryWords', () => {
  it('splits on any whitespace and folds each word', () => {
    expect(queryWords('  Müller\tRABOBANK\n utrecht ')).toEqual(['muller', 'rabobank', 'utrecht']);
  });

  it('has no words for an empty or blank query', () => {
    expect(queryWords('')).toEqual([]);
    expect(queryWords('   \t ')).toEqual([]);
  });
});

describe('TextIndex', () => {
  const index = new TextIndex<{ name: string; notes: string }>((r) => `${r.name}\n${r.notes}`);
  const sanne = { name: 'Sanne Müller', notes: 'Werkt bij de Rabobank' };

  it('matches when every word occurs somewhere, in any order', () => {
    expect(index.matches(sanne, queryWords('rabo muller'))).toBe(true);
    expect(index.matches(sanne, queryWords('muller asml'))).toBe(false);
  });

  it('matches everything for an empty query', () => {
    expect(index.matches(sanne, [])).toBe(true);
  });

  it('sees a new record version, not the cached text of the old one', () => {
    index.warm([sanne]);
    const edited = { ...sanne, notes: 'Nu bij ING' };
    expect(index.matches(edited, queryWords('ing'))).toBe(true);
    expect(index.matches(edited, queryWords('rabobank'))).toBe(false);
  });
});
