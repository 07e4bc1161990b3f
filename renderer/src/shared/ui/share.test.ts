import { describe, expect, it } from 'vitest';
import { tenths } from './share';

describe('tenths', () => {
  it('gives the share of the whole in tenths, rounded', () => {
    expect(tenths(3, 3)).toBe(10);
    expect(tenths(1, 2)).toBe(5);
    expect(tenths(1, 3)).toBe(3);
    expect(tenths(7, 150)).toBe(0);
    expect(tenths(8, 150)).toBe(1);
  });

  it('never goes past full or below empty, and shows nothing of nothing', () => {
    expect(tenths(200, 150)).toBe(10);
    expect(tenths(-1, 5)).toBe(0);
    expect(tenths(0, 0)).toBe(0);
    expect(tenths(4, 0)).toBe(0);
  });
});
