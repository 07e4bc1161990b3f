import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../contract/domain';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';
import { Overview } from './overview';

/**
 * Vandaag and Verwaterd on Overzicht (issue 13), on a journal with a known mix. The clock stands on
 * Wednesday 2 December 2026, 10:00 in Amsterdam.
 */
let t: OverviewApp;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-02T10:00:00+01:00');
});
afterEach(() => t.close());

interface Mix {
  anna: Contact;
  bram: Contact;
  carla: Contact;
  dirk: Contact;
  eva: Contact;
  frank: Contact;
}

async function knownMix(): Promise<Mix> {
  const anna = await t.contact({ name: 'Anna', circle: 'werk', warmth: 'warm', strength: 'goed' });
  // Yesterday's conversation, not thanked yet: a thank-you due today.
  await t.conversation({
    contactId: anna.id,
    date: '2026-12-01',
    thanks: { thanked: false, how: null, on: null },
  });
  // A next step for today: a follow-up due today.
  await t.conversation({
    contactId: anna.id,
    date: '2026-11-20',
    evaluation: { nextStep: 'Cv sturen', nextStepOn: '2026-12-02' },
  });
  // Weak ties: Bram longest without contact.
  const bram = await t.contact({
    name: 'Bram',
    warmth: 'lauw',
    strength: 'een-beetje',
    lastContactOn: '2026-10-01',
  });
  const carla = await t.contact({
    name: 'Carla',
    warmth: 'koud',
    strength: 'een-beetje',
    lastContactOn: '2026-11-20',
  });
  // Gone quiet: Dirk over six months ago; Eva twice her monthly cadence ago (last by phone).
  const dirk = await t.contact({
    name: 'Dirk',
    warmth: 'lauw',
    strength: 'goed',
    lastContactOn: '2026-03-01',
  });
  const eva = await t.contact({ name: 'Eva', strength: 'goed', cadence: 'maandelijks' });
  await t.touch({ contactId: eva.id, on: '2026-09-01', channel: 'telefoon' });
  // Warm and known very well (no reminders by default), not quiet yet: asked for a conversation first.
  const frank = await t.contact({
    name: 'Frank',
    warmth: 'warm',
    strength: 'heel-goed',
    lastContactOn: '2026-07-15',
  });
  return { anna, bram, carla, dirk, eva, frank };
}

