/**
 * Keeping derived views up to date without redoing them.
 *
 * The journal never changes an array in place: an edit makes a new array that holds the same record
 * objects except where something changed. Comparing two versions by identity finds those places in one
 * quick pass, so an index over 25,000 conversations can be patched after an edit instead of rebuilt.
 */

/** Records that left and records that came in between two versions of an array. */
export interface Changes<T> {
  removed: T[];
  added: T[];
}

/**
 * What changed from `before` to `after`, when it is at most `max` records; null when more changed (then
 * rebuilding is as quick as patching). Finds edits in place (same length), and one run of records added
 * or removed (creating, deleting); a record that moved counts as removed and added.
 */
export function changesBetween<T>(before: readonly T[], after: readonly T[], max = 64): Changes<T> | null {
  const removed: T[] = [];
  const added: T[] = [];
  if (before.length === after.length) {
    for (let i = 0; i < after.length; i++) {
      if (before[i] === after[i]) continue;
      if (removed.length === max) return null;
      removed.push(before[i]!);
      added.push(after[i]!);
    }
    return { removed, added };
  }
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  if (endBefore - start + (endAfter - start) > max) return null;
  return { removed: before.slice(start, endBefore), added: after.slice(start, endAfter) };
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
