/**
 * What the quick validity check relies on in zod, held to zod itself, so that a zod upgrade that reshapes
 * its definitions fails here instead of silently letting a record skip a rule on load:
 *
 * - every part of the journal's schema is understood (a renamed or new key makes a part "ask the schema",
 *   which `unsupportedParts` lists);
 * - for random records of every kind, valid and broken (too long, bad choices, wrong types, missing and
 *   extra fields, anywhere in the record), the quick check says yes exactly when `safeParse` succeeds
 *   and returns the record as it is;
 * - a string over its length limit never passes; the limits are found through zod's public API
 *   (`maxLength`), not through the definitions the quick check reads.
 *
 * Random records come from fast-check (the property-testing library); a failure prints the record.
 */
import { inspect, isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  cadences,
  circles,
  Contact,
  Conversation,
  conversationChannels,
  conversationKinds,
  conversationStatuses,
  Journal,
  OwnQuestion,
  questionPurposes,
  Reminder,
  reminderKinds,
  reminderStates,
  strengths,
  thanksMethods,
  threeBs,
  Touch,
  touchChannels,
  warmths,
} from '../../contract/domain';
import {
  sampleContact,
  sampleConversation,
  sampleOwnQuestion,
  samplePlannedConversation,
  sampleReminder,
  sampleTouch,
} from '../testing/sample-records';
import { compileQuickValidityCheck, unsupportedParts } from './quick-validity-check';

const kinds = [
  { name: 'contact', schema: Contact, samples: [sampleContact] },
  { name: 'conversation', schema: Conversation, samples: [sampleConversation, samplePlannedConversation] },
  { name: 'touch', schema: Touch, samples: [sampleTouch] },
  { name: 'own question', schema: OwnQuestion, samples: [sampleOwnQuestion] },
  { name: 'reminder', schema: Reminder, samples: [sampleReminder] },
] as const;

/** What the schema says: valid, and returned exactly as it came in. */
function schemaTakesAsIs(schema: z.ZodType, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  return parsed.success && isDeepStrictEqual(parsed.data, value);
}

describe('what the quick validity check relies on in zod', () => {
  it('understands every part of the journal schema', () => {
    expect(unsupportedParts(Journal)).toEqual([]);
  });

  it('asks the schema where a definition has a key it does not know (as a zod rename would look)', () => {
    // `maximum` renamed to `max`: read as before, the limit would be undefined and let any length pass.
    const renamed = {
      _zod: { def: { type: 'string', checks: [{ _zod: { def: { check: 'max_length', max: 3 } } }] } },
    } as unknown as z.ZodType;
    expect(compileQuickValidityCheck(renamed)('a much too long text')).toBe(false);
    expect(unsupportedParts(renamed)).toEqual(['(root): check max_length with max']);
    expect(unsupportedParts(z.strictObject({ a: z.string().max(3), b: z.number() }))).toEqual([]);
    expect(unsupportedParts(z.strictObject({ a: z.string().transform((v) => v.length) }))).toEqual([
      'a: pipe is not supported',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Random records: a sample record with random values put in anywhere in it, or fields taken out or added.

const choices = [
  ...circles,
  ...warmths,
  ...strengths,
  ...cadences,
  ...conversationStatuses,
  ...conversationChannels,
  ...conversationKinds,
  ...threeBs,
  ...thanksMethods,
  ...touchChannels,
  ...questionPurposes,
  ...reminderKinds,
  ...reminderStates,
];
/** Just under, at and just over every limit the records have. */
const limitLengths = [
  1, 40, 41, 60, 61, 64, 65, 200, 201, 500, 501, 1_000, 1_001, 2_000, 2_001, 5_000, 5_001,
];

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, 1, -1, 45.5, 3_650, 3_651, Number.NaN, Infinity),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(' ', 'x ', ' x', '\u00a0x', 'a@b', 'a@b.nl', 'https://a.nl', 'http://a.nl', '+31 6 12'),
  fc.constantFrom('2024-02-29', '2026-02-29', '2026-11-23T10:00:00Z', '2026-11-23T10:00Z', '09:30', '24:00'),
  fc.constantFrom(...choices),
  fc.tuple(fc.constantFrom(...limitLengths), fc.constantFrom('x', 'é', ' ')).map(([n, c]) => c.repeat(n)),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
  fc.constantFrom([], {}, Array(31).fill('a'), Array(51).fill('tip'), { date: '2026-11-24' }),
);

type Path = (string | number)[];

/** Every place in a value: object fields and array elements, nested. */
function pathsIn(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    path,
    ...keys.flatMap((key) => pathsIn((value as Record<string | number, unknown>)[key], [...path, key])),
  ];
}

type Change =
  | { kind: 'set'; at: Path; value: unknown }
  | { kind: 'delete'; at: Path }
  | { kind: 'add'; at: Path; key: string; value: unknown };

/** A deep copy of `record` with `change` made (where the place is not there: unchanged). */
function changed(record: unknown, change: Change): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  const parentPath = change.kind === 'add' ? change.at : change.at.slice(0, -1);
  if (change.kind !== 'add' && change.at.length === 0)
    return change.kind === 'set' ? change.value : undefined;
  // An earlier change may have taken the place away: then this one changes nothing.
  let parent: unknown = copy;
  for (const key of parentPath) {
    if (typeof parent !== 'object' || parent === null) return copy;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (typeof parent !== 'object' || parent === null) return copy;
  // A list with a named field cannot come out of JSON.parse, the only source of what this checks.
  if (change.kind === 'add' && Array.isArray(parent)) return copy;
  const target = parent as Record<string | number, unknown>;
  if (change.kind === 'add') target[change.key] = change.value;
  else if (change.kind === 'set') target[change.at.at(-1)!] = change.value;
  else if (Array.isArray(target)) target.splice(change.at.at(-1) as number, 1);
  else delete target[change.at.at(-1)!];
  return copy;
}

const randomRecord = (samples: readonly unknown[]) =>
  fc.constantFrom(...samples).chain((sample) => {
    const paths = pathsIn(sample);
    const change: fc.Arbitrary<Change> = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('set' as const),
          at: fc.constantFrom(...paths),
          value: anyValue,
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.constantFrom(...paths) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('add' as const),
          at: fc.constantFrom(...paths),
          key: fc.constantFrom('extra', '__proto__x', 'id2'),
          value: anyValue,
        }),
      },
    );
    // One to three changes: a broken record can turn valid again (an untrimmed name trimmed back).
    return fc.array(change, { minLength: 0, maxLength: 3 }).map((changes) => changes.reduce(changed, sample));
  });

