import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrganisationList } from '../../contract/organisations';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

/**
 * Organisaties (issue 13) on a known mix, through the channels as the page calls them:
 * - Anna (warm) and Bram (lauw) work at "Gemeente Utrecht", which Bram wrote " gemeente  utrecht";
 *   two conversations with them were held, one with Bram is still planned.
 * - Dirk is warm and works nowhere (in the journal); he introduced Eva (Rabobank), and in a
 *   conversation Eva referred the person to Frank (ASML). Hans at ASML is archived.
 * - Carla (Bol) and Gijs (Philips) are koud and tied to no one.
 */
let t: OverviewApp;
const ids: Record<string, string> = {};
beforeEach(async () => {
  t = await openOverviewApp('2026-12-02T10:00:00+01:00');
  const add = async (fields: Record<string, unknown>) => {
    ids[fields['name'] as string] = (await t.contact(fields)).id;
  };
  await add({ name: 'Anna de Vries', organisation: 'Gemeente Utrecht', warmth: 'warm', strength: 'goed' });
  await add({
    name: 'Bram Bakker',
    organisation: ' gemeente  utrecht',
    warmth: 'lauw',
    strength: 'heel-goed',
  });
  await add({ name: 'Carla Smit', organisation: 'Bol', warmth: 'koud' });
  await add({ name: 'Dirk Jansen', warmth: 'warm' });
  await add({
    name: 'Eva Visser',
    organisation: 'Rabobank',
    warmth: 'lauw',
    introducedById: ids['Dirk Jansen'],
  });
  await add({ name: 'Frank de Wit', organisation: 'ASML', warmth: 'koud' });
  await add({ name: 'Gijs Mulder', organisation: 'Philips', warmth: 'koud' });
  await add({ name: 'Hans Kok', organisation: 'ASML', warmth: 'warm' });
  await t.call('contacts:archive', { id: ids['Hans Kok'] });
  await t.conversation({ contactId: ids['Anna de Vries'], date: '2026-11-20', kind: 'orienterend' });
  await t.conversation({ contactId: ids['Bram Bakker'], date: '2026-11-27', kind: 'orienterend' });
  await t.call('conversations:create', {
    contactId: ids['Bram Bakker'],
    date: '2026-12-10',
    status: 'gepland',
    kind: 'orienterend',
  });
  await t.conversation({
    contactId: ids['Eva Visser'],
    date: '2026-11-10',
    kind: 'orienterend',
    evaluation: { referrals: [{ id: 'ref-1', name: 'Frank de Wit', contactId: ids['Frank de Wit'] }] },
  });
});
afterEach(() => t.close());

const list = (query = '') => t.call<OrganisationList>('organisations:list', { query });
const names = (l: OrganisationList) => l.organisations.map((o) => o.name);

