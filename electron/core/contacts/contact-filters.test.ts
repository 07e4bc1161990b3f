/**
 * Contacten's filters through the whole core (dispatch, schema, keeping in touch): who a choice shows and
 * the count beside each filter value, on six people whose figures are written out below.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactFiltersInput } from '../../contract/contact-filters';
import type { ContactList, Result } from '../../contract/contract';
import type { Contact, ContactFieldsInput } from '../../contract/domain';
import { openNetwerkdagboek, type Netwerkdagboek } from '../netwerkdagboek';
import { SettingsStore } from '../settings/settings';
import { ManualClock } from '../testing/manual-clock';

let dir: string;
let clock: ManualClock;
let app: Netwerkdagboek;
const ids: Record<string, string> = {};

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.data as T;
}

async function add(fields: ContactFieldsInput): Promise<Contact> {
  const contact = data<Contact>(await app.dispatch('contacts:create', fields));
  ids[contact.name] = contact.id;
  return contact;
}

async function list(filters: ContactFiltersInput = {}, query = ''): Promise<ContactList> {
  return data<ContactList>(await app.dispatch('contacts:list', { query, filters }));
}

async function names(filters: ContactFiltersInput = {}, query = ''): Promise<string[]> {
  return (await list(filters, query)).contacts.map((c) => c.name);
}

/*
 * Today is 23 November 2026. Keeping in touch is monthly for Anna, Bram and Cees:
 *   Anna   familie  warm  heel goed   zorg       last contact 10 Nov → on track (due 10 Dec)
 *   Bram   familie  lauw  goed        Zorg, ict  last contact 10 Oct → due (verwaterd from 10 Dec)
 *   Cees   vrienden warm  een beetje  ict        last contact 1 Sep  → verwaterd (since 1 Nov)
 *   Dirk   werk     koud  —           —          no cadence, never spoken
 *   Eva    werk     warm  goed        zorg       no cadence, a touch on 20 Nov
 *   Femke  —        —     —           —          imported, not sorted in, never spoken
 */
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-filters-'));
  clock = new ManualClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');
  app = await openNetwerkdagboek({
    journalPath: join(dir, 'journal.json'),
    clock,
    settings: new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'netwerkdagboek-test' })),
    systemLanguages: ['nl-NL'],
    openExternal: async () => undefined,
    showInFolder: () => undefined,
    chooseJournalLocation: async () => null,
    appVersion: '1.2.3',
    log: (error) => {
      throw error;
    },
  });
  const monthly = { cadence: 'maandelijks' } as const;
  await add({
    name: 'Anna',
    circle: 'familie',
    warmth: 'warm',
    strength: 'heel-goed',
    tags: ['zorg'],
    lastContactOn: '2026-11-10',
    ...monthly,
  });
  await add({
    name: 'Bram',
    circle: 'familie',
    warmth: 'lauw',
    strength: 'goed',
    tags: ['Zorg', 'ict'],
    lastContactOn: '2026-10-10',
    ...monthly,
  });
  await add({
    name: 'Cees',
    circle: 'vrienden',
    warmth: 'warm',
    strength: 'een-beetje',
    tags: ['ict'],
    lastContactOn: '2026-09-01',
    ...monthly,
  });
  await add({ name: 'Dirk', circle: 'werk', warmth: 'koud', cadence: 'geen' });
  await add({
    name: 'Eva',
    circle: 'werk',
    warmth: 'warm',
    strength: 'goed',
    tags: ['zorg'],
    cadence: 'geen',
  });
  data(await app.dispatch('touches:add', { contactId: ids['Eva'], channel: 'telefoon', on: '2026-11-20' }));
  const femke = await add({ name: 'Femke' });
  const marked = { ...femke, importedAt: '2026-11-23T08:00:00.000Z' };
  app.store.update((j) => ({ ...j, contacts: j.contacts.map((c) => (c.id === femke.id ? marked : c)) }));
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

