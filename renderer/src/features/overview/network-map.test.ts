import { describe, expect, it } from 'vitest';
import { unplacedCount } from './network-map';

describe('unplacedCount', () => {
  it('counts everyone without a kring, without a warmth, or without both, once each', () => {
    expect(
      unplacedCount({
        cells: [
          { circle: 'familie', warmth: 'warm', count: 4 },
          { circle: 'werk', warmth: null, count: 2 },
          { circle: null, warmth: 'koud', count: 3 },
          { circle: null, warmth: null, count: 5 },
        ],
      }),
    ).toBe(10);
  });

  it('is 0 when everyone has a place in the grid', () => {
    expect(unplacedCount({ cells: [{ circle: 'vrienden', warmth: 'lauw', count: 7 }] })).toBe(0);
    expect(unplacedCount({ cells: [] })).toBe(0);
  });
});
