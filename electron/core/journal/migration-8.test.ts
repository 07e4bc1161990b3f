import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_SCHEMA_VERSION, type Journal, type OrganisationMark } from '../../contract/domain';
import { ManualClock } from '../testing/manual-clock';
import { emptyJournal } from './journal-file';
import { mergeJournals } from './journal-merge';
import { JournalStore } from './journal-store';

/**
 * A journal version 7 of the app wrote (main at 08af781, through its channels): three contacts at two
 * organisations, one introduced by another, a held conversation with a referral and a planned one, a
 * touch with its B, a suggestion put off, and the reminders the app made.
 */
const v7File = new URL('./fixtures/journal-v7.json', import.meta.url);

let dir: string;
let path: string;
const clock = new ManualClock('2026-12-03T10:00:00+01:00', 'Europe/Amsterdam');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-v8-'));
  path = join(dir, 'journal.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const mark = (name: string, target: boolean, updatedAt: string): OrganisationMark => ({
  id: `mark-${name}`,
  name,
  target,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt,
});

const pick = (record: object, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => keys.includes(key)));

describe('migrating a version-7 journal to version 8 (issue 13, Organisaties)', () => {
  it('opens the real version-7 file with no organisation marked, everything else as it was', async () => {
    await copyFile(v7File, path);
    const original = await readFile(path, 'utf8');
    const before = JSON.parse(original) as Omit<Journal, 'schemaVersion'> & { schemaVersion: number };
    expect(before.schemaVersion).toBe(7);
    expect(before).not.toHaveProperty('organisations');
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toBeNull();
    expect(store.data.setAside).toEqual([]);
    expect(store.data.organisations).toEqual([]);
    const { schemaVersion: _, ...rest } = before;
    // Opened by this app, the file goes on to the latest version; what version 8 added is checked here,
    // the later steps in their own tests (migration-9.test.ts).
    const { schemaVersion, organisations: __, ...after } = store.data;
    expect(schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
    expect(pick(after, Object.keys(rest))).toEqual(rest);
    await store.close();

    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
    expect(onDisk).toEqual(store.data);
    // The version-7 file as it was is kept among the backups, byte for byte.
    expect(await readFile(join(dir, 'backups', 'journal-2026-12-03.json'), 'utf8')).toBe(original);
  });

  it('sets a damaged mark aside, not the journal', async () => {
    const v8 = { ...emptyJournal(), organisations: [{ ...mark('Shell', true, 'gisteren') }] };
    await writeFile(path, JSON.stringify(v8));
    const store = await JournalStore.open({ path, clock });
    expect(store.readOnly).toBe(false);
    expect(store.data.organisations).toEqual([]);
    expect(store.data.setAside).toMatchObject([{ collection: 'organisations' }]);
    await store.close();
  });
});

describe('marks on two computers', () => {
  const now = new Date('2026-12-03T10:00:00.000Z');

  it('keeps the later version of a mark, so one taken away here does not come back from there', () => {
    const base = { ...emptyJournal(), organisations: [mark('Shell', true, '2026-12-01T10:00:00.000Z')] };
    const ours = { ...base, organisations: [mark('Shell', false, '2026-12-02T10:00:00.000Z')] };
    const theirs = {
      ...base,
      organisations: [...base.organisations, mark('ASML', true, '2026-12-02T11:00:00.000Z')],
    };
    const { journal } = mergeJournals(base, ours, theirs, now, () => 'id');
    expect(journal.organisations.map((o) => [o.name, o.target])).toEqual([
      ['Shell', false],
      ['ASML', true],
    ]);
  });
});
