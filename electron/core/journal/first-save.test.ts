/**
 * The store's first save after opening (serialize.ts takes the lines of a file in the store layout from
 * the bytes read): on disk exactly the journal in the store layout, with only the edited records
 * stringified, and nothing changed in place: the records the store read are frozen before the edit.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Journal } from '../../contract/domain';
import type { Clock } from '../clock';
import { deepFreeze, plainLayout } from '../testing/plain-layout';
import { namedContact, useTempJournal } from '../testing/temp-journal';
import { emptyJournal } from './journal-store';

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
const folder = useTempJournal(clock);
afterEach(() => vi.restoreAllMocks());

const journal = (): Journal => ({
  ...emptyJournal(),
  contacts: Array.from({ length: 600 }, (_, i) =>
    namedContact(`c${i}`, ['Zoë Çelik', 'Jan "JJ" de Vries', 'Bram 😀'][i % 3]! + ` ${i}`),
  ),
});

/** The contacts JSON.stringify is asked to write from now on. */
function countStringified() {
  const original = JSON.stringify.bind(JSON);
  const seen: unknown[] = [];
  vi.spyOn(JSON, 'stringify').mockImplementation(((value: unknown, ...rest: []) => {
    if (typeof value === 'object' && value !== null && 'id' in value) seen.push(value);
    return original(value, ...rest);
  }) as typeof JSON.stringify);
  return seen;
}

/** Opens the file at the folder's path, freezes what it read, renames one contact and saves. */
async function editAndSave() {
  const store = await folder.open();
  deepFreeze(store.data);
  const stringified = countStringified();
  store.update((j) => ({
    ...j,
    contacts: j.contacts.map((c) => (c.id === 'c7' ? { ...c, name: 'Anna Bakker' } : c)),
  }));
  await store.flush();
  vi.restoreAllMocks();
  const text = await readFile(folder.path, 'utf8');
  expect(text).toBe(plainLayout(store.data));
  expect(JSON.parse(text)).toEqual(store.data);
  return { store, stringified };
}

describe("the first save after opening, from the file's own lines", () => {
  it('a file the store wrote: only the edited contact is stringified, the file is exactly the layout', async () => {
    const first = await folder.open();
    first.update(() => journal());
    await first.close();
    const { store, stringified } = await editAndSave();
    expect(stringified).toEqual([store.data.contacts[7]]);
  });

  it('a file written otherwise (on one line): every record stringified, written in the layout', async () => {
    await writeFile(folder.path, JSON.stringify(journal()));
    const { stringified } = await editAndSave();
    expect(stringified.length).toBeGreaterThanOrEqual(600);
  });

  it('a file in the layout with a few lines written otherwise: those are written anew, exactly', async () => {
    const lines = plainLayout(journal()).split('\n');
    const at = lines.findIndex((l) => l.includes('"id":"c3"'));
    lines[at] = lines[at]!.replace('"id":"c3"', '"id": "c3"');
    await writeFile(folder.path, lines.join('\n'));
    const { store, stringified } = await editAndSave();
    expect(stringified).toEqual([store.data.contacts[3], store.data.contacts[7]]);
  });
});
