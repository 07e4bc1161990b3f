/**
 * One writer, outside changes merged: two stores on one real file, a sync tool replacing the file while
 * it is open, the same record changed on both sides. Every check reads the bytes on disk.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactFields, JOURNAL_SCHEMA_VERSION, type Contact, type Journal } from '../../contract/domain';
import { ManualClock } from '../testing/manual-clock';
import { FaultyFs } from '../testing/faulty-fs';
import { decodeJournal } from './journal-file';
import { JournalLock } from './journal-lock';
import type { MergeReport } from './journal-merge';
import { emptyJournal, JournalStore, type JournalStoreOptions } from './journal-store';
import { POLL_MS } from './journal-watch';
import { migrate } from './migrations';
import { serializeJournal } from './serialize';

let dir: string;
let path: string;
const open: JournalStore[] = [];
const clock = new ManualClock('2026-12-01T10:00:00Z');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-sync-'));
  path = join(dir, 'journal.json');
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function openStore(options: Partial<JournalStoreOptions> = {}): Promise<JournalStore> {
  const store = await JournalStore.open({
    path,
    clock,
    appVersion: '1.2.3',
    ...options,
  });
  open.push(store);
  return store;
}

/**
 * A store whose saves fail for now (a full disk), so an edit here stays unsaved while the file changes
 * from outside: every acknowledged edit is written at once, so only a failing save leaves one in memory.
 */
async function openHeldBack(): Promise<{ store: JournalStore; fs: FaultyFs }> {
  const fs = new FaultyFs();
  const store = await openStore({ fs, retryDelaysMs: [3_600_000] });
  fs.fault = { step: 'open', code: 'ENOSPC' };
  return { store, fs };
}

function contact(id: string, name: string, updatedAt = '2026-11-01T10:00:00.000Z'): Contact {
  return {
    id,
    ...ContactFields.parse({ name }),
    archived: false,
    importedAt: null,
    createdAt: updatedAt,
    updatedAt,
  };
}

/** Writes the file as a sync tool or another app does: a whole new file renamed over the old one. */
async function writeFromOutside(journal: Journal): Promise<void> {
  const temp = join(dir, 'incoming.tmp');
  await writeFile(temp, serializeJournal(journal));
  await rename(temp, path);
}

async function onDisk(): Promise<Journal> {
  return decodeJournal(await readFile(path, 'utf8')).journal;
}

const names = (j: Journal) => j.contacts.map((c) => c.name).sort();