describe('Vandaag', () => {
  it('offers what is due, one relation gone quiet, one weak tie, one person to ask: five at most', async () => {
    const { anna, bram, dirk, frank } = await knownMix();
    const { suggestions, moreDue } = await t.model();
    expect(suggestions.map((s) => [s.kind, s.contactName])).toEqual([
      ['thank-you', 'Anna'],
      ['follow-up', 'Anna'],
      ['gone-quiet', 'Dirk'],
      ['weak-tie', 'Bram'],
      ['ask-conversation', 'Frank'],
    ]);
    expect(moreDue).toBe(0);
    const [thank, , quiet, weak, ask] = suggestions;
    expect(thank!.action).toMatchObject({ kind: 'open-conversation' });
    expect(thank!.days).toBe(0);
    expect(quiet).toMatchObject({ key: `gone-quiet:${dirk.id}`, since: '2026-03-01', days: 276 });
    expect(quiet!.action).toEqual({ kind: 'log-touch', contactId: dirk.id });
    expect(weak).toMatchObject({ key: `weak-tie:${bram.id}`, since: '2026-10-01', days: 62 });
    expect(ask!.action).toEqual({ kind: 'plan-conversation', contactId: frank.id });
    expect(anna.id).not.toBe(frank.id);
  });

  it('suggests no small sign to someone in touch this week, and no conversation to someone with a thank-you due (trial s10)', async () => {
    const { bram, carla, frank } = await knownMix();
    const kinds = async () =>
      Object.fromEntries((await t.model()).suggestions.map((s) => [s.kind, s.contactName]));
    // Contact noted with Bram today, from his suggestion: it goes, and the next weak tie takes the place.
    await t.touch({ contactId: bram.id, on: '2026-12-02' });
    expect((await kinds())['weak-tie']).toBe('Carla');
    // Carla was in touch twelve days ago: still a tie to confirm; a touch six days ago is not.
    await t.touch({ contactId: carla.id, on: '2026-11-26' });
    expect((await kinds())['weak-tie']).toBeUndefined();
    // Without Frank, the only warm one left is Anna, whose thank-you is due: no second thing to ask her.
    await t.call('contacts:archive', { id: frank.id });
    const now = await kinds();
    expect(now['thank-you']).toBe('Anna');
    expect(now['ask-conversation']).toBeUndefined();
  });

  it('leaves the ask out when a conversation is planned this week, and keeps it for one next week', async () => {
    const { bram } = await knownMix();
    await t.call('conversations:create', { contactId: bram.id, date: '2026-12-14' });
    expect((await t.model()).suggestions.map((s) => s.kind)).toContain('ask-conversation');
    const planned = await t.call<{ id: string }>('conversations:create', {
      contactId: bram.id,
      date: '2026-12-06',
    });
    expect((await t.model()).suggestions.map((s) => s.kind)).not.toContain('ask-conversation');
    await t.call('conversations:delete', { id: planned.id });
    expect((await t.model()).suggestions.map((s) => s.kind)).toContain('ask-conversation');
  });

  it('does not count a planned conversation whose day has passed, never marked held', async () => {
    const { bram, frank } = await knownMix();
    // Monday of this week, and months ago: neither lies ahead.
    await t.call('conversations:create', { contactId: bram.id, date: '2026-11-30' });
    await t.call('conversations:create', { contactId: frank.id, date: '2026-09-01' });
    const ask = (await t.model()).suggestions.find((s) => s.kind === 'ask-conversation');
    expect(ask?.contactName).toBe('Frank');
    // Later today still counts as planned.
    await t.call('conversations:create', { contactId: bram.id, date: '2026-12-02', time: '16:00' });
    expect((await t.model()).suggestions.map((s) => s.kind)).not.toContain('ask-conversation');
  });

  it('counts a thank-you from the day the conversation was held, not the day it was logged', async () => {
    const gijs = await t.contact({ name: 'Gijs', warmth: 'warm', strength: 'goed' });
    // Held a week ago, written down only today.
    await t.conversation({
      contactId: gijs.id,
      date: '2026-11-25',
      thanks: { thanked: false, how: null, on: null },
    });
    const thank = (await t.model()).suggestions.find((s) => s.kind === 'thank-you');
    // Due the day after (26 November): six days late.
    expect(thank).toMatchObject({ contactName: 'Gijs', since: '2026-11-25', days: 6 });
  });

  it('gives the room left to what is due, and says how many more are due', async () => {
    const { carla } = await knownMix();
    await t.conversation({
      contactId: carla.id,
      date: '2026-11-30',
      thanks: { thanked: false, how: null, on: null },
    });
    const { suggestions, moreDue } = await t.model();
    expect(suggestions).toHaveLength(5);
    expect(suggestions.map((s) => s.kind)).toEqual([
      'thank-you',
      'thank-you',
      'gone-quiet',
      'weak-tie',
      'ask-conversation',
    ]);
    expect(moreDue).toBe(1);
    // A marked organisation where nobody is known waits for a place left over: what is due keeps its.
    await t.call('organisations:mark', { name: 'Shell', target: true });
    const after = await t.model();
    expect(after.suggestions.map((s) => s.kind)).not.toContain('no-one-at-target');
    expect(after.moreDue).toBe(1);
  });

  it('"niet nu" keeps a suggestion away for seven days: back on the seventh morning', async () => {
    const { bram, carla } = await knownMix();
    const weakTie = async () => (await t.model()).suggestions.find((s) => s.kind === 'weak-tie')?.contactName;
    expect(await t.call('overview:dismiss', { key: `weak-tie:${bram.id}` })).toEqual({
      key: `weak-tie:${bram.id}`,
      until: '2026-12-09',
    });
    // The next weak tie takes the place.
    expect(await weakTie()).toBe('Carla');
    t.clock.advanceTo('2026-12-08T23:59:00+01:00');
    expect(await weakTie()).toBe('Carla');
    t.clock.advanceTo('2026-12-09T00:01:00+01:00');
    expect(await weakTie()).toBe('Bram');
    // Put off again: the one whose day has come is let go, one entry per suggestion stays.
    await t.call('overview:dismiss', { key: `weak-tie:${carla.id}` });
    await t.call('overview:dismiss', { key: `weak-tie:${carla.id}` });
    expect(t.app.store.data.dismissals.map((d) => [d.key, d.until])).toEqual([
      [`weak-tie:${carla.id}`, '2026-12-16'],
    ]);
  });

  it('keeps at most 200 suggestions away, letting the oldest go', async () => {
    for (let i = 0; i < 205; i++) await t.call('overview:dismiss', { key: `weak-tie:iemand-${i}` });
    const keys = t.app.store.data.dismissals.map((d) => d.key);
    expect(keys).toHaveLength(200);
    expect(keys[0]).toBe('weak-tie:iemand-5');
    expect(keys.at(-1)).toBe('weak-tie:iemand-204');
  });

  it('puts off a thank-you on its own, not the conversation’s other reminders', async () => {
    await knownMix();
    const thank = (await t.model()).suggestions[0]!;
    await t.call('overview:dismiss', { key: thank.key });
    expect((await t.model()).suggestions.map((s) => s.kind)).toEqual([
      'follow-up',
      'gone-quiet',
      'weak-tie',
      'ask-conversation',
    ]);
  });
});

