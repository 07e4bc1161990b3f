import { describe, expect, it } from 'vitest';
import { WindowCache, type ListWindow } from './window-cache';

interface Asked {
  offset: number;
  limit: number;
  answer: (total?: number, label?: string) => Promise<void>;
  fail: (error: Error) => Promise<void>;
}

/** A list of `total` rows named `${label}${index}`, answered only when the test says so. */
function fakeList(options: { windowSize?: number; keep?: number } = {}) {
  const asked: Asked[] = [];
  const errors: unknown[] = [];
  let changes = 0;
  const cache = new WindowCache<string, { planned: number }>({
    windowSize: options.windowSize ?? 10,
    keep: options.keep,
    onChange: () => changes++,
    onError: (error) => errors.push(error),
    fetch: (offset, limit) =>
      new Promise<ListWindow<string, { planned: number }>>((resolve, reject) => {
        const settle = async () => {
          // Lets the cache's own `.then` run before the test looks.
          for (let i = 0; i < 3; i++) await Promise.resolve();
        };
        asked.push({
          offset,
          limit,
          answer: (total = 95, label = 'r') => {
            const rows: string[] = [];
            for (let i = offset; i < Math.min(total, offset + limit); i++) rows.push(`${label}${i}`);
            resolve({ total, rows, extra: { planned: Math.min(total, 3) } });
            return settle();
          },
          fail: (error) => {
            reject(error);
            return settle();
          },
        });
      }),
  });
  return { cache, asked, errors, changes: () => changes };
}

describe('which windows to fetch', () => {
  it('asks for the window that holds the rows in view, from its first row', () => {
    const { cache, asked } = fakeList();
    void cache.show(3, 8);
    expect(asked.map((a) => [a.offset, a.limit])).toEqual([[0, 10]]);
  });

  it('asks for both windows when the view spans a boundary', () => {
    const { cache, asked } = fakeList();
    void cache.show(7, 23);
    expect(asked.map((a) => a.offset)).toEqual([0, 10, 20]);
  });

  it('asks for the first window before the size of the view is known', () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 0);
    expect(asked.map((a) => a.offset)).toEqual([0]);
  });

  it('never asks past the end of the list once the total is known', async () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 5);
    await asked[0]!.answer(25);
    expect(cache.windowsFor(15, 60)).toEqual([1, 2]);
    expect(cache.windowsFor(30, 40)).toEqual([]);
  });

  it('asks for nothing in an empty list', async () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 5);
    await asked[0]!.answer(0);
    expect(cache.loaded).toBe(true);
    expect(cache.total).toBe(0);
    void cache.show(0, 5);
    expect(asked).toHaveLength(1);
  });
});

describe('rows from the cache', () => {
  it('gives each row its place in the whole list, across windows', async () => {
    const { cache, asked } = fakeList();
    void cache.show(5, 15);
    await asked[0]!.answer();
    await asked[1]!.answer();
    expect([cache.rowAt(0), cache.rowAt(9), cache.rowAt(10), cache.rowAt(14)]).toEqual([
      'r0',
      'r9',
      'r10',
      'r14',
    ]);
    expect(cache.rowAt(25)).toBeUndefined();
    expect(cache.rowAt(-1)).toBeUndefined();
    expect(cache.total).toBe(95);
    expect(cache.extra).toEqual({ planned: 3 });
  });

  it('does not ask again for a window it holds (a cache hit)', async () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 8);
    await asked[0]!.answer();
    await cache.show(2, 9);
    expect(asked).toHaveLength(1);
  });

  it('asks once for a window asked for twice before its answer came', async () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 8);
    void cache.show(1, 9);
    expect(asked).toHaveLength(1);
    await asked[0]!.answer();
    expect(cache.rowAt(8)).toBe('r8');
  });

  it('finds a row among those it holds, with its place in the whole list', async () => {
    const { cache, asked } = fakeList();
    void cache.show(25, 35);
    await asked[0]!.answer();
    await asked[1]!.answer();
    expect(cache.findIndex((r) => r === 'r33')).toBe(33);
    expect(cache.findIndex((r) => r === 'r3')).toBe(-1);
  });

  it('fetches the window of a row outside the view when asked for that row (End, Page Down)', async () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 5);
    await asked[0]!.answer();
    const last = cache.row(94);
    expect(asked[1]!.offset).toBe(90);
    await asked[1]!.answer();
    expect(await last).toBe('r94');
  });

  it('keeps only a few windows, dropping the farthest from the view and never one in view', async () => {
    const { cache, asked } = fakeList({ keep: 3 });
    for (let w = 0; w < 5; w++) {
      void cache.show(w * 10, w * 10 + 5);
      await asked[w]!.answer();
    }
    // In view now: window 4. Kept: the three nearest to it.
    expect([0, 1, 2, 3, 4].map((w) => cache.rowAt(w * 10) !== undefined)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
    void cache.show(0, 5);
    expect(asked).toHaveLength(6);
    expect(asked[5]!.offset).toBe(0);
  });
});