describe('one writer per computer', () => {
  it('a second store on the same file opens read-only and says who has it; it takes over once the first closes', async () => {
    const first = await openStore();
    first.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    await first.flush();

    const second = await openStore();
    expect(second.readOnly).toBe(true);
    expect(second.lockedBy).toMatchObject({ pid: process.pid, host: hostname(), appVersion: '1.2.3' });
    expect(() => second.update((j) => j)).toThrow(expect.objectContaining({ code: 'journal_read_only' }));
    expect(names(second.data)).toEqual(['Anna']);

    // The writer goes on; the reader sees it when it looks.
    first.update((j) => ({ ...j, contacts: [...j.contacts, contact('b', 'Bram')] }));
    await first.flush();
    await second.lookOutside();
    expect(names(second.data)).toEqual(['Anna', 'Bram']);
    expect(second.readOnly).toBe(true);

    await first.close();
    await second.lookOutside();
    expect(second.readOnly).toBe(false);
    second.update((j) => ({ ...j, contacts: [...j.contacts, contact('c', 'Cas')] }));
    await second.flush();
    expect(names(await onDisk())).toEqual(['Anna', 'Bram', 'Cas']);
  });

  it('takes over a lock left by a process that is gone, and writes its own in its place', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    const deadPid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid!)));
    const lockPath = await JournalLock.pathFor(path);
    const bootedAt = new Date(Date.now() - (await import('node:os')).uptime() * 1000).toISOString();
    await writeFile(
      lockPath,
      JSON.stringify({
        pid: deadPid,
        host: hostname(),
        user: 'x',
        appVersion: '0.9',
        since: '',
        bootedAt,
        instance: 'old',
      }),
    );
    const store = await openStore();
    expect(store.readOnly).toBe(false);
    const lock = JSON.parse(await readFile(lockPath, 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, appVersion: '1.2.3' });
    await store.close();
    expect((await readdir(dir)).filter((n) => n.startsWith('.~lock.'))).toEqual([]);
  });

  it('a lock from before the computer restarted is stale even when its pid is running now', async () => {
    const lockPath = await JournalLock.pathFor(path);
    await writeFile(
      lockPath,
      JSON.stringify({
        pid: process.ppid,
        host: hostname(),
        user: 'x',
        appVersion: '0.9',
        since: '',
        bootedAt: '2020-01-01T00:00:00.000Z',
        instance: 'old',
      }),
    );
    expect((await openStore()).readOnly).toBe(false);
  });

  it('a lock another computer left (brought by a sync tool) is no reason to refuse, and is left alone', async () => {
    const theirs = join(dir, '.~lock.journal.json.OTHER-LAPTOP#');
    const text = JSON.stringify({
      pid: process.pid,
      host: 'OTHER-LAPTOP',
      user: 'jan',
      appVersion: '1.0',
      since: '',
      bootedAt: new Date().toISOString(),
      instance: 'x',
    });
    await writeFile(theirs, text);
    // Even one under this computer's lock name (two computers with one name) does not block.
    await writeFile(await JournalLock.pathFor(path), text);
    const store = await openStore();
    expect(store.readOnly).toBe(false);
    store.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    await store.flush();
    expect(names(await onDisk())).toEqual(['Anna']);
    expect(await readFile(theirs, 'utf8')).toBe(text);
  });

  it('moving the journal takes its lock along: the new place is locked, the old one free', async () => {
    const store = await openStore();
    store.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    const target = join(dir, 'sync', 'journal.json');
    await store.moveTo(target);
    expect(JSON.parse(await readFile(await JournalLock.pathFor(target), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
    expect((await readdir(dir)).filter((n) => n.startsWith('.~lock.'))).toEqual([]);
    await store.close();
    expect((await readdir(join(dir, 'sync'))).filter((n) => n.startsWith('.~lock.'))).toEqual([]);
  });

  it('of many taking over one stale lock at once, exactly one wins', async () => {
    const lockPath = await JournalLock.pathFor(path);
    await writeFile(
      lockPath,
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        user: 'x',
        appVersion: '0.9',
        since: '',
        bootedAt: new Date().toISOString(),
        instance: 'gone',
      }),
    );
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () => JournalLock.acquire(path, '1', clock.now())),
    );
    const held = attempts.filter((a) => a.kind === 'held');
    expect(held).toHaveLength(1);
    expect(attempts.filter((a) => a.kind === 'busy')).toHaveLength(11);
    const winner = held[0]!.kind === 'held' ? held[0]!.lock.owner.instance : '';
    expect(JSON.parse(await readFile(lockPath, 'utf8')).instance).toBe(winner);
    for (const a of attempts) if (a.kind === 'held') await a.lock.release();
  });
});

