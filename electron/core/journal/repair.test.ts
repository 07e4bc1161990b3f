import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ContactFields,
  ConversationFields,
  type Contact,
  type Conversation,
  type Journal,
} from '../../contract/domain';
import type { Clock } from '../clock';
import { openNetwerkdagboek, type Netwerkdagboek } from '../netwerkdagboek';
import { SettingsStore } from '../settings/settings';
import { decodeJournal } from './journal-file';
import { emptyJournal, type JournalStore } from './journal-store';
import { useTempJournal } from '../testing/temp-journal';
import { profileRecord } from '../testing/plan-records';
import { journalIsSound } from './repair';

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
const at = '2026-11-01T10:00:00.000Z';
const folder = useTempJournal(clock, 'ndb-repair-');
let dir: string;
let path: string;
beforeEach(() => {
  ({ dir, path } = folder);
});

function contact(id: string, name: string, more: Partial<Contact> = {}): Contact {
  return {
    id,
    ...ContactFields.parse({ name }),
    archived: false,
    importedAt: null,
    createdAt: at,
    updatedAt: at,
    ...more,
  };
}
function conversation(id: string, contactId: string): Conversation {
  return { id, ...ConversationFields.parse({ contactId, date: '2026-11-01' }), createdAt: at, updatedAt: at };
}

/** Twenty contacts, as the app writes them; `bad` replaces some of them with records the schema refuses. */
function twenty(bad: Record<number, Record<string, unknown>> = {}): Record<string, unknown> {
  const contacts: unknown[] = [];
  for (let i = 0; i < 20; i++) contacts.push(bad[i] ?? contact(`c${i}`, `Contact ${i}`));
  return { ...emptyJournal(), contacts };
}

const kept = async (notice: JournalStore['notice']) => {
  expect(notice).toMatchObject({ kind: 'repaired' });
  return readFile((notice as { keptAt: string }).keptAt);
};

describe('one bad record does not shelve the journal', () => {
  const badOnes = {
    3: { ...contact('c3', 'Jan Smit'), email: 'jan@@example' },
    7: { ...contact('c7', 'Tess'), tags: ['x'.repeat(41)] },
    11: { ...contact('c11', 'Omar'), favouriteColour: 'blauw' },
  };

  it('opens with the 17 good contacts, sets the 3 others aside with what is wrong, and keeps the original byte for byte', async () => {
    const original = JSON.stringify(twenty(badOnes), null, 2);
    await writeFile(path, original);
    const store = await folder.open();

    expect(store.readOnly).toBe(false);
    expect(store.data.contacts).toHaveLength(17);
    expect(store.data.contacts.map((c) => c.name)).not.toContain('Jan Smit');
    expect(store.notice).toMatchObject({ kind: 'repaired', setAside: 3, changes: [], problem: null });
    expect(store.data.setAside.map((e) => [JSON.parse(e.raw).name, e.problems])).toEqual([
      ['Jan Smit', [{ path: 'email', code: 'invalid_email' }]],
      ['Tess', [{ path: 'tags.0', code: 'too_long' }]],
      ['Omar', [{ path: 'favouriteColour', code: 'unknown_field' }]],
    ]);
    // The raw text is the record as it was, so the person can fix exactly that.
    expect(JSON.parse(store.data.setAside[0]!.raw)).toEqual(badOnes[3]);
    expect((await kept(store.notice)).toString('utf8')).toBe(original);
    expect((store.notice as { keptAt: string }).keptAt).toBe(
      join(dir, 'journal.before-repair-2026-11-23T10-00-00-000Z.json'),
    );

    // The repaired journal is on disk with the set-aside records in it: they survive a restart, and the
    // next start is clean (no second repair, no second copy).
    await store.close();
    const again = await folder.open();
    expect(again.notice).toBeNull();
    expect(again.data.contacts).toHaveLength(17);
    expect(again.data.setAside).toHaveLength(3);
    expect((await readdir(dir)).filter((f) => f.includes('before-repair'))).toHaveLength(1);
  });

  it('accepts a UTF-8 byte-order mark silently: it is not damage', async () => {
    await writeFile(path, '\uFEFF' + JSON.stringify(twenty()));
    const store = await folder.open();
    expect(store.notice).toBeNull();
    expect(store.data.contacts).toHaveLength(20);
    await store.close(); // the day's backup is made beside the first minutes of work: wait for it
    // Nothing kept aside, nothing rewritten: only the day's backup (and the journal's lock) beside it.
    expect((await readdir(dir)).filter((n) => !n.startsWith('.~lock.')).sort()).toEqual([
      'backups',
      'journal.json',
    ]);
  });

  it('reports bytes that are not UTF-8 in the records that hold them, and keeps the original bytes', async () => {
    const text = JSON.stringify(twenty({ 5: contact('c5', 'Zo#') }));
    const bytes = Buffer.from(text, 'utf8');
    // "Zoë" as Latin-1 wrote it: 0xEB is not UTF-8 on its own.
    bytes[bytes.indexOf('Zo#') + 2] = 0xeb;
    await writeFile(path, bytes);
    const store = await folder.open();
    expect(store.notice).toMatchObject({
      kind: 'repaired',
      setAside: 0,
      changes: [{ change: 'unreadable-characters', collection: 'contacts', id: 'c5', label: 'Zo\uFFFD' }],
    });
    expect(store.data.contacts).toHaveLength(20);
    expect(Buffer.compare(await kept(store.notice), bytes)).toBe(0);
  });
});

