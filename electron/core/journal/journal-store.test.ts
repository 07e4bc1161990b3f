import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ContactFields,
  ConversationFields,
  Evaluation,
  JOURNAL_SCHEMA_VERSION,
  type Contact,
  type Conversation,
  type Journal,
  type Reminder,
} from '../../contract/domain';
import type { Clock } from '../clock';
import { emptyJournal, JournalStore } from './journal-store';
import { decodeJournal } from './journal-file';
import { migrate } from './migrations';

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-store-'));
  path = join(dir, 'journal.json');
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

const goodJournal: Journal = { ...emptyJournal(), contacts: [contact('a1', 'Anna Bakker')] };

/** The folder's files, less the lock an open journal holds (journal-lock.test.ts is about that one). */
async function files(): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.startsWith('.~lock.')).sort();
}

describe('opening', () => {
  it('starts empty when there is no file, and writes nothing until the first edit', async () => {
    const store = await JournalStore.open({ path, clock });
    expect(store.data.contacts).toEqual([]);
    expect(store.notice).toBeNull();
    expect(await files()).toEqual([]);
  });

  it('reads a good file and keeps a daily backup of it', async () => {
    await writeFile(path, JSON.stringify(goodJournal));
    const store = await JournalStore.open({ path, clock });
    expect(store.data.contacts.map((c) => c.name)).toEqual(['Anna Bakker']);
    await store.close();
    expect(await readdir(join(dir, 'backups'))).toEqual(['journal-2026-11-23.json']);
  });

  it('keeps only the newest seven backups', async () => {
    await writeFile(path, JSON.stringify(goodJournal));
    await mkdir(join(dir, 'backups'));
    for (let day = 1; day <= 9; day++) {
      await writeFile(join(dir, 'backups', `journal-2026-11-0${day}.json`), JSON.stringify(goodJournal));
    }
    await (await JournalStore.open({ path, clock })).close();
    const kept = await readdir(join(dir, 'backups'));
    expect(kept).toHaveLength(7);
    expect(kept).toContain('journal-2026-11-23.json');
    expect(kept).not.toContain('journal-2026-11-01.json');
  });

  const damaged: [string, string][] = [
    ['an empty file', ''],
    ['a truncated file', JSON.stringify(goodJournal).slice(0, 40)],
    ['null', 'null'],
    ['NUL bytes', '\u0000\u0000\u0000\u0000'],
    ['a file whose contacts are not a list', JSON.stringify({ schemaVersion: 1, contacts: { id: 'x' } })],
    ['a file without a version', JSON.stringify({ contacts: [] })],
  ];

  for (const [what, text] of damaged) {
    it(`moves ${what} aside, never overwriting it, and starts empty`, async () => {
      await writeFile(path, text);
      const store = await JournalStore.open({ path, clock });
      expect(store.notice).toEqual({
        kind: 'damaged',
        movedTo: join(dir, 'journal.damaged-2026-11-23T10-00-00-000Z.json'),
        restoredFrom: null,
      });
      expect(store.data.contacts).toEqual([]);
      expect(await readFile(join(dir, 'journal.damaged-2026-11-23T10-00-00-000Z.json'), 'utf8')).toBe(text);
      expect(store.readOnly).toBe(false);
    });
  }

  it("leaves another journal's backups alone: never pruned, never restored as this one's", async () => {
    await mkdir(join(dir, 'backups'));
    const other = { ...goodJournal, contacts: [contact('w1', 'Werk Persoon')] };
    for (let day = 1; day <= 7; day++) {
      await writeFile(join(dir, 'backups', `journal-werk-2026-11-0${day}.json`), JSON.stringify(other));
    }
    await writeFile(join(dir, 'backups', 'journal-2026-11-09.json'), JSON.stringify(goodJournal));
    await writeFile(path, '{"schemaVersion": 2, "contac');
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toMatchObject({ restoredFrom: join(dir, 'backups', 'journal-2026-11-09.json') });
    expect(store.data.contacts.map((c) => c.name)).toEqual(['Anna Bakker']);
    await store.close();
    expect((await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('journal-werk-'))).toHaveLength(
      7,
    );
  });

  it('restores the newest good backup after moving a damaged file aside', async () => {
    await mkdir(join(dir, 'backups'));
    await writeFile(join(dir, 'backups', 'journal-2026-11-20.json'), JSON.stringify(goodJournal));
    await writeFile(join(dir, 'backups', 'journal-2026-11-22.json'), '{"schemaVersion": 1, "contac');
    await writeFile(path, '{"schemaVersion":');
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toMatchObject({
      kind: 'damaged',
      restoredFrom: join(dir, 'backups', 'journal-2026-11-20.json'),
    });
    expect(store.data.contacts.map((c) => c.name)).toEqual(['Anna Bakker']);
    // The restored journal is on disk again, so the next start finds it.
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts).toHaveLength(1);
  });

  it('refuses a file from a newer version, leaves it untouched and opens read-only', async () => {
    const future = JSON.stringify({ schemaVersion: JOURNAL_SCHEMA_VERSION + 1, contacts: [], goals: [] });
    await writeFile(path, future);
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toEqual({ kind: 'newer-version', fileVersion: JOURNAL_SCHEMA_VERSION + 1 });
    expect(store.readOnly).toBe(true);
    expect(() => store.update((j) => j)).toThrow('journal_read_only');
    await store.close();
    expect(await readFile(path, 'utf8')).toBe(future);
    expect(await files()).toEqual(['journal.json']);
  });

  it('clears a reference to a contact that is not there, and says so, instead of rejecting the file', async () => {
    const broken = { ...goodJournal, contacts: [{ ...contact('b2', 'Bram'), introducedById: 'gone' }] };
    await writeFile(path, JSON.stringify(broken));
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toMatchObject({
      kind: 'repaired',
      setAside: 0,
      changes: [{ change: 'reference-cleared', label: 'Bram', field: 'introducedById', missing: 'gone' }],
    });
    expect(store.data.contacts[0]?.introducedById).toBeNull();
  });
});

