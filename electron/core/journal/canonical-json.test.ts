/**
 * The canonical test (canonical-json.ts) against JSON.stringify itself: whatever it calls canonical (with
 * no key counted twice) must be exactly what JSON.stringify writes for what JSON.parse makes of it, for
 * texts written every way JSON allows; and what JSON.stringify writes is called canonical, but for the
 * few things it leaves to stringify on purpose (escaped surrogates, keys that are array indices).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyCount, scanStretch } from './canonical-json';

const scan = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return scanStretch(bytes, 0, bytes.length);
};
/** The claim the line cache rests on, for one text. */
const claimsCanonical = (text: string) => {
  const s = scan(text);
  return s.canonical && s.keys === keyCount(JSON.parse(text));
};

describe('scanStretch', () => {
  it('calls what JSON.stringify writes canonical', () => {
    for (const value of [
      { id: 'c1', name: 'Zoë Çelik-de Vries', notes: 'regel 1\nregel 2\t"quote" \\ back', n: 12, x: -3 },
      { nested: { list: [1, 0, -7, true, false, null, 'x'], empty: {}, none: [] }, big: 123456789012345 },
      { ctl: '\u0000\u0001\u001f\u007f\b\f\r', emoji: '😀', sep: '\u2028\u2029', slash: 'a/b' },
      { frac: 1.5, small: 1e-7, large: 1e21, neg: -0.25 },
      'a bare string',
      42,
      [],
    ]) {
      const text = JSON.stringify(value);
      expect(scan(text), text).toMatchObject({ oneValue: true, canonical: true });
      expect(claimsCanonical(text), text).toBe(true);
    }
  });

  it('calls every other way of writing the same value not canonical', () => {
    for (const text of [
      '{"id": "a"}',
      '{ "id":"a"}',
      '{"id":"a" }',
      '{"id":"a",\r"b":1}',
      '{"s":"\\u0061"}',
      '{"s":"\\/"}',
      '{"s":"\\u000a"}',
      '{"s":"\\u001F"}',
      '{"s":"\\u00e9"}',
      '{"s":"\\ud83d\\ude00"}',
      '{"n":1.0}',
      '{"n":1e2}',
      '{"n":-0}',
      '{"n":0.10}',
      '{"n":1E-7}',
      '{"n":1234567890123456789}',
      '{"id":"y","1":"x"}',
      '{"id":"a","b":[{"x":1,"0":1}]}',
    ]) {
      expect(claimsCanonical(text), text).toBe(false);
      expect(JSON.stringify(JSON.parse(text)) === text, text).toBe(false);
      expect(scan(text).oneValue, text).toBe(true);
    }
  });

  it('leaves to stringify, on purpose, an escaped surrogate and a key that is an array index', () => {
    for (const text of ['{"s":"\\ud800"}', '{"0":1}', '{"id":"a","b":[{"0":1}]}']) {
      expect(JSON.stringify(JSON.parse(text)), text).toBe(text);
      expect(claimsCanonical(text), text).toBe(false);
    }
  });

  it('finds a key written twice through the count of keys kept', () => {
    const text = '{"id":"a","name":"x","id":"b"}';
    expect(scan(text)).toMatchObject({ oneValue: true, canonical: true, keys: 3 });
    expect(keyCount(JSON.parse(text))).toBe(2);
    expect(claimsCanonical(text)).toBe(false);
    expect(claimsCanonical('{"a":{"k":1,"k":2},"b":[{"x":1}]}')).toBe(false);
  });

  it('tells a stretch that is not exactly one value', () => {
    for (const text of [
      '{"a":1},{"b":2}',
      '{"a":1',
      '"x":1}',
      '{"a":1} ',
      ' {"a":1}',
      '',
      '1,2',
      '{"a":1}}',
    ]) {
      expect(scan(text).oneValue, JSON.stringify(text)).toBe(false);
      expect(scan(text).canonical).toBe(false);
    }
    // A stretch cut out of a longer text: only bytes[start, end) count.
    const bytes = Buffer.from('[{"a":1},{"b":"é"}]');
    expect(scanStretch(bytes, 1, 8)).toMatchObject({ oneValue: true, canonical: true, keys: 1 });
    expect(scanStretch(bytes, 1, 7).oneValue).toBe(false);
  });
});

