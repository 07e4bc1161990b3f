import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../contract/domain';
import { threeBNote } from './overview';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

/**
 * The figures of Overzicht on a journal with a known mix (issue 13): the network in kaart, Dunbar, the
 * three B's, Ritme and Spreiding. The clock stands on Wednesday 2 December 2026; its week began on
 * Monday 30 November.
 */
let t: OverviewApp;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-02T10:00:00+01:00');
});
afterEach(() => t.close());

describe('Je netwerk in kaart and Dunbar', () => {
  it('counts active people per kring and warmth, per strength, those to sort in, and who one knows well', async () => {
    await t.contact({ name: 'Anna', circle: 'werk', warmth: 'warm', strength: 'goed' });
    await t.contact({ name: 'Dirk', circle: 'werk', warmth: 'warm', strength: 'heel-goed' });
    await t.contact({ name: 'Bram', circle: 'studie', warmth: 'lauw', strength: 'een-beetje' });
    await t.contact({ name: 'Carla', circle: 'club', warmth: 'koud', strength: 'een-beetje' });
    await t.contact({ name: 'Gijs' });
    const frank = await t.contact({ name: 'Frank', circle: 'werk', warmth: 'warm', strength: 'goed' });
    await t.call('contacts:archive', { id: frank.id });
    // Eva came in by an import and waits to be sorted in.
    const eva = await t.contact({ name: 'Eva', circle: 'alumni' });
    t.app.store.update((j) => ({
      ...j,
      contacts: j.contacts.map((c): Contact => (c.id === eva.id ? { ...c, importedAt: c.createdAt } : c)),
    }));

    const { network, dunbar } = await t.model();
    const cells = Object.fromEntries(network.cells.map((c) => [`${c.circle}/${c.warmth}`, c.count]));
    expect(cells).toEqual({
      'werk/warm': 2,
      'studie/lauw': 1,
      'club/koud': 1,
      'null/null': 1,
      'alumni/null': 1,
    });
    expect(network.strengths).toEqual([
      { strength: 'heel-goed', count: 1 },
      { strength: 'goed', count: 1 },
      { strength: 'een-beetje', count: 2 },
      { strength: null, count: 2 },
    ]);
    expect(network.unsorted).toBe(1);
    expect(network.total).toBe(6);
    // Anna and Dirk; Frank is archived.
    expect(dunbar).toEqual({ known: 2, limit: 150 });

    // Sorting Eva in moves her out of "nog in te delen" and into Dunbar's count.
    await t.call('contacts:update', { id: eva.id, changes: { strength: 'goed', warmth: 'lauw' } });
    const after = await t.model();
    expect(after.network.unsorted).toBe(0);
    expect(after.dunbar.known).toBe(3);
    expect(after.network.cells.find((c) => c.circle === 'alumni')).toEqual({
      circle: 'alumni',
      warmth: 'lauw',
      count: 1,
    });
  });
});

