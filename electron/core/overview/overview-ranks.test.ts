import { describe, expect, it } from 'vitest';
import { askOrder, quietOrder, sortedByKey, weakTieOrder, type ContactEntry } from './overview-ranks';
import type { Contact } from '../../contract/domain';

/** A small deterministic generator, so a failure names a case that comes back. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('the orders Overzicht picks from', () => {
  it('are built by key in exactly the order their comparison gives, ties and all', () => {
    const next = random(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    // Few days and few names, so most entries tie on the day and many on the name as well.
    const days = ['0000-01-01', '1999-12-31', '2026-02-28', '2026-03-01', '2026-11-30', '9999-12-31'];
    const names = ['Émile', 'emile', 'Anna', 'anna', 'Zoë', 'Bram de Vries', 'bram de vries', ''];
    const entries: ContactEntry[] = [];
    for (let i = 0; i < 3000; i++) {
      const anchor = pick(days);
      const contact = {
        name: pick(names),
        warmth: pick(['warm', 'lauw', 'koud', null] as const),
        strength: pick(['een-beetje', 'goed', null] as const),
      } as Contact;
      const last = next() < 0.2 ? null : anchor;
      entries.push({
        contact,
        last,
        anchor,
        quietFrom: next() < 0.2 ? null : anchor,
        quietBy: 'months',
        plannedOn: [],
        ordinal: Math.floor(next() * 10_000),
      });
    }
    for (const make of [quietOrder, weakTieOrder, askOrder]) {
      const keyed = make();
      keyed.rebuild(entries);
      const plain = make() as unknown as {
        takes: (e: ContactEntry) => boolean;
        compare: (a: ContactEntry, b: ContactEntry) => number;
      };
      const expected = entries.filter((e) => plain.takes(e)).sort(plain.compare);
      expect(keyed.list.length).toBeGreaterThan(500);
      // The same entries in the same places (not only equal ones), none lost or doubled in the packing.
      const place = new Map(entries.map((e, i) => [e, i]));
      expect(keyed.list.map((e) => place.get(e))).toEqual(expected.map((e) => place.get(e)));
    }
  });

  it('falls back to the comparison, changing nothing, for a key it cannot pack', () => {
    const list = [3, 1, 2];
    expect(
      sortedByKey(
        list,
        (n) => n + 0.5,
        (a, b) => a - b,
      ),
    ).toBe(false);
    expect(
      sortedByKey(
        list,
        () => -1,
        (a, b) => a - b,
      ),
    ).toBe(false);
    expect(list).toEqual([3, 1, 2]);
    expect(
      sortedByKey(
        list,
        (n) => n,
        (a, b) => a - b,
      ),
    ).toBe(true);
    expect(list).toEqual([1, 2, 3]);
  });
});
