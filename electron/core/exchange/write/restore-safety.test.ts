/**
 * Restoring a file chosen by hand, where a careless choice or a quick second restore must not cost the
 * person their journal: on real files in a temp folder, through core's channels.
 */
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../contract/domain';
import { RESTORE_MAX_BYTES, type RestoreResult } from '../../../contract/exchange';
import { call, startSession, type Session } from './testing/session';

let s: Session;
beforeEach(async () => {
  s = await startSession('2026-11-23T10:00:00+01:00');
});
afterEach(() => s.close());

const names = async () =>
  (await call<{ contacts: Contact[] }>(s.app, 'contacts:list', {})).contacts.map((c) => c.name);

describe('journal:restoreFile, a file too big to be a journal', () => {
  it('is refused by its size, in words, before it is read, and the journal stays as it was', async () => {
    await call(s.app, 'contacts:create', { name: 'Anna Bakker' });
    await s.app.store.flush();
    const before = await readFile(s.journalPath);
    // A sparse file: 1 byte past the limit on paper, nothing on disk, so the test stays quick; read whole
    // it would be a quarter gigabyte of zeros in memory.
    s.answers.file = join(s.dir, 'vakantiefilm.json');
    const big = await open(s.answers.file, 'w');
    await big.truncate(RESTORE_MAX_BYTES + 1);
    await big.close();
    expect(await s.app.dispatch('journal:restoreFile', undefined)).toMatchObject({
      ok: false,
      error: { code: 'restore_too_large', message: expect.stringContaining('groter dan 250 MB') },
    });
    expect(RESTORE_MAX_BYTES).toBe(250 * 1024 * 1024);
    expect(await readFile(s.journalPath)).toEqual(before);
    expect((await readdir(s.dir)).some((n) => n.includes('before-restore'))).toBe(false);
    expect(await names()).toEqual(['Anna Bakker']);
  });
});

describe('the journal kept aside before a restore', () => {
  it('is a copy of its own for each restore, also two within the same millisecond', async () => {
    s.answers.exportTo = join(s.dir, 'export.json');
    await call(s.app, 'exchange:export', { format: 'json' });
    s.answers.file = s.answers.exportTo;
    await call(s.app, 'contacts:create', { name: 'Eerst Toegevoegd' });
    const first = await call<RestoreResult>(s.app, 'journal:restoreFile');
    // The clock has not moved: the second restore has the same time in its name.
    await call(s.app, 'contacts:create', { name: 'Daarna Toegevoegd' });
    const second = await call<RestoreResult>(s.app, 'journal:restoreFile');
    expect(first.keptAside).toBe(join(s.dir, 'journal.before-restore-2026-11-23T09-00-00-000Z.json'));
    expect(second.keptAside).toBe(join(s.dir, 'journal.before-restore-2026-11-23T09-00-00-000Z-2.json'));
    // Each copy holds the journal as it was before its own restore: nothing of either is lost.
    const namesIn = async (file: string) =>
      (JSON.parse(await readFile(file, 'utf8')) as { contacts: Contact[] }).contacts.map((c) => c.name);
    expect(await namesIn(first.keptAside!)).toEqual(['Eerst Toegevoegd']);
    expect(await namesIn(second.keptAside!)).toEqual(['Daarna Toegevoegd']);
    // A third finds the next free name, also when one in the middle is a file of the person's own.
    await writeFile(join(s.dir, 'journal.before-restore-2026-11-23T09-00-00-000Z-3.json'), 'van mij');
    const third = await call<RestoreResult>(s.app, 'journal:restoreFile');
    expect(third.keptAside).toBe(join(s.dir, 'journal.before-restore-2026-11-23T09-00-00-000Z-4.json'));
    expect(
      await readFile(join(s.dir, 'journal.before-restore-2026-11-23T09-00-00-000Z-3.json'), 'utf8'),
    ).toBe('van mij');
  });
});