describe('a new query or a change in the journal', () => {
  it('forgets a failure for an older query, without telling', async () => {
    const { cache, asked, errors } = fakeList();
    const old = cache.show(0, 5);
    void cache.reset();
    await asked[0]!.fail(new Error('te laat'));
    await expect(old).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await asked[1]!.answer(3);
    expect(cache.total).toBe(3);
  });

  it('keeps each window in view on screen until its own new answer replaces it', async () => {
    const { cache, asked } = fakeList();
    void cache.show(5, 15);
    await asked[0]!.answer();
    await asked[1]!.answer();
    void cache.reset();
    expect(cache.rowAt(12)).toBe('r12');
    expect(cache.current).toBe(false);
    expect(cache.settled).toBe(false);
    // The view's windows are asked for again.
    expect(asked.slice(2).map((a) => a.offset)).toEqual([0, 10]);
    await asked[2]!.answer(40, 'n');
    expect(cache.rowAt(3)).toBe('n3');
    // Window 1 is still the old one until its answer: a row, not a placeholder, meanwhile.
    expect(cache.rowAt(12)).toBe('r12');
    expect(cache.total).toBe(40);
    expect(cache.current).toBe(true);
    expect(cache.settled).toBe(false);
    await asked[3]!.answer(40, 'n');
    expect(cache.rowAt(12)).toBe('n12');
    expect(cache.settled).toBe(true);
  });

  it('drops the old windows out of view at the first new answer', async () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 5);
    await asked[0]!.answer();
    void cache.show(30, 35);
    await asked[1]!.answer();
    void cache.show(0, 5);
    void cache.reset();
    await asked[2]!.answer(95, 'n');
    expect(cache.rowAt(0)).toBe('n0');
    expect(cache.rowAt(31)).toBeUndefined();
  });

  it('does not show an old row twice when a new window already holds it elsewhere', async () => {
    const asked: { offset: number; resolve: (rows: string[]) => Promise<void> }[] = [];
    const cache = new WindowCache<string, null>({
      windowSize: 10,
      key: (row) => row.split(':')[0]!,
      fetch: (offset) =>
        new Promise((resolve) => {
          asked.push({
            offset,
            resolve: async (rows) => {
              resolve({ total: 20, rows, extra: null });
              for (let i = 0; i < 3; i++) await Promise.resolve();
            },
          });
        }),
    });
    const names = (prefix: string, from: number) =>
      Array.from({ length: 10 }, (_, i) => `${prefix}${from + i}:${prefix}`);
    void cache.show(0, 20);
    await asked[0]!.resolve(names('c', 0));
    await asked[1]!.resolve(names('c', 10));
    void cache.reset();
    // c5 was archived: c10 moves up into the first window, while the old second window still holds it.
    await asked[2]!.resolve([...names('c', 0).slice(0, 5), ...names('c', 6)].slice(0, 10));
    expect(cache.rowAt(9)).toBe('c10:c');
    expect(cache.rowAt(10)).toBeUndefined();
    expect(cache.rowAt(11)).toBe('c11:c');
    const keys = Array.from({ length: 20 }, (_, i) => cache.rowAt(i)?.split(':')[0]).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
    expect(cache.findIndex((row) => row.startsWith('c10:'))).toBe(9);
    await asked[3]!.resolve(names('c', 11).slice(0, 9));
    expect(cache.rowAt(10)).toBe('c11:c');
  });

  it('ignores a slow answer to an older query that arrives after the new one', async () => {
    const { cache, asked, changes } = fakeList();
    void cache.show(0, 5); // "a"
    void cache.reset(); // "an"
    await asked[1]!.answer(12, 'an');
    const seen = changes();
    await asked[0]!.answer(95, 'a');
    expect(cache.rowAt(0)).toBe('an0');
    expect(cache.total).toBe(12);
    expect(changes()).toBe(seen);
  });

  it('ignores an older answer that arrives first, and waits for the new one', async () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 5);
    void cache.reset();
    await asked[0]!.answer(95, 'a');
    expect(cache.loaded).toBe(false);
    expect(cache.rowAt(0)).toBeUndefined();
    await asked[1]!.answer(12, 'an');
    expect(cache.rowAt(0)).toBe('an0');
  });

  it('asks again after a change when the list was empty and nothing is in view', async () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 0);
    await asked[0]!.answer(0);
    void cache.reset();
    expect(asked.map((a) => a.offset)).toEqual([0, 0]);
    await asked[1]!.answer(1, 'anna');
    expect(cache.total).toBe(1);
    expect(cache.rowAt(0)).toBe('anna0');
  });

  it('asks again for a window it held once the journal changed (no stale cache hit)', async () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 5);
    await asked[0]!.answer();
    void cache.reset();
    expect(asked).toHaveLength(2);
    await asked[1]!.answer(95, 'changed');
    await cache.show(0, 5);
    expect(asked).toHaveLength(2);
    expect(cache.rowAt(0)).toBe('changed0');
  });

  it('keeps what it has when a fetch fails, tells, and asks again next time', async () => {
    const { cache, asked, errors } = fakeList();
    void cache.show(0, 5);
    await asked[0]!.answer();
    const failing = cache.show(10, 15);
    await asked[1]!.fail(new Error('weg'));
    await expect(failing).rejects.toThrow('weg');
    expect(errors).toEqual([new Error('weg')]);
    expect(cache.rowAt(0)).toBe('r0');
    void cache.show(10, 15);
    expect(asked).toHaveLength(3);
    expect(asked[2]!.offset).toBe(10);
  });
});

describe('whether the current answer holds a row (the contact shown after a new search)', () => {
  it('says no only when every row of the new query is here, and never counts rows from before', async () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 5);
    await asked[0]!.answer(8, 'a');
    expect(cache.holds((r) => r === 'a3')).toBe(true);
    void cache.reset(); // a narrower search: the old rows stay on screen until the answer comes
    expect(cache.holds((r) => r === 'a3')).toBeUndefined();
    await asked[1]!.answer(2, 'b');
    expect(cache.holds((r) => r === 'a3')).toBe(false);
    expect(cache.holds((r) => r === 'b1')).toBe(true);
  });

  it('does not know when the matches reach past the windows fetched', async () => {
    const { cache, asked } = fakeList();
    void cache.show(0, 5);
    await asked[0]!.answer(95, 'a');
    expect(cache.holds((r) => r === 'a50')).toBeUndefined();
    expect(cache.holds((r) => r === 'a2')).toBe(true);
  });
});
