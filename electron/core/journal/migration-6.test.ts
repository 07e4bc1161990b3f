import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_SCHEMA_VERSION } from '../../contract/domain';
import { ManualClock } from '../testing/manual-clock';
import { JournalStore } from './journal-store';
import { restoreSetAside } from './set-aside';

/**
 * A journal version 5 of the app wrote (main at 654d6db, the release with "Geen dubbele"), through its
 * channels: four contacts (two records of Anna said to be two people, one never sorted in), a planned
 * conversation, a touch, a reminder of the person's own and the keep-in-touch ones the app made.
 */
const v5File = new URL('./fixtures/journal-v5.json', import.meta.url);
/** A journal version 4 of the app wrote (issue 11's release), through its channels, kept as it was. */
const v4File = new URL('./fixtures/journal-v4.json', import.meta.url);

let dir: string;
let path: string;
const clock = new ManualClock('2026-12-01T10:00:00+01:00', 'Europe/Amsterdam');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-v6-'));
  path = join(dir, 'journal.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('migrating a version-5 journal to version 6 (issue 12)', () => {
  it('opens the real version-5 file with room for more e-mails and phones, a birthday, nobody imported', async () => {
    await copyFile(v5File, path);
    const original = await readFile(path, 'utf8');
    const before = JSON.parse(original) as {
      schemaVersion: number;
      contacts: Record<string, unknown>[];
      reminders: unknown[];
      notDuplicates: unknown[];
    };
    expect(before.schemaVersion).toBe(5);
    expect(before.contacts[0]).not.toHaveProperty('importedAt');
    const store = await JournalStore.open({ path, clock });
    // Nothing set aside, nothing repaired: every record passed as it was, plus the new fields.
    expect(store.notice).toBeNull();
    expect(store.data.setAside).toEqual([]);
    expect(store.data.contacts).toEqual(
      before.contacts.map((c) => ({
        ...c,
        moreEmails: [],
        morePhones: [],
        birthday: null,
        importedAt: null,
      })),
    );
    expect(store.data.conversations).toHaveLength(1);
    expect(store.data.touches).toHaveLength(1);
    expect(store.data.reminders).toEqual(before.reminders);
    // "Geen dubbele" said in version 5 still holds.
    expect(store.data.notDuplicates).toEqual(before.notDuplicates);
    await store.close();

    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
    expect(onDisk).toEqual(store.data);
    // The version-5 file as it was is kept among the backups.
    expect(await readFile(join(dir, 'backups', 'journal-2026-12-01.json'), 'utf8')).toBe(original);
  });

  it('brings a version-4 file through both steps: no pairs yet, and the new contact fields', async () => {
    await copyFile(v4File, path);
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toBeNull();
    expect(store.data.notDuplicates).toEqual([]);
    expect(store.data.contacts[0]).toMatchObject({ moreEmails: [], birthday: null, importedAt: null });
    await store.close();
    expect(JSON.parse(await readFile(path, 'utf8')).schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
  });

  it('gives a contact kept in a conflict, or set aside, the new fields too', async () => {
    const v5 = JSON.parse(await readFile(v5File, 'utf8'));
    const [anna, , bram] = v5.contacts;
    v5.conflicts = [
      {
        id: 'conflict-1',
        collection: 'contacts',
        recordId: anna.id,
        other: { ...anna, role: 'Teamleider', updatedAt: '2026-11-20T09:30:00.000Z' },
        at: '2026-11-20T10:00:00.000Z',
      },
    ];
    // Bram with an e-mail address typed by hand that is not one: set aside, to be fixed by the person.
    v5.setAside = [
      {
        id: 'aside-1',
        collection: 'contacts',
        raw: JSON.stringify({ ...bram, id: 'bram-2', email: 'bram@' }),
        problems: [{ path: 'email', code: 'invalid_email' }],
        setAsideAt: '2026-11-20T10:00:00.000Z',
      },
    ];
    await writeFile(path, JSON.stringify(v5));
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toBeNull();
    expect(store.data.conflicts[0]!.other).toMatchObject({
      role: 'Teamleider',
      moreEmails: [],
      importedAt: null,
    });
    // Fixing only the e-mail address puts them back: nothing else is asked of the person.
    const raw = JSON.parse(store.data.setAside[0]!.raw);
    expect(raw).toMatchObject({ moreEmails: [], morePhones: [], birthday: null, importedAt: null });
    const { restored, journal } = restoreSetAside(
      store.data,
      'aside-1',
      JSON.stringify({ ...raw, email: 'bram@example.nl' }),
    );
    expect(restored).toBe(1);
    expect(journal.contacts.map((c) => c.id)).toContain('bram-2');
    await store.close();
  });
});
