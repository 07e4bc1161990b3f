/**
 * What a merge leaves behind besides the records it moves (issue 12, found in review): reminders the
 * person ticked off before "Ongedaan maken", open sync conflicts whose other version names the contact
 * merged away, and a referral that the merge would turn into the person referring you to themself.
 * On a real journal in a temp folder, through core's channels.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MergeResult, ReferralChain, ReminderList, Result, SyncView } from '../../../contract/contract';
import {
  ContactFields,
  ConversationFields,
  type Contact,
  type Conversation,
  type Journal,
  type RecordConflict,
  type Reminder,
} from '../../../contract/domain';
import { emptyJournal } from '../../journal/journal-store';
import { serializeJournal } from '../../journal/serialize';
import { openNetwerkdagboek, type Netwerkdagboek } from '../../netwerkdagboek';
import { SettingsStore } from '../../settings/settings';
import { ManualClock } from '../../testing/manual-clock';

let dir: string;
let journalPath: string;
let app: Netwerkdagboek;
let clock: ManualClock;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-merge-'));
  journalPath = join(dir, 'journal.json');
  clock = new ManualClock('2026-11-23T10:00:00+01:00');
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** Opens the core on the journal; on `journal` as a file written before (by an earlier sync, say). */
async function start(journal?: Journal): Promise<void> {
  if (journal) await writeFile(journalPath, serializeJournal(journal));
  app = await openNetwerkdagboek({
    journalPath,
    clock,
    timers: clock,
    watchTimers: clock,
    settings: new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'netwerkdagboek-test' })),
    systemLanguages: ['nl-NL'],
    openExternal: async () => undefined,
    showInFolder: () => undefined,
    chooseJournalLocation: async () => null,
    appVersion: '1.0.0',
  });
}