describe('saving', () => {
  it('coalesces a burst of 1,000 edits into a few writes, and the file equals the final state', async () => {
    const store = await JournalStore.open({ path, clock });
    let writes = 0;
    const write = store['db'].write.bind(store['db']);
    store['db'].write = async () => {
      writes++;
      await write();
    };
    for (let i = 0; i < 1_000; i++) {
      store.update((j) => ({ ...j, contacts: [...j.contacts, contact(`c${i}`, `Contact ${i}`)] }));
      if (i % 100 === 0) await new Promise((r) => setImmediate(r));
    }
    await store.flush();
    const onDisk = decodeJournal(await readFile(path, 'utf8')).journal;
    expect(onDisk).toEqual(store.data);
    expect(onDisk.contacts).toHaveLength(1_000);
    expect(writes).toBeLessThan(10);
  });

  it('lands the last edit even when it comes in during a save', async () => {
    const store = await JournalStore.open({ path, clock });
    store.update((j) => ({ ...j, contacts: [contact('a', 'Eerste')] }));
    const first = store.flush();
    store.update((j) => ({ ...j, contacts: [contact('a', 'Laatste')] }));
    await first;
    await store.close();
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts[0]?.name).toBe('Laatste');
  });

  it('leaves no temp files behind and reopens to the same journal', async () => {
    const store = await JournalStore.open({ path, clock });
    store.update((j) => ({ ...j, contacts: [contact('z', 'Zoë de Wit')] }));
    await store.close();
    expect(await files()).toEqual(['journal.json']);
    const again = await JournalStore.open({ path, clock });
    expect(again.data).toEqual(store.data);
  });

  it('keeps the edit in memory and retries when a save fails', async () => {
    const store = await JournalStore.open({ path, clock });
    await rm(dir, { recursive: true });
    store.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    await expect(store.flush()).rejects.toThrow();
    await mkdir(dir);
    await store.flush();
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts).toHaveLength(1);
  });
});