describe('Vandaag and the organisations one wants to work at', () => {
  it('asks who knows someone at a marked organisation where nobody is known; gone once someone is', async () => {
    await t.contact({ name: 'Anna', organisation: 'Gemeente Utrecht', warmth: 'warm', strength: 'goed' });
    await t.call('organisations:mark', { name: 'Gemeente Utrecht', target: true });
    const asks = async () =>
      (await t.model()).suggestions.filter((s) => s.kind === 'no-one-at-target').map((s) => s.contactName);
    // Someone works at Gemeente Utrecht: nothing to ask.
    expect(await asks()).toEqual([]);
    await t.call('organisations:mark', { name: 'ASML', target: true });
    await t.call('organisations:mark', { name: 'Shell', target: true });
    // The one marked first.
    const [ask] = (await t.model()).suggestions.filter((s) => s.kind === 'no-one-at-target');
    expect(ask).toMatchObject({
      contactName: 'ASML',
      contactId: null,
      action: { kind: 'open-organisation', organisation: 'ASML' },
    });
    await t.call('overview:dismiss', { key: ask!.key });
    expect(await asks()).toEqual(['Shell']);
    // Someone at Shell now, an archived one does not count.
    const bram = await t.contact({ name: 'Bram', organisation: 'shell' });
    expect(await asks()).toEqual([]);
    await t.call('contacts:archive', { id: bram.id });
    expect(await asks()).toEqual(['Shell']);
    await t.call('organisations:mark', { name: 'Shell', target: false });
    expect(await asks()).toEqual([]);
  });
});

describe('Verwaterd', () => {
  it('lists relations gone quiet, longest first, with when and how one last spoke', async () => {
    const { dirk, eva } = await knownMix();
    const { quiet } = await t.model();
    expect(quiet.total).toBe(2);
    expect(quiet.relations).toEqual([
      {
        contactId: dirk.id,
        name: 'Dirk',
        strength: 'goed',
        by: 'months',
        lastContact: { on: '2026-03-01', how: 'noted' },
        days: 276,
      },
      {
        contactId: eva.id,
        name: 'Eva',
        strength: 'goed',
        by: 'cadence',
        lastContact: { on: '2026-09-01', how: 'touch', channel: 'telefoon' },
        days: 92,
      },
    ]);
  });

  it('lets a person go from the list once contact is noted', async () => {
    const { dirk } = await knownMix();
    await t.touch({ contactId: dirk.id, on: '2026-12-02', channel: 'kaartje' });
    const { quiet, suggestions } = await t.model();
    expect(quiet.relations.map((r) => r.name)).toEqual(['Eva']);
    expect(suggestions.find((s) => s.kind === 'gone-quiet')?.contactName).toBe('Eva');
  });

  it('counts someone as verwaterd from the day after six months without contact', async () => {
    await t.contact({ name: 'Hanna', strength: 'heel-goed', lastContactOn: '2026-06-02' });
    expect((await t.model()).quiet.total).toBe(0);
    t.clock.advanceTo('2026-12-03T08:00:00+01:00');
    expect((await t.model()).quiet.relations.map((r) => [r.name, r.by, r.days])).toEqual([
      ['Hanna', 'months', 184],
    ]);
  });

  it('leaves out whom one chose never to be reminded of, the archived and those still to sort in', async () => {
    await t.contact({ name: 'Ilse', strength: 'goed', cadence: 'geen', lastContactOn: '2025-01-01' });
    const jan = await t.contact({ name: 'Jan', strength: 'goed', lastContactOn: '2025-01-01' });
    expect((await t.model()).quiet.total).toBe(1);
    await t.call('contacts:archive', { id: jan.id });
    expect((await t.model()).quiet.total).toBe(0);
  });
});

describe('patched per change', () => {
  it('tells the page when a suggestion was put off, so Overzicht fetches its model again', async () => {
    const { bram } = await knownMix();
    await new Promise((resolve) => setImmediate(resolve));
    t.events.length = 0;
    await t.call('overview:dismiss', { key: `weak-tie:${bram.id}` });
    await new Promise((resolve) => setImmediate(resolve));
    expect(t.events.filter((e) => e.type === 'changed').map((e) => e.type === 'changed' && e.kinds)).toEqual([
      ['dismissals'],
    ]);
    // A key that names no kind of suggestion is refused at the door, and nothing is written.
    const refused = await t.app.dispatch('overview:dismiss', { key: 'iets:anders' });
    expect(refused.ok).toBe(false);
    expect(t.app.store.data.dismissals).toHaveLength(1);
  });

  it('answers after a run of edits exactly what a fresh computation of the same journal gives', async () => {
    const { anna, bram, dirk, eva } = await knownMix();
    await t.model();
    const touch = await t.touch({ contactId: dirk.id, on: '2026-12-01', threeB: 'benutten' });
    await t.conversation({
      contactId: bram.id,
      date: '2026-11-29',
      participantIds: [eva.id],
      kind: 'orienterend',
    });
    await t.call('contacts:update', { id: anna.id, changes: { strength: 'een-beetje', circle: 'club' } });
    await t.model();
    await t.call('touches:delete', { id: touch.id });
    await t.call('contacts:archive', { id: eva.id });
    await t.call('conversations:create', { contactId: bram.id, date: '2026-12-03' });
    const patched = await t.model();
    const fresh = new Overview(t.app.store, t.app.contacts, t.clock, () => t.settings.get()).model();
    expect(patched).toEqual(fresh);
    expect(patched.quiet.relations.map((r) => r.name)).toEqual(['Dirk']);
  });
});
