import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactList, KeepInTouchStatus } from '../../contract/contract';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

/**
 * Overzicht's Verwaterd, Contacten › Filter › Verwaterd and the contact page name the same people
 * (review s6, S3). The clock stands on Wednesday 2 December 2026; keeping-in-touch defaults as shipped
 * (heel goed: none, goed: half-yearly, een beetje: quarterly).
 */
let t: OverviewApp;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-02T10:00:00+01:00');
});
afterEach(() => t.close());

async function filtered(): Promise<string[]> {
  const list = await t.call<ContactList>('contacts:list', {
    query: '',
    filters: { keepInTouch: ['verwaterd'] },
  });
  return list.contacts.map((c) => c.name).sort();
}

async function quiet(): Promise<string[]> {
  return (await t.model()).quiet.relations.map((r) => r.name).sort();
}

describe('one rule for verwaterd', () => {
  it('names the same people on Overzicht, in the Contacten filter and on the contact page', async () => {
    // Known very well, no reminders by default, eight months quiet: gone quiet by the months.
    const hanna = await t.contact({ name: 'Hanna', strength: 'heel-goed', lastContactOn: '2026-04-01' });
    // Known a little (quarterly): twice the quarter passed on 15 November.
    await t.contact({ name: 'Ivo', strength: 'een-beetje', lastContactOn: '2026-05-15' });
    // Yearly by her own choice, seven months quiet: the year is not up, the six months are.
    const jet = await t.contact({
      name: 'Jet',
      strength: 'goed',
      cadence: 'jaarlijks',
      lastContactOn: '2026-05-01',
    });
    // Set to no reminders: never called verwaterd.
    await t.contact({ name: 'Kees', strength: 'heel-goed', cadence: 'geen', lastContactOn: '2025-01-01' });
    // Half-yearly, six months to the day: due today, verwaterd tomorrow.
    const lotte = await t.contact({ name: 'Lotte', strength: 'goed', lastContactOn: '2026-06-02' });

    expect(await quiet()).toEqual(['Hanna', 'Ivo', 'Jet']);
    expect(await filtered()).toEqual(['Hanna', 'Ivo', 'Jet']);
    const status = (id: string) => t.call<KeepInTouchStatus>('reminders:keepInTouch', { contactId: id });
    expect((await status(hanna.id)).state).toBe('verwaterd');
    expect((await status(jet.id)).state).toBe('verwaterd');
    expect((await status(lotte.id)).state).toBe('due');
    const byName = Object.fromEntries((await t.model()).quiet.relations.map((r) => [r.name, r.by]));
    expect(byName).toEqual({ Hanna: 'months', Ivo: 'cadence', Jet: 'months' });

    t.clock.jumpTo('2026-12-03T08:00:00+01:00');
    expect(await quiet()).toEqual(['Hanna', 'Ivo', 'Jet', 'Lotte']);
    expect(await filtered()).toEqual(['Hanna', 'Ivo', 'Jet', 'Lotte']);
    expect((await status(lotte.id)).state).toBe('verwaterd');

    // A touch with Hanna today brings her back in both places.
    await t.touch({ contactId: hanna.id, on: '2026-12-03' });
    expect(await quiet()).toEqual(['Ivo', 'Jet', 'Lotte']);
    expect(await filtered()).toEqual(['Ivo', 'Jet', 'Lotte']);
    expect((await status(hanna.id)).state).toBe('none');
  });
});
