/**
 * The sort-in pass over a stand-in for the preload's API whose answers the test releases by hand: the
 * pass says "opgeslagen" only after core's answer, says so otherwise when the write is pending, and saves
 * in the order the keys were pressed.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '$contract/channels';
import { createApi } from '$contract/create-api';
import type * as SortInModuleType from './sort-in.svelte';

type SortInModule = typeof SortInModuleType;

interface Call {
  channel: string;
  payload: { id?: string; contactId?: string; changes?: Record<string, unknown>; offset?: number };
  answer: (result: unknown) => void;
}
const calls: Call[] = [];
const people = [
  { id: 'anna', name: 'Anna de Vries', circle: null, warmth: null, strength: null },
  { id: 'bram', name: 'Bram Jansen', circle: null, warmth: null, strength: null },
];
/** Sorted in long ago, so not in the pass: Bram looks like him. */
const eva = { id: 'eva', name: 'Eva Jansen', circle: 'werk', warmth: 'warm', strength: 'goed' };
const summary = (c: { id: string; name: string }) => ({ id: c.id, name: c.name });
const bramAndEva = { a: summary(eva), b: summary(people[1]!), reasons: [{ kind: 'name', similarity: 2 }] };
/** The likely duplicates core knows of. */
const duplicatePairs = [bramAndEva];

(globalThis as unknown as { window: unknown }).window = {
  netwerkdagboek: createApi(
    channels,
    (channel, payload) => {
      const p = (payload ?? {}) as Call['payload'];
      if (channel === 'contacts:list') {
        return Promise.resolve({
          ok: true,
          data: {
            total: people.length,
            offset: 0,
            contacts: people,
            totals: { active: 2, archived: 0 },
            elsewhere: 0,
          },
        });
      }
      if (channel === 'contacts:get') {
        return Promise.resolve({ ok: true, data: [...people, eva].find((c) => c.id === p.id) });
      }
      if (channel === 'contacts:duplicates') {
        const pairs = duplicatePairs.filter((x) => x.a.id === p.contactId || x.b.id === p.contactId);
        return Promise.resolve({ ok: true, data: { total: pairs.length, pairs } });
      }
      if (channel === 'app:status') return new Promise(() => undefined);
      return new Promise((answer) => calls.push({ channel, payload: p, answer }));
    },
    () => () => undefined,
  ),
};

let sortIn: SortInModule['sortIn'];
beforeAll(async () => {
  ({ sortIn } = await import('./sort-in.svelte'));
});
beforeEach(async () => {
  calls.length = 0;
  await sortIn.start();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const saved = (id: string) => ({ ok: true, data: { ...people.find((c) => c.id === id) } });

describe('the sort-in pass', () => {
  it('takes everyone without a strength and shows the first', () => {
    expect(sortIn.ids).toEqual(['anna', 'bram']);
    expect(sortIn.current?.name).toBe('Anna de Vries');
  });

  it('says "opgeslagen" only once core has answered, and saves the keys in the order pressed', async () => {
    const first = sortIn.choose({ field: 'circle', value: 'werk' });
    const second = sortIn.choose({ field: 'warmth', value: 'warm' });
    await settle();
    expect(sortIn.save).toEqual({ state: 'saving', name: 'Anna de Vries' });
    // One at a time: the second waits for the first's answer.
    expect(calls.map((c) => c.payload.changes)).toEqual([{ circle: 'werk' }]);
    calls[0]!.answer(saved('anna'));
    await first;
    expect(sortIn.save.state).toBe('saving');
    await settle();
    expect(calls.map((c) => c.payload.changes)).toEqual([{ circle: 'werk' }, { warmth: 'warm' }]);
    calls[1]!.answer(saved('anna'));
    await second;
    expect(sortIn.save).toEqual({ state: 'saved', name: 'Anna de Vries' });
  });

  it('says "nog niet opgeslagen" when the write is pending, and the refusal when core refuses', async () => {
    const pending = sortIn.choose({ field: 'circle', value: 'studie' });
    await settle();
    calls[0]!.answer({ ...saved('anna'), saved: false });
    await pending;
    expect(sortIn.save).toEqual({ state: 'unsaved', name: 'Anna de Vries' });

    const refused = sortIn.choose({ field: 'warmth', value: 'koud' });
    await settle();
    calls[1]!.answer({ ok: false, error: { code: 'journal_read_only', message: 'Alleen-lezen.' } });
    await refused;
    expect(sortIn.save).toEqual({ state: 'failed', name: 'Anna de Vries', message: 'Alleen-lezen.' });
  });

  it('moves on once circle, warmth and strength are all given, and back shows the person again', async () => {
    for (const choice of [
      { field: 'circle', value: 'werk' },
      { field: 'warmth', value: 'lauw' },
      { field: 'strength', value: 'goed' },
    ] as const) {
      const done = sortIn.choose(choice);
      await settle();
      calls.at(-1)!.answer(saved('anna'));
      await done;
    }
    await settle();
    expect(sortIn.at).toBe(1);
    expect(sortIn.current?.name).toBe('Bram Jansen');
    expect(sortIn.givenCount).toBe(1);
    await sortIn.back();
    expect(sortIn.current?.name).toBe('Anna de Vries');
  });

  it('knows whom the person shown looks like, and after a merge goes on where it was', async () => {
    expect(sortIn.likely).toBeNull();
    await sortIn.next();
    expect(sortIn.likely).toEqual(bramAndEva);
    expect(sortIn.otherOf(sortIn.likely!).name).toBe('Eva Jansen');
    sortIn.merging = sortIn.likely;
    duplicatePairs.length = 0;
    // Bram into Eva: Eva, not in the pass, takes his place.
    await sortIn.merged('eva', 'bram', 'Eva Jansen');
    expect(sortIn.merging).toBeNull();
    expect(sortIn.ids).toEqual(['anna', 'eva']);
    expect(sortIn.at).toBe(1);
    expect(sortIn.current?.name).toBe('Eva Jansen');
    expect(sortIn.likely).toBeNull();
    expect(sortIn.save).toEqual({ state: 'merged', name: 'Eva Jansen' });
    // Into someone already in the pass: the one merged away leaves it, and the pass goes on.
    await sortIn.merged('anna', 'eva', 'Anna de Vries');
    expect(sortIn.ids).toEqual(['anna']);
    expect(sortIn.finished).toBe(true);
  });
});