const isLoneSurrogate = (ch: string) =>
  ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff;

/** A JSON text for `value`, written one of the many ways JSON allows, as `choices` say. */
function writeAnyWay(value: unknown, choices: () => number): string {
  const space = () => [' ', '', '', '\t', '\r', ' \r '][choices() % 6]!;
  const str = (s: string) => {
    let out = '"';
    // By code point, so a pair of surrogates is escaped whole or written whole.
    for (const ch of s) {
      const pick = choices() % 5;
      if (ch === '"' || ch === '\\') out += `\\${ch}`;
      // A lone surrogate has no UTF-8: it can only be written escaped.
      else if (ch.charCodeAt(0) < 0x20 || isLoneSurrogate(ch) || pick === 0) {
        for (let u = 0; u < ch.length; u++) {
          const hex = ch.charCodeAt(u).toString(16).padStart(4, '0');
          out += `\\u${choices() % 2 ? hex.toUpperCase() : hex}`;
        }
      } else if (ch === '/' && pick === 1) out += '\\/';
      else out += ch;
    }
    return `${out}"`;
  };
  const num = (n: number) => {
    const plain = JSON.stringify(n);
    const pick = choices() % 6;
    if (pick === 0 && Number.isInteger(n)) return `${plain}.0`;
    if (pick === 1) return `${plain}e0`;
    if (pick === 2 && Object.is(n, 0)) return '-0';
    return plain;
  };
  const write = (v: unknown): string => {
    if (typeof v === 'string') return str(v);
    if (typeof v === 'number') return num(v);
    if (v === null || typeof v === 'boolean') return String(v);
    if (Array.isArray(v)) return `[${space()}${v.map((x) => `${write(x)}${space()}`).join(`,${space()}`)}]`;
    const entries = Object.entries(v as Record<string, unknown>);
    const parts = entries.map(([k, x]) => `${space()}${str(k)}${space()}:${space()}${write(x)}`);
    // Now and then a key twice, the first one with another value (JSON.parse keeps the last).
    if (entries.length > 0 && choices() % 7 === 0) parts.unshift(`${str(entries[0]![0])}:0`);
    return `{${parts.join(',')}${space()}}`;
  };
  return write(value);
}

const anyJson = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const records = fc.dictionary(
  fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('id', 'name', '0', '12', '__proto__', 'naam é')),
  fc.oneof(anyJson, fc.string({ unit: 'binary' }), fc.double({ noNaN: true, noDefaultInfinity: true })),
);

describe('canonical, held to JSON.stringify (property)', () => {
  it('never calls a text canonical that JSON.stringify would write otherwise', () => {
    let claimed = 0;
    // Choices all 2 write it as stringify does (but 0 as -0); other choices mix every way in.
    const choices = fc.oneof(fc.constant([2]), fc.array(fc.nat(), { minLength: 1 }));
    fc.assert(
      fc.property(records, choices, (record, picks) => {
        let n = 0;
        const text = writeAnyWay(record, () => picks[n++ % picks.length]!);
        if (claimsCanonical(text)) {
          claimed++;
          expect(JSON.stringify(JSON.parse(text))).toBe(text);
        }
        expect(scan(text).oneValue).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The property said something: many texts were called canonical (and were).
    expect(claimed).toBeGreaterThan(300);
  });

  it('calls what JSON.stringify writes canonical, unless it holds an escaped surrogate or an index key', () => {
    fc.assert(
      fc.property(records, (record) => {
        const text = JSON.stringify(record);
        const left = /\\ud[89a-f]/.test(text) || /[{,]"\d/.test(text);
        if (!left) expect(claimsCanonical(text)).toBe(true);
        if (claimsCanonical(text)) expect(JSON.stringify(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});
