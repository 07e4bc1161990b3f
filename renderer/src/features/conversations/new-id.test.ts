import { describe, expect, it } from 'vitest';
import { Id } from '$contract/domain';
import { newId } from './new-id';

describe('ids made in the renderer', () => {
  it('are 32 hex digits, an id the schema accepts', () => {
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(Id.safeParse(id).success).toBe(true);
  });

  it('differ every time', () => {
    const ids = new Set(Array.from({ length: 1_000 }, newId));
    expect(ids.size).toBe(1_000);
  });
});
