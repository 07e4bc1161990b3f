import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HelpRequestView, Trail, TrailPerson } from '../../contract/contract';
import type { Journal } from '../../contract/domain';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

/**
 * The trail back (issue 14) on a known mix, through the channels as the page calls them. The goal:
 * beleidsadviseur at Provincie Utrecht, reached on 1 December 2026; the clock stands on 3 December.
 * - Pieter introduced Anna. In a conversation on 12 November Anna gave two tips and referred me to
 *   Karin, who works at "provincie utrecht " (another spelling); in Karin's conversation on 20 November
 *   she referred me back to Anna: a cycle.
 * - Bram: a conversation on 1 October, nothing more. Oud: one in June 2025, over a year before.
 * - Later: a conversation on 2 December, after the goal. Gijs: only a planned one.
 * - Fatima answered a hulpvraag and was deleted since: she stays, by name.
 */
let t: OverviewApp;
const ids: Record<string, string> = {};
const reached = { what: 'beleidsadviseur', where: 'Provincie Utrecht', from: '2027-01-01', on: '2026-12-01' };
const profile = (goal: typeof reached | null) => ({
  lookingFor: { role: 'beleidsadviseur', field: '', region: '', organisationKind: '' },
  pitch: '',
  successStories: [],
  questions: { want: '', can: '', offer: '', where: '', whoCanHelp: '' },
  reached: goal,
});

beforeEach(async () => {
  t = await openOverviewApp('2026-12-03T10:00:00+01:00');
  for (const [name, organisation] of [
    ['Pieter Hoekstra', 'Ministerie'],
    ['Anna de Vries', 'Gemeente Utrecht'],
    ['Karin Smit', 'provincie utrecht '],
    ['Bram Jansen', ''],
    ['Oud Contact', ''],
    ['Later Contact', ''],
    ['Gijs Mulder', 'Provincie Utrecht'],
    ['Fatima el Amrani', ''],
  ] as const) {
    ids[name] = (await t.contact({ name, organisation })).id;
  }
  await t.call('contacts:update', {
    id: ids['Anna de Vries'],
    changes: { introducedById: ids['Pieter Hoekstra'] },
  });
  await t.conversation({
    contactId: ids['Anna de Vries'],
    date: '2026-11-12',
    evaluation: {
      tips: ['Volg de raadsvergaderingen', 'Kijk naar het traineeship'],
      referrals: [{ id: 'r1', name: 'Karin Smit', contactId: ids['Karin Smit'] }],
    },
  });
  await t.conversation({
    contactId: ids['Karin Smit'],
    date: '2026-11-20',
    evaluation: { referrals: [{ id: 'r2', name: 'Anna de Vries', contactId: ids['Anna de Vries'] }] },
  });
  await t.conversation({ contactId: ids['Bram Jansen'], date: '2026-10-01' });
  await t.conversation({ contactId: ids['Oud Contact'], date: '2025-06-01' });
  await t.conversation({ contactId: ids['Later Contact'], date: '2026-12-02' });
  await t.conversation({
    contactId: ids['Gijs Mulder'],
    date: '2026-12-20',
    status: 'gepland',
    thanks: { thanked: false, how: null, on: null },
  });
  const request = await t.call<HelpRequestView>('helpRequests:create', {
    question: 'Wie kent de provincie?',
  });
  await t.call('helpRequests:logAsk', {
    helpRequestId: request.id,
    contactId: ids['Fatima el Amrani'],
    askedOn: '2026-11-01',
    channel: 'bericht',
    answer: 'Bel Karin eens.',
    answeredOn: '2026-11-02',
  });
  await t.call('contacts:delete', { id: ids['Fatima el Amrani'], withConversations: false });
  await t.call('profile:save', profile(reached));
});
afterEach(() => t.close());

const brief = (p: TrailPerson) => ({
  name: p.name,
  depth: p.depth,
  onRoute: p.onRoute,
  worksThere: p.worksThere,
});

