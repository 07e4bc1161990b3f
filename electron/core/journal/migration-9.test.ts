import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_SCHEMA_VERSION, type Journal } from '../../contract/domain';
import { ManualClock } from '../testing/manual-clock';
import {
  helpAskRecord,
  helpRequestRecord,
  plannedActionRecord,
  profileRecord,
} from '../testing/plan-records';
import { sampleContact } from '../testing/sample-records';
import { emptyJournal } from './journal-file';
import { journalIsSound } from './repair';
import { mergeJournals } from './journal-merge';
import { JournalStore } from './journal-store';

/**
 * A journal version 8 of the app wrote (main at 0a527a9, through its channels): three contacts at three
 * organisations, one introduced by another, a held conversation with tips and a linked referral, a
 * planned one with a goal, a touch, Eneco marked "wil ik werken", a suggestion put off, and the
 * reminders the app made.
 */
const v8File = new URL('./fixtures/journal-v8.json', import.meta.url);
const planCollections = [
  'profile',
  'helpRequests',
  'helpAsks',
  'plannedActions',
  'messageTemplates',
] as const;

let dir: string;
let path: string;
const clock = new ManualClock('2026-12-04T10:00:00+01:00', 'Europe/Amsterdam');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-v9-'));
  path = join(dir, 'journal.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('migrating a version-8 journal to version 9 (issue 14, the network plan)', () => {
  it('opens the real version-8 file with an empty plan, everything else as it was', async () => {
    await copyFile(v8File, path);
    const original = await readFile(path, 'utf8');
    const before = JSON.parse(original) as Omit<Journal, 'schemaVersion'> & { schemaVersion: number };
    expect(before.schemaVersion).toBe(8);
    for (const c of planCollections) expect(before).not.toHaveProperty(c);
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toBeNull();
    expect(store.data.setAside).toEqual([]);
    for (const c of planCollections) expect(store.data[c]).toEqual([]);
    const { schemaVersion: _, ...rest } = before;
    const { schemaVersion, profile, helpRequests, helpAsks, plannedActions, messageTemplates, ...after } =
      store.data;
    void [profile, helpRequests, helpAsks, plannedActions, messageTemplates];
    expect(schemaVersion).toBe(9);
    expect(after).toEqual(rest);
    expect(after.contacts.map((c) => c.name)).toEqual(['Anna de Vries', 'Bram Bakker', 'Carla Smit']);
    await store.close();

    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
    expect(onDisk).toEqual(store.data);
    // The version-8 file as it was is kept among the backups, byte for byte.
    expect(await readFile(join(dir, 'backups', 'journal-2026-12-04.json'), 'utf8')).toBe(original);
  });

  it('sets a damaged plan record aside, not the journal, and an ask without its hulpvraag too', async () => {
    const v9 = {
      ...emptyJournal(),
      helpRequests: [helpRequestRecord({ status: 'misschien' as never })],
      helpAsks: [helpAskRecord({ helpRequestId: 'weg' })],
      plannedActions: [plannedActionRecord({ week: '2026-W61' })],
      profile: [profileRecord()],
    };
    await writeFile(path, JSON.stringify(v9));
    const store = await JournalStore.open({ path, clock });
    expect(store.readOnly).toBe(false);
    expect(store.data.helpRequests).toEqual([]);
    expect(store.data.helpAsks).toEqual([]);
    expect(store.data.plannedActions).toEqual([]);
    expect(store.data.profile).toEqual([profileRecord()]);
    expect(store.data.setAside.map((s) => [s.collection, s.problems[0]?.path, s.problems[0]?.code])).toEqual([
      ['helpRequests', 'status', 'invalid_choice'],
      ['plannedActions', 'week', 'invalid_date'],
      ['helpAsks', 'helpRequestId', 'unknown_reference'],
    ]);
    await store.close();
  });

  it('keeps an ask whose contact is gone by its name, and a plan line without the missing links', async () => {
    const v9 = {
      ...emptyJournal(),
      helpRequests: [helpRequestRecord()],
      helpAsks: [helpAskRecord({ contactId: 'weg', conversationId: 'ook-weg' })],
      plannedActions: [plannedActionRecord({ contactId: 'weg', helpRequestId: 'h-weg' })],
    };
    await writeFile(path, JSON.stringify(v9));
    const store = await JournalStore.open({ path, clock });
    expect(store.data.setAside).toEqual([]);
    expect(store.data.helpAsks).toMatchObject([
      { contactName: 'Anna de Vries', contactId: null, conversationId: null },
    ]);
    expect(store.data.plannedActions).toMatchObject([{ contactId: null, helpRequestId: null }]);
    await store.close();
  });
});

