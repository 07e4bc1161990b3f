import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ConversationFields,
  Evaluation,
  JOURNAL_SCHEMA_VERSION,
  type Conversation,
  type Journal,
  type Reminder,
} from '../../contract/domain';
import type { Clock } from '../clock';
import { namedContact as contact, useTempJournal } from '../testing/temp-journal';
import { emptyJournal } from './journal-store';
import { decodeJournal } from './journal-file';

/**
 * Opening what older versions wrote, and files whose references point at records that are not there:
 * migrated or mended on load, the file as it was kept in backups/, nothing lost.
 */
const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
const folder = useTempJournal(clock);
let dir: string;
let path: string;
beforeEach(() => {
  ({ dir, path } = folder);
});

const goodJournal: Journal = { ...emptyJournal(), contacts: [contact('a1', 'Anna Bakker')] };

/** A contact as an older version wrote it: without the fields that came later. */
function olderContact(id: string, name: string): Record<string, unknown> {
  const {
    cadence: _cadence,
    cadenceDays: _cadenceDays,
    moreEmails: _moreEmails,
    morePhones: _morePhones,
    birthday: _birthday,
    importedAt: _importedAt,
    ...fields
  } = contact(id, name);
  return fields;
}

describe('migrating a version-1 journal', () => {
  // As the foundation wrote it: contacts only, no conversations, touches, own questions or reminders.
  const v1 = { schemaVersion: 1, contacts: [olderContact('a1', 'Anna Bakker'), olderContact('b2', 'Bram')] };

  it('opens a version-1 file with empty conversations, rewrites it in the current version and keeps the old file in backups/', async () => {
    const original = JSON.stringify(v1);
    await writeFile(path, original);
    const store = await folder.open();
    expect(store.notice).toBeNull();
    expect(store.data).toEqual({
      ...emptyJournal(),
      contacts: [contact('a1', 'Anna Bakker'), contact('b2', 'Bram')],
    });

    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
    expect(onDisk).toEqual(store.data);
    expect(await readFile(join(dir, 'backups', 'journal-2026-11-23.json'), 'utf8')).toBe(original);

    // Edits land in the new version, and the next start reads it without migrating again.
    store.update((j) => ({ ...j, touches: [] }));
    await store.close();
    const again = await folder.open();
    expect(again.data).toEqual(store.data);
    await again.close();
    expect(await readFile(join(dir, 'backups', 'journal-2026-11-23.json'), 'utf8')).toBe(original);
  });

  it('migrates a version-1 file with an invalid contact, and sets that contact aside', async () => {
    await writeFile(path, JSON.stringify({ ...v1, contacts: [...v1.contacts, { id: 'x' }] }));
    const store = await folder.open();
    expect(store.notice).toMatchObject({ kind: 'repaired', setAside: 1 });
    expect(store.data.contacts.map((c) => c.name)).toEqual(['Anna Bakker', 'Bram']);
    expect(store.data.setAside).toMatchObject([{ collection: 'contacts' }]);
  });
});

