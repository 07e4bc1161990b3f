/**
 * How much of a bar `value` fills when `of` fills it all, in tenths (0 to 10): ShareBar's classes
 * `share-0` … `share-10`. Never more than full, never less than empty, and nothing of nothing.
 */
export function tenths(value: number, of: number): number {
  if (!(of > 0) || !(value > 0)) return 0;
  return Math.min(10, Math.round((value / of) * 10));
}
