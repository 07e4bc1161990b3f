import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactListQuery } from '../../contract/contract';
import { ContactFields } from '../../contract/domain';
import { ManualClock } from '../testing/manual-clock';
import { JournalStore } from '../journal/journal-store';
import { ContactBook } from './contact-book';

let dir: string;
let store: JournalStore;
let book: ContactBook;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-contact-order-'));
  const clock = new ManualClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');
  store = await JournalStore.open({ path: join(dir, 'journal.json'), clock });
  book = new ContactBook(store, clock);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const list = (query: Parameters<typeof ContactListQuery.parse>[0]) =>
  book.list(ContactListQuery.parse(query));
const names = (query: Parameters<typeof ContactListQuery.parse>[0]) =>
  list(query).contacts.map((c) => c.name);
const add = (name: string, more: { archived?: boolean; organisation?: string } = {}) => {
  const c = book.create(ContactFields.parse({ name, organisation: more.organisation ?? '' }));
  if (more.archived) book.archive(c.id);
};

describe('sorting by surname', () => {
  beforeEach(() => {
    for (const name of [
      'Sjoerd van der Meer',
      'Anna de Vries',
      'Ruud van den Berg',
      'Pieter Hoekstra',
      "Marieke in 't Veld",
      'Jan Peter Balkenende',
      'Mohammed El Amrani',
      'Ayşe Çelik',
      'Henk ter Horst',
      'Bram de Boer',
      'Anna Boer',
      'Anna Smit-de Vries',
    ])
      add(name);
  });

  it('sorts on the surname without its tussenvoegsel, as a Dutch list does', () => {
    expect(names({ sort: 'surname' })).toEqual([
      'Jan Peter Balkenende',
      'Ruud van den Berg',
      'Anna Boer',
      'Bram de Boer',
      'Ayşe Çelik',
      'Mohammed El Amrani',
      'Pieter Hoekstra',
      'Henk ter Horst',
      'Sjoerd van der Meer',
      'Anna Smit-de Vries',
      "Marieke in 't Veld",
      'Anna de Vries',
    ]);
  });

  it('still sorts by first name when asked, and searches within either order', () => {
    expect(names({ sort: 'name' }).slice(0, 3)).toEqual(['Anna Boer', 'Anna de Vries', 'Anna Smit-de Vries']);
    expect(names({ sort: 'surname', query: 'anna' })).toEqual([
      'Anna Boer',
      'Anna Smit-de Vries',
      'Anna de Vries',
    ]);
  });

  it('moves a contact whose name changed', () => {
    const sjoerd = list({ query: 'sjoerd' }).contacts[0]!;
    book.update(sjoerd.id, { name: 'Sjoerd van Aalst' });
    expect(names({ sort: 'surname' })[0]).toBe('Sjoerd van Aalst');
  });
});

describe('matches in the other part of the list', () => {
  beforeEach(() => {
    add('Kees Jansen', { archived: true, organisation: 'Rabobank' });
    add('Kees de Wit', { archived: true });
    add('Fatima Amrani', { organisation: 'Rabobank' });
  });

  it('tells how many the archive holds when none of the active contacts match', () => {
    const active = list({ query: 'kees' });
    expect(active.total).toBe(0);
    expect(active.elsewhere).toBe(2);
    const archived = list({ query: 'kees', show: 'archived' });
    expect(archived.contacts.map((c) => c.name)).toEqual(['Kees de Wit', 'Kees Jansen']);
    expect(archived.elsewhere).toBe(0);
  });

  it('counts the other way round from the archive, and follows the query as it narrows', () => {
    expect(list({ query: 'rabo', show: 'archived' })).toMatchObject({ total: 1, elsewhere: 1 });
    expect(list({ query: 'rabo' })).toMatchObject({ total: 1, elsewhere: 1 });
    expect(list({ query: 'rabob' })).toMatchObject({ total: 1, elsewhere: 1 });
    expect(list({ query: 'kees j' })).toMatchObject({ total: 0, elsewhere: 1 });
    expect(list({ query: 'kees jx' })).toMatchObject({ total: 0, elsewhere: 0 });
  });

  it('keeps the window: offset and limit apply to the part asked for only', () => {
    const window = list({ query: 'kees', show: 'archived', offset: 1, limit: 1 });
    expect(window).toMatchObject({ total: 2, offset: 1, elsewhere: 0 });
    expect(window.contacts.map((c) => c.name)).toEqual(['Kees Jansen']);
  });
});
