import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactFields, type Contact } from '../../contract/domain';
import type { Clock } from '../clock';
import { decodeJournal } from './journal-file';
import { JournalStore } from './journal-store';

/**
 * A real full disk: a 2 MB tmpfs. Mounting needs root (and a kernel that lets this container mount);
 * where that is not allowed the test is skipped and says why. The fault-injection tests (saving.test.ts)
 * cover the same path everywhere.
 */
const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
let mountPoint: string;
let unavailable: string | null = null;

beforeAll(async () => {
  mountPoint = await mkdtemp(join(tmpdir(), 'ndb-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (error) {
    unavailable = `cannot mount a tmpfs here (${String((error as Error).message).split('\n')[0]})`;
  }
});
afterAll(async () => {
  if (!unavailable) execFileSync('umount', [mountPoint]);
  await rm(mountPoint, { recursive: true, force: true });
});

describe('a real full disk (2 MB tmpfs)', () => {
  it('fails the save as disk-full, keeps the edits, leaves no temp file, and lands them once there is room', async (context) => {
    if (unavailable) {
      console.log(`Skipped the real full-disk test: ${unavailable}.`);
      context.skip();
    }
    const path = join(mountPoint, 'journal.json');
    const store = await JournalStore.open({ path, clock, retryDelaysMs: [3_600_000] });
    const contact = (i: number): Contact => ({
      id: `c${i}`,
      ...ContactFields.parse({ name: `Contact ${i}`, notes: 'x'.repeat(4_000) }),
      archived: false,
      importedAt: null,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    // Fill the disk with other data, then grow the journal until a save no longer fits.
    const filler = join(mountPoint, 'filler.bin');
    await writeFile(filler, Buffer.alloc(1_200_000));
    let saved = 0;
    for (let i = 0; i < 400; i++) {
      store.update((j) => ({ ...j, contacts: [...j.contacts, contact(i)] }));
      if (!(await store.durable())) break;
      saved = i + 1;
    }
    expect(store.saveState).toMatchObject({ state: 'failing', problem: 'disk-full' });
    expect(store.data.contacts).toHaveLength(saved + 1);
    expect((await readdir(mountPoint)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts).toHaveLength(saved);

    await rm(filler);
    expect(await store.retryNow()).toBe(true);
    expect(store.saveState).toEqual({ state: 'saved' });
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts).toHaveLength(saved + 1);
    await store.close();
  });

  it('a journal on a disk that is already full still opens, with its contacts, and says why it cannot save', async (context) => {
    if (unavailable) {
      console.log(`Skipped the real full-disk test: ${unavailable}.`);
      context.skip();
    }
    const folder = join(mountPoint, 'full');
    const path = join(folder, 'journal.json');
    const first = await JournalStore.open({ path, clock, retryDelaysMs: [3_600_000] });
    first.update((j) => ({
      ...j,
      contacts: [
        {
          id: 'a',
          ...ContactFields.parse({ name: 'Anna' }),
          archived: false,
          importedAt: null,
          createdAt: '2026-11-01T10:00:00.000Z',
          updatedAt: '2026-11-01T10:00:00.000Z',
        },
      ],
    }));
    expect(await first.durable()).toBe(true);
    await first.close();
    // Every last block taken (the lock file can be created, but not written).
    const filler = join(mountPoint, 'filler-all.bin');
    await writeFile(filler, Buffer.alloc(4_000_000)).catch(() => undefined);
    try {
      const store = await JournalStore.open({ path, clock, retryDelaysMs: [3_600_000] });
      expect(store.data.contacts.map((c) => c.name)).toEqual(['Anna']);
      store.update((j) => ({ ...j, contacts: [] }));
      expect(await store.durable()).toBe(false);
      expect(store.saveState).toMatchObject({ state: 'failing', problem: 'disk-full' });
      await rm(filler);
      expect(await store.retryNow()).toBe(true);
      await store.close();
    } finally {
      await rm(filler, { force: true });
    }
  });
});
