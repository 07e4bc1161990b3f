/**
 * The quick validity check: a fast "yes" to "would `schema.parse(value)` succeed and return `value` exactly
 * as it is?", for loading the journal.
 *
 * Loading a large journal through the schema costs more than reading and parsing the file, while nearly
 * every record on disk was written by the app and is already in its parsed form. This walks the schema's
 * own definition once and builds a plain predicate for that question, so the rules stay written once (in
 * the contract's schemas) and every new record type gets the quick path for free. The answer `false` only
 * means "ask the schema": anything this does not understand answers false, and the schema then gives the
 * error or the cleaned-up value.
 *
 * It reads zod's definitions (`_zod.def`), which zod documents for library authors but may reshape in any
 * release, so zod is pinned to one exact version in package.json. The check fails closed: a definition
 * with a key or a check this does not know becomes "ask the schema" (slower, never wrong), and
 * `unsupportedParts` names those places. quick-validity-check.test.ts fails when a zod upgrade changes
 * what this relies on: every part of the journal's schema must be understood, and for random valid and
 * broken records (too long, bad choices, missing and extra fields) the check must agree with
 * `safeParse`; a string over its length limit never passes.
 *
 * Main's journal code only: the contract (and so the renderer) does not import it.
 */
import type { z } from 'zod';
import { Journal } from '../../contract/domain';

type Check = (value: unknown) => boolean;

const never: Check = () => false;

interface Def {
  type: string;
  [key: string]: unknown;
}

/** Where the check gives up and leaves the answer to the schema: a path and why. */
type Unsupported = (path: string, why: string) => void;

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * The keys of zod's definitions this file understands, per type. Keys that only shape error messages
 * (`error`) or say when a check applies (`when`, which for length checks means "has a length") are
 * listed because they cannot change whether a value passes. Any other key (a new option, a renamed
 * field) makes that part "ask the schema".
 */
const knownKeys: Record<string, readonly string[]> = {
  string: ['type', 'error', 'checks'],
  // ISO dates and times: a string whose own format check is a pattern (offset, local and precision are
  // already in it).
  string_format: ['type', 'error', 'checks', 'check', 'format', 'pattern', 'offset', 'local', 'precision'],
  boolean: ['type', 'error'],
  number: ['type', 'error', 'checks'],
  literal: ['type', 'error', 'values'],
  enum: ['type', 'error', 'entries'],
  nullable: ['type', 'innerType'],
  optional: ['type', 'innerType'],
  default: ['type', 'innerType', 'defaultValue'],
  array: ['type', 'error', 'element', 'checks'],
  object: ['type', 'error', 'shape', 'catchall'],
  union: ['type', 'error', 'options', 'discriminator', 'inclusive'],
};
const knownCheckKeys: Record<string, readonly string[]> = {
  overwrite: ['type', 'check', 'tx'],
  max_length: ['type', 'check', 'error', 'when', 'maximum'],
  min_length: ['type', 'check', 'error', 'when', 'minimum'],
  string_format: ['type', 'check', 'error', 'format', 'pattern'],
  custom: ['type', 'check', 'error', 'fn'],
  number_format: ['type', 'check', 'error', 'abort', 'format'],
  greater_than: ['type', 'check', 'error', 'value', 'inclusive'],
  less_than: ['type', 'check', 'error', 'value', 'inclusive'],
};

/** Why this file cannot read `def` (a kind or a key it does not know), or null when it can. */
function strange(
  def: Record<string, unknown>,
  kind: string,
  known: readonly string[] | undefined,
): string | null {
  if (!known) return `${kind} is not supported`;
  for (const key of Object.keys(def)) if (!known.includes(key)) return `${kind} with ${key}`;
  return null;
}

/** Builds the predicate for `schema`. Build it once and reuse it: building walks the whole schema. */
export function compileQuickValidityCheck(schema: z.ZodType): Check {
  return compile(defOf(schema), '', () => undefined);
}

/**
 * Where the quick check for `schema` always answers "ask the schema", as `path: why`. Empty for the
 * journal: anything listed would make every load take the slow path there.
 */
export function unsupportedParts(schema: z.ZodType): string[] {
  const found: string[] = [];
  compile(defOf(schema), '', (path, why) => found.push(`${path || '(root)'}: ${why}`));
  return found;
}

