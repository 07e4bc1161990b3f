import { describe, expect, it } from 'vitest';
import { changesBetween, indexInSorted, sortedIndex } from './array-changes';

const a = { n: 1 };
const b = { n: 2 };
const c = { n: 3 };
const d = { n: 4 };
const e = { n: 5 };

describe('changesBetween', () => {
  it('finds records edited in place, one added at the end, one removed in the middle', () => {
    expect(changesBetween([a, b, c], [a, b, c])).toEqual({ removed: [], added: [] });
    expect(changesBetween([a, b, c], [a, d, c])).toEqual({ removed: [b], added: [d] });
    expect(changesBetween([a, b, c], [a, b, c, d])).toEqual({ removed: [], added: [d] });
    expect(changesBetween([a, b, c], [a, c])).toEqual({ removed: [b], added: [] });
    expect(changesBetween([a, b, c], [d, a, b, c])).toEqual({ removed: [], added: [d] });
    expect(changesBetween([a, b, c, d], [a, e, d])).toEqual({ removed: [b, c], added: [e] });
  });

  it('gives up (null) when more changed than is worth patching', () => {
    expect(changesBetween([a, b, c, d], [d, c, b, a], 2)).toBeNull();
    expect(changesBetween([a, b, c, d, e], [e], 3)).toBeNull();
    expect(changesBetween([a, b, c, d], [d, c, b, a], 4)).toEqual({
      removed: [a, b, c, d],
      added: [d, c, b, a],
    });
  });
});

describe('sortedIndex and indexInSorted', () => {
  const byN = (x: { n: number }, y: { n: number }) => x.n - y.n;

  it('finds where a record goes and where it is, telling equal records apart by identity', () => {
    const twin = { n: 3 };
    const sorted = [a, b, c, twin, e];
    expect(sortedIndex(sorted, d, byN)).toBe(4);
    expect(sortedIndex(sorted, { n: 0 }, byN)).toBe(0);
    expect(sortedIndex(sorted, { n: 9 }, byN)).toBe(5);
    expect(indexInSorted(sorted, twin, byN)).toBe(3);
    expect(indexInSorted(sorted, c, byN)).toBe(2);
    expect(indexInSorted(sorted, d, byN)).toBe(-1);
  });
});