describe('moving', () => {
  it('writes the journal to the new place, saves there from then on, and leaves the old file as a copy', async () => {
    const store = await JournalStore.open({ path, clock });
    store.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    const target = join(dir, 'elders', 'mijn-netwerk.json');
    await store.moveTo(target);
    expect(store.path).toBe(target);
    store.update((j) => ({ ...j, contacts: [...j.contacts, contact('b', 'Bram')] }));
    await store.close();
    expect(decodeJournal(await readFile(target, 'utf8')).journal.contacts.map((c) => c.name)).toEqual([
      'Anna',
      'Bram',
    ]);
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts.map((c) => c.name)).toEqual(['Anna']);
  });

  it('refuses to overwrite an existing file and keeps saving where it was', async () => {
    const store = await JournalStore.open({ path, clock });
    const target = join(dir, 'other.json');
    await writeFile(target, 'someone else’s file');
    await expect(store.moveTo(target)).rejects.toThrow('file_exists');
    expect(await readFile(target, 'utf8')).toBe('someone else’s file');
    store.update((j) => ({ ...j, contacts: [contact('a', 'Anna')] }));
    await store.close();
    expect(store.path).toBe(path);
    expect(decodeJournal(await readFile(path, 'utf8')).journal.contacts).toHaveLength(1);
  });
});

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
    const store = await JournalStore.open({ path, clock });
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
    const again = await JournalStore.open({ path, clock });
    expect(again.data).toEqual(store.data);
    await again.close();
    expect(await readFile(join(dir, 'backups', 'journal-2026-11-23.json'), 'utf8')).toBe(original);
  });

  it('migrates a version-1 file with an invalid contact, and sets that contact aside', async () => {
    await writeFile(path, JSON.stringify({ ...v1, contacts: [...v1.contacts, { id: 'x' }] }));
    const store = await JournalStore.open({ path, clock });
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
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toBeNull();
    expect(store.data.contacts.map((c) => [c.name, c.strength, c.cadence, c.cadenceDays])).toEqual([
      ['Anna Bakker', null, 'standaard', null],
      ['Bram', 'een-beetje', 'standaard', null],
    ]);
    expect(store.data.reminders).toEqual([]);
    expect(store.data.conversations).toEqual(v2.conversations);
    expect(store.data.touches).toEqual(v2.touches);

    await store.close();
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    // Migrated on through the later steps too (4: tombstones, conflicts, set-aside records).
    expect(onDisk.schemaVersion).toBe(JOURNAL_SCHEMA_VERSION);
    expect(onDisk).toEqual(store.data);
    expect(await readFile(join(dir, 'backups', 'journal-2026-11-23.json'), 'utf8')).toBe(original);
  });

  it('migrates a version-2 file with a broken conversation, and sets that conversation aside', async () => {
    await writeFile(path, JSON.stringify({ ...v2, conversations: [{ id: 'c1' }] }));
    const store = await JournalStore.open({ path, clock });
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
        { id: 't1', contactId: 'gone', channel: 'kaartje', on: '2026-11-02', note: '', createdAt: at },
        { id: 't2', contactId: 'a1', channel: 'kaartje', on: '2026-11-02', note: '', createdAt: at },
      ],
    };
    await writeFile(path, JSON.stringify(broken));
    const store = await JournalStore.open({ path, clock });
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
    const store = await JournalStore.open({ path, clock });
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
    const store = await JournalStore.open({ path, clock });
    expect(store.notice).toBeNull();
    expect(store.data.reminders).toEqual(journal.reminders);
  });

  it('leave a sound journal exactly as it is', async () => {
    const sound: Journal = { ...goodJournal, conversations: [conversation('c1', 'a1')] };
    const decoded = decodeJournal(JSON.stringify(sound)).journal;
    expect(decoded).toEqual(sound);
  });
});

describe('migrations', () => {
  it('runs steps one version at a time up to the target', () => {
    const steps = {
      1: (doc: Record<string, unknown>) => ({ ...doc, people: doc['contacts'] }),
      2: (doc: Record<string, unknown>) => ({ ...doc, seen: [doc['schemaVersion']] }),
    };
    const { doc, migrated } = migrate({ schemaVersion: 1, contacts: [] }, steps, 3);
    expect(migrated).toBe(true);
    expect(doc).toEqual({ schemaVersion: 3, contacts: [], people: [], seen: [2] });
  });

  it('refuses to skip a missing step', () => {
    expect(() => migrate({ schemaVersion: 1 }, {}, 2)).toThrow('No migration from schemaVersion 1');
  });

  it('leaves a current document as it is', () => {
    expect(migrate({ schemaVersion: JOURNAL_SCHEMA_VERSION, contacts: [] }).migrated).toBe(false);
  });
});