describe('duplicate ids', () => {
  it('removes an exact copy, gives a different record its own id, keeps references with the first, and says so', async () => {
    const journal: Journal = {
      ...emptyJournal(),
      contacts: [
        contact('a1', 'Anna Bakker'),
        contact('a1', 'Anna Bakker'),
        contact('a1', 'Aart Jansen'),
        contact('b2', 'Bram'),
      ],
      conversations: [conversation('v1', 'a1')],
    };
    await writeFile(path, JSON.stringify(journal));
    const store = await folder.open();
    expect(store.data.contacts.map((c) => [c.id, c.name])).toEqual([
      ['a1', 'Anna Bakker'],
      ['a1-2', 'Aart Jansen'],
      ['b2', 'Bram'],
    ]);
    expect(store.data.conversations[0]?.contactId).toBe('a1');
    expect(store.notice).toMatchObject({
      kind: 'repaired',
      changes: [
        { change: 'duplicate-removed', collection: 'contacts', id: 'a1', label: 'Anna Bakker' },
        { change: 'id-renamed', collection: 'contacts', id: 'a1', newId: 'a1-2', label: 'Aart Jansen' },
      ],
    });
  });
});

describe('two profiles', () => {
  it('keeps one Mijn doel: the later version; an exact copy goes, another is set aside and cannot come back beside it', async () => {
    const older = profileRecord({ pitch: 'Oud.', updatedAt: '2026-11-01T10:00:00.000Z' });
    const newer = profileRecord({ pitch: 'Nieuw.', updatedAt: '2026-11-20T10:00:00.000Z' });
    const journal: Journal = { ...emptyJournal(), profile: [older, newer, newer] };
    expect(journalIsSound(journal)).toBe(false);
    await writeFile(path, JSON.stringify(journal));
    const store = await folder.open();
    expect(store.data.profile).toEqual([newer]);
    expect(store.data.setAside.map((r) => [r.collection, JSON.parse(r.raw).pitch, r.problems])).toEqual([
      ['profile', 'Oud.', [{ path: 'id', code: 'duplicate_id' }]],
    ]);
    expect(store.notice).toMatchObject({
      kind: 'repaired',
      changes: [{ change: 'duplicate-removed', collection: 'profile', id: 'mijn-doel' }],
    });
    expect(journalIsSound(store.data)).toBe(true);
  });
});

describe('a clean journal', () => {
  it('takes the fast path: nothing to repair, the records come back as they are', () => {
    const sound = {
      ...emptyJournal(),
      contacts: [contact('a1', 'Anna')],
      conversations: [conversation('v1', 'a1')],
    };
    const decoded = decodeJournal(Buffer.from(JSON.stringify(sound)));
    expect(decoded.repair).toBeNull();
    expect(decoded.journal).toEqual(sound);
  });
});

