import {
  chmod,
  lstat,
  mkdtemp,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
  mkdir,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactFields, type Contact, type Journal } from '../../contract/domain';
import type { Clock } from '../clock';
import { fsError, FaultyFs } from '../testing/faulty-fs';
import { decodeJournal } from './journal-file';
import { emptyJournal, JournalStore } from './journal-store';

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-nature-'));
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
const addBram = (j: Journal): Journal => ({ ...j, contacts: [...j.contacts, contact('b2', 'Bram')] });

describe('the journal file keeps its nature', () => {
  it('a symlinked journal is written through to its target: the link stays a link', async () => {
    // As a person keeps the journal in a synced folder and links it into place.
    await mkdir(join(dir, 'Dropbox'));
    const target = join(dir, 'Dropbox', 'netwerk.json');
    const link = join(dir, 'journal.json');
    await writeFile(target, JSON.stringify(journal));
    await symlink(target, link);
    const store = await JournalStore.open({ path: link, clock });
    store.update(addBram);
    expect(await store.durable()).toBe(true);
    await store.close();
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(target);
    expect(decodeJournal(await readFile(target, 'utf8')).journal.contacts).toHaveLength(2);
  });

  for (const mode of [0o644, 0o640, 0o600]) {
    it(`a ${mode.toString(8).padStart(4, '0')} journal stays ${mode.toString(8).padStart(4, '0')} after a save`, async () => {
      const path = join(dir, 'journal.json');
      await writeFile(path, JSON.stringify(journal));
      await chmod(path, mode);
      const store = await JournalStore.open({ path, clock });
      store.update(addBram);
      expect(await store.durable()).toBe(true);
      await store.close();
      expect((await stat(path)).mode & 0o777).toBe(mode);
    });
  }

  it('a new journal is private (0600)', async () => {
    const path = join(dir, 'journal.json');
    const store = await JournalStore.open({ path, clock });
    store.update(addBram);
    expect(await store.durable()).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('a read-only journal (0444) opens read-only, says so, and is never written', async () => {
    const path = join(dir, 'journal.json');
    const text = JSON.stringify(journal);
    await writeFile(path, text);
    await chmod(path, 0o444);
    const store = await JournalStore.open({ path, clock });
    expect(store.readOnly).toBe(true);
    expect(store.notice).toEqual({ kind: 'read-only', reason: 'file' });
    expect(store.data.contacts.map((c) => c.name)).toEqual(['Anna Bakker']);
    expect(() => store.update(addBram)).toThrow('journal_read_only');
    await store.close();
    expect(await readFile(path, 'utf8')).toBe(text);
    expect((await stat(path)).mode & 0o777).toBe(0o444);
  });

  it('a journal in a folder that cannot be written opens read-only and says so', async () => {
    // Root may write anywhere, so the folder's refusal comes through the file-system port.
    const path = join(dir, 'journal.json');
    await writeFile(path, JSON.stringify(journal));
    const fs = new FaultyFs();
    fs.access = (async (where: string) => {
      if (where === dir) throw fsError('EACCES', 'access', where);
    }) as FaultyFs['access'];
    const store = await JournalStore.open({ path, clock, fs });
    expect(store.readOnly).toBe(true);
    expect(store.notice).toEqual({ kind: 'read-only', reason: 'folder' });
  });
});
