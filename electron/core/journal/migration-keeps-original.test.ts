/**
 * A migrated journal is written over the file it came from only once that file, byte for byte, is kept
 * in backups/: today's backup when it holds exactly those bytes, else a copy of its own; and when it
 * cannot be kept (the backups folder cannot be written), nothing is written: the save fails, is shown
 * and retried, and the old file stays as it was until the copy is there.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_SCHEMA_VERSION } from '../../contract/domain';
import type { Clock } from '../clock';
import { fsError } from '../testing/faulty-fs';
import { useTempJournal } from '../testing/temp-journal';
import { realFs, type FsOps } from './fs-ops';

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
const folder = useTempJournal(clock);
const fixture = () => readFile(join(import.meta.dirname, 'fixtures', 'journal-v6.json'));
const backups = () => join(folder.dir, 'backups');
const daily = () => join(backups(), 'journal-2026-11-23.json');
const version = async () =>
  (JSON.parse(await readFile(folder.path, 'utf8')) as { schemaVersion: number }).schemaVersion;

/** The real file system, except that nothing can be written in backups/ while `blocked` (a full disk there, say). */
function blockingBackups() {
  const state = { blocked: true, refused: 0 };
  const fs: FsOps = {
    ...realFs,
    open: (async (path: string, flags?: string, mode?: number) => {
      if (state.blocked && String(path).startsWith(backups()) && String(path).endsWith('.tmp')) {
        state.refused++;
        throw fsError('EACCES', 'open', String(path));
      }
      return realFs.open(path, flags, mode);
    }) as FsOps['open'],
  };
  return { fs, state };
}

describe('a migrated journal is written only once the file as it was is kept', () => {
  it('today’s backup made at open holds the old file exactly; then the journal is written migrated', async () => {
    const original = await fixture();
    await writeFile(folder.path, original);
    const store = await folder.open();
    expect(store.saveState).toEqual({ state: 'saved' });
    expect((await readFile(daily())).equals(original)).toBe(true);
    expect(await version()).toBe(JOURNAL_SCHEMA_VERSION);
    expect(await readdir(backups())).toEqual(['journal-2026-11-23.json']);
  });

  it('today’s backup already made earlier (by the older app) holds other bytes: a copy of the old file is kept beside it', async () => {
    const original = await fixture();
    await writeFile(folder.path, original);
    await mkdir(backups());
    const earlier = Buffer.from(original.toString('utf8').trimEnd());
    await writeFile(daily(), earlier);
    await folder.open();
    // The earlier backup of today is left as it was.
    expect((await readFile(daily())).equals(earlier)).toBe(true);
    const copies = (await readdir(backups())).filter((n) => n.startsWith('journal.before-migration-v6-'));
    expect(copies).toHaveLength(1);
    expect((await readFile(join(backups(), copies[0]!))).equals(original)).toBe(true);
    expect(await version()).toBe(JOURNAL_SCHEMA_VERSION);
  });

  it('when the old file cannot be kept, it is not written over: the save fails, edits wait, and land once it is kept', async () => {
    const original = await fixture();
    await writeFile(folder.path, original);
    const { fs, state } = blockingBackups();
    const store = await folder.open({ fs, retryDelaysMs: [3_600_000] });
    // Opened with the journal migrated in memory, saving failing and said so.
    expect(store.data.schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
    expect(store.saveState).toMatchObject({ state: 'failing' });
    expect(store.backupProblem).not.toBeNull();
    expect(state.refused).toBeGreaterThan(0);
    expect((await readFile(folder.path)).equals(original)).toBe(true);

    // An edit is not acknowledged, and the old file is still there, as it was.
    store.update((j) => ({ ...j, ownQuestions: [] }));
    expect(await store.durable()).toBe(false);
    expect((await readFile(folder.path)).equals(original)).toBe(true);

    // Once backups/ can be written, the next attempt keeps the old file, then writes the journal.
    state.blocked = false;
    expect(await store.retryNow()).toBe(true);
    const kept = (await readdir(backups())).filter((n) => n.endsWith('.json'));
    const holdingOriginal = [];
    for (const name of kept)
      if ((await readFile(join(backups(), name))).equals(original)) holdingOriginal.push(name);
    expect(holdingOriginal.length).toBeGreaterThanOrEqual(1);
    expect(await version()).toBe(JOURNAL_SCHEMA_VERSION);
    expect(store.saveState).toEqual({ state: 'saved' });
  });
});
