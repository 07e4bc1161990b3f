import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../contract/domain';
import { emptyProfile } from '../plan/plan-book';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

/** Houd ze op de hoogte (issue 14): Vandaag suggests telling a helper how their referral went. */
let t: OverviewApp;
let anna: Contact;
let bram: Contact;
beforeEach(async () => {
  // Thursday 3 December 2026.
  t = await openOverviewApp('2026-12-03T10:00:00+01:00');
  anna = await t.contact({ name: 'Anna de Vries', lastContactOn: '2026-10-20' });
  bram = await t.contact({ name: 'Bram Jansen', introducedById: anna.id });
});
afterEach(() => t.close());

const informed = async () => (await t.model()).suggestions.filter((s) => s.kind === 'keep-informed');

describe('houd ze op de hoogte', () => {
  it('four weeks after a conversation with the person a helper referred me to, suggests the progress text to the helper', async () => {
    await t.conversation({ contactId: bram.id, date: '2026-11-05' });
    expect(await informed()).toEqual([
      {
        key: `keep-informed:${anna.id}`,
        kind: 'keep-informed',
        contactId: anna.id,
        contactName: 'Anna de Vries',
        since: '2026-11-05',
        days: 28,
        action: {
          kind: 'write-update',
          contactId: anna.id,
          referredId: bram.id,
          referredName: 'Bram Jansen',
        },
      },
    ]);
  });

  it('the progress text it opens says whom the helper referred me to', async () => {
    const facts = await t.call<{ facts: { referrals?: string[] } }>('texts:facts', { contactId: anna.id });
    expect(facts.facts.referrals).toEqual(['Bram Jansen']);
  });

  it('not sooner than four weeks, nor once the conversation is long past (then the tie has gone quiet)', async () => {
    await t.conversation({ contactId: bram.id, date: '2026-11-06' });
    expect(await informed()).toEqual([]);
    const carla = await t.contact({ name: 'Carla Smit', introducedById: anna.id });
    await t.conversation({ contactId: carla.id, date: '2026-08-01' });
    expect(await informed()).toEqual([]);
  });

  it('not when the helper heard from me since that conversation: a touch takes it away', async () => {
    await t.conversation({ contactId: bram.id, date: '2026-11-01' });
    expect(await informed()).toHaveLength(1);
    await t.touch({ contactId: anna.id, on: '2026-11-20' });
    expect(await informed()).toEqual([]);
  });

  it('not once the goal is reached: the trail back thanks them then', async () => {
    await t.conversation({ contactId: bram.id, date: '2026-11-01' });
    await t.call('profile:save', {
      ...emptyProfile(),
      reached: { what: 'Adviseur', where: 'Eneco', from: null, on: '2026-12-02' },
    });
    expect(await informed()).toEqual([]);
  });

  it('"niet nu" keeps it away for a week; the helper with the longest wait comes first', async () => {
    const kees = await t.contact({ name: 'Kees Bakker' });
    const dirk = await t.contact({ name: 'Dirk de Boer', introducedById: kees.id });
    await t.conversation({ contactId: bram.id, date: '2026-11-01' });
    await t.conversation({ contactId: dirk.id, date: '2026-10-20' });
    expect((await informed()).map((s) => s.contactName)).toEqual(['Kees Bakker']);
    await t.call('overview:dismiss', { key: `keep-informed:${kees.id}` });
    expect((await informed()).map((s) => s.contactName)).toEqual(['Anna de Vries']);
    t.clock.advance(7 * 24 * 3600_000);
    expect((await informed()).map((s) => s.contactName)).toEqual(['Kees Bakker']);
  });
});