describe('Organisaties', () => {
  it('groups the spellings of one organisation, most people first, with who is there and what was held', async () => {
    const all = await list();
    expect(names(all)).toEqual(['Gemeente Utrecht', 'ASML', 'Bol', 'Philips', 'Rabobank']);
    expect(all.total).toBe(5);
    expect(all.withoutOrganisation).toBe(1);
    const gemeente = all.organisations[0]!;
    expect(gemeente).toMatchObject({
      key: 'gemeente utrecht',
      spellings: 2,
      held: 2,
      lastHeld: '2026-11-27',
    });
    // Warm before the stronger tie.
    expect(gemeente.people.map((p) => [p.name, p.warmth, p.strength])).toEqual([
      ['Anna de Vries', 'warm', 'goed'],
      ['Bram Bakker', 'lauw', 'heel-goed'],
    ]);
    expect(gemeente.people[1]!.lastContactOn).toBe('2026-11-27');
    // Hans is archived: ASML has only Frank.
    expect(all.organisations[1]!.people.map((p) => p.name)).toEqual(['Frank de Wit']);
  });

  it('finds the shortest way in from a warm contact, along introductions and referrals', async () => {
    const route = async (name: string) =>
      (await list()).organisations.find((o) => o.name === name)!.route?.map((p) => p.name) ?? null;
    expect(await route('Gemeente Utrecht')).toEqual(['Anna de Vries']);
    expect(await route('Rabobank')).toEqual(['Dirk Jansen', 'Eva Visser']);
    expect(await route('ASML')).toEqual(['Dirk Jansen', 'Eva Visser', 'Frank de Wit']);
    expect(await route('Philips')).toBeNull();
    // Carla becomes warm: Bol is reached through her. Dirk archived: Rabobank has no way in any more.
    await t.call('contacts:update', { id: ids['Carla Smit'], changes: { warmth: 'warm' } });
    await t.call('contacts:archive', { id: ids['Dirk Jansen'] });
    expect(await route('Bol')).toEqual(['Carla Smit']);
    expect(await route('Rabobank')).toBeNull();
  });

  it('answers "wie ken ik bij…" by the start of the words of the name', async () => {
    expect(names(await list('utr'))).toEqual(['Gemeente Utrecht']);
    expect(names(await list('Gem UTR'))).toEqual(['Gemeente Utrecht']);
    expect(names(await list('trecht'))).toEqual([]);
    expect((await list('a')).total).toBe(1);
  });

  it('renames everyone at an organisation, archived people too; to another name it merges the two', async () => {
    expect(
      await t.call('organisations:rename', { key: 'gemeente utrecht', name: 'Gemeente Utrecht' }),
    ).toEqual({
      renamed: 1,
    });
    expect((await list('gemeente')).organisations[0]).toMatchObject({
      name: 'Gemeente Utrecht',
      spellings: 1,
    });

    expect(await t.call('organisations:rename', { key: 'bol', name: ' ASML ' })).toEqual({ renamed: 1 });
    const asml = (await list('asml')).organisations[0]!;
    expect(asml.people.map((p) => p.name)).toEqual(['Frank de Wit', 'Carla Smit'].sort());
    expect(names(await list())).not.toContain('Bol');

    await t.call('organisations:rename', { key: 'asml', name: 'ASML Netherlands' });
    const onDisk = t.app.store.data.contacts.filter((c) => c.organisation === 'ASML Netherlands');
    expect(onDisk.map((c) => c.name).sort()).toEqual(['Carla Smit', 'Frank de Wit', 'Hans Kok']);
  });

  it('refuses an unknown organisation or an empty name, and changes nothing', async () => {
    const before = t.app.store.data.contacts;
    const unknown = await t.app.dispatch('organisations:rename', { key: 'shell', name: 'Shell' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const empty = await t.app.dispatch('organisations:rename', { key: 'bol', name: '   ' });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { name: 'Vul dit veld in.' } },
    });
    expect(t.app.store.data.contacts).toBe(before);
  });

  it('"wil ik werken": marked organisations come first, one nobody works at too; the mark follows a rename', async () => {
    const mark = (name: string, target: boolean) => t.call('organisations:mark', { name, target });
    expect(await mark('shell', true)).toEqual({ name: 'shell', target: true });
    expect(await mark(' RABOBANK ', true)).toEqual({ name: 'Rabobank', target: true });
    const all = await list();
    expect(names(all).slice(0, 3)).toEqual(['Rabobank', 'shell', 'Gemeente Utrecht']);
    expect(all.organisations[1]).toMatchObject({ target: true, people: [], route: null, held: 0 });
    expect(all.organisations[2]!.target).toBe(false);
    // Marking again finds the same mark: one record per organisation.
    await mark('Shell', true);
    expect(t.app.store.data.organisations.map((o) => [o.name, o.target])).toEqual([
      ['shell', true],
      ['Rabobank', true],
    ]);

    // Taken away: the record stays, unmarked, and Shell (nobody there) leaves the list.
    await mark('shell', false);
    expect(t.app.store.data.organisations.find((o) => o.name === 'shell')!.target).toBe(false);
    expect(names(await list())).not.toContain('shell');

    // Renamed, Rabobank keeps its mark under the new name; merged into Bol, Bol is marked.
    await t.call('organisations:rename', { key: 'rabobank', name: 'Rabobank Utrecht' });
    expect((await list('rabobank')).organisations[0]).toMatchObject({
      name: 'Rabobank Utrecht',
      target: true,
    });
    await t.call('organisations:mark', { name: 'Bol', target: false });
    await t.call('organisations:rename', { key: 'rabobank utrecht', name: 'Bol' });
    expect((await list('bol')).organisations[0]).toMatchObject({ name: 'Bol', target: true });
    expect(t.app.store.data.organisations.map((o) => o.name).sort()).toEqual(['Bol', 'shell']);
  });

  it('two marks of one organisation (made on two computers): the latest counts, and unmarking clears both', async () => {
    const at = (time: string) => `2026-12-0${time}T10:00:00.000Z`;
    t.app.store.update((j) => ({
      ...j,
      organisations: [
        { id: 'here', name: 'Shell', target: true, createdAt: at('1'), updatedAt: at('1') },
        { id: 'there', name: 'shell ', target: false, createdAt: at('1'), updatedAt: at('2') },
      ],
    }));
    // The later one says unmarked.
    expect(names(await list())).not.toContain('Shell');
    await t.call('organisations:mark', { name: 'Shell', target: true });
    expect(t.app.store.data.organisations.map((o) => o.target)).toEqual([true, true]);
    await t.call('organisations:mark', { name: 'SHELL', target: false });
    expect(t.app.store.data.organisations.map((o) => o.target)).toEqual([false, false]);
    expect((await t.model()).suggestions.map((s) => s.kind)).not.toContain('no-one-at-target');
    // Renamed, both go along; into a marked organisation, they become its one mark.
    await t.call('organisations:mark', { name: 'Bol', target: true });
    await t.call('organisations:rename', { key: 'shell', name: 'Bol' });
    expect(t.app.store.data.organisations.map((o) => [o.name, o.target])).toEqual([['Bol', true]]);
  });
});
