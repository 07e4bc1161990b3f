import { describe, expect, it } from 'vitest';
import { ContactListQuery, LIST_WINDOW_MAX } from '$contract/contract';
import { PICKER_OPTIONS, pickerQuery } from './contact-picker-query';

describe('the contact picker’s list call', () => {
  it('asks for eight more than it leaves out, so eight remain to offer', () => {
    expect(pickerQuery('an', 0)).toEqual({ query: 'an', sort: 'name', show: 'active', limit: 8 });
    expect(pickerQuery('an', 3).limit).toBe(PICKER_OPTIONS + 3);
  });

  it('never asks core for more rows than one window, which core would refuse', () => {
    for (const excluded of [491, 492, 493, 600, 10_000]) {
      const call = pickerQuery('an', excluded);
      expect(call.limit).toBeLessThanOrEqual(LIST_WINDOW_MAX);
      // The contract's own schema is what core validates the call with.
      expect(ContactListQuery.safeParse(call).success).toBe(true);
    }
    expect(pickerQuery('an', 492).limit).toBe(500);
    expect(pickerQuery('an', 600).limit).toBe(500);
  });
});
