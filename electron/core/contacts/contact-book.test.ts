import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactListQuery } from '../../contract/contract';
import { ContactFields, type ContactFieldsInput } from '../../contract/domain';
import { DomainError } from '../errors';
import { JournalStore } from '../journal/journal-store';
import { ContactBook } from './contact-book';

/** A clock the test moves by hand. */
function fakeClock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    advance(minutes: number) {
      now = new Date(now.getTime() + minutes * 60_000);
    },
  };
}

let dir: string;
let path: string;
let clock: ReturnType<typeof fakeClock>;
let store: JournalStore;
let book: ContactBook;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-contacts-'));
  path = join(dir, 'journal.json');
  clock = fakeClock('2026-11-23T10:00:00.000Z');
  store = await JournalStore.open({ path, clock });
  book = new ContactBook(store, clock);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** Creates a contact the way dispatch does: through the payload schema, so defaults are filled in. */
function add(fields: ContactFieldsInput) {
  return book.create(ContactFields.parse(fields));
}

/** A contact as an import makes them (import-flow.ts): `importedAt` set, typed in by nobody. */
function imported(fields: ContactFieldsInput) {
  const made = add(fields);
  const marked = { ...made, importedAt: '2026-11-23T09:00:00.000Z' };
  store.update((j) => ({ ...j, contacts: j.contacts.map((c) => (c.id === made.id ? marked : c)) }));
  return marked;
}

function names(query: Parameters<typeof ContactListQuery.parse>[0] = {}): string[] {
  return book.list(ContactListQuery.parse(query)).contacts.map((c) => c.name);
}

function expectDomainError(action: () => unknown, code: string) {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    return error as DomainError;
  }
  throw new Error(`expected DomainError ${code}, but nothing was thrown`);
}