describe('goal:trail', () => {
  it('is null until a goal is reached', async () => {
    await t.call('profile:save', profile(null));
    expect(await t.call('goal:trail')).toBeNull();
  });

  it('lists who helped in the year before the goal, the way in first, each once despite the cycle', async () => {
    const trail = await t.call<Trail>('goal:trail');
    expect(trail.since).toBe('2025-12-01');
    expect(trail.people.map(brief)).toEqual([
      { name: 'Pieter Hoekstra', depth: 0, onRoute: true, worksThere: false },
      { name: 'Anna de Vries', depth: 1, onRoute: true, worksThere: false },
      { name: 'Karin Smit', depth: 2, onRoute: true, worksThere: true },
      { name: 'Bram Jansen', depth: 0, onRoute: false, worksThere: false },
      { name: 'Fatima el Amrani', depth: 0, onRoute: false, worksThere: false },
    ]);
    expect(trail.thanked).toBe(0);
  });

  it('takes in someone at the organisation a helper referred me to, before any conversation with them', async () => {
    const henk = (await t.contact({ name: 'Henk de Groot', organisation: 'Provincie Utrecht' })).id;
    await t.conversation({
      contactId: ids['Bram Jansen'],
      date: '2026-11-25',
      evaluation: { referrals: [{ id: 'r3', name: 'Henk de Groot', contactId: henk }] },
    });
    const trail = await t.call<Trail>('goal:trail');
    const of = (name: string) => trail.people.find((p) => p.name === name)!;
    expect(of('Henk de Groot')).toMatchObject({ ledBy: ids['Bram Jansen'], worksThere: true, onRoute: true });
    expect(of('Bram Jansen')).toMatchObject({ onRoute: true, depth: 0 });
    expect(of('Bram Jansen').contributions[0]).toEqual({ kind: 'referred', names: ['Henk de Groot'] });
    // Gijs works there too, but nobody led me to him and we only planned to talk.
    expect(trail.people.map((p) => p.name)).not.toContain('Gijs Mulder');
  });

  it('says what each one did', async () => {
    const trail = await t.call<Trail>('goal:trail');
    const of = (name: string) => trail.people.find((p) => p.name === name)!;
    expect(of('Pieter Hoekstra').contributions).toEqual([{ kind: 'introduced', names: ['Anna de Vries'] }]);
    expect(of('Anna de Vries').contributions).toEqual([
      { kind: 'referred', names: ['Karin Smit'] },
      { kind: 'tips', tips: ['Volg de raadsvergaderingen', 'Kijk naar het traineeship'] },
      { kind: 'conversations', count: 1, last: '2026-11-12' },
    ]);
    expect(of('Karin Smit').ledBy).toBe(ids['Anna de Vries']);
    expect(of('Fatima el Amrani')).toMatchObject({
      key: 'name:Fatima el Amrani',
      contactId: null,
      contributions: [{ kind: 'answered', question: 'Wie kent de provincie?' }],
    });
  });
});

