/**
 * A journal in a fresh temp folder for each test, for the store's own tests. Every store a test opens
 * is closed before the folder goes: an open store may still be writing today's backup (it runs beside
 * the first minutes of work), and removing the folder under it failed CI once with ENOTEMPTY.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { ContactFields, type Contact } from '../../contract/domain';
import type { Clock } from '../clock';
import { JournalStore, type JournalStoreOptions } from '../journal/journal-store';

export interface TempJournal {
  /** The test's folder (new for every test). */
  readonly dir: string;
  /** `journal.json` in that folder. */
  readonly path: string;
  /** Opens the journal at `path` (or `options.path`) as the app does; closed after the test. */
  open(options?: Partial<JournalStoreOptions>): Promise<JournalStore>;
  /** The folder's files, less the lock an open journal holds (journal-lock.test.ts is about that one). */
  files(): Promise<string[]>;
}

export function useTempJournal(clock: Clock, prefix = 'ndb-store-'): TempJournal {
  let dir = '';
  let opened: JournalStore[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    // A store whose test made saving fail may refuse to close; its folder goes all the same.
    for (const store of opened) await store.close().catch(() => undefined);
    opened = [];
    // Retried: on a busy machine a file the closed core just finished (a backup, settings) can still be
    // settling in the folder, and one rm then fails with ENOTEMPTY (seen once on overview-today).
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });
  return {
    get dir() {
      return dir;
    },
    get path() {
      return join(dir, 'journal.json');
    },
    async open(options = {}) {
      const store = await JournalStore.open({ path: join(dir, 'journal.json'), clock, ...options });
      opened.push(store);
      return store;
    },
    async files() {
      return (await readdir(dir)).filter((name) => !name.startsWith('.~lock.')).sort();
    },
  };
}

/** A contact with only a name, as the schema fills it in. */
export function namedContact(id: string, name: string, at = '2026-11-01T10:00:00.000Z'): Contact {
  return {
    id,
    ...ContactFields.parse({ name }),
    archived: false,
    importedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}
