/**
 * Contacten's filters (issue 13): a filter change answered the way the page asks it, as one whole
 * `contacts:list` call through `dispatch` (schema, keeping in touch per contact, filtering, the counts
 * per filter value, the first window of rows) plus the structured clone of the answer (what IPC does
 * with it), against one frame. Also the first filter change after an edit, when keeping in touch is
 * patched for the people the edit touched and the counts are worked out again.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ContactFiltersInput } from '../../electron/contract/contact-filters';
import type { ContactList } from '../../electron/contract/contract';
import type { Journal } from '../../electron/contract/domain';
import { contactSearchText } from '../../electron/core/contacts/contact-search';
import { searchableText } from '../../electron/core/conversations/conversation-list';
import type { Clock } from '../../electron/core/clock';
import { openCore } from './core';
import { percentile } from './stats';

/** What a person does with the filters: add a value, another kind, a tag, take one away, clear. */
const STEPS: ContactFiltersInput[] = [
  { circle: ['werk'] },
  { circle: ['werk', 'studie'] },
  { circle: ['werk', 'studie'], warmth: ['warm'] },
  { circle: ['werk', 'studie'], warmth: ['warm'], keepInTouch: ['due', 'verwaterd'] },
  { warmth: ['warm'], keepInTouch: ['due', 'verwaterd'] },
  { warmth: ['warm', 'lauw'], strength: ['een-beetje'] },
  { strength: ['een-beetje'], neverSpoken: true },
  { unsorted: true },
  {},
];

export interface FilterOptions {
  journalPath: string;
  folder: string;
  clock: Clock;
  rounds: number;
  collect: () => void;
  log: (error: unknown) => void;
}

export interface FilterResult {
  /** p95 of one filter change, dispatch + clone, per round. */
  p95: number[];
  /** The first filter change after an edit (a touch added), dispatch + clone, per round. */
  afterEdit: number[];
  /** How many contacts the steps showed in the first round, summed (proves they filtered something). */
  shown: number;
  /** Contact search by a word only conversations hold (review L3), see `measureFallThrough`. */
  fallThrough: FallThrough;
  /** Contact search by a new word each round, see `measureNewWords`. */
  newWords: NewWords;
}

export interface NewWords {
  /** The words typed, one a round (the sampled rounds'). */
  words: string[];
  /** p95 of one keystroke (every letter from the first), dispatch + clone, per sampled round. */
  p95: number[];
}

export interface FallThrough {
  word: string;
  /** How many contacts the word finds (through their conversations). */
  found: number;
  /** p95 of one keystroke (the word's third letter on), dispatch + clone, per round. */
  p95: number[];
}

export async function measureFilters(options: FilterOptions): Promise<FilterResult> {
  const app = await openCore({ ...options, folder: join(options.folder, 'filters') });
  try {
    const ask = async (filters: ContactFiltersInput, query = ''): Promise<[number, ContactList]> => {
      const start = performance.now();
      const result = await app.dispatch('contacts:list', { filters, query, limit: 100 });
      if (!result.ok) throw new Error(`contacts:list failed: ${result.error.message}`);
      structuredClone(result);
      return [performance.now() - start, result.data as ContactList];
    };
    const someone = app.store.data.contacts.find((c) => !c.archived)!;
    const result = { p95: [] as number[], afterEdit: [] as number[], shown: 0 };
    for (let round = 0; round < 2 + options.rounds; round++) {
      const sample = round >= 2;
      // A collection first, so one round's garbage stays out of the next; then an edit, after which
      // the first change works out again what the edit changed. Not a collection between the edit and
      // the change: a full collection leaves the young generation small, and the allocations just after
      // it cost more than anywhere in the app, which never forces one (at load 8: median 56-146 ms
      // with the collection there, 20 ms without).
      options.collect();
      const touched = await app.dispatch('touches:add', {
        contactId: someone.id,
        channel: 'bericht',
        on: '2026-11-20',
      });
      if (!touched.ok) throw new Error(`touches:add failed: ${touched.error.message}`);
      const [first] = await ask({ keepInTouch: ['verwaterd'] });
      const times: number[] = [];
      for (const step of STEPS) {
        const [t, answer] = await ask(step);
        times.push(t);
        if (round === 0) result.shown += answer.total;
      }
      if (sample) {
        result.afterEdit.push(first);
        result.p95.push(percentile(times, 95));
      }
    }
    await app.conversations.prepareSearch();
    const fallThrough = await measureFallThrough(app.store.data, ask, options);
    return { ...result, fallThrough, newWords: await measureNewWords(app.store.data, ask, options) };
  } finally {
    await app.close();
  }
}

