import { describe, expect, it } from 'vitest';
import { splitDutchName, surnameFirst } from './dutch-names';

describe('splitDutchName', () => {
  const cases: [string, string, string, string][] = [
    ['Sjoerd van der Meer', 'Sjoerd', 'van der', 'Meer'],
    ['Anna de Vries', 'Anna', 'de', 'Vries'],
    ['Ruud van den Berg', 'Ruud', 'van den', 'Berg'],
    ["Joost van 't Hek", 'Joost', "van 't", 'Hek'],
    ["Marieke in 't Veld", 'Marieke', "in 't", 'Veld'],
    ['Henk ter Horst', 'Henk', 'ter', 'Horst'],
    ['Els te Riele', 'Els', 'te', 'Riele'],
    ['Jan Peter Balkenende', 'Jan Peter', '', 'Balkenende'],
    ['Jan Peter de Boer', 'Jan Peter', 'de', 'Boer'],
    ['Anna Smit-de Vries', 'Anna', '', 'Smit-de Vries'],
    ['Anna van Dijk-de Vries', 'Anna', 'van', 'Dijk-de Vries'],
    ['Mohammed El Amrani', 'Mohammed', '', 'El Amrani'],
    ['Ayşe Çelik', 'Ayşe', '', 'Çelik'],
    ['Madonna', '', '', 'Madonna'],
    ['  Sjoerd   van der   Meer ', 'Sjoerd', 'van der', 'Meer'],
    ['Meer, Sjoerd van der', 'Sjoerd', 'van der', 'Meer'],
    ['Anna de', 'Anna', '', 'de'],
  ];
  for (const [name, given, particle, surname] of cases) {
    it(`reads "${name}" as ${surname}, ${given} ${particle}`, () => {
      expect(splitDutchName(name)).toEqual({ given, particle, surname });
    });
  }
});

describe('surnameFirst', () => {
  it('writes the name as a Dutch list shows it', () => {
    expect(surnameFirst('Sjoerd van der Meer')).toBe('Meer, Sjoerd van der');
    expect(surnameFirst('Pieter Hoekstra')).toBe('Hoekstra, Pieter');
    expect(surnameFirst('Madonna')).toBe('Madonna');
  });
});
