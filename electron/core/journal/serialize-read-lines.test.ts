/**
 * The first save after opening takes the records' lines from the bytes read (serialize.ts,
 * `noteFileLayout`). Whatever the file was, what is written must be exactly the journal in the store's
 * layout as plain JSON.stringify writes it (`plainLayout`, written without serialize.ts), and the
 * records are frozen: encoding never changes one, and an edit is always a new object.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deepFreeze, plainLayout } from '../testing/plain-layout';
import { encodeJournal, noteFileLayout } from './serialize';

type Doc = Record<string, unknown>;

const record = (i: number) => ({
  id: `r${i}`,
  name: ['Zoë Çelik', 'Jan "JJ" de Vries', 'Anna\\Bakker', 'Bram 😀', 'tab\there', '\u2028'][i % 6]!,
  n: i,
  nested: { tags: i % 3 ? ['a', 'b'] : [], at: null, ok: i % 2 === 0 },
});
const sample = (): Doc => ({
  schemaVersion: 7,
  contacts: Array.from({ length: 700 }, (_, i) => record(i)),
  conversations: Array.from({ length: 30 }, (_, i) => record(1000 + i)),
  empty: [],
  one: [record(5000)],
  note: 'x',
});

/** Records JSON.stringify is asked to write (objects with an id): what the save had to stringify. */
function countStringified() {
  const original = JSON.stringify.bind(JSON);
  const seen: unknown[] = [];
  vi.spyOn(JSON, 'stringify').mockImplementation(((value: unknown, ...rest: []) => {
    if (typeof value === 'object' && value !== null && 'id' in value) seen.push(value);
    return original(value, ...rest);
  }) as typeof JSON.stringify);
  return seen;
}
afterEach(() => vi.restoreAllMocks());

/** Reads `text` as the store does, lets `edit` change the journal, and encodes it once. */
function firstSave(text: string, edit: (j: Doc) => Doc = (j) => j) {
  const bytes = Buffer.from(text, 'utf8');
  // As decodeJournal reads it: a byte-order mark is no part of the JSON.
  const read = deepFreeze(JSON.parse(text.replace(/^\uFEFF/, '')) as Doc);
  const owner = {};
  noteFileLayout(read, bytes, owner);
  const journal = deepFreeze(edit(read));
  const stringified = countStringified();
  const pieces = encodeJournal(journal, owner);
  vi.restoreAllMocks();
  const written = Buffer.concat(pieces);
  expect(written.toString('utf8')).toBe(plainLayout(journal));
  expect(JSON.parse(written.toString('utf8'))).toEqual(journal);
  return { bytes, pieces, stringified, journal, owner };
}

describe('the first save after opening a file in the store layout', () => {
  it('writes the bytes read again, stringifying no record, the blocks stretches of the bytes read', () => {
    const text = plainLayout(sample());
    const { bytes, pieces, stringified } = firstSave(text);
    expect(stringified).toEqual([]);
    const large = pieces.filter((p) => p.length > 1000);
    expect(large.length).toBeGreaterThan(3);
    // Taken from the file's buffer, not copied (the last block of an array ends in a copied line).
    expect(large.filter((p) => p.buffer === bytes.buffer).length).toBeGreaterThanOrEqual(large.length - 2);
  });

  it('after edits since reading, stringifies only the records that are new objects', () => {
    const text = plainLayout(sample());
    const changed = (r: unknown) => ({ ...(r as Doc), name: 'bewerkt' });
    const { stringified, journal } = firstSave(text, (j) => {
      const contacts = [...(j['contacts'] as unknown[])];
      contacts[3] = changed(contacts[3]);
      contacts[400] = changed(contacts[400]);
      contacts.splice(10, 1);
      contacts.push(record(9000));
      return {
        ...j,
        contacts,
        conversations: [...(j['conversations'] as unknown[])].reverse(),
        one: [],
        empty: [record(9001)],
      };
    });
    const contacts = journal['contacts'] as unknown[];
    expect(stringified).toEqual(expect.arrayContaining([contacts[3], contacts[399], record(9000)]));
    expect(stringified).toHaveLength(4);
  });

  it('a later save goes on from the adopted lines, as exact', () => {
    const { owner, journal } = firstSave(plainLayout(sample()));
    const contacts = (journal['contacts'] as Doc[]).map((c, i) => (i % 97 ? c : { ...c, n: -1 }));
    const next = deepFreeze({ ...journal, contacts });
    expect(Buffer.concat(encodeJournal(next, owner)).toString('utf8')).toBe(plainLayout(next));
  });
});

