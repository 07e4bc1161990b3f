import { describe, expect, it } from 'vitest';
import { lastWeeks, weekStartOf } from './weeks';

describe('weeks from Monday (nl-NL and en-GB)', () => {
  it('puts a Sunday in the week of the Monday before it', () => {
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
    // Across a year and a leap day.
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
    expect(weekStartOf('2024-03-01')).toBe('2024-02-26');
  });

  it('lists the Mondays of the last weeks, oldest first, this one last', () => {
    expect(lastWeeks('2026-12-02', 3)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
  });
});
