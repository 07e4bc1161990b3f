import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_SCHEMA_VERSION, type Dismissal, type Journal } from '../../contract/domain';
import { ManualClock } from '../testing/manual-clock';
import { emptyJournal } from './journal-file';
import { mergeJournals } from './journal-merge';
import { JournalStore } from './journal-store';
import { restoreSetAside } from './set-aside';

/**
 * A journal version 6 of the app wrote (main at 0c0148b, issue 12's import), through its channels:
 * three contacts (one with a second address and a birthday), a held and a planned conversation, two
 * touches, a reminder of the person's own and the thank-you and keep-in-touch ones the app made.
 */
const v6File = new URL('./fixtures/journal-v6.json', import.meta.url);

let dir: string;
let path: string;
const clock = new ManualClock('2026-12-01T10:00:00+01:00', 'Europe/Amsterdam');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-v7-'));
  path = join(dir, 'journal.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('migrating a version-6 journal to version 7 (issue 13, Overzicht)', () => {
  it('opens the real version-6 file: every touch counts as bevestigen, nothing put off yet', async () => {
    await copyFile(v6File, path);
    const original = await readFile(path, 'utf8');
    const before = JSON.parse(original) as Omit<Journal, 'schemaVersion'> & { schemaVersion: number };
    expect(before.schemaVersion).toBe(6);
    expect(before.touches).toHaveLength(2);
    expect(before.touches[0]).not.toHaveProperty('threeB');
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toBeNull();
    expect(store.data.setAside).toEqual([]);
    expect(store.data.touches).toEqual(before.touches.map((t) => ({ ...t, threeB: null })));
    // Everything else exactly as it was.
    expect(store.data.contacts).toEqual(before.contacts);
    expect(store.data.conversations).toEqual(before.conversations);
    expect(store.data.reminders).toEqual(before.reminders);
    expect(store.data.dismissals).toEqual([]);
    await store.close();

    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
    expect(onDisk).toEqual(store.data);
    // The version-6 file as it was is kept among the backups, byte for byte.
    expect(await readFile(join(dir, 'backups', 'journal-2026-12-01.json'), 'utf8')).toBe(original);
  });

  it('gives a touch kept in a conflict, or set aside, the B field too', async () => {
    const v6 = JSON.parse(await readFile(v6File, 'utf8'));
    const [first] = v6.touches;
    v6.conflicts = [
      {
        id: 'conflict-1',
        collection: 'touches',
        recordId: first.id,
        other: { ...first, note: 'Gebeld' },
        at: '2026-11-29T10:00:00.000Z',
      },
    ];
    v6.setAside = [
      {
        id: 'aside-1',
        collection: 'touches',
        raw: JSON.stringify({ ...first, id: 't-2', on: 'gisteren' }),
        problems: [{ path: 'on', code: 'invalid_date' }],
        setAsideAt: '2026-11-29T10:00:00.000Z',
      },
    ];
    await writeFile(path, JSON.stringify(v6));
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toBeNull();
    expect(store.data.conflicts[0]!.other).toMatchObject({ note: 'Gebeld', threeB: null });
    const raw = JSON.parse(store.data.setAside[0]!.raw);
    expect(raw).toMatchObject({ threeB: null });
    // Fixing only the date puts it back: nothing else is asked of the person.
    const { restored } = restoreSetAside(store.data, 'aside-1', JSON.stringify({ ...raw, on: '2026-11-28' }));
    expect(restored).toBe(1);
    await store.close();
  });

  it('lets a suggestion put off go, rather than the journal, when its entry is damaged', async () => {
    const v7 = { ...emptyJournal(), dismissals: [{ key: 'weak-tie:anna', until: 'volgende week', at: 'x' }] };
    await writeFile(path, JSON.stringify(v7));
    const store = await JournalStore.open({ path, clock });
    expect(store.data.dismissals).toEqual([]);
    expect(store.readOnly).toBe(false);
    await store.close();
  });
});

describe('suggestions put off, on two computers', () => {
  const at = '2026-12-01T09:00:00.000Z';
  const off = (key: string, until: string): Dismissal => ({ key, until, at });
  const now = new Date('2026-12-01T10:00:00.000Z');

  it('keeps both sides’ and, for the same suggestion, the later day', () => {
    const base = emptyJournal();
    const ours = {
      ...base,
      dismissals: [off('weak-tie:anna', '2026-12-08'), off('gone-quiet:bram', '2026-12-05')],
    };
    const theirs = {
      ...base,
      dismissals: [off('weak-tie:anna', '2026-12-09'), off('thank-you:r1', '2026-12-07')],
    };
    const { journal, differsFromTheirs } = mergeJournals(base, ours, theirs, now, () => 'id');
    expect(Object.fromEntries(journal.dismissals.map((d) => [d.key, d.until]))).toEqual({
      'weak-tie:anna': '2026-12-09',
      'gone-quiet:bram': '2026-12-05',
      'thank-you:r1': '2026-12-07',
    });
    expect(differsFromTheirs).toBe(true);
  });

  it('does not bring back one whose day has passed, put off again and let go on this side', () => {
    const base = emptyJournal();
    const ours = { ...base, dismissals: [off('weak-tie:anna', '2026-12-08')] };
    const theirs = {
      ...base,
      dismissals: [off('weak-tie:anna', '2026-12-08'), off('gone-quiet:bram', '2026-11-20')],
    };
    const { journal } = mergeJournals(base, ours, theirs, now, () => 'id');
    expect(journal.dismissals).toBe(ours.dismissals);
  });

  it('changes nothing when the other side has nothing new', () => {
    const base = emptyJournal();
    const ours = { ...base, dismissals: [off('weak-tie:anna', '2026-12-08')] };
    const theirs = { ...base, dismissals: [off('weak-tie:anna', '2026-12-01')] };
    const { journal } = mergeJournals(base, ours, theirs, now, () => 'id');
    expect(journal.dismissals).toBe(ours.dismissals);
  });
});
