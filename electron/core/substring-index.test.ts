import { describe, expect, it } from 'vitest';
import { SubstringIndex } from './substring-index';
import { fold } from './text-search';

const texts = [
  'anna bakker\nkoffie bij de gemeente utrecht',
  'bram\nsprak over het café — en de coördinator',
  'carla\nwerkenbijdezorg.nl; bel joost-de vries',
  "dirk\nin 't veld, 's-hertogenbosch\tzo’n mooie dag",
  'eva\n',
  'zoë çelik\nrabobank rabobank rabo',
].map(fold);

/** Every slot whose text contains `word`, by asking the index. */
function found(index: SubstringIndex, word: string): number[] {
  const query = index.query(word);
  return texts.map((_, slot) => slot).filter((slot) => index.has(slot, query));
}

/** The same, by reading every text. */
function scanned(word: string): number[] {
  return texts.map((_, slot) => slot).filter((slot) => texts[slot]!.includes(word));
}

describe('SubstringIndex', () => {
  const index = new SubstringIndex();
  for (const text of texts) index.add(text);

  const words = [
    'a',
    'e',
    'q',
    'z',
    '0',
    'an',
    'ee',
    'oo',
    'xq',
    'gem',
    'gemeente',
    'meente',
    'utrecht',
    'cafe',
    'café',
    'coordinator',
    '—',
    'zorg.nl;',
    '.nl',
    'joost-de',
    'de',
    "'t",
    "'s-hertogenbosch",
    'zo’n',
    '’',
    'mooie',
    'rabo',
    'bank',
    'rabobankrabo',
    'celik',
    'zoe',
    'eva',
    'dag',
    'veld,',
    'nope',
  ];
  for (const word of words) {
    it(`finds "${word}" exactly where reading every text would`, () => {
      expect(found(index, word)).toEqual(scanned(word));
    });
  }

  it('answers for texts added after the first questions, across many slots', () => {
    const grown = new SubstringIndex();
    const many: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const text = fold(`contact ${i}\nnotitie ${i % 7 === 0 ? 'netwerkborrel' : 'koffie'} ${i}`);
      many.push(text);
      grown.add(text);
      if (i % 1000 === 999) {
        const query = grown.query('borrel');
        const hits = many.map((_, slot) => slot).filter((slot) => grown.has(slot, query));
        expect(hits).toEqual(many.map((t, slot) => (t.includes('borrel') ? slot : -1)).filter((s) => s >= 0));
      }
    }
    const q = grown.query('2999');
    expect(many.map((_, slot) => slot).filter((slot) => grown.has(slot, q))).toEqual([2999]);
  });
});