describe('De drie B’s and Ritme', () => {
  async function knownMix() {
    const anna = await t.contact({ name: 'Anna', circle: 'werk', warmth: 'warm', strength: 'goed' });
    const id = anna.id;
    // This week (from Monday 30 November).
    await t.conversation({ contactId: id, date: '2026-12-01', kind: 'bijpraten' }); // bevestigen
    await t.touch({ contactId: id, on: '2026-11-30' }); // bevestigen
    await t.touch({ contactId: id, on: '2026-12-02', threeB: 'benutten' });
    // Last week: Sunday 29 November still belongs to the week of Monday 23 November.
    await t.conversation({ contactId: id, date: '2026-11-29', kind: 'anders', threeB: 'bouwen' });
    await t.touch({ contactId: id, on: '2026-11-23' }); // bevestigen
    // Three weeks back: an exploring conversation builds.
    await t.conversation({ contactId: id, date: '2026-11-10', kind: 'orienterend' });
    // Five weeks back: 'anders' without a B counts in Ritme only.
    await t.conversation({ contactId: id, date: '2026-10-26', kind: 'anders' });
    await t.touch({ contactId: id, on: '2026-10-28' }); // bevestigen
    // The first day of the oldest of the 12 weeks, and the day before it (out).
    await t.conversation({ contactId: id, date: '2026-09-14', kind: 'tips-en-namen' }); // benutten
    await t.conversation({ contactId: id, date: '2026-09-13', kind: 'tips-en-namen' });
    // Planned: not done yet, not counted.
    await t.call('conversations:create', { contactId: id, date: '2026-12-10', kind: 'bijpraten' });
    return anna;
  }

  it('counts each B over the last 4 and 12 weeks, Monday weeks, touches as bevestigen unless told', async () => {
    await knownMix();
    const { threeB } = await t.model();
    expect(threeB.recent).toEqual({ bouwen: 2, bevestigen: 3, benutten: 1 });
    expect(threeB.longer).toEqual({ bouwen: 2, bevestigen: 4, benutten: 2 });
    expect(threeB.note).toEqual({ kind: 'balanced' });
  });

  it('shows 12 weeks against the goal of 2 and a streak of 2, which survives a new week just begun', async () => {
    await knownMix();
    const { rhythm } = await t.model();
    expect(rhythm.goal).toBe(2);
    expect(rhythm.weeks).toHaveLength(12);
    expect(rhythm.weeks[0]!.start).toBe('2026-09-14');
    expect(rhythm.weeks.at(-1)).toEqual({ start: '2026-11-30', conversations: 1, touches: 2, onGoal: true });
    expect(rhythm.weeks.at(-2)).toEqual({ start: '2026-11-23', conversations: 1, touches: 1, onGoal: true });
    expect(rhythm.weeks.map((w) => w.conversations + w.touches)).toEqual([
      1, 0, 0, 0, 0, 0, 2, 0, 1, 0, 2, 3,
    ]);
    expect(rhythm.streak).toBe(2);

    // Monday 7 December, early: nothing done yet this week, and the streak still stands.
    t.clock.advanceTo('2026-12-07T08:00:00+01:00');
    const monday = await t.model();
    expect(monday.rhythm.weeks.at(-1)).toEqual({
      start: '2026-12-07',
      conversations: 0,
      touches: 0,
      onGoal: false,
    });
    expect(monday.rhythm.streak).toBe(2);
    // Sunday 13 December, late, still nothing: the week is lost only once it is over.
    t.clock.advanceTo('2026-12-13T23:30:00+01:00');
    expect((await t.model()).rhythm.streak).toBe(2);
    t.clock.advanceTo('2026-12-14T00:30:00+01:00');
    expect((await t.model()).rhythm.streak).toBe(0);
  });

  it('measures against the weekly goal set in Instellingen', async () => {
    await knownMix();
    await t.call('settings:update', { weeklyGoal: 3 });
    const { rhythm } = await t.model();
    expect(rhythm.goal).toBe(3);
    expect(rhythm.weeks.filter((w) => w.onGoal).map((w) => w.start)).toEqual(['2026-11-30']);
    expect(rhythm.streak).toBe(1);
    // A goal of none, or of a hundred a week, is refused.
    const refused = await t.app.dispatch('settings:update', { weeklyGoal: 0 });
    expect(refused.ok).toBe(false);
  });

  it('says which B lags when one is far behind another, and nothing on too little', () => {
    expect(threeBNote({ bouwen: 0, bevestigen: 0, benutten: 0 })).toEqual({ kind: 'none' });
    expect(threeBNote({ bouwen: 5, bevestigen: 0, benutten: 0 })).toEqual({ kind: 'few' });
    expect(threeBNote({ bouwen: 8, bevestigen: 1, benutten: 3 })).toEqual({
      kind: 'lopsided',
      many: 'bouwen',
      few: 'bevestigen',
    });
    // A quarter exactly is not lagging far behind.
    expect(threeBNote({ bouwen: 8, bevestigen: 2, benutten: 3 })).toEqual({ kind: 'balanced' });
  });

  it('counts a touch’s B once it is given one, and moves the count when a conversation is changed', async () => {
    const anna = await knownMix();
    const touch = await t.touch({ contactId: anna.id, on: '2026-12-02', threeB: 'bouwen' });
    expect((await t.model()).threeB.recent).toEqual({ bouwen: 3, bevestigen: 3, benutten: 1 });
    await t.call('touches:delete', { id: touch.id });
    const [bijpraten] = (
      await t.call<{ conversations: { id: string; kind: string }[] }>('conversations:list', {
        kind: 'bijpraten',
        status: 'gehouden',
      })
    ).conversations;
    await t.call('conversations:update', { id: bijpraten!.id, changes: { threeB: 'benutten' } });
    expect((await t.model()).threeB.recent).toEqual({ bouwen: 2, bevestigen: 2, benutten: 2 });
  });
});

describe('Spreiding', () => {
  it('notes when most of the latest conversations were at one organisation, however it is typed', async () => {
    const at = ['Gemeente Utrecht', 'gemeente utrecht ', 'Gemeente  Utrecht', 'Gemeente Utrecht', 'Bol'];
    const people = [];
    for (const [i, organisation] of at.entries()) {
      people.push(await t.contact({ name: `Persoon ${i}`, organisation, circle: i < 2 ? 'werk' : 'club' }));
    }
    for (const [i, p] of people.entries()) await t.conversation({ contactId: p.id, date: `2026-11-2${i}` });
    // Four of five at the Gemeente: 80 %.
    expect((await t.model()).spread).toEqual({
      kind: 'organisation',
      organisation: 'Gemeente Utrecht',
      count: 4,
      of: 5,
    });
    // Two more at ING: the Gemeente's four of seven is under 70 %, but five of seven (71 %) were in the club.
    const sanne = await t.contact({ name: 'Sanne', organisation: 'ING', circle: 'club' });
    await t.conversation({ contactId: sanne.id, date: '2026-11-30' });
    await t.conversation({ contactId: sanne.id, date: '2026-12-01' });
    expect((await t.model()).spread).toEqual({ kind: 'circle', circle: 'club', count: 5, of: 7 });
  });

  it('says how widely they went when no organisation or kring holds most of them', async () => {
    const places: [string, 'werk' | 'club' | 'familie' | null][] = [
      ['Bol', 'werk'],
      ['ING', 'club'],
      [' ing', 'club'],
      ['', 'familie'],
      ['Rabobank', null],
    ];
    for (const [i, [organisation, circle]] of places.entries()) {
      const p = await t.contact({ name: `Persoon ${i}`, organisation, circle });
      await t.conversation({ contactId: p.id, date: `2026-11-2${i}` });
    }
    // Bol, ING (twice, however typed) and Rabobank; werk, club and familie (one was not sorted in).
    expect((await t.model()).spread).toEqual({ kind: 'spread', of: 5, organisations: 3, circles: 3 });
  });

  it('says nothing about fewer than five conversations', async () => {
    const anna = await t.contact({ name: 'Anna', organisation: 'Bol' });
    for (const date of ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']) {
      await t.conversation({ contactId: anna.id, date });
    }
    expect((await t.model()).spread).toBeNull();
  });
});
