import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_SCHEMA_VERSION, type Journal } from '../../contract/domain';
import type { Clock } from '../clock';
import { findDuplicates } from '../contacts/duplicates/find-duplicates';
import { JournalStore } from './journal-store';

/**
 * Version 4 → 5 (issue 12) on a journal as version 4 of the app wrote it (fixtures/journal-v4-two-annas.json: two
 * records of Anna Bakker, a conversation, a touch and a deleted contact, made with the app at version 4).
 */
const v4 = fileURLToPath(new URL('./fixtures/journal-v4-two-annas.json', import.meta.url));
const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-migration-5-'));
  path = join(dir, 'journal.json');
  await copyFile(v4, path);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a version-4 journal', () => {
  it('opens with every record, no pair said to be different people, and is written as the current version', async () => {
    const original = await readFile(v4, 'utf8');
    const before = JSON.parse(original) as Omit<Journal, 'schemaVersion'> & { schemaVersion: number };
    expect(before.schemaVersion).toBe(4);
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toBeNull();
    expect(store.data.notDuplicates).toEqual([]);
    for (const list of ['conversations', 'reminders', 'deleted'] as const) {
      expect(store.data[list]).toEqual(before[list]);
    }
    // Touches as they were, with the B version 7 adds (migration-7.test.ts is about that).
    expect(store.data.touches).toEqual(before.touches.map((touch) => ({ ...touch, threeB: null })));
    // The contacts as they were, plus what version 6 adds to each (migration-6.test.ts is about those).
    expect(store.data.contacts).toMatchObject(before.contacts);
    // The two records of Anna are offered as one person.
    expect(findDuplicates(store.data.contacts, store.data.notDuplicates)).toHaveLength(1);
    await store.close();
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as Journal;
    expect(onDisk.schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
    expect(onDisk.notDuplicates).toEqual([]);
    // The file as version 4 wrote it stays in the backups.
    expect(await readFile(join(dir, 'backups', 'journal-2026-11-23.json'), 'utf8')).toBe(original);

    // "Geen dubbele" said in version 5 is there at the next open.
    const again = await JournalStore.open({ path, clock });
    const ids = again.data.contacts
      .slice(0, 2)
      .map((c) => c.id)
      .sort() as [string, string];
    again.update((j) => ({ ...j, notDuplicates: [{ ids, at: '2026-11-23T10:00:00.000Z' }] }));
    await again.close();
    const third = await JournalStore.open({ path, clock });
    expect(third.data.notDuplicates).toEqual([{ ids, at: '2026-11-23T10:00:00.000Z' }]);
    expect(findDuplicates(third.data.contacts, third.data.notDuplicates)).toEqual([]);
    await third.close();
  });

  it('a hand-edited pair that does not pass is let go, and the journal opens with everything else', async () => {
    // The journal as this version writes it, then edited by hand.
    await (await JournalStore.open({ path, clock })).close();
    const doc = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    await writeFile(path, JSON.stringify({ ...doc, notDuplicates: [{ ids: ['only-one'], at: 'gisteren' }] }));
    const store = await JournalStore.open({ path, clock });
    expect(store.data.contacts).toHaveLength(3);
    expect(store.data.setAside).toEqual([]);
    expect(store.data.notDuplicates).toEqual([]);
    await store.close();
  });
});