function compile(def: Def, path: string, unsupported: Unsupported): Check {
  const kind = def.type === 'string' && def['check'] === 'string_format' ? 'string_format' : def.type;
  const why = strange(def, def.type, knownKeys[kind]);
  if (why) {
    unsupported(path, why);
    return never;
  }
  switch (def.type) {
    case 'string':
      return stringCheck(def, path, unsupported);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'number':
      return numberCheck(def, path, unsupported);
    case 'literal': {
      const values = new Set(def['values'] as unknown[]);
      return (v) => values.has(v);
    }
    case 'enum': {
      const values = new Set(Object.values(def['entries'] as Record<string, unknown>));
      return (v) => values.has(v);
    }
    case 'nullable': {
      const inner = compile(defOf(def['innerType']), path, unsupported);
      return (v) => v === null || inner(v);
    }
    case 'optional': {
      // A key that may be absent (objectCheck counts it so); present, it must pass. JSON has no undefined.
      const inner = compile(defOf(def['innerType']), path, unsupported);
      return (v) => v === undefined || inner(v);
    }
    case 'default':
      // Absent would mean the default is filled in (a change); every check here already refuses
      // `undefined`, so the inner check is the whole answer.
      return compile(defOf(def['innerType']), path, unsupported);
    case 'array': {
      const element = compile(defOf(def['element']), `${path}[]`, unsupported);
      const length = lengthChecks((def['checks'] as unknown[] | undefined) ?? []);
      if (!length) {
        unsupported(path, 'array check');
        return never;
      }
      return (v) => {
        if (!Array.isArray(v) || !length(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object':
      return objectCheck(def, path, unsupported);
    case 'union': {
      // Only a discriminated union (the journal's conflicts): its options exclude each other, so the one
      // whose check passes is the one the schema picks. A plain union takes the first option that
      // parses, which may change a value another option would have taken as it is.
      if (typeof def['discriminator'] !== 'string') {
        unsupported(path, 'plain union');
        return never;
      }
      const options = (def['options'] as unknown[]).map((o, i) =>
        compile(defOf(o), `${path}|${i}`, unsupported),
      );
      return (v) => {
        for (let i = 0; i < options.length; i++) if (options[i]!(v)) return true;
        return false;
      };
    }
    default:
      // Unreachable while knownKeys lists only the types above; kept so a new entry there cannot slip by.
      unsupported(path, def.type);
      return never;
  }
}

function objectCheck(def: Def, path: string, unsupported: Unsupported): Check {
  const entries = Object.entries(def['shape'] as Record<string, unknown>);
  const keys = entries.map(([key]) => key);
  const checks = entries.map(([key, schema]) =>
    compile(defOf(schema), path ? `${path}.${key}` : key, unsupported),
  );
  const optional = entries.filter(([, schema]) => defOf(schema).type === 'optional').length;
  const known = new Set(keys);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    // Every supported check but an optional key's refuses `undefined`, so when all known keys pass and
    // the counts match, there is no unknown key (which the schema would refuse or drop). With optional
    // keys (a touch's goalOn) the count can fall short by them: then each key present must be known.
    let count = 0;
    for (const _ in record) count++;
    if (optional === 0) {
      if (count !== keys.length) return false;
    } else {
      if (count > keys.length) return false;
      for (const key in record) if (!known.has(key)) return false;
    }
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(record[keys[i]!])) return false;
    return true;
  };
}

/** The definition of one of a schema's checks, or null (and reported) when this file does not know it. */
function checkDef(check: unknown, path: string, unsupported: Unsupported): Record<string, unknown> | null {
  const c = defOf(check) as unknown as Record<string, unknown>;
  const why = strange(c, `check ${String(c['check'])}`, knownCheckKeys[c['check'] as string]);
  if (why) {
    unsupported(path, why);
    return null;
  }
  return c;
}

const isLimit = (n: unknown): n is number => typeof n === 'number' && !Number.isNaN(n);

// Plain loops rather than `every` over closures: this runs for every field of every record on load.
function stringCheck(def: Def, path: string, unsupported: Unsupported): Check {
  let min = 0;
  let max = Infinity;
  const patterns: RegExp[] = [];
  const unchanged: ((v: string) => unknown)[] = [];
  const refinements: ((v: unknown) => unknown)[] = [];
  const giveUp = (why: string) => {
    unsupported(path, why);
    return never;
  };
  // ISO dates and times are string schemas that are themselves a format check.
  if (def['check'] === 'string_format') {
    if (!(def['pattern'] instanceof RegExp)) return giveUp('format without a pattern');
    patterns.push(def['pattern']);
  }
  for (const check of (def['checks'] as unknown[] | undefined) ?? []) {
    const c = checkDef(check, path, unsupported);
    if (!c) return never;
    switch (c['check']) {
      case 'overwrite': // a transform such as trim(): "as it is" only when it leaves the value alone
        if (typeof c['tx'] !== 'function') return giveUp('overwrite without tx');
        unchanged.push(c['tx'] as (v: string) => unknown);
        break;
      case 'max_length':
        // A limit that is not a number would compare false with every length and let anything through.
        if (!isLimit(c['maximum'])) return giveUp('max_length without maximum');
        max = Math.min(max, c['maximum']);
        break;
      case 'min_length':
        if (!isLimit(c['minimum'])) return giveUp('min_length without minimum');
        min = Math.max(min, c['minimum']);
        break;
      case 'string_format':
        if (!(c['pattern'] instanceof RegExp)) return giveUp('format without a pattern');
        patterns.push(c['pattern']);
        break;
      case 'custom': // a refinement: the schema's own function, asked directly
        if (typeof c['fn'] !== 'function') return giveUp('refinement without fn');
        refinements.push(c['fn'] as (v: unknown) => unknown);
        break;
      default:
        return giveUp(`string check ${String(c['check'])}`);
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

function numberCheck(def: Def, path: string, unsupported: Unsupported): Check {
  const tests: ((v: number) => boolean)[] = [];
  for (const check of (def['checks'] as unknown[] | undefined) ?? []) {
    const c = checkDef(check, path, unsupported);
    if (!c) return never;
    const value = c['value'];
    if (c['check'] === 'number_format' && c['format'] === 'safeint')
      tests.push((v) => Number.isSafeInteger(v));
    else if ((c['check'] === 'greater_than' || c['check'] === 'less_than') && !isLimit(value)) {
      unsupported(path, `${c['check']} without value`);
      return never;
    } else if (c['check'] === 'greater_than') {
      const limit = value as number;
      tests.push(c['inclusive'] ? (v) => v >= limit : (v) => v > limit);
    } else if (c['check'] === 'less_than') {
      const limit = value as number;
      tests.push(c['inclusive'] ? (v) => v <= limit : (v) => v < limit);
    } else {
      unsupported(path, `number check ${String(c['check'])}`);
      return never;
    }
  }
  // The schema refuses NaN and, without a check saying otherwise, nothing else.
  return (v) => typeof v === 'number' && Number.isFinite(v) && tests.every((test) => test(v));
}

function lengthChecks(checks: unknown[]): ((v: unknown[]) => boolean) | null {
  const tests: ((v: unknown[]) => boolean)[] = [];
  for (const check of checks) {
    const c = checkDef(check, '', () => undefined);
    if (!c) return null;
    const maximum = c['maximum'];
    const minimum = c['minimum'];
    if (c['check'] === 'max_length' && isLimit(maximum)) tests.push((v) => v.length <= maximum);
    else if (c['check'] === 'min_length' && isLimit(minimum)) tests.push((v) => v.length >= minimum);
    else return null;
  }
  return (v) => tests.every((test) => test(v));
}

/** `schema.safeParse`, answered without the schema when the value is already in its parsed form. */
export function withQuickValidityCheck<T extends z.ZodType>(
  schema: T,
): (value: unknown) => z.ZodSafeParseResult<z.output<T>> {
  const check = compileQuickValidityCheck(schema);
  return (value) => (check(value) ? { success: true, data: value as z.output<T> } : schema.safeParse(value));
}

/**
 * `Journal.safeParse` for the file on load, with the quick check for records already in their parsed
 * form: the schema still decides, it is only not asked about what it would return as is.
 */
export function parseJournal(doc: unknown): z.ZodSafeParseResult<Journal> {
  journalParser ??= withQuickValidityCheck(Journal);
  return journalParser(doc);
}
let journalParser: ((doc: unknown) => z.ZodSafeParseResult<Journal>) | undefined;
