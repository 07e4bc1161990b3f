import { readFile, rm, writeFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_SCHEMA_VERSION, type Journal } from '../../contract/domain';
import type { Clock } from '../clock';
import { namedContact as contact, useTempJournal } from '../testing/temp-journal';
import { emptyJournal } from './journal-store';
import { decodeJournal } from './journal-file';
import { migrate } from './migrations';

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
const folder = useTempJournal(clock);
let dir: string;
let path: string;
beforeEach(() => {
  ({ dir, path } = folder);
});
const files = () => folder.files();

const goodJournal: Journal = { ...emptyJournal(), contacts: [contact('a1', 'Anna Bakker')] };

describe('opening', () => {
  it('starts empty when there is no file, and writes nothing until the first edit', async () => {
    const store = await folder.open();
    expect(store.data.contacts).toEqual([]);
    expect(store.notice).toBeNull();
    expect(await files()).toEqual([]);
  });

  it('reads a good file and keeps a daily backup of it', async () => {
    await writeFile(path, JSON.stringify(goodJournal));
    const store = await folder.open();
    expect(store.data.contacts.map((c) => c.name)).toEqual(['Anna Bakker']);
    await store.close();
    expect(await readdir(join(dir, 'backups'))).toEqual(['journal-2026-11-23.json']);
  });

  it('keeps only the newest seven backups', async () => {
    await writeFile(path, JSON.stringify(goodJournal));
    await mkdir(join(dir, 'backups'));
    for (let day = 1; day <= 9; day++) {
      await writeFile(join(dir, 'backups', `journal-2026-11-0${day}.json`), JSON.stringify(goodJournal));
    }
    await (await folder.open()).close();
    const kept = await readdir(join(dir, 'backups'));
    expect(kept).toHaveLength(7);
    expect(kept).toContain('journal-2026-11-23.json');
    expect(kept).not.toContain('journal-2026-11-01.json');
  });

  const damaged: [string, string][] = [
    ['an empty file', ''],
    ['a truncated file', JSON.stringify(goodJournal).slice(0, 40)],
    ['null', 'null'],
    ['NUL bytes', '\u0000\u0000\u0000\u0000'],
    ['a file whose contacts are not a list', JSON.stringify({ schemaVersion: 1, contacts: { id: 'x' } })],
    ['a file without a version', JSON.stringify({ contacts: [] })],
  ];

  for (const [what, text] of damaged) {
    it(`moves ${what} aside, never overwriting it, and starts empty`, async () => {
      await writeFile(path, text);
      const store = await folder.open();
      expect(store.notice).toEqual({
        kind: 'damaged',
        movedTo: join(dir, 'journal.damaged-2026-11-23T10-00-00-000Z.json'),
        restoredFrom: null,
      });
      expect(store.data.contacts).toEqual([]);
      expect(await readFile(join(dir, 'journal.damaged-2026-11-23T10-00-00-000Z.json'), 'utf8')).toBe(text);
      expect(store.readOnly).toBe(false);
    });
  }

  it("leaves another journal's backups alone: never pruned, never restored as this one's", async () => {
    await mkdir(join(dir, 'backups'));
    const other = { ...goodJournal, contacts: [contact('w1', 'Werk Persoon')] };
    for (let day = 1; day <= 7; day++) {
      await writeFile(join(dir, 'backups', `journal-werk-2026-11-0${day}.json`), JSON.stringify(other));
    }
    await writeFile(join(dir, 'backups', 'journal-2026-11-09.json'), JSON.stringify(goodJournal));
    await writeFile(path, '{"schemaVersion": 2, "contac');
    const store = await folder.open();
    expect(store.notice).toMatchObject({ restoredFrom: join(dir, 'backups', 'journal-2026-11-09.json') });
    expect(store.data.contacts.map((c) => c.name)).toEqual(['Anna Bakker']);
    await store.close();
    expect((await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('journal-werk-'))).toHaveLength(
      7,
    );
  });

  it('restores the newest good backup after moving a damaged file aside', async () => {
    await mkdir(join(dir, 'backups'));
    await writeFile(join(dir, 'backups', 'journal-2026-11-20.json'), JSON.stringify(goodJournal));
    await writeFile(join(dir, 'backups', 'journal-2026-11-22.json'), '{"schemaVersion": 1, "contac');
    await writeFile(path, '{"schemaVersion":');
    const store = await folder.open();
    expect(store.notice).toMatchObject({
      kind: 'damaged',
      restoredFrom: join(dir, 'backups', 'journal-2026-11-20.json'),
    });
    expect(store.data.contacts.map((c) => c.name)).toEqual(['Anna Bakker']);
    // The restored journal is on disk again, so the next start finds it.
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts).toHaveLength(1);
  });

  it('refuses a file from a newer version, leaves it untouched and opens read-only', async () => {
    const future = JSON.stringify({ schemaVersion: JOURNAL_SCHEMA_VERSION + 1, contacts: [], goals: [] });
    await writeFile(path, future);
    const store = await folder.open();
    expect(store.notice).toEqual({ kind: 'newer-version', fileVersion: JOURNAL_SCHEMA_VERSION + 1 });
    expect(store.readOnly).toBe(true);
    expect(() => store.update((j) => j)).toThrow('journal_read_only');
    await store.close();
    expect(await readFile(path, 'utf8')).toBe(future);
    expect(await files()).toEqual(['journal.json']);
  });

  it('clears a reference to a contact that is not there, and says so, instead of rejecting the file', async () => {
    const broken = { ...goodJournal, contacts: [{ ...contact('b2', 'Bram'), introducedById: 'gone' }] };
    await writeFile(path, JSON.stringify(broken));
    const store = await folder.open();
    expect(store.notice).toMatchObject({
      kind: 'repaired',
      setAside: 0,
      changes: [{ change: 'reference-cleared', label: 'Bram', field: 'introducedById', missing: 'gone' }],
    });
    expect(store.data.contacts[0]?.introducedById).toBeNull();
  });
});

