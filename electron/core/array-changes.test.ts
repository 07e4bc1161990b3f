import { describe, expect, it } from 'vitest';
import { changesBetween, indexInSorted, noteChanges, sortedIndex } from './array-changes';

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

  it('finds records edited in place when records were also added at the end', () => {
    const many = [a, b, c, d, e, { n: 6 }, { n: 7 }];
    const f = { n: 8 };
    const g = { n: 9 };
    const edited = [a, f, c, d, e, many[5]!, many[6]!, g];
    expect(changesBetween(many, edited, 3)).toEqual({ removed: [b], added: [f, g] });
    // A record that moved counts as removed and added.
    expect(changesBetween(many, [a, f, c, d, e, many[5]!, g, many[6]!], 3)).toEqual({
      removed: [b, many[6]],
      added: [f, g, many[6]],
    });
    expect(changesBetween(many, edited, 1)).toBeNull();
    expect(changesBetween(many, [f, b, g, d, e, many[5]!, many[6]!, c], 2)).toBeNull();
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

describe('noteChanges', () => {
  it('tells changesBetween what changed, over a few versions, without comparing', () => {
    const v0 = [a, b, c];
    const v1 = [a, d, c];
    // A true account, but not what comparing finds (c counts as moved): so it shows it was told.
    noteChanges(v0, v1, { removed: [b, c], added: [d, c] });
    const v2 = [a, d, c, e];
    noteChanges(v1, v2, { removed: [], added: [e] });
    const v3 = [a, c, e];
    noteChanges(v2, v3, { removed: [d], added: [] });
    expect(changesBetween(v0, v1)).toEqual({ removed: [b, c], added: [d, c] });
    expect(changesBetween(v1, v2)).toEqual({ removed: [], added: [e] });
    // d came and went again in between: a reader at v0 never saw it.
    expect(changesBetween(v0, v3)).toEqual({ removed: [b, c], added: [c, e] });
    expect(changesBetween(v0, v3, 1)).toBeNull();
  });

  it('compares when nothing was noted, or the reader is too far behind', () => {
    const versions = [[a, b, c]];
    for (let i = 0; i < 5; i++) {
      const next = [...versions.at(-1)!, { n: 10 + i }];
      // Each note says b moved as well, which comparing would not find.
      noteChanges(versions.at(-1)!, next, { removed: [b], added: [b, next.at(-1)!] });
      versions.push(next);
    }
    const told = changesBetween(versions[1]!, versions[5]!);
    expect(told?.removed).toEqual([b]);
    expect(told?.added).toHaveLength(5);
    expect(told?.added).toEqual(expect.arrayContaining([b, ...versions[5]!.slice(4)]));
    expect(changesBetween(versions[0]!, versions[5]!)).toEqual({
      removed: [],
      added: versions[5]!.slice(3),
    });
    expect(changesBetween([a, b], [a, b, c])).toEqual({ removed: [], added: [c] });
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