describe('creating', () => {
  it('fills in defaults, stamps both times from the clock and starts active', () => {
    const anna = add({ name: 'Anna Bakker' });
    expect(anna).toEqual({
      id: expect.any(String),
      name: 'Anna Bakker',
      organisation: '',
      role: '',
      email: '',
      phone: '',
      moreEmails: [],
      morePhones: [],
      linkedin: '',
      birthday: null,
      circle: null,
      warmth: null,
      strength: null,
      introducedById: null,
      howWeMet: '',
      aboutThem: '',
      canOffer: '',
      tags: [],
      notes: '',
      lastContactOn: null,
      cadence: 'standaard',
      cadenceDays: null,
      archived: false,
      importedAt: null,
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(book.get(anna.id)).toEqual(anna);
  });

  it('gives every contact its own id', () => {
    const ids = Array.from({ length: 50 }, (_, i) => add({ name: `Contact ${i}` }).id);
    expect(new Set(ids).size).toBe(50);
  });

  it('accepts an introducer who exists', () => {
    const anna = add({ name: 'Anna' });
    const bram = add({ name: 'Bram', introducedById: anna.id });
    expect(book.get(bram.id).introducedById).toBe(anna.id);
  });

  it('refuses an introducer who does not exist, and adds nobody', () => {
    const error = expectDomainError(() => add({ name: 'Bram', introducedById: 'nobody' }), 'invalid_input');
    expect(error.fields).toEqual({ introducedById: 'invalid_choice' });
    expect(store.data.contacts).toEqual([]);
  });
});

describe('updating', () => {
  it('changes only the given fields and moves updatedAt, not createdAt', () => {
    const anna = add({ name: 'Anna', organisation: 'Gemeente Utrecht', tags: ['zorg'], notes: 'Koffie' });
    clock.advance(5);
    const updated = book.update(anna.id, { role: 'Teamleider' });
    expect(updated).toEqual({ ...anna, role: 'Teamleider', updatedAt: '2026-11-23T10:05:00.000Z' });
    expect(book.get(anna.id)).toEqual(updated);
  });

  it('treats a field given as undefined as unchanged', () => {
    const anna = add({ name: 'Anna', tags: ['zorg'] });
    expect(book.update(anna.id, { name: undefined, tags: undefined })).toMatchObject({
      name: 'Anna',
      tags: ['zorg'],
    });
  });

  it('can clear a field on purpose', () => {
    const anna = add({ name: 'Anna', lastContactOn: '2026-11-01', circle: 'werk' });
    const updated = book.update(anna.id, { lastContactOn: null, circle: null });
    expect(updated.lastContactOn).toBeNull();
    expect(updated.circle).toBeNull();
  });

  it('refuses someone as their own introducer and leaves them unchanged', () => {
    const anna = add({ name: 'Anna' });
    expectDomainError(() => book.update(anna.id, { introducedById: anna.id }), 'self_reference');
    expect(book.get(anna.id)).toEqual(anna);
  });

  it('refuses an introducer who does not exist', () => {
    const anna = add({ name: 'Anna' });
    const error = expectDomainError(() => book.update(anna.id, { introducedById: 'ghost' }), 'invalid_input');
    expect(error.fields).toEqual({ introducedById: 'invalid_choice' });
    expect(book.get(anna.id).introducedById).toBeNull();
  });

  it('reports not_found for an unknown id', () => {
    expectDomainError(() => book.update('unknown', { name: 'X' }), 'not_found');
  });
});

describe('archiving', () => {
  it('moves a contact between the active and archived lists, with totals for both', () => {
    const anna = add({ name: 'Anna' });
    add({ name: 'Bram' });
    clock.advance(1);
    const archived = book.archive(anna.id);
    expect(archived.archived).toBe(true);
    expect(archived.updatedAt).toBe('2026-11-23T10:01:00.000Z');

    const active = book.list(ContactListQuery.parse({ show: 'active' }));
    expect(active.contacts.map((c) => c.name)).toEqual(['Bram']);
    expect(active.totals).toEqual({ active: 1, archived: 1 });
    expect(names({ show: 'archived' })).toEqual(['Anna']);

    book.restore(anna.id);
    expect(names({ show: 'active' })).toEqual(['Anna', 'Bram']);
    expect(book.list(ContactListQuery.parse({ show: 'archived' })).totals).toEqual({
      active: 2,
      archived: 0,
    });
  });

  it('leaves a contact alone when it is already in the asked state', () => {
    const anna = add({ name: 'Anna' });
    clock.advance(1);
    expect(book.restore(anna.id)).toEqual(anna);
  });

  it('reports not_found for an unknown id', () => {
    expectDomainError(() => book.archive('unknown'), 'not_found');
    expectDomainError(() => book.restore('unknown'), 'not_found');
  });
});

describe('deleting', () => {
  it('removes the contact and unlinks the people they introduced, who stay', () => {
    const anna = add({ name: 'Anna' });
    const bram = add({ name: 'Bram', introducedById: anna.id });
    const carla = add({ name: 'Carla', introducedById: bram.id });
    book.delete(anna.id);
    expectDomainError(() => book.get(anna.id), 'not_found');
    expect(book.get(bram.id).introducedById).toBeNull();
    expect(book.get(carla.id).introducedById).toBe(bram.id);
    expect(names()).toEqual(['Bram', 'Carla']);
  });

  it('reports not_found for an unknown id and deletes nothing', () => {
    add({ name: 'Anna' });
    expectDomainError(() => book.delete('unknown'), 'not_found');
    expect(names()).toEqual(['Anna']);
  });
});

describe('listing', () => {
  it('reports not_found when getting an unknown id', () => {
    expectDomainError(() => book.get('does-not-exist'), 'not_found');
  });

  it('sorts by name ignoring case and diacritics, so "Ömer" sorts among the O', () => {
    for (const name of ['Piet', 'Ömer Yilmaz', 'oscar', 'Olga', 'Émile', 'Anna', 'Noor']) add({ name });
    expect(names({ sort: 'name' })).toEqual([
      'Anna',
      'Émile',
      'Noor',
      'Olga',
      'Ömer Yilmaz',
      'oscar',
      'Piet',
    ]);
  });

  it('sorts by last contact, newest first, never-contacted last by name', () => {
    add({ name: 'Zoë', lastContactOn: '2026-10-01' });
    add({ name: 'Bram' });
    add({ name: 'Anna', lastContactOn: '2026-11-20' });
    add({ name: 'Carla', lastContactOn: '2025-12-31' });
    add({ name: 'Aad' });
    expect(names({ sort: 'lastContact' })).toEqual(['Anna', 'Zoë', 'Carla', 'Aad', 'Bram']);
  });

  it('re-sorts after an edit', () => {
    const anna = add({ name: 'Anna', lastContactOn: '2026-11-01' });
    add({ name: 'Bram', lastContactOn: '2026-11-10' });
    expect(names({ sort: 'lastContact' })).toEqual(['Bram', 'Anna']);
    book.update(anna.id, { lastContactOn: '2026-11-22' });
    expect(names({ sort: 'lastContact' })).toEqual(['Anna', 'Bram']);
    book.update(anna.id, { name: 'Yvonne' });
    expect(names({ sort: 'name' })).toEqual(['Bram', 'Yvonne']);
  });

  it('returns summaries, not whole records', () => {
    add({ name: 'Anna', email: 'anna@example.nl', notes: 'privé' });
    const [row] = book.list(ContactListQuery.parse({})).contacts;
    expect(row).not.toHaveProperty('notes');
    expect(row).not.toHaveProperty('email');
    expect(row).toMatchObject({ name: 'Anna', archived: false });
  });
});

describe('searching', () => {
  beforeEach(() => {
    add({ name: 'Sanne Müller', organisation: 'Rabobank', role: 'Recruiter', tags: ['finance'] });
    add({ name: 'Emre Çelik', organisation: 'Gemeente Rotterdam', role: 'Beleidsmedewerker' });
    add({ name: 'Joost de Vries', organisation: 'ASML', tags: ['techniek', 'Eindhoven'] });
    add({ name: 'Fatima Amrani', notes: 'Kent iemand bij de Rabobank, bellen na de zomer' });
  });

  const cases: [string, string[]][] = [
    ['', ['Emre Çelik', 'Fatima Amrani', 'Joost de Vries', 'Sanne Müller']],
    ['muller', ['Sanne Müller']],
    ['MÜLLER', ['Sanne Müller']],
    ['celik', ['Emre Çelik']],
    ['sa', ['Sanne Müller']],
    ['rabo', ['Fatima Amrani', 'Sanne Müller']],
    ['recruiter', ['Sanne Müller']],
    ['eindhoven', ['Joost de Vries']],
    ['zomer', ['Fatima Amrani']],
    ['rabobank zomer', ['Fatima Amrani']],
    ['zomer  rabobank ', ['Fatima Amrani']],
    ['rotterdam asml', []],
    ['xyz', []],
  ];
  for (const [query, expected] of cases) {
    it(`"${query}" finds ${expected.length ? expected.join(', ') : 'nobody'}`, () => {
      expect(names({ query })).toEqual(expected);
    });
  }

  it('sees new values after an edit, and no longer the old ones', () => {
    const joost = book.list(ContactListQuery.parse({ query: 'joost' })).contacts[0]!;
    book.update(joost.id, { organisation: 'Philips', tags: ['zorgtechnologie'] });
    expect(names({ query: 'philips' })).toEqual(['Joost de Vries']);
    expect(names({ query: 'zorgtech' })).toEqual(['Joost de Vries']);
    expect(names({ query: 'asml' })).toEqual([]);
    expect(names({ query: 'eindhoven' })).toEqual([]);
  });

  it('searches only the list that is shown, but totals count everyone', () => {
    const sanne = book.list(ContactListQuery.parse({ query: 'sanne' })).contacts[0]!;
    book.archive(sanne.id);
    const active = book.list(ContactListQuery.parse({ query: 'rabobank' }));
    expect(active.contacts.map((c) => c.name)).toEqual(['Fatima Amrani']);
    expect(active.totals).toEqual({ active: 3, archived: 1 });
    expect(names({ query: 'rabobank', show: 'archived' })).toEqual(['Sanne Müller']);
  });
});

describe('similar names', () => {
  it('offers contacts whose name looks like the one typed, most alike first, archived ones too', () => {
    add({ name: 'Joost de Vries', organisation: 'Rabobank' });
    add({ name: 'Joost Vries' });
    add({ name: 'Joost Pieter de Vries' });
    add({ name: 'Joost' });
    add({ name: 'Joosten' });
    add({ name: 'Anna de Vries' });
    const archived = add({ name: 'JOOST DE VRIES' });
    book.archive(archived.id);
    const similar = book.similar('Jóost van Vries');
    expect(similar.map((c) => [c.name, c.archived])).toEqual([
      ['Joost de Vries', false],
      ['JOOST DE VRIES', true],
      ['Joost Vries', false],
      ['Joost Pieter de Vries', false],
      ['Joost', false],
    ]);
    expect(similar[0]).toMatchObject({ organisation: 'Rabobank', lastContactOn: null });
  });

  it('asked for names at least this alike (the form’s warning): one name within another is left out', () => {
    add({ name: 'Joost de Vries' });
    add({ name: 'Joost Pieter de Vries' });
    add({ name: 'Joost' });
    expect(book.similar('Joost Vries', 2).map((c) => c.name)).toEqual([
      'Joost de Vries',
      'Joost Pieter de Vries',
    ]);
    expect(book.similar('Joost Vries', 3).map((c) => c.name)).toEqual(['Joost de Vries']);
  });

  it('offers nobody for a name without letters, or one nobody resembles', () => {
    add({ name: 'Anna' });
    expect(book.similar(' - ')).toEqual([]);
    expect(book.similar('Bram')).toEqual([]);
  });

  it('offers at most 20', () => {
    for (let i = 0; i < 25; i++) add({ name: `Anna ${i}` });
    expect(book.similar('Anna')).toHaveLength(20);
  });
});

describe('persistence', () => {
  it('has the same contacts after closing and reopening the journal', async () => {
    const anna = add({ name: 'Anna', tags: ['zorg'], lastContactOn: '2026-11-01' });
    const bram = add({ name: 'Bram', introducedById: anna.id });
    book.archive(bram.id);
    const zoe = add({ name: 'Zoë' });
    book.update(zoe.id, { notes: 'Bellen in december' });
    book.delete(zoe.id);
    const before = store.data.contacts;
    await store.close();

    store = await JournalStore.open({ path, clock });
    const reopened = new ContactBook(store, clock);
    expect(store.data.contacts).toEqual(before);
    expect(reopened.get(bram.id)).toMatchObject({ archived: true, introducedById: anna.id });
    expect(reopened.list(ContactListQuery.parse({ query: 'zorg' })).contacts.map((c) => c.id)).toEqual([
      anna.id,
    ]);
  });
});

describe('the list in windows', () => {
  const people = ['Anna', 'Bram', 'Cor', 'Daan', 'Eva', 'Fleur', 'Gijs', 'Hanna', 'Ilse', 'Joost'];

  it('answers one window of rows with the total of all that match', () => {
    for (const name of people) add({ name });
    const window = book.list(ContactListQuery.parse({ offset: 3, limit: 4 }));
    expect(window.contacts.map((c) => c.name)).toEqual(['Daan', 'Eva', 'Fleur', 'Gijs']);
    expect(window).toMatchObject({ total: 10, offset: 3, totals: { active: 10, archived: 0 } });
  });

  it('stops at the end of the list, and answers no rows past it', () => {
    for (const name of people) add({ name });
    expect(names({ offset: 8, limit: 5 })).toEqual(['Ilse', 'Joost']);
    const past = book.list(ContactListQuery.parse({ offset: 40, limit: 5 }));
    expect(past.contacts).toEqual([]);
    expect(past.total).toBe(10);
  });

  it('counts the matches of a search, not of the whole list', () => {
    for (const name of people) add({ name, organisation: name.length === 4 ? 'Rabobank' : '' });
    const found = book.list(ContactListQuery.parse({ query: 'rabo', limit: 2 }));
    expect(found.contacts.map((c) => c.name)).toEqual(['Anna', 'Bram']);
    expect(found.total).toBe(5);
  });

  it('finds what one more letter narrows to, and what a shorter query widens to again', () => {
    for (const name of people) add({ name });
    expect(names({ query: 'a' })).toEqual(['Anna', 'Bram', 'Daan', 'Eva', 'Hanna']);
    expect(names({ query: 'an' })).toEqual(['Anna', 'Daan', 'Hanna']);
    expect(names({ query: 'ann' })).toEqual(['Anna', 'Hanna']);
    expect(names({ query: 'a' })).toEqual(['Anna', 'Bram', 'Daan', 'Eva', 'Hanna']);
    expect(names({ query: 'n a' })).toEqual(['Anna', 'Daan', 'Hanna']);
  });

  it('sees an edit made after the same query was answered', () => {
    const anna = add({ name: 'Anna' });
    add({ name: 'Bram' });
    expect(names({ query: 'an' })).toEqual(['Anna']);
    book.update(anna.id, { name: 'Ada' });
    expect(names({ query: 'an' })).toEqual([]);
    add({ name: 'Daan' });
    expect(names({ query: 'an' })).toEqual(['Daan']);
    book.archive(book.list(ContactListQuery.parse({ query: 'daan' })).contacts[0]!.id);
    expect(book.list(ContactListQuery.parse({ query: 'an' }))).toMatchObject({
      total: 0,
      totals: { active: 2, archived: 1 },
    });
  });

  it('refuses a window larger than the cap, or a negative place', () => {
    expect(ContactListQuery.safeParse({ limit: 501 }).success).toBe(false);
    expect(ContactListQuery.safeParse({ limit: 0 }).success).toBe(false);
    expect(ContactListQuery.safeParse({ offset: -1 }).success).toBe(false);
    expect(ContactListQuery.safeParse({ offset: 1.5 }).success).toBe(false);
    expect(ContactListQuery.parse({})).toMatchObject({ offset: 0, limit: 100 });
  });
});

describe('the contacts still to be sorted in', () => {
  it('lists those an import brought in without a strength, in the asked order, and lets go of one once it has one', () => {
    imported({ name: 'Sanne', strength: 'goed' });
    const bram = imported({ name: 'Bram', circle: 'werk', warmth: 'warm' });
    imported({ name: 'Anna' });
    add({ name: 'Daan', strength: 'een-beetje' });
    // Typed in by hand without a strength: the person left it open, so 'onbekend', not waiting.
    add({ name: 'Eva' });
    expect(names({ unsorted: true })).toEqual(['Anna', 'Bram']);
    expect(book.list(ContactListQuery.parse({ unsorted: true })).total).toBe(2);

    book.update(bram.id, { strength: 'heel-goed' });
    expect(names({ unsorted: true })).toEqual(['Anna']);
    // The whole list and its totals do not change with the filter.
    expect(names()).toEqual(['Anna', 'Bram', 'Daan', 'Eva', 'Sanne']);
    expect(book.list(ContactListQuery.parse({ unsorted: true })).totals).toEqual({ active: 5, archived: 0 });
  });

  it('searches and pages among them, and counts the archived ones apart', () => {
    for (const name of ['Eva Rabo', 'Fleur Rabo', 'Gijs Rabo', 'Hans ASML']) imported({ name });
    imported({ name: 'Ilse Rabo', strength: 'goed' });
    add({ name: 'Jan Rabo' });
    const gijs = book.list(ContactListQuery.parse({ query: 'gijs' })).contacts[0]!;
    book.archive(gijs.id);
    const found = book.list(ContactListQuery.parse({ unsorted: true, query: 'rabo', limit: 1, offset: 1 }));
    expect(found).toMatchObject({ total: 2, offset: 1, elsewhere: 1 });
    expect(found.contacts.map((c) => c.name)).toEqual(['Fleur Rabo']);
    expect(names({ unsorted: true, show: 'archived' })).toEqual(['Gijs Rabo']);
  });
});