/** Every text in a record (strings at any depth), for finding a word some records hold and others not. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** The distinct words of five letters or more in `texts`, with how many of the texts hold each. */
function wordCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? []))
      counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/**
 * Contact search as someone types a word not searched before (issue 13: "within one frame at 5,000
 * contacts"): each round a different word, typed letter by letter from its first, each keystroke one
 * contacts:list through dispatch plus the clone. The words begin with different letters, so no keystroke
 * finds an answer kept from an earlier round; in turn a word the contacts' own texts hold (their notes,
 * what I know about them) and one only conversations hold, each the most common of its kind not yet taken.
 */
async function measureNewWords(
  journal: Pick<Journal, 'contacts' | 'conversations'>,
  ask: (filters: ContactFiltersInput, query: string) => Promise<[number, ContactList]>,
  options: FilterOptions,
): Promise<NewWords> {
  const own = wordCounts(journal.contacts.map(contactSearchText));
  const spoken = wordCounts(journal.conversations.map(searchableText));
  const byCount = (counts: Map<string, number>, skip?: Map<string, number>) =>
    [...counts]
      .filter(([w]) => !skip?.has(w))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([w]) => w);
  const lists = [byCount(own), byCount(spoken, own)];
  const rounds = 2 + options.rounds;
  const words: string[] = [];
  const initials = new Set<string>();
  for (let round = 0; words.length < rounds && round < 1000; round++) {
    const word = lists[round % 2]!.find((w) => !initials.has(w[0]!) && /^[a-z]+$/.test(w));
    if (!word) break;
    initials.add(word[0]!);
    words.push(word);
  }
  if (words.length < rounds) throw new Error(`Only ${words.length} words with different first letters.`);
  const result: NewWords = { words: words.slice(2), p95: [] };
  for (const [round, word] of words.entries()) {
    options.collect();
    await ask({}, '');
    const times: number[] = [];
    for (let end = 1; end <= word.length; end++) times.push((await ask({}, word.slice(0, end)))[0]);
    if (round >= 2) result.p95.push(percentile(times, 95));
  }
  return result;
}

/**
 * Review L3: a contact search word of three letters or more that no contact's own text has, so each
 * keystroke falls through to the conversations' substring index (contact-search.ts). The word is the one
 * most conversations' searchable text holds among those no contact record holds anywhere; it is typed letter by letter
 * from its third, each keystroke one contacts:list through dispatch plus the clone, after opening's
 * background work (the conversation search prepared), and the search cleared between rounds.
 */
async function measureFallThrough(
  journal: Pick<Journal, 'contacts' | 'conversations'>,
  ask: (filters: ContactFiltersInput, query: string) => Promise<[number, ContactList]>,
  options: FilterOptions,
): Promise<FallThrough> {
  const inContacts = journal.contacts.map((c) => texts(c).join(' ').toLowerCase()).join(' ');
  const counts = new Map<string, number>();
  for (const c of journal.conversations) {
    const words = new Set(
      searchableText(c)
        .toLowerCase()
        .match(/\p{L}{5,}/gu) ?? [],
    );
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const word = [...counts]
    .filter(([w]) => !inContacts.includes(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (!word) throw new Error('No word found that only conversations hold.');
  const result: FallThrough = { word, found: 0, p95: [] };
  for (let round = 0; round < 2 + options.rounds; round++) {
    options.collect();
    await ask({}, '');
    const times: number[] = [];
    for (let end = 3; end <= word.length; end++) {
      const [t, answer] = await ask({}, word.slice(0, end));
      times.push(t);
      if (end === word.length) result.found = answer.total;
    }
    if (round >= 2) result.p95.push(percentile(times, 95));
  }
  if (result.found === 0) throw new Error(`'${word}' found nobody: the search did not fall through.`);
  return result;
}