describe('two processes on one journal', () => {
  /** Starts the holder fixture on the journal and waits until it has saved. */
  async function otherProcess() {
    const fixture = fileURLToPath(new URL('../testing/journal-holder.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, path], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const said = await new Promise<{ pid: number; readOnly: boolean }>((resolve, reject) => {
      child.stdout.once('data', (line) => resolve(JSON.parse(String(line))));
      child.once('exit', (code) => reject(new Error(`the other process ended (${code})`)));
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return { child, said, exited };
  }

  it('another process holds it: this one reads only; when that one is killed, its stale lock is taken over', async () => {
    const { child, said, exited } = await otherProcess();
    expect(said.readOnly).toBe(false);
    const store = await openStore();
    expect(store.readOnly).toBe(true);
    expect(store.lockedBy).toMatchObject({ pid: said.pid, appVersion: 'child' });
    expect(names(store.data)).toEqual(['Uit het andere proces']);

    child.kill('SIGKILL');
    await exited;
    await store.lookOutside();
    expect(store.readOnly).toBe(false);
    store.update((j) => ({ ...j, contacts: [...j.contacts, contact('h', 'Hier')] }));
    await store.flush();
    expect(names(await onDisk())).toEqual(['Hier', 'Uit het andere proces']);
    expect(JSON.parse(await readFile(await JournalLock.pathFor(path), 'utf8')).pid).toBe(process.pid);
  });

  it('a process that closes the journal gives up its lock, and the reader becomes the writer', async () => {
    const { child, exited } = await otherProcess();
    const store = await openStore();
    expect(store.readOnly).toBe(true);
    child.stdin.write('close\n');
    await exited;
    await store.lookOutside();
    expect(store.readOnly).toBe(false);
  });
});

describe('changes from outside', () => {
  it('an outside change while open, nothing edited here: reloaded, not written back', async () => {
    await writeFromOutside({ ...emptyJournal(), contacts: [contact('a', 'Anna')] });
    const store = await openStore();
    await writeFromOutside({ ...emptyJournal(), contacts: [contact('a', 'Anna'), contact('b', 'Bram')] });
    const bytes = await readFile(path, 'utf8');
    expect(await store.lookOutside()).toMatchObject({ added: 1, changed: 0, deleted: 0, conflicts: 0 });
    expect(names(store.data)).toEqual(['Anna', 'Bram']);
    await store.close();
    expect(await readFile(path, 'utf8')).toBe(bytes);
  });

  it('an outside change with an unsaved edit here: both kept, on disk', async () => {
    await writeFromOutside({ ...emptyJournal(), contacts: [contact('a', 'Anna')] });
    const { store, fs } = await openHeldBack();
    store.update((j) => ({ ...j, contacts: [...j.contacts, contact('h', 'Here')] }));
    expect(await store.durable()).toBe(false);
    await writeFromOutside({ ...emptyJournal(), contacts: [contact('a', 'Anna'), contact('t', 'There')] });
    await store.lookOutside();
    expect(names(store.data)).toEqual(['Anna', 'Here', 'There']);
    fs.fault = null;
    await store.flush();
    expect(names(await onDisk())).toEqual(['Anna', 'Here', 'There']);
  });

  it('a journal replaced while open (a restore from elsewhere) is never overwritten at the next save: 2 of 2 kept', async () => {
    const store = await openStore();
    store.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    await store.flush();
    // Replaced behind the app's back, and nobody looked (no watch): the save itself must notice.
    await writeFromOutside({
      ...emptyJournal(),
      contacts: [contact('a', 'Anna'), contact('x', 'Xander'), contact('y', 'Yara')],
    });
    store.update((j) => ({ ...j, contacts: [...j.contacts, contact('z', 'Zoë')] }));
    await store.flush();
    const disk = await onDisk();
    expect(names(disk)).toEqual(['Anna', 'Xander', 'Yara', 'Zoë']);
    expect(disk.contacts.filter((c) => c.id === 'x' || c.id === 'y')).toHaveLength(2);
  });

  it('an outside version with a bad record: the file as it came is kept beside it, its set-aside record joins ours', async () => {
    const store = await openStore();
    store.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    await store.flush();
    const outside = JSON.stringify({
      ...emptyJournal(),
      contacts: [contact('a', 'Anna'), { ...contact('j', 'Jan'), email: 'jan@@example' }],
    });
    const temp = join(dir, 'incoming.tmp');
    await writeFile(temp, outside);
    await rename(temp, path);
    store.update((j) => ({ ...j, contacts: [...j.contacts, contact('z', 'Zoë')] }));
    await store.flush();
    const kept = (await readdir(dir)).filter((f) => f.startsWith('journal.before-repair-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, kept[0]!), 'utf8')).toBe(outside);
    const disk = await onDisk();
    expect(names(disk)).toEqual(['Anna', 'Zoë']);
    expect(disk.setAside.map((r) => r.collection)).toEqual(['contacts']);
    expect(JSON.parse(disk.setAside[0]!.raw)).toMatchObject({ name: 'Jan', email: 'jan@@example' });
  });

  it('the same contact changed on both sides: the newest shown, the other kept as a conflict, both on disk', async () => {
    await writeFromOutside({ ...emptyJournal(), contacts: [contact('a', 'Anna')] });
    const { store, fs } = await openHeldBack();
    store.update((j) => ({ ...j, contacts: [{ ...contact('a', 'Anna Hier', '2026-12-01T09:00:00.000Z') }] }));
    expect(await store.durable()).toBe(false);
    await writeFromOutside({
      ...emptyJournal(),
      contacts: [contact('a', 'Anna Daar', '2026-12-01T09:30:00.000Z')],
    });
    expect(await store.lookOutside()).toMatchObject({ conflicts: 1 });
    fs.fault = null;
    await store.flush();
    const disk = await onDisk();
    expect(disk.contacts.map((c) => c.name)).toEqual(['Anna Daar']);
    expect(disk.conflicts).toEqual([
      expect.objectContaining({
        collection: 'contacts',
        recordId: 'a',
        other: expect.objectContaining({ name: 'Anna Hier' }),
      }),
    ]);
  });

  it('deleted here, edited there: the edit is kept, the deletion offered as the other choice', async () => {
    await writeFromOutside({ ...emptyJournal(), contacts: [contact('a', 'Anna'), contact('b', 'Bram')] });
    const { store, fs } = await openHeldBack();
    store.update((j) => ({ ...j, contacts: j.contacts.filter((c) => c.id !== 'a') }));
    expect(await store.durable()).toBe(false);
    await writeFromOutside({
      ...emptyJournal(),
      contacts: [contact('a', 'Anna (nieuw nummer)', '2026-12-01T09:00:00.000Z'), contact('b', 'Bram')],
    });
    fs.fault = null;
    await store.flush();
    const disk = await onDisk();
    expect(names(disk)).toEqual(['Anna (nieuw nummer)', 'Bram']);
    expect(disk.conflicts).toEqual([expect.objectContaining({ recordId: 'a', other: null })]);
  });

  it('deleted here, unchanged there: gone, and a tombstone keeps an old copy from bringing it back', async () => {
    const both = { ...emptyJournal(), contacts: [contact('a', 'Anna'), contact('b', 'Bram')] };
    await writeFromOutside(both);
    const store = await openStore();
    store.update((j) => ({ ...j, contacts: j.contacts.filter((c) => c.id !== 'a') }));
    await store.flush();
    const disk = await onDisk();
    expect(names(disk)).toEqual(['Bram']);
    expect(disk.deleted).toEqual([{ collection: 'contacts', id: 'a', deletedAt: clock.now().toISOString() }]);
    // A sync tool's conflict copy from before the deletion still has Anna: merging it does not revive her.
    expect(store.mergeIn(both)).toMatchObject({ added: 0 });
    await store.flush();
    expect(names(await onDisk())).toEqual(['Bram']);
  });

  it('a file that cannot be read at save time is kept aside, never overwritten', async () => {
    const store = await openStore();
    store.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    await store.flush();
    await writeFile(path, '{"schemaVersion": 4, "contacts": [');
    store.update((j) => ({ ...j, contacts: [...j.contacts, contact('b', 'Bram')] }));
    await store.flush();
    expect(names(await onDisk())).toEqual(['Anna', 'Bram']);
    const aside = (await readdir(dir)).filter((n) => n.startsWith('journal.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe('{"schemaVersion": 4, "contacts": [');
  });

  it('the watch looks by itself: after the poll interval the outside change is in and reported', async () => {
    const reports: (MergeReport | null)[] = [];
    const store = await openStoreWith(reports);
    await writeFromOutside({ ...emptyJournal(), contacts: [contact('b', 'Bram')] });
    clock.advance(POLL_MS);
    await expect.poll(() => names(store.data)).toEqual(['Bram']);
    expect(reports).toContainEqual(expect.objectContaining({ added: 1 }));
  });
});

describe('version 4', () => {
  it('a version-3 journal gains empty tombstone and conflict lists', () => {
    const { doc } = migrate({
      schemaVersion: 3,
      contacts: [],
      conversations: [],
      touches: [],
      ownQuestions: [],
      reminders: [],
    });
    expect(doc).toMatchObject({ schemaVersion: JOURNAL_SCHEMA_VERSION, deleted: [], conflicts: [] });
  });
});

async function openStoreWith(reports: (MergeReport | null)[]): Promise<JournalStore> {
  return openStore({ watchTimers: clock, onOutsideChange: (r) => reports.push(r) });
}