describe('the plan on two computers', () => {
  const now = new Date('2026-12-04T10:00:00.000Z');

  it('keeps the later version of each plan record, and brings back none deleted here', () => {
    const base = {
      ...emptyJournal(),
      profile: [profileRecord()],
      helpRequests: [
        helpRequestRecord(),
        helpRequestRecord({ id: 'h2', question: 'Wat verdient een adviseur?' }),
      ],
      plannedActions: [plannedActionRecord()],
    };
    // Here: the pitch changed and the second hulpvraag deleted (with its tombstone).
    const ours: Journal = {
      ...base,
      profile: [profileRecord({ pitch: 'Nieuwe pitch', updatedAt: '2026-12-03T10:00:00.000Z' })],
      helpRequests: [base.helpRequests[0]!],
      deleted: [{ collection: 'helpRequests', id: 'h2', deletedAt: '2026-12-03T10:00:00.000Z' }],
    };
    // There: the first hulpvraag answered, the action done, an ask logged; the old pitch.
    const theirs: Journal = {
      ...base,
      helpRequests: [
        helpRequestRecord({
          status: 'beantwoord',
          closedAt: '2026-12-03T11:00:00.000Z',
          updatedAt: '2026-12-03T11:00:00.000Z',
        }),
        base.helpRequests[1]!,
      ],
      plannedActions: [plannedActionRecord({ doneOn: '2026-12-03', updatedAt: '2026-12-03T11:00:00.000Z' })],
      helpAsks: [helpAskRecord()],
    };
    const { journal } = mergeJournals(base, ours, theirs, now, () => 'id');
    expect(journal.profile.map((p) => p.pitch)).toEqual(['Nieuwe pitch']);
    expect(journal.helpRequests.map((h) => [h.id, h.status])).toEqual([['h1', 'beantwoord']]);
    expect(journal.plannedActions.map((a) => a.doneOn)).toEqual(['2026-12-03']);
    expect(journal.helpAsks.map((a) => a.id)).toEqual(['ask1']);
    expect(journal.conflicts).toEqual([]);
  });

  it('keeps both versions of a profile changed on both computers, the newest shown', () => {
    const base = { ...emptyJournal(), profile: [profileRecord()] };
    const ours = {
      ...base,
      profile: [profileRecord({ pitch: 'Hier', updatedAt: '2026-12-03T10:00:00.000Z' })],
    };
    const theirs = {
      ...base,
      profile: [profileRecord({ pitch: 'Daar', updatedAt: '2026-12-03T12:00:00.000Z' })],
    };
    const { journal } = mergeJournals(base, ours, theirs, now, () => 'c1');
    expect(journal.profile.map((p) => p.pitch)).toEqual(['Daar']);
    expect(journal.conflicts).toMatchObject([{ collection: 'profile', other: { pitch: 'Hier' } }]);
  });

  it('keeps a contact or hulpvraag deleted here that the other computer asked something of (review s10 M2)', () => {
    const anna = { ...sampleContact, introducedById: null };
    const base = { ...emptyJournal(), contacts: [anna], helpRequests: [helpRequestRecord()] };
    // Here: the contact and the hulpvraag deleted (the hulpvraag's asks with it).
    const ours: Journal = {
      ...base,
      contacts: [],
      helpRequests: [],
      deleted: [
        { collection: 'contacts', id: sampleContact.id, deletedAt: '2026-12-03T10:00:00.000Z' },
        { collection: 'helpRequests', id: 'h1', deletedAt: '2026-12-03T10:00:00.000Z' },
      ],
    };
    // There, offline: the hulpvraag put to that contact, and an action planned with them for it.
    const theirs: Journal = {
      ...base,
      helpAsks: [helpAskRecord({ contactId: sampleContact.id, answer: 'Bel Karin.' })],
      plannedActions: [plannedActionRecord({ contactId: sampleContact.id, helpRequestId: 'h1' })],
    };
    const { journal } = mergeJournals(base, ours, theirs, now, () => 'c1');
    expect(journal.contacts.map((c) => c.id)).toEqual([sampleContact.id]);
    expect(journal.helpRequests.map((h) => h.id)).toEqual(['h1']);
    expect(journal.helpAsks).toMatchObject([{ answer: 'Bel Karin.', contactId: sampleContact.id }]);
    expect(journal.conflicts.map((c) => [c.collection, c.other])).toEqual([
      ['contacts', null],
      ['helpRequests', null],
    ]);
    expect(journal.deleted).toEqual([]);
    expect(journalIsSound(journal)).toBe(true);
  });
});