describe('saving', () => {
  it('coalesces a burst of 1,000 edits into a few writes, and the file equals the final state', async () => {
    const store = await folder.open();
    let writes = 0;
    const write = store['db'].write.bind(store['db']);
    store['db'].write = async () => {
      writes++;
      await write();
    };
    for (let i = 0; i < 1_000; i++) {
      store.update((j) => ({ ...j, contacts: [...j.contacts, contact(`c${i}`, `Contact ${i}`)] }));
      if (i % 100 === 0) await new Promise((r) => setImmediate(r));
    }
    await store.flush();
    const onDisk = decodeJournal(await readFile(path, 'utf8')).journal;
    expect(onDisk).toEqual(store.data);
    expect(onDisk.contacts).toHaveLength(1_000);
    expect(writes).toBeLessThan(10);
  });

  it('lands the last edit even when it comes in during a save', async () => {
    const store = await folder.open();
    store.update((j) => ({ ...j, contacts: [contact('a', 'Eerste')] }));
    const first = store.flush();
    store.update((j) => ({ ...j, contacts: [contact('a', 'Laatste')] }));
    await first;
    await store.close();
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts[0]?.name).toBe('Laatste');
  });

  it('leaves no temp files behind and reopens to the same journal', async () => {
    const store = await folder.open();
    store.update((j) => ({ ...j, contacts: [contact('z', 'Zoë de Wit')] }));
    await store.close();
    expect(await files()).toEqual(['journal.json']);
    const again = await folder.open();
    expect(again.data).toEqual(store.data);
  });

  it('keeps the edit in memory and retries when a save fails', async () => {
    const store = await folder.open();
    await rm(dir, { recursive: true });
    store.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    await expect(store.flush()).rejects.toThrow();
    await mkdir(dir);
    await store.flush();
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts).toHaveLength(1);
  });
});

describe('moving', () => {
  it('writes the journal to the new place, saves there from then on, and leaves the old file as a copy', async () => {
    const store = await folder.open();
    store.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    const target = join(dir, 'elders', 'mijn-netwerk.json');
    await store.moveTo(target);
    expect(store.path).toBe(target);
    store.update((j) => ({ ...j, contacts: [...j.contacts, contact('b', 'Bram')] }));
    await store.close();
    expect(decodeJournal(await readFile(target, 'utf8')).journal.contacts.map((c) => c.name)).toEqual([
      'Anna',
      'Bram',
    ]);
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts.map((c) => c.name)).toEqual(['Anna']);
  });

  it('refuses to overwrite an existing file and keeps saving where it was', async () => {
    const store = await folder.open();
    const target = join(dir, 'other.json');
    await writeFile(target, 'someone else’s file');
    await expect(store.moveTo(target)).rejects.toThrow('file_exists');
    expect(await readFile(target, 'utf8')).toBe('someone else’s file');
    store.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    await store.close();
    expect(store.path).toBe(path);
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts).toHaveLength(1);
  });
});

describe('migrations', () => {
  it('runs steps one version at a time up to the target', () => {
    const steps = {
      1: (doc: Record<string, unknown>) => ({ ...doc, people: doc['contacts'] }),
      2: (doc: Record<string, unknown>) => ({ ...doc, seen: [doc['schemaVersion']] }),
    };
    const { doc, migrated } = migrate({ schemaVersion: 1, contacts: [] }, steps, 3);
    expect(migrated).toBe(true);
    expect(doc).toEqual({ schemaVersion: 3, contacts: [], people: [], seen: [2] });
  });

  it('refuses to skip a missing step', () => {
    expect(() => migrate({ schemaVersion: 1 }, {}, 2)).toThrow('No migration from schemaVersion 1');
  });

  it('leaves a current document as it is', () => {
    expect(migrate({ schemaVersion: JOURNAL_SCHEMA_VERSION, contacts: [] }).migrated).toBe(false);
  });
});
