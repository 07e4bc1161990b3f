import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuplicateList, MergeResult, Result } from '../../../contract/contract';
import type { Contact, Conversation, Journal, Reminder } from '../../../contract/domain';
import { openNetwerkdagboek, type Netwerkdagboek } from '../../netwerkdagboek';
import { SettingsStore } from '../../settings/settings';
import { ManualClock } from '../../testing/manual-clock';

let dir: string;
let journalPath: string;
let opened: Netwerkdagboek[];
let clock: ManualClock;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-duplicates-'));
  journalPath = join(dir, 'journal.json');
  opened = [];
  clock = new ManualClock('2026-11-23T10:00:00+01:00');
});
afterEach(async () => {
  for (const app of opened) await app.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(): Promise<Netwerkdagboek> {
  const app = await openNetwerkdagboek({
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
  opened.push(app);
  return app;
}

async function restart(app: Netwerkdagboek): Promise<Netwerkdagboek> {
  await app.close();
  opened = opened.filter((a) => a !== app);
  return start();
}

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.data as T;
}

async function onDisk(): Promise<Journal> {
  return JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
}

const add = async (app: Netwerkdagboek, fields: Record<string, unknown>) =>
  ok<Contact>(await app.dispatch('contacts:create', fields));

const names = (list: DuplicateList) => list.pairs.map((p) => [p.a.name, p.b.name]);

describe('contacts:duplicates', () => {
  it('finds the same e-mail, the same LinkedIn profile and alike names, and says why', async () => {
    const app = await start();
    await add(app, { name: 'Anna Bakker', email: 'anna@example.nl' });
    await add(app, { name: 'A. Bakker', email: 'Anna@Example.nl' });
    await add(app, { name: 'Bram Mulder', linkedin: 'https://www.linkedin.com/in/bram-mulder/' });
    await add(app, { name: 'Bram M.', linkedin: 'linkedin.com/in/Bram-Mulder?trk=people' });
    await add(app, { name: 'Joost de Vries' });
    await add(app, { name: 'Joost Vries' });
    await add(app, { name: 'Sanne Jansen' });
    await add(app, { name: 'Sanne Jansen-de Vries' });
    // One first name alone is in every Sanne: only a pair at the same organisation.
    await add(app, { name: 'Sanne' });
    await add(app, { name: 'Kees', organisation: 'Gemeente Utrecht' });
    await add(app, { name: 'Kees Smit', organisation: 'gemeente utrecht' });
    // Not alike: whole words only.
    await add(app, { name: 'Jan' });
    await add(app, { name: 'Jansen' });
    const list = ok<DuplicateList>(await app.dispatch('contacts:duplicates', undefined));
    expect(list.total).toBe(5);
    expect(names(list)).toEqual([
      ['Anna Bakker', 'A. Bakker'],
      ['Bram Mulder', 'Bram M.'],
      ['Joost de Vries', 'Joost Vries'],
      ['Kees', 'Kees Smit'],
      ['Sanne Jansen', 'Sanne Jansen-de Vries'],
    ]);
    expect(list.pairs[0]!.reasons).toEqual([{ kind: 'email', value: 'anna@example.nl' }]);
    expect(list.pairs[1]!.reasons).toEqual([
      { kind: 'linkedin', value: 'https://www.linkedin.com/in/bram-mulder' },
    ]);
    expect(list.pairs[2]!.reasons).toEqual([{ kind: 'name', similarity: 3 }]);
  });

  it('"Geen dubbele" keeps a pair off the list for good: written to the journal, there after a restart', async () => {
    let app = await start();
    const a = await add(app, { name: 'Joost de Vries' });
    const b = await add(app, { name: 'Joost Vries' });
    await add(app, { name: 'Sanne Jansen', email: 's@example.nl' });
    await add(app, { name: 'Sanne J.', email: 's@example.nl' });
    const after = ok<DuplicateList>(await app.dispatch('contacts:notDuplicate', { ids: [b.id, a.id] }));
    expect(names(after)).toEqual([['Sanne Jansen', 'Sanne J.']]);
    expect((await onDisk()).notDuplicates).toEqual([
      { ids: [a.id, b.id].sort(), at: '2026-11-23T09:00:00.000Z' },
    ]);
    app = await restart(app);
    expect(names(ok<DuplicateList>(await app.dispatch('contacts:duplicates', undefined)))).toEqual([
      ['Sanne Jansen', 'Sanne J.'],
    ]);
    // Said twice is written once.
    await app.dispatch('contacts:notDuplicate', { ids: [a.id, b.id] });
    expect((await onDisk()).notDuplicates).toHaveLength(1);
  });

  it('refuses a pair of one contact, or a contact that is not there, and changes nothing', async () => {
    const app = await start();
    const a = await add(app, { name: 'Anna' });
    expect(await app.dispatch('contacts:notDuplicate', { ids: [a.id, a.id] })).toMatchObject({
      ok: false,
      error: { code: 'self_reference' },
    });
    expect(await app.dispatch('contacts:notDuplicate', { ids: [a.id, 'nobody'] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(app.store.data.notDuplicates).toEqual([]);
  });

  it('with a contactId, answers only the pairs that contact is in (the sort-in pass asks per person)', async () => {
    const app = await start();
    const anna = await add(app, { name: 'Anna Bakker', email: 'anna@example.nl' });
    await add(app, { name: 'A. Bakker', email: 'anna@example.nl' });
    await add(app, { name: 'Anna Bakker' });
    await add(app, { name: 'Joost de Vries' });
    const joost = await add(app, { name: 'Joost Vries' });
    const alone = await add(app, { name: 'Sanne Jansen' });
    const of = async (contactId: string) =>
      ok<DuplicateList>(await app.dispatch('contacts:duplicates', { contactId }));
    expect(ok<DuplicateList>(await app.dispatch('contacts:duplicates', undefined)).total).toBe(3);
    const annas = await of(anna.id);
    expect(annas.total).toBe(2);
    expect(annas.pairs.every((p) => p.a.id === anna.id || p.b.id === anna.id)).toBe(true);
    expect(names(await of(joost.id))).toEqual([['Joost de Vries', 'Joost Vries']]);
    expect(await of(alone.id)).toEqual({ total: 0, pairs: [] });
    expect(await app.dispatch('contacts:duplicates', { contactId: '' })).toMatchObject({ ok: false });
  });
});

/** Two records of Anna and everything that can refer to a contact, on the one to be merged away. */
async function annaTwice(app: Netwerkdagboek) {
  const keep = await add(app, {
    name: 'Anna Bakker',
    email: 'anna@werk.nl',
    organisation: 'Gemeente Utrecht',
    strength: 'een-beetje',
    tags: ['overheid'],
    notes: 'Kent iedereen bij de gemeente.',
  });
  const other = await add(app, {
    name: 'Anna Bakker',
    email: 'anna@prive.nl',
    organisation: 'Provincie Utrecht',
    role: 'Beleidsadviseur',
    strength: 'goed',
    tags: ['Overheid', 'fietsen'],
    notes: 'Fietst elke zondag.',
    howWeMet: 'Op de verjaardag van Kees.',
  });
  const introduced = await add(app, { name: 'Cor Visser', introducedById: other.id });
  const withOther = ok<Conversation>(
    await app.dispatch('conversations:create', {
      contactId: other.id,
      date: '2026-11-10',
      status: 'gehouden',
      participantIds: [keep.id, introduced.id],
    }),
  );
  const otherPresent = ok<Conversation>(
    await app.dispatch('conversations:create', {
      contactId: introduced.id,
      date: '2026-11-12',
      participantIds: [other.id],
      status: 'gehouden',
      evaluation: {
        referrals: [{ id: 'ref-1', name: 'Anna Bakker', contactId: other.id }],
        nextStep: 'Anna mailen',
        nextStepOn: '2026-11-30',
      },
    }),
  );
  ok(await app.dispatch('touches:add', { contactId: other.id, channel: 'telefoon', on: '2026-11-15' }));
  ok(
    await app.dispatch('reminders:create', {
      title: 'Anna het artikel sturen',
      date: '2026-11-25',
      time: '10:00',
      contactId: other.id,
    }),
  );
  return { keep, other, introduced, withOther, otherPresent };
}

/** Every id a record in the journal names, with where. */
function references(j: Journal): string[] {
  const refs: string[] = [];
  for (const c of j.contacts) if (c.introducedById) refs.push(`introducedById:${c.introducedById}`);
  for (const v of j.conversations) {
    refs.push(`contactId:${v.contactId}`, ...v.participantIds.map((p) => `participant:${p}`));
    for (const r of v.evaluation?.referrals ?? []) if (r.contactId) refs.push(`referral:${r.contactId}`);
  }
  for (const t of j.touches) refs.push(`touch:${t.contactId}`);
  for (const r of j.reminders) if (r.contactId) refs.push(`reminder:${r.contactId}`);
  return refs;
}

const keepInTouch = (j: Journal, id: string): Reminder[] =>
  j.reminders.filter(
    (r) =>
      r.contactId === id && r.kind === 'contact-onderhouden' && (r.state === 'open' || r.state === 'snoozed'),
  );

describe('contacts:merge', () => {
  it('moves every reference to the kept contact, in one write, and the other is gone with a tombstone', async () => {
    const app = await start();
    const { keep, other, introduced, withOther, otherPresent } = await annaTwice(app);
    expect(keepInTouch(app.store.data, keep.id)).toHaveLength(1);
    expect(keepInTouch(app.store.data, other.id)).toHaveLength(1);
    const before = await onDisk();
    // Contact of a conversation, another present, a referral, an introducer, a touch, and three reminders:
    // their own, a thank-you for the held conversation, keeping in touch.
    expect(references(before).filter((r) => r.endsWith(other.id)).length).toBe(8);
    const edits = app.store.editCount;

    const merged = ok<MergeResult>(
      await app.dispatch('contacts:merge', { keepId: keep.id, mergeId: other.id, fromOther: ['role'] }),
    );
    // Their own reminder and the thank-you move; their keep-in-touch goes, Anna has hers.
    expect(merged.moved).toEqual({ conversations: 2, touches: 1, reminders: 2, introduced: 1 });
    const journal = await onDisk();
    expect(journal.contacts.map((c) => c.id)).toEqual([keep.id, introduced.id]);
    expect(references(journal).filter((r) => r.endsWith(other.id))).toEqual([]);
    expect(journal.contacts.find((c) => c.id === introduced.id)!.introducedById).toBe(keep.id);
    const first = journal.conversations.find((v) => v.id === withOther.id)!;
    // Anna was there already as another participant: once now, as the conversation's contact.
    expect({ contactId: first.contactId, participants: first.participantIds }).toEqual({
      contactId: keep.id,
      participants: [introduced.id],
    });
    const second = journal.conversations.find((v) => v.id === otherPresent.id)!;
    expect(second.participantIds).toEqual([keep.id]);
    expect(second.evaluation!.referrals[0]!.contactId).toBe(keep.id);
    expect(journal.touches.map((t) => t.contactId)).toEqual([keep.id]);
    // Never two keep-in-touch reminders for one person.
    expect(keepInTouch(journal, keep.id)).toHaveLength(1);
    expect(journal.reminders.filter((r) => r.kind === 'eigen').map((r) => r.contactId)).toEqual([keep.id]);
    expect(journal.deleted).toContainEqual({
      collection: 'contacts',
      id: other.id,
      deletedAt: expect.any(String),
    });
    // The merge and what the reminder rules did after it: one call, written together.
    expect(app.store.editCount - edits).toBeLessThanOrEqual(2);
  });

  it('takes the chosen fields from the other, combines texts and tags, and keeps the unchosen address among the others', async () => {
    const app = await start();
    const { keep, other } = await annaTwice(app);
    const { contact } = ok<MergeResult>(
      await app.dispatch('contacts:merge', {
        keepId: keep.id,
        mergeId: other.id,
        fromOther: ['organisation', 'role', 'strength'],
      }),
    );
    expect(contact).toMatchObject({
      id: keep.id,
      name: 'Anna Bakker',
      email: 'anna@werk.nl',
      organisation: 'Provincie Utrecht',
      role: 'Beleidsadviseur',
      strength: 'goed',
      tags: ['overheid', 'fietsen'],
      howWeMet: 'Op de verjaardag van Kees.',
      notes: 'Kent iedereen bij de gemeente.\n\nFietst elke zondag.',
      moreEmails: ['anna@prive.nl'],
      createdAt: keep.createdAt,
    });
    expect((await onDisk()).contacts.find((c) => c.id === keep.id)).toEqual({
      ...contact,
      lastContactOn: null,
    });
  });

  it('refuses merging someone into themselves, an unknown contact, or notes past their limit, and changes nothing', async () => {
    const app = await start();
    const a = await add(app, { name: 'Anna', notes: 'x'.repeat(15_000) });
    const b = await add(app, { name: 'Anna', notes: 'y'.repeat(15_000) });
    const data = app.store.data;
    for (const [input, code] of [
      [{ keepId: a.id, mergeId: a.id }, 'self_reference'],
      [{ keepId: a.id, mergeId: 'nobody' }, 'not_found'],
      [{ keepId: a.id, mergeId: b.id }, 'invalid_input'],
      [{ keepId: a.id, mergeId: b.id, fromOther: ['importedAt'] }, 'invalid_input'],
    ] as const) {
      expect(await app.dispatch('contacts:merge', input)).toMatchObject({ ok: false, error: { code } });
    }
    expect(app.store.data).toBe(data);
  });
});

describe('contacts:undoMerge', () => {
  it('puts everything back where it was, and a restart keeps it so (no tombstone left)', async () => {
    let app = await start();
    const { keep, other } = await annaTwice(app);
    const before = await onDisk();
    const { undoId } = ok<MergeResult>(
      await app.dispatch('contacts:merge', { keepId: keep.id, mergeId: other.id, fromOther: ['name'] }),
    );
    clock.advance(60_000);
    const back = ok<Contact>(await app.dispatch('contacts:undoMerge', { undoId }));
    expect(back).toMatchObject({ id: other.id, email: 'anna@prive.nl', organisation: 'Provincie Utrecht' });
    const after = await onDisk();
    const withoutStamps = (j: Journal) =>
      JSON.parse(
        JSON.stringify(j, (k, v: unknown) => (k === 'updatedAt' || k === 'notifiedAt' ? undefined : v)),
      );
    const sorted = (j: Journal) => ({
      ...withoutStamps(j),
      contacts: withoutStamps(j).contacts.sort((x: Contact, y: Contact) => x.id.localeCompare(y.id)),
      reminders: withoutStamps(j).reminders.sort((x: Reminder, y: Reminder) => x.id.localeCompare(y.id)),
    });
    expect(sorted(after)).toEqual(sorted(before));
    expect(after.deleted).toEqual([]);
    expect(keepInTouch(after, keep.id)).toHaveLength(1);
    expect(keepInTouch(after, other.id)).toHaveLength(1);
    // Once undone, the same undo does nothing more.
    expect(await app.dispatch('contacts:undoMerge', { undoId })).toMatchObject({
      ok: false,
      error: { code: 'merge_changed' },
    });
    app = await restart(app);
    expect(ok<Contact>(await app.dispatch('contacts:get', { id: other.id })).name).toBe('Anna Bakker');
  });

  it('is refused once the kept contact was edited since, and changes nothing', async () => {
    const app = await start();
    const { keep, other } = await annaTwice(app);
    const { undoId } = ok<MergeResult>(
      await app.dispatch('contacts:merge', { keepId: keep.id, mergeId: other.id }),
    );
    ok(await app.dispatch('contacts:update', { id: keep.id, changes: { role: 'Wethouder' } }));
    const data = app.store.data;
    expect(await app.dispatch('contacts:undoMerge', { undoId })).toMatchObject({
      ok: false,
      error: { code: 'merge_changed', message: expect.stringContaining('ongedaan') },
    });
    expect(app.store.data).toBe(data);
  });
});