describe('fixing or dropping what was set aside (through dispatch, as the UI does)', () => {
  let core: Netwerkdagboek;
  afterEach(async () => {
    await core.close();
  });

  async function openCore(journal: Record<string, unknown>) {
    await writeFile(path, JSON.stringify(journal));
    const settings = new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'ndb-test' }));
    core = await openNetwerkdagboek({
      journalPath: path,
      clock,
      settings,
      systemLanguages: ['nl-NL'],
      openExternal: async () => undefined,
      showInFolder: () => undefined,
      chooseJournalLocation: async () => null,
      appVersion: '0.1.0',
    });
  }
  const status = async () =>
    ((await core.dispatch('app:status', undefined)) as { data: { journal: Record<string, unknown> } }).data
      .journal;

  it('shows the set-aside record with its label; a fix that is still wrong says which field, and changes nothing', async () => {
    await openCore(twenty({ 3: { ...contact('c3', 'Jan Smit'), email: 'jan@@example' } }));
    const { setAside, setAsideTotal } = (await status()) as {
      setAside: { id: string; label: string; raw: string }[];
      setAsideTotal: number;
    };
    expect(setAsideTotal).toBe(1);
    expect(setAside[0]).toMatchObject({ label: 'Jan Smit', collection: 'contacts' });
    const entry = setAside[0]!;

    const stillWrong = await core.dispatch('journal:restoreRecord', {
      id: entry.id,
      raw: entry.raw.replace('jan@@example', 'jan@@example.nl'),
    });
    expect(stillWrong).toEqual({
      ok: false,
      error: {
        code: 'record_invalid',
        message: expect.stringContaining('niet teruggezet') as string,
        fields: { email: 'Dit lijkt geen e-mailadres. Bijvoorbeeld: naam@voorbeeld.nl' },
      },
    });
    const notJson = await core.dispatch('journal:restoreRecord', { id: entry.id, raw: '{"name": "Jan' });
    expect(notJson).toMatchObject({ ok: false, error: { fields: { _: expect.stringContaining('JSON') } } });
    expect(core.store.data.contacts).toHaveLength(19);

    const fixed = await core.dispatch('journal:restoreRecord', {
      id: entry.id,
      raw: entry.raw.replace('jan@@example', 'jan@example.nl'),
    });
    expect(fixed).toEqual({ ok: true, data: { restored: 1 } });
    const list = await core.dispatch('contacts:list', {});
    expect((list as { data: { contacts: { name: string }[] } }).data.contacts.map((c) => c.name)).toContain(
      'Jan Smit',
    );
    await core.store.flush();
    const onDisk = decodeJournal(await readFile(path)).journal;
    expect(onDisk.setAside).toEqual([]);
    expect(onDisk.contacts.find((c) => c.id === 'c3')?.email).toBe('jan@example.nl');
  });

  it('brings back the conversations that were waiting for a contact when that contact is put back', async () => {
    const journal = twenty({ 2: { ...contact('c2', 'Lies'), phone: 'bel me' } });
    journal['conversations'] = [conversation('v1', 'c2'), conversation('v2', 'c1')];
    await openCore(journal);
    expect(core.store.data.conversations.map((v) => v.id)).toEqual(['v2']);
    expect(core.store.data.setAside.map((e) => e.collection)).toEqual(['contacts', 'conversations']);
    const entry = core.store.data.setAside[0]!;
    const result = await core.dispatch('journal:restoreRecord', {
      id: entry.id,
      raw: entry.raw.replace('bel me', '+31 6 1234 5678'),
    });
    expect(result).toEqual({ ok: true, data: { restored: 2 } });
    expect(core.store.data.conversations.map((v) => v.id)).toEqual(['v2', 'v1']);
    expect(core.store.data.setAside).toEqual([]);
  });

  it('throws a set-aside record away for good', async () => {
    await openCore(twenty({ 7: { ...contact('c7', 'Tess'), tags: ['x'.repeat(41)] } }));
    const entry = core.store.data.setAside[0]!;
    expect(await core.dispatch('journal:dropRecord', { id: entry.id })).toEqual({
      ok: true,
      data: { id: entry.id },
    });
    expect(await core.dispatch('journal:dropRecord', { id: entry.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await core.store.flush();
    const onDisk = decodeJournal(await readFile(path)).journal;
    expect(onDisk.setAside).toEqual([]);
    expect(onDisk.contacts).toHaveLength(19);
  });
});