describe('the quick validity check agrees with safeParse on random records', () => {
  for (const { name, schema, samples } of kinds) {
    it(`${name}: yes exactly when the schema takes the record as it is`, () => {
      const quick = compileQuickValidityCheck(schema);
      let yes = 0;
      let no = 0;
      fc.assert(
        fc.property(randomRecord(samples), (record) => {
          const answer = quick(record);
          if (answer) yes++;
          else no++;
          expect(answer, inspect(record, { depth: 6 })).toBe(schemaTakesAsIs(schema, record));
        }),
        { numRuns: 400 },
      );
      // Both answers came up often enough to mean something.
      expect(yes).toBeGreaterThan(20);
      expect(no).toBeGreaterThan(100);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// Length limits, found through zod's public API.

interface StringField {
  at: Path;
  maxLength: number;
}

/** The string fields with a length limit in `value`, found by walking `schema` with zod's public API. */
function limitedStrings(schema: z.ZodType, value: unknown, at: Path = []): StringField[] {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  if (s instanceof z.ZodString) return s.maxLength === null ? [] : [{ at, maxLength: s.maxLength }];
  if (s instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((element, i) => limitedStrings(s.element as z.ZodType, element, [...at, i]));
  }
  if (s instanceof z.ZodObject && typeof value === 'object' && value !== null) {
    return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      limitedStrings(field, (value as Record<string, unknown>)[key], [...at, key]),
    );
  }
  return [];
}

describe('a string over its length limit never passes the quick validity check', () => {
  for (const { name, schema, samples } of kinds) {
    const fields = samples.flatMap((sample) =>
      limitedStrings(schema, sample).map((field) => ({ sample, ...field })),
    );

    it(`${name}: ${fields.length} limited text fields, each one character or more too long`, () => {
      expect(fields.length).toBeGreaterThan(0);
      const quick = compileQuickValidityCheck(schema);
      fc.assert(
        fc.property(
          fc.constantFrom(...fields),
          fc.integer({ min: 1, max: 50 }),
          fc.constantFrom('x', 'é', '1'),
          ({ sample, at, maxLength }, over, character) => {
            const record = changed(sample, { kind: 'set', at, value: character.repeat(maxLength + over) });
            expect(schema.safeParse(record).success).toBe(false);
            expect(quick(record)).toBe(false);
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});