describe('counts per filter value', () => {
  it('counts everyone in the list when nothing is chosen', async () => {
    const { facets, total } = await list();
    expect(total).toBe(6);
    expect(facets.circle).toMatchObject({ familie: 2, vrienden: 1, werk: 2, buren: 0 });
    expect(facets.warmth).toEqual({ warm: 3, lauw: 1, koud: 1 });
    expect(facets.strength).toEqual({ 'heel-goed': 1, goed: 2, 'een-beetje': 1 });
    // "Zorg" and "zorg" are one tag, named as the first contact in the list writes it.
    expect(facets.tag).toEqual([
      { tag: 'zorg', count: 3 },
      { tag: 'ict', count: 2 },
    ]);
    expect(facets.keepInTouch).toEqual({ 'on-track': 1, due: 1, verwaterd: 1 });
    expect(facets.neverSpoken).toBe(2);
    expect(facets.unsorted).toBe(1);
    expect(facets.unplaced).toBe(1);
  });

  it('counts a value with the other kinds applied, not its own', async () => {
    const answer = await list({ circle: ['familie', 'vrienden'], warmth: ['warm'] });
    expect(answer.contacts.map((c) => c.name)).toEqual(['Anna', 'Cees']);
    // Kring with warm applied: Eva is warm at werk; warmth with the two kringen applied: Bram is lauw.
    expect(answer.facets.circle).toMatchObject({ familie: 1, vrienden: 1, werk: 1 });
    expect(answer.facets.warmth).toEqual({ warm: 2, lauw: 1, koud: 0 });
    expect(answer.facets.strength).toEqual({ 'heel-goed': 1, goed: 0, 'een-beetje': 1 });
    expect(answer.facets.tag).toEqual([
      { tag: 'ict', count: 1 },
      { tag: 'zorg', count: 1 },
    ]);
  });

  it('keeps a chosen tag in the counts when no one has it any more', async () => {
    const { facets, total } = await list({ tag: ['verhuizing'] });
    expect(total).toBe(0);
    expect(facets.tag).toContainEqual({ tag: 'verhuizing', count: 0 });
  });
});

describe('who a choice shows', () => {
  it('shows either value within a kind, and only who passes every kind', async () => {
    expect(await names({ tag: ['ZORG'] })).toEqual(['Anna', 'Bram', 'Eva']);
    expect(await names({ keepInTouch: ['due', 'verwaterd'] })).toEqual(['Bram', 'Cees']);
    expect(await names({ tag: ['zorg'], keepInTouch: ['due', 'verwaterd'] })).toEqual(['Bram']);
    expect(await names({ strength: ['goed'], warmth: ['warm'] })).toEqual(['Eva']);
  });

  it('finds the people never spoken to and the ones still to sort in', async () => {
    expect(await names({ neverSpoken: true })).toEqual(['Dirk', 'Femke']);
    expect(await names({ neverSpoken: true, unsorted: true })).toEqual(['Femke']);
  });

  it('finds the people without a kring or a warmth, whom the map in Overzicht has no cell for', async () => {
    expect(await names({ unplaced: true })).toEqual(['Femke']);
    data(await app.dispatch('contacts:update', { id: ids['Dirk']!, changes: { warmth: null } }));
    expect(await names({ unplaced: true })).toEqual(['Dirk', 'Femke']);
    const atWork = await list({ unplaced: true, circle: ['werk'] });
    expect(atWork.contacts.map((c) => c.name)).toEqual(['Dirk']);
    // With werk chosen, two are without a warmth or kring; without it, werk holds one of them.
    expect(atWork.facets.unplaced).toBe(1);
    expect(atWork.facets.circle.werk).toBe(1);
    expect((await list({ circle: ['werk'] })).facets.unplaced).toBe(1);
  });

  it('filters what the search found', async () => {
    expect(await names({}, 'ict')).toEqual(['Bram', 'Cees']);
    const answer = await list({ warmth: ['warm'] }, 'ict');
    expect(answer.contacts.map((c) => c.name)).toEqual(['Cees']);
    expect(answer.facets.warmth).toEqual({ warm: 1, lauw: 1, koud: 0 });
  });
});

describe('following the journal and the calendar', () => {
  it('counts someone as never spoken again once their only touch is removed', async () => {
    const touch = app.store.data.touches.find((t) => t.contactId === ids['Eva'])!;
    expect((await list()).facets.neverSpoken).toBe(2);
    data(await app.dispatch('touches:delete', { id: touch.id }));
    expect(await names({ neverSpoken: true })).toEqual(['Dirk', 'Eva', 'Femke']);
  });

  it('leaves an archived contact out of the counts of the active list', async () => {
    data(await app.dispatch('contacts:archive', { id: ids['Anna'] }));
    const { facets } = await list();
    expect(facets.circle.familie).toBe(1);
    expect(facets.keepInTouch).toEqual({ 'on-track': 0, due: 1, verwaterd: 1 });
  });

  it('moves a relation from on track to due when its day comes', async () => {
    clock.jumpTo('2026-12-10T08:00:00+01:00');
    // Anna's month is up; Bram's second month too, so he has gone quiet.
    expect(await names({ keepInTouch: ['due'] })).toEqual(['Anna']);
    expect((await list()).facets.keepInTouch).toEqual({ 'on-track': 0, due: 1, verwaterd: 2 });
  });
});

describe('the filter payload', () => {
  it('refuses an unknown kind or value and changes nothing', async () => {
    for (const filters of [{ kring: ['familie'] }, { circle: ['buitenaards'] }, { neverSpoken: 'ja' }]) {
      const result = await app.dispatch('contacts:list', { filters });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect((await list()).total).toBe(6);
  });
});
