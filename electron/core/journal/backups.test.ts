import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactFields, type Contact, type Journal } from '../../contract/domain';
import { osProblemMessages } from '../../contract/messages';
import type { Clock } from '../clock';
import { FaultyFs } from '../testing/faulty-fs';
import { decodeJournal } from './journal-file';
import { emptyJournal, JournalStore, type BackupProblem } from './journal-store';

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-backups-'));
  path = join(dir, 'journal.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function contact(id: string, name: string): Contact {
  const at = '2026-11-01T10:00:00.000Z';
  return {
    id,
    ...ContactFields.parse({ name }),
    archived: false,
    importedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}
const journal: Journal = { ...emptyJournal(), contacts: [contact('a1', 'Anna Bakker')] };
const today = () => join(dir, 'backups', 'journal-2026-11-23.json');

describe('the daily backup', () => {
  it('is a byte-for-byte copy of the journal as it was opened, written through a temp file', async () => {
    const text = JSON.stringify(journal, null, 1);
    await writeFile(path, text);
    const store = await JournalStore.open({ path, clock });
    await store.close();
    expect(await readFile(today(), 'utf8')).toBe(text);
    expect(await readdir(join(dir, 'backups'))).toEqual(['journal-2026-11-23.json']);
  });

  it('is made again when today’s backup there is cut short (a crash in an older version), and counts only when it reads back', async () => {
    await writeFile(path, JSON.stringify(journal));
    await mkdir(join(dir, 'backups'));
    await writeFile(today(), JSON.stringify(journal).slice(0, 30));
    const store = await JournalStore.open({ path, clock });
    await store.close();
    expect(decodeJournal(await readFile(today(), 'utf8')).journal.contacts).toHaveLength(1);
  });

  it('keeps a good backup of today as it is (the first of the day), even when the journal changed since', async () => {
    const morning = { ...journal, contacts: [contact('m1', 'Ochtend')] };
    await mkdir(join(dir, 'backups'));
    await writeFile(today(), JSON.stringify(morning));
    await writeFile(path, JSON.stringify(journal));
    await (await JournalStore.open({ path, clock })).close();
    expect(decodeJournal(await readFile(today(), 'utf8')).journal.contacts[0]?.name).toBe('Ochtend');
  });

  it('failing (a full disk) is told quietly, apart from saving, in the person’s words; the journal opens and saves', async () => {
    await writeFile(path, JSON.stringify(journal));
    const fs = new FaultyFs();
    fs.fault = { step: 'write', code: 'ENOSPC' };
    const told: (BackupProblem | null)[] = [];
    const store = await JournalStore.open({ path, clock, fs, onBackupProblem: (p) => told.push(p) });
    await store.backedUp();
    expect(told).toHaveLength(1);
    expect(store.backupProblem).toMatchObject({ problem: 'disk-full', since: clock.now() });
    expect(osProblemMessages.nl[store.backupProblem!.problem]).toMatch(/schijf is vol/);
    expect(store.saveState).toEqual({ state: 'saved' });
    expect(await readdir(join(dir, 'backups'))).toEqual([]);
    fs.fault = null;
    store.update((j) => ({ ...j, contacts: [...j.contacts, contact('b2', 'Bram')] }));
    expect(await store.durable()).toBe(true);
    await store.close();
  });

  it('is named by the local day on the clock, not the UTC day: 00:30 in Amsterdam is already the new day', async () => {
    await writeFile(path, JSON.stringify(journal));
    // 23:30 UTC on the 22nd is 00:30 on the 23rd in Amsterdam (winter time, UTC+1).
    const amsterdam: Clock = { now: () => new Date('2026-11-22T23:30:00Z'), zone: () => 'Europe/Amsterdam' };
    await (await JournalStore.open({ path, clock: amsterdam })).close();
    expect(await readdir(join(dir, 'backups'))).toEqual(['journal-2026-11-23.json']);
    // The same instant in New York (UTC-5) is still the evening of the 22nd: a backup of that day.
    const newYork: Clock = { now: () => new Date('2026-11-23T03:30:00Z'), zone: () => 'America/New_York' };
    await rm(join(dir, 'backups'), { recursive: true });
    await (await JournalStore.open({ path, clock: newYork })).close();
    expect(await readdir(join(dir, 'backups'))).toEqual(['journal-2026-11-22.json']);
  });

  it('of the new local day is made at 00:30 by an app open since the evening before', async () => {
    await writeFile(path, JSON.stringify(journal));
    let now = new Date('2026-11-22T20:00:00Z');
    const clock: Clock = { now: () => now, zone: () => 'Europe/Amsterdam' };
    const store = await JournalStore.open({ path, clock });
    await store.backedUp();
    now = new Date('2026-11-22T23:30:00Z');
    await store.backUpToday();
    expect((await readdir(join(dir, 'backups'))).sort()).toEqual([
      'journal-2026-11-22.json',
      'journal-2026-11-23.json',
    ]);
    await store.close();
  });

  it('counts as made when only stamping its time fails (a network drive that refuses it): nothing is told', async () => {
    await writeFile(path, JSON.stringify(journal));
    const fs = new FaultyFs();
    fs.fault = { step: 'utimes', code: 'EACCES' };
    const told: (BackupProblem | null)[] = [];
    const store = await JournalStore.open({ path, clock, fs, onBackupProblem: (p) => told.push(p) });
    await store.backedUp();
    expect(fs.faultsThrown).toBe(1);
    expect(store.backupProblem).toBeNull();
    expect(told).toEqual([]);
    expect(await readFile(today(), 'utf8')).toBe(JSON.stringify(journal));
    await store.close();
  });
});

describe('the backup before an import', () => {
  it('does not wait for the one at open, still being written (it holds the file as read then), nor makes a second', async () => {
    await writeFile(path, JSON.stringify(journal));
    const fs = new FaultyFs();
    let release = () => {};
    fs.held = { until: new Promise((resolve) => (release = resolve)) };
    const store = await JournalStore.open({ path, clock, fs });
    let waited = true;
    await Promise.race([
      store.backUpToday().then(() => (waited = false)),
      new Promise((resolve) => setTimeout(resolve, 1_000)),
    ]);
    expect(waited).toBe(false);
    release();
    await store.close();
    expect(fs.attempts).toBe(1);
    expect(await readFile(today(), 'utf8')).toBe(JSON.stringify(journal));
  });

  it('is made of the journal as it is when there is none of today (open since yesterday)', async () => {
    await writeFile(path, JSON.stringify(journal));
    let now = new Date('2026-11-22T10:00:00Z');
    const store = await JournalStore.open({ path, clock: { now: () => now } });
    await store.backedUp();
    now = new Date('2026-11-23T10:00:00Z');
    store.update((j) => ({ ...j, contacts: [...j.contacts, contact('b2', 'Bram')] }));
    await store.durable();
    const onDisk = await readFile(path, 'utf8');
    await store.backUpToday();
    expect(await readFile(today(), 'utf8')).toBe(onDisk);
    expect((await readdir(join(dir, 'backups'))).sort()).toEqual([
      'journal-2026-11-22.json',
      'journal-2026-11-23.json',
    ]);
    await store.close();
  });
});

describe('the backup before an import, when things go wrong', () => {
  it('holds the edits still on their way to disk', async () => {
    await writeFile(path, JSON.stringify(journal));
    let now = new Date('2026-11-22T10:00:00Z');
    const fs = new FaultyFs();
    const store = await JournalStore.open({ path, clock: { now: () => now }, fs });
    await store.backedUp();
    now = new Date('2026-11-23T10:00:00Z');
    let release = () => {};
    // The journal's own save is held up on a slow disk; the backup's write goes through.
    const until = new Promise<void>((resolve) => (release = resolve));
    fs.held = { until, only: (temp) => dirname(temp) === dir };
    store.update((j) => ({ ...j, contacts: [...j.contacts, contact('b2', 'Bram')] }));
    await store.backUpToday();
    expect(decodeJournal(await readFile(today(), 'utf8')).journal.contacts.map((c) => c.name)).toEqual([
      'Anna Bakker',
      'Bram',
    ]);
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts).toHaveLength(1);
    release();
    expect(await store.durable()).toBe(true);
    await store.close();
  });

  it('a damaged backup of today that cannot be replaced keeps its warning: the import does not clear it', async () => {
    await writeFile(path, JSON.stringify(journal));
    await mkdir(join(dir, 'backups'));
    await writeFile(today(), '{"schemaVersion": 6, "contac');
    const fs = new FaultyFs();
    fs.fault = { step: 'open', code: 'EACCES' };
    const told: (BackupProblem | null)[] = [];
    const store = await JournalStore.open({ path, clock, fs, onBackupProblem: (p) => told.push(p) });
    await store.backedUp();
    expect(store.backupProblem).toMatchObject({ problem: 'no-permission' });
    await store.backUpToday();
    expect(store.backupProblem).not.toBeNull();
    expect(told.filter((p) => p === null)).toEqual([]);
    fs.fault = null;
    await store.close();
  });
});

