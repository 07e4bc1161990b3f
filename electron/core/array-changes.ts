/**
 * Keeping derived views up to date without redoing them.
 *
 * The journal never changes an array in place: an edit makes a new array that holds the same record
 * objects except where something changed. Comparing two versions by identity finds those places in one
 * quick pass, so an index over 25,000 conversations can be patched after an edit instead of rebuilt.
 * Whoever makes the new version may say what it changed (`noteChanges`); then nobody needs the pass.
 */

/** Records that left and records that came in between two versions of an array. */
export interface Changes<T> {
  removed: T[];
  added: T[];
}

/**
 * What changed from `before` to `after`, when it is at most `max` records; null when more changed (then
 * rebuilding is as quick as patching). Finds edits in place (same length), one run of records added or
 * removed (creating, deleting), and edits in place followed by records added at the end (a change that
 * edits one record and makes another); a record that moved counts as removed and added.
 */
export function changesBetween<T>(before: readonly T[], after: readonly T[], max = 64): Changes<T> | null {
  const told = notedBetween(before, after);
  if (told) return told.removed.length > max || told.added.length > max ? null : told;
  if (before.length === after.length) return inPlace(before, after, before.length, max);
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  if (endBefore - start + (endAfter - start) <= max) {
    return { removed: before.slice(start, endBefore), added: after.slice(start, endAfter) };
  }
  if (after.length > before.length && after.length - before.length <= max) {
    const changes = inPlace(before, after, before.length, max - (after.length - before.length), start);
    if (changes) {
      for (let i = before.length; i < after.length; i++) changes.added.push(after[i]!);
      return changes;
    }
  }
  return null;
}

/**
 * What made each version of an array from the one before, as its maker told it. The version before is
 * held weakly: a reader that still needs it holds it anyway, and old versions must not pile up.
 */
const noted = new WeakMap<readonly unknown[], Noted>();

interface Noted {
  from: WeakRef<readonly unknown[]>;
  changes: Changes<unknown>;
}

/** Versions a reader may be behind and still be told the changes; further back, arrays are compared. */
const NOTED_STEPS = 4;

/**
 * Tells `changesBetween` what made `after` from `before`: exactly the records that left and came (a
 * record replaced by an edit is both: the old version left, the new one came). Only for a new array
 * made by its caller, only when the changes are exact, and only for arrays that hold each record once
 * (combined steps count records as a set).
 */
export function noteChanges<T>(before: readonly T[], after: readonly T[], changes: Changes<T>): void {
  noted.set(after, { from: new WeakRef(before), changes });
}

/** `records` with `record` added at the end: a new array that tells its readers so. */
export function withAdded<T>(records: readonly T[], record: T): T[] {
  const next = [...records, record];
  noteChanges(records, next, { removed: [], added: [record] });
  return next;
}

/**
 * `records` with `current` replaced by `next`, told, when `current` is there exactly once; null
 * otherwise (a hand-edited file with a record twice), and the caller replaces as it sees fit, untold.
 */
export function withReplaced<T>(records: readonly T[], current: T, next: T): T[] | null {
  const at = records.indexOf(current);
  if (at === -1 || records.lastIndexOf(current) !== at) return null;
  const result = records.slice();
  result[at] = next;
  noteChanges(records, result, { removed: [current], added: [next] });
  return result;
}

/** `records` without those `leaves` picks: a new array (even when none leaves) that tells what left. */
export function withRemoved<T>(records: readonly T[], leaves: (record: T) => boolean): T[] {
  const next: T[] = [];
  const removed: T[] = [];
  for (const r of records) (leaves(r) ? removed : next).push(r);
  noteChanges(records, next, { removed, added: [] });
  return next;
}

/** What the makers of `after` told since `before`, or null when someone did not (then arrays are compared). */
export function toldBetween<T>(before: readonly T[], after: readonly T[]): Changes<T> | null {
  return notedBetween(before, after);
}

/** The changes from `before` to `after` from what was noted, over a few versions; null if not known. */
function notedBetween<T>(before: readonly T[], after: readonly T[]): Changes<T> | null {
  const steps: Changes<T>[] = [];
  let at: readonly unknown[] | undefined = after;
  while (at !== before) {
    const step: Noted | undefined = at === undefined ? undefined : noted.get(at);
    if (step === undefined || steps.length === NOTED_STEPS) return null;
    steps.push(step.changes as Changes<T>);
    at = step.from.deref();
  }
  if (steps.length === 0) return { removed: [], added: [] };
  // Oldest first: what one step added and a later one removed was never there for this reader.
  const removed: T[] = [];
  const added = new Set<T>();
  for (let i = steps.length - 1; i >= 0; i--) {
    for (const r of steps[i]!.removed) if (!added.delete(r)) removed.push(r);
    for (const r of steps[i]!.added) added.add(r);
  }
  return { removed, added: [...added] };
}

/** Records that differ place by place in the first `length` places, when at most `max` do. */
function inPlace<T>(
  before: readonly T[],
  after: readonly T[],
  length: number,
  max: number,
  from = 0,
): Changes<T> | null {
  const removed: T[] = [];
  const added: T[] = [];
  for (let i = from; i < length; i++) {
    if (before[i] === after[i]) continue;
    if (removed.length === max) return null;
    removed.push(before[i]!);
    added.push(after[i]!);
  }
  return { removed, added };
}

/** Where `item` belongs in `sorted` (the first place not before it), by binary search. */
export function sortedIndex<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(sorted[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where `item` itself is in `sorted`, or -1; equal neighbours are told apart by identity. */
export function indexInSorted<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  for (let i = sortedIndex(sorted, item, compare); i < sorted.length; i++) {
    if (sorted[i] === item) return i;
    if (compare(sorted[i]!, item) !== 0) break;
  }
  // Not where the order says: only possible when the order itself changed; look everywhere.
  return sorted.indexOf(item);
}
