import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  HelpAskView,
  HelpRequestView,
  HelpSuggestion,
  ProfileView,
  Result,
} from '../../contract/contract';
import type { Contact } from '../../contract/domain';
import { errorMessages } from '../../contract/messages';
import { plannedActionRecord } from '../testing/plan-records';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

let t: OverviewApp;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-03T10:00:00+01:00');
});
afterEach(() => t.close());

/** The error of a refused call, its field messages turned back into their codes. */
const codeOf = new Map(Object.entries(errorMessages.nl.fields).map(([code, message]) => [message, code]));
const refused = async (channel: string, payload: unknown) => {
  const result: Result<unknown> = await t.app.dispatch(channel, payload);
  if (result.ok) throw new Error(`${channel} was accepted`);
  const fields = result.error.fields
    ? Object.fromEntries(Object.entries(result.error.fields).map(([f, m]) => [f, codeOf.get(m) ?? m]))
    : undefined;
  return { ...result.error, fields };
};
const onDisk = async () => {
  await t.app.store.flush();
  return JSON.parse(await readFile(t.app.store.path, 'utf8'));
};
const profile = {
  name: 'Sanne de Boer',
  lookingFor: { role: 'Beleidsadviseur', field: 'energie', region: 'Utrecht', organisationKind: 'gemeente' },
  pitch: 'Ik ben Sanne en werk aan de energietransitie.',
  successStories: ['Een wijkaanpak met 400 huishoudens.', 'Subsidie binnengehaald.'],
  questions: {
    want: 'Adviseur worden',
    can: 'Verbinden',
    offer: 'Ervaring',
    where: 'Utrecht',
    whoCanHelp: 'Anna',
  },
  reached: null,
};

describe('Mijn doel', () => {
  it('is empty until saved, then on disk and the same when read again', async () => {
    expect(await t.call<ProfileView>('profile:get')).toMatchObject({ savedAt: null, profile: { pitch: '' } });
    const saved = await t.call<ProfileView>('profile:save', profile);
    expect(saved.savedAt).toBe('2026-12-03T09:00:00.000Z');
    expect(saved.profile).toEqual(profile);
    expect((await onDisk()).profile).toMatchObject([{ id: 'mijn-doel', pitch: profile.pitch }]);
    t.clock.advance(60_000);
    const again = await t.call<ProfileView>('profile:save', { ...profile, pitch: 'Korter.' });
    expect(again).toMatchObject({ savedAt: '2026-12-03T09:01:00.000Z', profile: { pitch: 'Korter.' } });
    expect((await onDisk()).profile).toHaveLength(1);
  });

  it('refuses a fourth success story and a goal reached tomorrow, and keeps what was saved', async () => {
    await t.call('profile:save', profile);
    const four = await refused('profile:save', { ...profile, successStories: ['a', 'b', 'c', 'd'] });
    expect(four.fields).toEqual({ successStories: 'too_many' });
    const tomorrow = { what: 'Adviseur', where: 'Eneco', from: null, on: '2026-12-04' };
    expect((await refused('profile:save', { ...profile, reached: tomorrow })).fields).toEqual({
      'reached.on': 'in_future',
    });
    expect((await t.call<ProfileView>('profile:get')).profile.successStories).toHaveLength(2);
  });

  it('keeps my name (how I sign), refuses one too long, and reads a profile saved without one as empty', async () => {
    expect((await t.call<ProfileView>('profile:save', profile)).profile.name).toBe('Sanne de Boer');
    expect((await onDisk()).profile[0].name).toBe('Sanne de Boer');
    expect((await refused('profile:save', { ...profile, name: 'x'.repeat(201) })).fields).toEqual({
      name: 'too_long',
    });
    // A profile written before the name could be: no name on disk; it loads, and reads as none.
    const { name: _, ...before } = t.app.store.data.profile[0]!;
    t.app.store.update((j) => ({ ...j, profile: [before] }));
    expect((await t.call<ProfileView>('profile:get')).profile.name).toBe('');
    const { name: __, ...withoutName } = profile;
    const kept = await t.call<ProfileView>('profile:save', withoutName);
    expect(kept.profile.name).toBe('');
  });

  it('writes nothing when nothing changed: no write, the version stays', async () => {
    const saved = await t.call<ProfileView>('profile:save', profile);
    t.clock.advance(60_000);
    const update = vi.spyOn(t.app.store, 'update');
    const same = await t.call<ProfileView>('profile:save', { ...profile, since: saved.savedAt });
    expect(same.savedAt).toBe(saved.savedAt);
    expect(update).not.toHaveBeenCalled();
    expect((await onDisk()).profile[0].updatedAt).toBe(saved.savedAt);
    // Nothing ever saved, and an empty form saved: nothing to write either.
    await t.close();
    t = await openOverviewApp('2026-12-03T10:00:00+01:00');
    const empty = (await t.call<ProfileView>('profile:get')).profile;
    expect((await t.call<ProfileView>('profile:save', { ...empty, since: null })).savedAt).toBeNull();
    expect(t.app.store.data.profile).toEqual([]);
  });

  it('refuses a form made from an older version than the one on disk, and writes nothing', async () => {
    const first = await t.call<ProfileView>('profile:save', { ...profile, since: null });
    t.clock.advance(60_000);
    // Meanwhile, the other computer (or another form) saved a newer profile.
    const newer = await t.call<ProfileView>('profile:save', {
      ...profile,
      pitch: 'Nieuw.',
      since: first.savedAt,
    });
    t.clock.advance(60_000);
    const stale = await refused('profile:save', { ...profile, pitch: 'Oud.', since: first.savedAt });
    expect(stale.code).toBe('changed_elsewhere');
    expect((await onDisk()).profile).toMatchObject([{ pitch: 'Nieuw.', updatedAt: newer.savedAt }]);
    // A form that never saw a profile does not overwrite one either.
    expect((await refused('profile:save', { ...profile, since: null })).code).toBe('changed_elsewhere');
    // From the newer version, it saves.
    const saved = await t.call<ProfileView>('profile:save', {
      ...profile,
      pitch: 'Beide.',
      since: newer.savedAt,
    });
    expect(saved).toMatchObject({ savedAt: '2026-12-03T09:02:00.000Z', profile: { pitch: 'Beide.' } });
  });
});

