/**
 * A quick "yes" to: would `schema.parse(value)` succeed and return `value` exactly as it is?
 *
 * Loading a large journal through the schema costs more than reading and parsing the file, while nearly
 * every record on disk was written by the app and is already in its parsed form. This walks the schema's
 * own definition once and builds a plain predicate for that question, so the rules stay written once (in
 * the schemas) and every new record type gets the fast path for free. The answer `false` only means "ask
 * the schema": anything this does not understand answers false, and the schema then gives the error or
 * the cleaned-up value. fast-check.test.ts holds it to the schema on thousands of mutated records.
 */
import type { z } from 'zod';

type Check = (value: unknown) => boolean;

const never: Check = () => false;

interface Def {
  type: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Builds the predicate for `schema`. Build it once and reuse it: building walks the whole schema. */
export function compileFastCheck(schema: z.ZodType): Check {
  return compile(defOf(schema));
}

function compile(def: Def): Check {
  switch (def.type) {
    case 'string':
      return stringCheck(def);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'number':
      return numberCheck(def);
    case 'literal': {
      const values = new Set(def['values'] as unknown[]);
      return (v) => values.has(v);
    }
    case 'enum': {
      const values = new Set(Object.values(def['entries'] as Record<string, unknown>));
      return (v) => values.has(v);
    }
    case 'nullable': {
      const inner = compile(defOf(def['innerType']));
      return (v) => v === null || inner(v);
    }
    case 'default':
      // Absent would mean the default is filled in (a change); every check here already refuses
      // `undefined`, so the inner check is the whole answer.
      return compile(defOf(def['innerType']));
    case 'array': {
      const element = compile(defOf(def['element']));
      const length = lengthChecks((def['checks'] as unknown[] | undefined) ?? []);
      if (!length) return never;
      return (v) => {
        if (!Array.isArray(v) || !length(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object':
      return objectCheck(def);
    case 'union': {
      // Only a discriminated union (the journal's conflicts): its options exclude each other, so the one
      // whose check passes is the one the schema picks. A plain union takes the first option that
      // parses, which may change a value another option would have taken as it is.
      if (typeof def['discriminator'] !== 'string') return never;
      const options = (def['options'] as unknown[]).map((o) => compile(defOf(o)));
      return (v) => {
        for (let i = 0; i < options.length; i++) if (options[i]!(v)) return true;
        return false;
      };
    }
    default:
      return never;
  }
}

function objectCheck(def: Def): Check {
  const entries = Object.entries(def['shape'] as Record<string, unknown>);
  const keys = entries.map(([key]) => key);
  const checks = entries.map(([, schema]) => compile(defOf(schema)));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    // Every supported check refuses `undefined`, so when all known keys pass and the counts match,
    // there is no unknown key (which the schema would refuse or drop).
    let count = 0;
    for (const _ in record) count++;
    if (count !== keys.length) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(record[keys[i]!])) return false;
    return true;
  };
}

// Plain loops rather than `every` over closures: this runs for every field of every record on load.
function stringCheck(def: Def): Check {
  let min = 0;
  let max = Infinity;
  const patterns: RegExp[] = [];
  const unchanged: ((v: string) => unknown)[] = [];
  const refinements: ((v: unknown) => unknown)[] = [];
  // ISO dates and times are string schemas that are themselves a format check.
  if (def['check'] === 'string_format') {
    if (!(def['pattern'] instanceof RegExp)) return never;
    patterns.push(def['pattern']);
  }
  for (const check of (def['checks'] as unknown[] | undefined) ?? []) {
    const c = defOf(check) as unknown as Record<string, unknown>;
    switch (c['check']) {
      case 'overwrite': // a transform such as trim(): "as it is" only when it leaves the value alone
        unchanged.push(c['tx'] as (v: string) => unknown);
        break;
      case 'max_length':
        max = Math.min(max, c['maximum'] as number);
        break;
      case 'min_length':
        min = Math.max(min, c['minimum'] as number);
        break;
      case 'string_format':
        if (!(c['pattern'] instanceof RegExp)) return never;
        patterns.push(c['pattern']);
        break;
      case 'custom': // a refinement: the schema's own function, asked directly
        refinements.push(c['fn'] as (v: unknown) => unknown);
        break;
      default:
        return never;
    }
  }
  return (v) => {
    if (typeof v !== 'string' || v.length > max || v.length < min) return false;
    for (let i = 0; i < patterns.length; i++) if (!patterns[i]!.test(v)) return false;
    for (let i = 0; i < unchanged.length; i++) if (unchanged[i]!(v) !== v) return false;
    for (let i = 0; i < refinements.length; i++) if (refinements[i]!(v) !== true) return false;
    return true;
  };
}

function numberCheck(def: Def): Check {
  const tests: ((v: number) => boolean)[] = [];
  for (const check of (def['checks'] as unknown[] | undefined) ?? []) {
    const c = defOf(check) as unknown as Record<string, unknown>;
    const value = c['value'] as number;
    if (c['check'] === 'number_format' && c['format'] === 'safeint')
      tests.push((v) => Number.isSafeInteger(v));
    else if (c['check'] === 'greater_than') tests.push(c['inclusive'] ? (v) => v >= value : (v) => v > value);
    else if (c['check'] === 'less_than') tests.push(c['inclusive'] ? (v) => v <= value : (v) => v < value);
    else return never;
  }
  // The schema refuses NaN and, without a check saying otherwise, nothing else.
  return (v) => typeof v === 'number' && Number.isFinite(v) && tests.every((test) => test(v));
}

function lengthChecks(checks: unknown[]): ((v: unknown[]) => boolean) | null {
  const tests: ((v: unknown[]) => boolean)[] = [];
  for (const check of checks) {
    const c = defOf(check) as unknown as Record<string, unknown>;
    if (c['check'] === 'max_length') tests.push((v) => v.length <= (c['maximum'] as number));
    else if (c['check'] === 'min_length') tests.push((v) => v.length >= (c['minimum'] as number));
    else return null;
  }
  return (v) => tests.every((test) => test(v));
}

/** `schema.safeParse`, answered without the schema when the value is already in its parsed form. */
export function withFastPath<T extends z.ZodType>(
  schema: T,
): (value: unknown) => z.ZodSafeParseResult<z.output<T>> {
  const check = compileFastCheck(schema);
  return (value) => (check(value) ? { success: true, data: value as z.output<T> } : schema.safeParse(value));
}