describe('the first save after opening a file written otherwise', () => {
  const journal = sample();
  const lines = plainLayout(journal).split('\n');
  const at = (i: number) => lines.findIndex((l) => l.includes(`"id":"r${i}"`));

  it('writes anew exactly the records whose lines are not as JSON.stringify writes them', () => {
    const edited = [...lines];
    edited[at(2)] = edited[at(2)]!.replace('"n":2', '"n": 2');
    edited[at(3)] = edited[at(3)]!.replace('"n":3', '"n":3.0');
    edited[at(4)] = edited[at(4)]!.replace('"id":"r4"', '"id":"\\u0072\\u0034"');
    edited[at(5)] = edited[at(5)]!.replace('"id":"r5"', '"id":"r5","id":"r5"');
    edited[at(6)] = edited[at(6)]!.replace('"n":6', '"n":6,"0":1');
    const { stringified } = firstSave(edited.join('\n'));
    expect(stringified.map((r) => (r as Doc)['id'])).toEqual(['r2', 'r3', 'r4', 'r5', 'r6']);
  });

  it('stringifies everything when the lines are not one record each, even with as many lines', () => {
    const edited = [...lines];
    // r1 cut in two and r2 joined to its second half: the same number of lines.
    const [one, two] = [edited[at(1)]!, edited[at(2)]!];
    const cut = one.indexOf(',"n"');
    edited[at(1)] = one.slice(0, cut + 1);
    edited[at(2)] = `  ${one.slice(cut + 1)} ${two.trim()}`;
    const { stringified } = firstSave(edited.join('\n'));
    expect(stringified.length).toBeGreaterThanOrEqual(700);
  });

  for (const [what, text] of [
    ['indented by JSON.stringify', JSON.stringify(journal, null, 2)],
    ['on one line', JSON.stringify(journal)],
    ['with a byte-order mark', `\uFEFF${plainLayout(journal)}`],
    ['with Windows line ends', plainLayout(journal).replace(/\n/g, '\r\n')],
    ['with a line end fewer at the end', plainLayout(journal).trimEnd()],
    ['with a space after a record', plainLayout(journal).replace('"id":"r7"', ' "id":"r7"')],
  ] as const) {
    it(`a file ${what}`, () => {
      firstSave(text);
    });
  }
});

describe('whatever lines the file had (property)', () => {
  const records = fc.array(
    fc.record({
      id: fc.string({ unit: 'binary', maxLength: 6 }),
      v: fc.jsonValue({ maxDepth: 2 }),
    }),
    { maxLength: 30 },
  );
  /** A line written another way now and then: spaces, an escape, a number or a key written otherwise. */
  const rewrites: ((line: string) => string)[] = [
    (l) => l,
    (l) => l.replace(/":/g, '": '),
    (l) => l.replace('"id":"', '"id":"\\u0041'),
    (l) => l.replace(/:(\d+)([,}])/, ':$1.0$2'),
    (l) => l.replace('{', '{"0":1,'),
    (l) => l.replace('{', '{"id":"x",'),
    (l) => l.replace(',', ',\n  '),
  ];

  it('writes the journal read in the store layout, exactly', () => {
    fc.assert(
      fc.property(records, records, fc.array(fc.nat()), (contacts, touches, picks) => {
        const lines = plainLayout({ schemaVersion: 7, contacts, touches }).split('\n');
        let n = 0;
        const text = lines.map((l) => rewrites[(picks[n++] ?? 0) % rewrites.length]!(l)).join('\n');
        let parsed: Doc;
        try {
          parsed = JSON.parse(text) as Doc;
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return;
        } catch {
          return; // a rewrite that made it something other than JSON: no file to read
        }
        firstSave(text, (j) => {
          const all = j['contacts'];
          // Sometimes an edit since reading, too.
          if (!Array.isArray(all) || all.length === 0 || (picks[0] ?? 0) % 2) return j;
          return { ...j, contacts: [{ id: 'nieuw' }, ...all.slice(1)] };
        });
      }),
      { numRuns: 400 },
    );
  });
});