async function call<T>(channel: string, payload?: unknown): Promise<T> {
  const result = (await app.dispatch(channel, payload)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.data;
}
async function onDisk(): Promise<Journal> {
  await app.store.flush();
  return JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
}
/** Two records of Anna; the second one is merged away in every test. */
async function annaTwice() {
  const keep = await call<Contact>('contacts:create', { name: 'Anna Bakker', email: 'anna@werk.nl' });
  const other = await call<Contact>('contacts:create', { name: 'Anna Bakker', email: 'anna@prive.nl' });
  return { keep, other };
}
const merge = (keep: Contact, other: Contact) =>
  call<MergeResult>('contacts:merge', { keepId: keep.id, mergeId: other.id });
const ownReminder = (title: string, contactId: string) =>
  call<Reminder>('reminders:create', { title, date: '2026-11-25', time: '10:00', contactId });

describe('undoing a merge, and the reminders that moved with it', () => {
  it('keeps what the person did with them since: done stays done, put off stays put off, deleted stays deleted', async () => {
    await start();
    const { keep, other } = await annaTwice();
    const sent = await ownReminder('Anna het artikel sturen', other.id);
    const call_ = await ownReminder('Anna bellen over de vacature', other.id);
    const lunch = await ownReminder('Lunch met Anna plannen', other.id);
    const { undoId } = await merge(keep, other);
    clock.advance(60_000);
    await call('reminders:complete', { id: sent.id });
    await call('reminders:snooze', { id: call_.id, option: 'week' });
    await call('reminders:delete', { id: lunch.id });
    clock.advance(60_000);

    await call('contacts:undoMerge', { undoId });
    const journal = await onDisk();
    const byId = (id: string) => journal.reminders.find((r) => r.id === id);
    // Back with Anna's second record, as they were left: never open again to do twice.
    expect(byId(sent.id)).toMatchObject({ contactId: other.id, state: 'done' });
    expect(byId(call_.id)).toMatchObject({
      contactId: other.id,
      state: 'snoozed',
      snoozedUntil: { date: '2026-11-30' },
    });
    expect(byId(lunch.id)).toBeUndefined();
    // Herinneringen shows it under done, for Anna's second record again, not as something to do.
    const { reminders } = await call<ReminderList>('reminders:list');
    expect(reminders.find((r) => r.id === sent.id)).toMatchObject({ group: 'done', contactId: other.id });
    expect(reminders.some((r) => r.id === lunch.id)).toBe(false);
  });
});

const at = '2026-11-20T10:00:00.000Z';
const person = (id: string, name: string, fields: Partial<Contact> = {}): Contact => ({
  id,
  ...ContactFields.parse({ name }),
  archived: false,
  importedAt: null,
  createdAt: at,
  updatedAt: at,
  ...fields,
});
const conversation = (id: string, fields: Record<string, unknown>): Conversation => ({
  id,
  ...ConversationFields.parse({ date: '2026-11-19', status: 'gehouden', ...fields }),
  createdAt: at,
  updatedAt: at,
});
/** Every contact id the records and the conflicts' other versions name. */
function named(j: Journal): string[] {
  const ids: string[] = [];
  const add = (r: Record<string, unknown> | null) => {
    if (!r) return;
    for (const key of ['contactId', 'introducedById']) if (typeof r[key] === 'string') ids.push(r[key]);
    if (Array.isArray(r['participantIds'])) ids.push(...(r['participantIds'] as string[]));
    const referrals = (r['evaluation'] as Conversation['evaluation'])?.referrals ?? [];
    for (const ref of referrals) if (ref.contactId) ids.push(ref.contactId);
  };
  for (const list of [j.contacts, j.conversations, j.touches, j.reminders]) list.forEach((r) => add(r));
  for (const c of j.conflicts) add(c.other as Record<string, unknown> | null);
  return ids;
}

describe('a merge with sync conflicts still open', () => {
  const keep = person('anna-1', 'Anna Bakker', { email: 'anna@werk.nl' });
  const other = person('anna-2', 'Anna Bakker', { email: 'anna@prive.nl' });
  const cor = person('cor', 'Cor Visser', { introducedById: other.id });
  const talk = conversation('talk', { contactId: other.id, participantIds: [cor.id], notes: 'Op kantoor.' });
  // What the other computer had, each still to be chosen ("Deze houden"): the conversation with other
  // notes, the contact merged away with another role, Cor as introduced by that same record.
  const conflicts: RecordConflict[] = [
    {
      id: 'conflict-talk',
      collection: 'conversations',
      recordId: talk.id,
      other: { ...talk, notes: 'Op kantoor, met koffie.', participantIds: [cor.id] },
      at,
    },
    {
      id: 'conflict-anna',
      collection: 'contacts',
      recordId: other.id,
      other: { ...other, role: 'Teamleider' },
      at,
    },
    { id: 'conflict-cor', collection: 'contacts', recordId: cor.id, other: { ...cor, role: 'Adviseur' }, at },
  ];
  const journal = (): Journal => ({
    ...emptyJournal(),
    contacts: [keep, other, cor],
    conversations: [talk],
    conflicts,
  });

  it('moves the other versions along: choosing one afterwards names the kept contact, nobody dangles', async () => {
    await start(journal());
    await merge(keep, other);
    let disk = await onDisk();
    expect(named(disk)).not.toContain(other.id);
    // The conflict about the record merged away goes: its other version would bring that record back.
    const view = await call<SyncView>('journal:sync');
    expect(view.conflicts.map((c) => c.id)).toEqual(['conflict-talk', 'conflict-cor']);

    await call('journal:resolveConflict', { id: 'conflict-talk', keep: 'other' });
    await call('journal:resolveConflict', { id: 'conflict-cor', keep: 'other' });
    disk = await onDisk();
    expect(disk.conversations).toMatchObject([
      { id: talk.id, contactId: keep.id, participantIds: [cor.id], notes: 'Op kantoor, met koffie.' },
    ]);
    expect(disk.contacts.find((c) => c.id === cor.id)).toMatchObject({
      introducedById: keep.id,
      role: 'Adviseur',
    });
    expect(disk.contacts.map((c) => c.id)).toEqual([keep.id, cor.id]);
    expect(named(disk)).not.toContain(other.id);
    expect(disk.conflicts).toEqual([]);
  });

  it('undoing the merge gives the conflicts back as they were, to be chosen as before', async () => {
    await start(journal());
    const { undoId } = await merge(keep, other);
    clock.advance(60_000);
    await call('contacts:undoMerge', { undoId });
    const byId = (list: readonly RecordConflict[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId((await onDisk()).conflicts)).toEqual(byId(conflicts));
    await call('journal:resolveConflict', { id: 'conflict-anna', keep: 'other' });
    expect((await onDisk()).contacts.find((c) => c.id === other.id)).toMatchObject({ role: 'Teamleider' });
  });

  it('refuses, changing nothing, a version that names someone no longer in the journal among those present', async () => {
    const gone = conversation('talk', { contactId: keep.id, participantIds: ['nobody'] });
    await start({
      ...emptyJournal(),
      contacts: [keep],
      conversations: [{ ...gone, participantIds: [] }],
      conflicts: [{ id: 'conflict-gone', collection: 'conversations', recordId: 'talk', other: gone, at }],
    });
    expect(
      await app.dispatch('journal:resolveConflict', { id: 'conflict-gone', keep: 'other' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await onDisk()).conversations[0]!.participantIds).toEqual([]);
  });
});

describe('a referral the merge would make a self-referral', () => {
  it('is kept with what the person wrote, no longer linked: nobody refers you to themself', async () => {
    await start();
    const { keep, other } = await annaTwice();
    // Anna (the first record) named a colleague, and the second record was made for that colleague,
    // who turns out to be Anna herself.
    const talk = await call<Conversation>('conversations:create', {
      contactId: keep.id,
      date: '2026-11-10',
      status: 'gehouden',
      evaluation: {
        referrals: [
          { id: 'ref-anna', name: 'Anna Bakker', why: 'Weet alles van de provincie.', contactId: other.id },
        ],
      },
    });
    await merge(keep, other);
    const saved = (await onDisk()).conversations.find((v) => v.id === talk.id)!;
    expect(saved.contactId).toBe(keep.id);
    expect(saved.evaluation!.referrals).toEqual([
      {
        id: 'ref-anna',
        name: 'Anna Bakker',
        organisation: '',
        role: '',
        why: 'Weet alles van de provincie.',
        contactId: null,
      },
    ]);
    // Her page no longer lists her own conversation as one where she was named as a referral.
    const chain = await call<ReferralChain>('contacts:chain', { id: keep.id });
    expect(chain.referredIn).toEqual([]);
  });
});