describe('temp files left by an interrupted save', () => {
  it('are removed at open, the journal’s and its backups’, and nothing else', async () => {
    await writeFile(path, JSON.stringify(journal));
    await mkdir(join(dir, 'backups'));
    // What a crashed process (pid 999999 does not run) left behind.
    const ours = ['.journal.json.999999.1.tmp', '.journal.json.999999.27.tmp'];
    const oursInBackups = ['.journal-2026-11-20.json.999999.3.tmp'];
    // Look-alikes that belong to someone else, or to another journal in the same folder.
    const others = [
      '.journal-werk.json.999999.1.tmp',
      'journal.json.999999.1.tmp',
      '.journal.json.tmp',
      '.journal.json.999999.1.tmp.bak',
      '.journal.json.abc.1.tmp',
      'notes.tmp',
    ];
    for (const name of [...ours, ...others]) await writeFile(join(dir, name), 'partial');
    for (const name of oursInBackups) await writeFile(join(dir, 'backups', name), 'partial');
    await writeFile(join(dir, 'backups', '.journal-werk-2026-11-20.json.999999.3.tmp'), 'partial');
    // A save in progress in another running process (this test's parent) is left alone.
    const live = `.journal.json.${process.ppid}.5.tmp`;
    await writeFile(join(dir, live), 'partial');

    await (await JournalStore.open({ path, clock })).close();
    expect((await readdir(dir)).sort()).toEqual(['backups', 'journal.json', live, ...others].sort());
    expect((await readdir(join(dir, 'backups'))).sort()).toEqual(
      ['.journal-werk-2026-11-20.json.999999.3.tmp', 'journal-2026-11-23.json'].sort(),
    );
  });
});