describe('hulpvragen and whom they were put to', () => {
  let anna: Contact;
  let request: HelpRequestView;
  beforeEach(async () => {
    anna = await t.contact({ name: 'Anna de Vries', organisation: 'Gemeente Utrecht' });
    request = await t.call('helpRequests:create', { question: 'Wie kent iemand bij Eneco?' });
  });

  it('keeps an ask with the name, and lists the open ones first, newest first', async () => {
    const ask = await t.call<HelpAskView>('helpRequests:logAsk', {
      helpRequestId: request.id,
      contactId: anna.id,
      askedOn: '2026-12-02',
      channel: 'email',
    });
    expect(ask).toMatchObject({ contactName: 'Anna de Vries', name: 'Anna de Vries', answer: '' });
    t.clock.advance(60_000);
    const second = await t.call<HelpRequestView>('helpRequests:create', {
      question: 'Wat verdient een adviseur?',
    });
    t.clock.advance(60_000);
    const third = await t.call<HelpRequestView>('helpRequests:create', { question: 'Welke opleiding telt?' });
    await t.call('helpRequests:close', { id: third.id, status: 'ingetrokken' });
    const list = await t.call<HelpRequestView[]>('helpRequests:list');
    expect(list.map((h) => [h.question, h.status, h.asks.length])).toEqual([
      ['Wat verdient een adviseur?', 'open', 0],
      ['Wie kent iemand bij Eneco?', 'open', 1],
      ['Welke opleiding telt?', 'ingetrokken', 0],
    ]);
    expect(list[2]!.closedAt).toBe('2026-12-03T09:02:00.000Z');
    const reopened = await t.call<HelpRequestView>('helpRequests:close', { id: third.id, status: 'open' });
    expect(reopened.closedAt).toBeNull();
    expect(second.asks).toEqual([]);
  });

  it('refuses an ask on a day to come, an answer before the ask, and an unknown conversation', async () => {
    const ask = { helpRequestId: request.id, contactId: anna.id, channel: 'email' };
    expect((await refused('helpRequests:logAsk', { ...ask, askedOn: '2026-12-04' })).fields).toEqual({
      askedOn: 'in_future',
    });
    const early = { ...ask, askedOn: '2026-12-02', answeredOn: '2026-12-01', conversationId: 'weg' };
    expect((await refused('helpRequests:logAsk', early)).fields).toEqual({
      answeredOn: 'invalid_date',
      conversationId: 'unknown_reference',
    });
    expect(
      (await refused('helpRequests:logAsk', { ...ask, askedOn: '2026-12-02', contactId: 'x' })).fields,
    ).toEqual({ contactId: 'unknown_reference' });
    expect((await onDisk()).helpAsks).toEqual([]);
  });

  it('records the answer and the conversation it came in', async () => {
    const held = await t.conversation({ contactId: anna.id, date: '2026-12-02', kind: 'tips-en-namen' });
    const ask = await t.call<HelpAskView>('helpRequests:logAsk', {
      helpRequestId: request.id,
      contactId: anna.id,
      askedOn: '2026-12-01',
      channel: 'persoonlijk',
    });
    t.clock.advance(60_000);
    const answered = await t.call<HelpAskView>('helpRequests:updateAsk', {
      id: ask.id,
      changes: { answer: 'Bel Piet bij Eneco', answeredOn: '2026-12-02', conversationId: held.id },
    });
    expect(answered).toMatchObject({ answer: 'Bel Piet bij Eneco', conversationId: held.id });
    expect(answered.updatedAt).toBe('2026-12-03T09:01:00.000Z');
    expect((await onDisk()).helpAsks).toMatchObject([{ answer: 'Bel Piet bij Eneco' }]);
  });

  it('keeps the ask by name when the contact is deleted, and drops their planned actions', async () => {
    await t.call('helpRequests:logAsk', {
      helpRequestId: request.id,
      contactId: anna.id,
      askedOn: '2026-12-02',
      channel: 'email',
    });
    // No channel plans actions yet (the netwerkactieplan comes later): written as another computer would.
    const action = plannedActionRecord({ contactId: anna.id, helpRequestId: request.id });
    t.app.store.update((j) => ({
      ...j,
      plannedActions: [action, { ...action, id: 'act2', contactId: null }],
    }));
    expect((await onDisk()).plannedActions).toHaveLength(2);
    await t.call('contacts:delete', { id: anna.id });
    const [listed] = await t.call<HelpRequestView[]>('helpRequests:list');
    expect(listed!.asks).toMatchObject([{ contactId: null, name: 'Anna de Vries' }]);
    const disk = await onDisk();
    expect(disk.plannedActions.map((a: { id: string }) => a.id)).toEqual(['act2']);
    expect(disk.deleted).toContainEqual(
      expect.objectContaining({ collection: 'plannedActions', id: 'act1' }),
    );
  });

  it('moves asks to the kept contact when two are merged, and back on undo', async () => {
    const twin = await t.contact({ name: 'A. de Vries', organisation: 'Gemeente Utrecht' });
    await t.call('helpRequests:logAsk', {
      helpRequestId: request.id,
      contactId: twin.id,
      askedOn: '2026-12-02',
      channel: 'email',
    });
    const merged = await t.call<{ undoId: string }>('contacts:merge', { keepId: anna.id, mergeId: twin.id });
    let [listed] = await t.call<HelpRequestView[]>('helpRequests:list');
    expect(listed!.asks).toMatchObject([
      { contactId: anna.id, name: 'Anna de Vries', contactName: 'A. de Vries' },
    ]);
    await t.call('contacts:undoMerge', { undoId: merged.undoId });
    [listed] = await t.call<HelpRequestView[]>('helpRequests:list');
    expect(listed!.asks).toMatchObject([{ contactId: twin.id, name: 'A. de Vries' }]);
  });

  it('deletes a hulpvraag with its asks', async () => {
    await t.call('helpRequests:logAsk', {
      helpRequestId: request.id,
      contactId: anna.id,
      askedOn: '2026-12-02',
      channel: 'email',
    });
    await t.call('helpRequests:delete', { id: request.id });
    const disk = await onDisk();
    expect([disk.helpRequests, disk.helpAsks]).toEqual([[], []]);
    expect((await refused('helpRequests:close', { id: request.id, status: 'beantwoord' })).code).toBe(
      'not_found',
    );
  });

  it('suggests whom to ask through the channel, with the last contact and help from conversations', async () => {
    const bram = await t.contact({
      name: 'Bram',
      organisation: 'Eneco',
      strength: 'een-beetje',
      warmth: 'lauw',
    });
    await t.contact({ name: 'Carla', organisation: 'Rabobank' });
    // Bram gave a name in a conversation two weeks ago: he helped before, and it counts as contact.
    await t.conversation({
      contactId: bram.id,
      date: '2026-11-19',
      evaluation: { referrals: [{ id: 'r1', name: 'Piet' }] },
    });
    const found = await t.call<HelpSuggestion[]>('helpRequests:suggest', { id: request.id });
    expect(found.map((s) => [s.contact.name, s.contact.lastContactOn, s.ask.verdict, s.ask.reason])).toEqual([
      ['Bram', '2026-11-19', 'strong-enough', 'helped-before'],
    ]);
    expect((await refused('helpRequests:suggest', { id: 'weg' })).code).toBe('not_found');
  });

  it('writes nothing for a change that changes nothing', async () => {
    t.clock.advance(60_000);
    const same = await t.call<HelpRequestView>('helpRequests:update', {
      id: request.id,
      changes: { question: 'Wie kent iemand bij Eneco?' },
    });
    expect(same.updatedAt).toBe(request.updatedAt);
    const changed = await t.call<HelpRequestView>('helpRequests:update', {
      id: request.id,
      changes: { question: 'Wie kent iemand bij Vattenfall?' },
    });
    expect(changed.updatedAt).toBe('2026-12-03T09:01:00.000Z');
  });

  it('tells the page the plan changed', async () => {
    t.events.length = 0;
    await t.call('helpRequests:update', { id: request.id, changes: { context: 'Voor de afdeling warmte' } });
    await new Promise((resolve) => setImmediate(resolve));
    expect(t.events).toContainEqual(expect.objectContaining({ type: 'changed', kinds: ['plan'] }));
  });
});