describe('goal:thank', () => {
  const touchesOf = (journal: Journal, id: string) => journal.touches.filter((x) => x.contactId === id);

  it('marks a person thanked with a touch, keeps the mark when the form is saved, and takes it away', async () => {
    const karin = ids['Karin Smit']!;
    const trail = await t.call<Trail>('goal:thank', {
      person: { contactId: karin },
      how: 'email',
      note: 'Bedankt voor je hulp',
    });
    expect(trail.thanked).toBe(1);
    expect(trail.people.find((p) => p.contactId === karin)!.thanked).toEqual({
      on: '2026-12-03',
      how: 'email',
      mark: touchesOf(t.app.store.data, karin)[0]!.id,
    });
    expect(touchesOf(t.app.store.data, karin)).toMatchObject([
      { channel: 'email', on: '2026-12-03', note: 'Bedankt voor je hulp', goalOn: '2026-12-01' },
    ]);

    await t.call('profile:save', profile(reached));
    expect((await t.call<Trail>('goal:trail')).thanked).toBe(1);

    const undone = await t.call<Trail>('goal:thank', { person: { contactId: karin }, how: null });
    expect(undone.thanked).toBe(0);
    expect(touchesOf(t.app.store.data, karin)).toEqual([]);
  });

  it('an undo of one mark takes only that mark away, not a newer one made since', async () => {
    const karin = ids['Karin Smit']!;
    const first = await t.call<Trail>('goal:thank', { person: { contactId: karin }, how: 'kaartje' });
    const made = first.people.find((p) => p.contactId === karin)!.thanked!.mark;
    // Thanked again another way (here, or on the other computer) before the toast's undo is pressed.
    await t.call('goal:thank', { person: { contactId: karin }, how: 'email' });
    const undone = await t.call<Trail>('goal:thank', { person: { contactId: karin }, how: null, mark: made });
    expect(undone.people.find((p) => p.contactId === karin)!.thanked).toMatchObject({ how: 'email' });
    expect(touchesOf(t.app.store.data, karin)).toMatchObject([{ channel: 'email', goalOn: '2026-12-01' }]);
    // The undo of the mark that is there does take it away.
    const latest = undone.people.find((p) => p.contactId === karin)!.thanked!.mark;
    const gone = await t.call<Trail>('goal:thank', { person: { contactId: karin }, how: null, mark: latest });
    expect(gone.thanked).toBe(0);
    expect(touchesOf(t.app.store.data, karin)).toEqual([]);
  });

  it('keeps someone deleted since on the trail by name, not to be marked and not counted', async () => {
    const trail = await t.call<Trail>('goal:trail');
    expect(trail.people).toHaveLength(5);
    expect(trail.thankable).toBe(4);
    await expect(
      t.call('goal:thank', { person: { name: 'Fatima el Amrani' }, how: 'kaartje' }),
    ).rejects.toThrow(/invalid_input/);
  });

  it('a second way of thanking keeps the first day; the mark moves with a merged contact and goes with a deleted one', async () => {
    const bram = ids['Bram Jansen']!;
    await t.call('goal:thank', { person: { contactId: bram }, how: 'kaartje', note: '' });
    t.clock.advanceTo('2026-12-04T10:00:00+01:00');
    const again = await t.call<Trail>('goal:thank', {
      person: { contactId: bram },
      how: 'telefoon',
      note: '',
    });
    expect(again.people.find((p) => p.contactId === bram)!.thanked).toMatchObject({
      on: '2026-12-03',
      how: 'telefoon',
    });
    expect(touchesOf(t.app.store.data, bram)).toMatchObject([{ channel: 'telefoon', goalOn: '2026-12-01' }]);

    // Bram twice in the journal: merged into the other record, his thank-you comes along.
    const twin = (await t.contact({ name: 'Bram Jansen (werk)' })).id;
    await t.call('contacts:merge', { keepId: twin, mergeId: bram });
    const merged = await t.call<Trail>('goal:trail');
    expect(merged.people.find((p) => p.contactId === twin)!.thanked).toMatchObject({
      on: '2026-12-03',
      how: 'telefoon',
    });
    expect(merged.thanked).toBe(1);

    await t.call('contacts:delete', { id: twin, withConversations: true });
    const after = await t.call<Trail>('goal:trail');
    expect(after.people.map((p) => p.contactId)).not.toContain(twin);
    expect(after.thanked).toBe(0);
    expect(t.app.store.data.touches.filter((x) => x.goalOn !== undefined)).toEqual([]);
  });

  it('counts afresh for a later goal, and refuses someone not on the trail', async () => {
    await t.call('goal:thank', { person: { contactId: ids['Bram Jansen'] }, how: 'bericht' });
    await t.call('profile:save', profile({ ...reached, on: '2026-12-02' }));
    const later = await t.call<Trail>('goal:trail');
    expect(later.thanked).toBe(0);
    // The conversation of 2 December now counts; Oud's of June 2025 still does not.
    expect(later.people.map((p) => p.name)).toContain('Later Contact');
    await expect(
      t.call('goal:thank', { person: { contactId: ids['Oud Contact'] }, how: 'email' }),
    ).rejects.toThrow(/not_found/);
    await expect(t.call('goal:thank', { person: { contactId: 'x y' }, how: 'email' })).rejects.toThrow(
      /invalid_input/,
    );
  });
});