describe('migrating a version-2 journal to version 3', () => {
  // As issue 3 wrote it: conversations and touches, contacts without a cadence, no reminders.
  const at = '2026-11-01T10:00:00.000Z';
  const v2 = {
    schemaVersion: 2,
    contacts: [olderContact('a1', 'Anna Bakker'), { ...olderContact('b2', 'Bram'), strength: 'een-beetje' }],
    conversations: [
      {
        id: 'c1',
        ...ConversationFields.parse({ contactId: 'a1', date: '2026-10-30', status: 'gehouden' }),
        createdAt: at,
        updatedAt: at,
      },
    ],
    touches: [{ id: 't1', contactId: 'b2', channel: 'kaartje', on: '2026-11-02', note: '', createdAt: at }],
    ownQuestions: [],
  };

  it('gives every contact the default cadence and an empty reminder list, keeps the rest, and backs up the old file', async () => {
    const original = JSON.stringify(v2);
    await writeFile(path, original);
    const store = await folder.open();
    expect(store.notice).toBeNull();
    expect(store.data.contacts.map((c) => [c.name, c.strength, c.cadence, c.cadenceDays])).toEqual([
      ['Anna Bakker', null, 'standaard', null],
      ['Bram', 'een-beetje', 'standaard', null],
    ]);
    expect(store.data.reminders).toEqual([]);
    expect(store.data.conversations).toEqual(v2.conversations);
    expect(store.data.touches).toEqual(v2.touches.map((t) => ({ ...t, threeB: null })));

    await store.close();
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    // Migrated on through the later steps too (4: tombstones, conflicts, set-aside records).
    expect(onDisk.schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
    expect(onDisk).toEqual(store.data);
    expect(await readFile(join(dir, 'backups', 'journal-2026-11-23.json'), 'utf8')).toBe(original);
  });

  it('migrates a version-2 file with a broken conversation, and sets that conversation aside', async () => {
    await writeFile(path, JSON.stringify({ ...v2, conversations: [{ id: 'c1' }] }));
    const store = await folder.open();
    expect(store.notice).toMatchObject({ kind: 'repaired', setAside: 1 });
    expect(store.data.contacts).toHaveLength(2);
    expect(store.data.setAside).toMatchObject([{ collection: 'conversations', raw: '{\n  "id": "c1"\n}' }]);
  });
});

describe('references to contacts that are not there', () => {
  const at = '2026-11-01T10:00:00.000Z';
  const conversation = (id: string, contactId: string, more: Partial<Conversation> = {}): Conversation => ({
    id,
    ...ConversationFields.parse({ contactId, date: '2026-11-01', status: 'gehouden' }),
    createdAt: at,
    updatedAt: at,
    ...more,
  });

  it('are mended on load and reported: participants left out, referrals unlinked but named, orphans set aside', async () => {
    const broken: Journal = {
      ...goodJournal,
      conversations: [
        conversation('c1', 'a1', {
          participantIds: ['gone', 'a1x'],
          evaluation: Evaluation.parse({
            referrals: [
              { id: 'r1', name: 'Weg', contactId: 'gone' },
              { id: 'r2', name: 'Anna', contactId: 'a1' },
            ],
          }),
        }),
        conversation('c2', 'gone'),
        conversation('c3', 'a1'),
      ],
      touches: [
        {
          id: 't1',
          contactId: 'gone',
          channel: 'kaartje',
          on: '2026-11-02',
          note: '',
          threeB: null,
          createdAt: at,
        },
        {
          id: 't2',
          contactId: 'a1',
          channel: 'kaartje',
          on: '2026-11-02',
          note: '',
          threeB: null,
          createdAt: at,
        },
      ],
    };
    await writeFile(path, JSON.stringify(broken));
    const store = await folder.open();
    expect(store.notice).toMatchObject({
      kind: 'repaired',
      setAside: 2,
      changes: [
        { change: 'reference-cleared', id: 'c1', field: 'participantIds', missing: 'gone' },
        { change: 'reference-cleared', id: 'c1', field: 'participantIds', missing: 'a1x' },
        { change: 'reference-cleared', id: 'c1', field: 'evaluation.referrals.contactId', missing: 'gone' },
      ],
    });
    expect(store.data.setAside.map((e) => [e.collection, JSON.parse(e.raw).id, e.problems])).toEqual([
      ['conversations', 'c2', [{ path: 'contactId', code: 'unknown_reference' }]],
      ['touches', 't1', [{ path: 'contactId', code: 'unknown_reference' }]],
    ]);
    expect(store.data.conversations.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(store.data.conversations[0]).toMatchObject({ participantIds: [] });
    expect(store.data.conversations[0]?.evaluation?.referrals.map((r) => [r.name, r.contactId])).toEqual([
      ['Weg', null],
      ['Anna', 'a1'],
    ]);
    // Records that were fine are the very same objects: nothing copied that need not be.
    expect(store.data.conversations[1]).toEqual(broken.conversations[2]);
    expect(store.data.touches.map((t) => t.id)).toEqual(['t2']);
  });

  it('set reminders aside about a contact or conversation that is gone, and keep the rest as they were', async () => {
    const reminder = (id: string, contactId: string | null, conversationId: string | null): Reminder => ({
      id,
      kind: conversationId ? 'bedanken' : 'eigen',
      contactId,
      conversationId,
      due: { date: '2026-11-24', time: '09:00', zone: 'Europe/Amsterdam' },
      title: conversationId ? '' : 'Bellen',
      note: '',
      state: 'open',
      snoozedUntil: null,
      notifiedAt: null,
      completedAt: null,
      createdAt: at,
      updatedAt: at,
    });
    const journal: Journal = {
      ...goodJournal,
      conversations: [conversation('c1', 'a1')],
      reminders: [
        reminder('r1', 'a1', 'c1'),
        reminder('r2', 'gone', null),
        reminder('r3', 'a1', 'c-gone'),
        reminder('r4', null, null),
        // Its conversation is dropped on load because that conversation's contact is gone.
        reminder('r5', 'a1', 'c2'),
      ],
    };
    journal.conversations.push(conversation('c2', 'gone'));
    await writeFile(path, JSON.stringify(journal));
    const store = await folder.open();
    expect(store.notice).toMatchObject({ kind: 'repaired', setAside: 4 });
    expect(store.data.setAside.map((e) => JSON.parse(e.raw).id)).toEqual(['c2', 'r2', 'r3', 'r5']);
    expect(store.data.reminders.map((r) => r.id)).toEqual(['r1', 'r4']);
    expect(store.data.reminders[0]).toEqual(journal.reminders[0]);
  });

  it('open a journal whose reminder names a time zone this runtime does not know, instead of calling it damaged', async () => {
    const journal: Journal = {
      ...goodJournal,
      reminders: [
        {
          id: 'r1',
          kind: 'eigen',
          contactId: null,
          conversationId: null,
          due: { date: '2026-11-24', time: '09:00', zone: 'America/Nieuwe_Stad' },
          title: 'Bellen',
          note: '',
          state: 'open',
          snoozedUntil: null,
          notifiedAt: null,
          completedAt: null,
          createdAt: at,
          updatedAt: at,
        },
      ],
    };
    await writeFile(path, JSON.stringify(journal));
    const store = await folder.open();
    expect(store.notice).toBeNull();
    expect(store.data.reminders).toEqual(journal.reminders);
  });

  it('leave a sound journal exactly as it is', async () => {
    const sound: Journal = { ...goodJournal, conversations: [conversation('c1', 'a1')] };
    const decoded = decodeJournal(JSON.stringify(sound)).journal;
    expect(decoded).toEqual(sound);
  });
});
