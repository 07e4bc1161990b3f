/**
 * Search per keystroke, as the Contacten and Gesprekken screens search while someone types: each prefix
 * through `contacts.list` / `conversations.list` asking for the first window of rows (what the virtual
 * list shows first), against a bare scan of strings folded beforehand. The "incl. IPC" rows add the
 * structured clone of the answer, roughly what Electron's IPC does with it; that is what the person waits
 * for. Used by the full bench (run.ts) and on its own by `npm run bench:lists` (lists.ts).
 */
import { performance } from 'node:perf_hooks';
import { ContactListQuery, ConversationListQuery } from '../../electron/contract/contract';
import type { Contact, Conversation } from '../../electron/contract/domain';
import type { ContactBook } from '../../electron/core/contacts/contact-book';
import type { ConversationBook } from '../../electron/core/conversations/conversation-book';
import type { JournalStore } from '../../electron/core/journal/journal-store';
import { listOrder } from '../../electron/core/conversations/order';
import { fold, queryWords } from '../../electron/core/text-search';
import { median, percentile } from './stats';
import { judged, ms, type Row } from './table';

export interface SearchOptions {
  smoke: boolean;
  warmupRounds: number;
  rounds: number;
  /** Prefixes per list. */
  queries: number;
  /** A garbage collection, between rounds. */
  collect: () => void;
}

/** The limit per keystroke, incl. the IPC clone (issue 10). */
export const SEARCH_LIMIT_MS = 4;

type Stats = ReturnType<typeof measureSearch>;

/** Each query per round through `list`, against `bare`; per round the median and p95, then medians. */
function measureSearch(
  options: SearchOptions,
  queries: readonly string[],
  list: (query: string) => object,
  bare: (query: string) => unknown,
) {
  const stats = {
    p50: [] as number[],
    p95: [] as number[],
    max: [] as number[],
    baseP50: [] as number[],
    baseP95: [] as number[],
    ipcP95: [] as number[],
    perQuery: queries.map(() => [] as number[]),
    matched: 0,
  };
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    const sample = round >= options.warmupRounds;
    const app: number[] = [];
    const base: number[] = [];
    const ipc: number[] = [];
    options.collect();
    queries.forEach((query, q) => {
      let start = performance.now();
      const result = list(query);
      const t = performance.now() - start;
      app.push(t);
      stats.perQuery[q]!.push(t);
      if (round === 0) stats.matched += countOf(result);
      // What the renderer receives goes through a structured clone (IPC).
      start = performance.now();
      structuredClone(result);
      ipc.push(t + performance.now() - start);
      start = performance.now();
      bare(query);
      base.push(performance.now() - start);
    });
    if (sample) {
      stats.p50.push(median(app));
      stats.p95.push(percentile(app, 95));
      stats.max.push(Math.max(...app));
      stats.baseP50.push(median(base));
      stats.baseP95.push(percentile(base, 95));
      stats.ipcP95.push(percentile(ipc, 95));
    }
  }
  return stats;
}

/** How many matched: the total of a windowed answer, or the rows of a whole one. */
function countOf(result: object): number {
  const r = result as { total?: number; contacts?: unknown[]; conversations?: unknown[] };
  return r.total ?? (r.contacts ?? r.conversations ?? []).length;
}

function searchRows(options: SearchOptions, what: string, queries: readonly string[], stats: Stats): Row[] {
  const p95 = median(stats.p95);
  const base95 = median(stats.baseP95);
  const ipc95 = median(stats.ipcP95);
  return [
    {
      metric: `search ${what} per keystroke, p95 (${queries.length} queries)`,
      measured: ms(p95),
      baseline: ms(base95),
      ratio: `${(p95 / base95).toFixed(2)}×`,
      target: `≤ ${SEARCH_LIMIT_MS} ms`,
      result: judged(options.smoke, p95 <= SEARCH_LIMIT_MS),
    },
    {
      metric: `search ${what} per keystroke, median`,
      measured: ms(median(stats.p50)),
      baseline: ms(median(stats.baseP50)),
      ratio: `${(median(stats.p50) / median(stats.baseP50)).toFixed(2)}×`,
      target: '—',
      result: 'info',
    },
    {
      metric: `search ${what} per keystroke, p95 incl. IPC structured clone`,
      measured: ms(ipc95),
      baseline: '—',
      ratio: `${(ipc95 / SEARCH_LIMIT_MS).toFixed(2)} of limit`,
      target: `≤ ${SEARCH_LIMIT_MS} ms`,
      result: judged(options.smoke, ipc95 <= SEARCH_LIMIT_MS),
    },
  ];
}

function slowestQueries(what: string, queries: readonly string[], stats: Stats): string[] {
  const slowest = [...new Map(queries.map((query, q) => [query, median(stats.perQuery[q]!)])).entries()]
    .map(([query, t]) => ({ query, t }))
    .sort((a, b) => b.t - a.t)
    .slice(0, 5);
  return [
    `Search ${what}: ${queries.length} queries, ${Math.round(stats.matched / queries.length)} matches on ` +
      `average; worst single query over the rounds ${ms(Math.max(...stats.max))}.`,
    `  slowest (median): ${slowest.map((s) => `"${s.query}" ${ms(s.t)}`).join(', ')}`,
  ];
}

/**
 * Both lists searched letter by letter on an opened journal. The conversation search is timed after its
 * background preparation (whose cost is a row of its own). Returns the rows and the lines that say which
 * queries were slowest.
 */
export async function measureListSearch(
  app: { store: JournalStore; book: ContactBook; conversations: ConversationBook },
  options: SearchOptions,
): Promise<{ rows: Row[]; notes: string[]; firstConversationListMs: number; prepareMs: number }> {
  const { store, book, conversations } = app;
  const contacts = store.data.contacts;
  const queries = keystrokes(contacts, options.queries);
  book.list(ContactListQuery.parse({})); // what the app does on open

  // Baseline: the same matching rule over strings folded in advance, same order, no summaries.
  const sortedHay = [...contacts]
    .sort((a, b) => (fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : 0))
    .map((c) => ({
      c,
      hay: fold([c.name, c.organisation, c.role, c.tags.join(' '), c.notes].join('\n')),
    }));
  const bareScan = (query: string) => {
    const words = queryWords(query);
    const out: Contact[] = [];
    for (const { c, hay } of sortedHay) {
      if (!c.archived && words.every((w) => hay.includes(w))) out.push(c);
    }
    return out;
  };
  const contactSearch = measureSearch(
    options,
    queries,
    (query) => book.list(ContactListQuery.parse({ query })),
    bareScan,
  );

  // Conversations: as the Gesprekken screen searches, over everything written for each conversation.
  let start = performance.now();
  conversations.list(ConversationListQuery.parse({}));
  const firstConversationListMs = performance.now() - start;
  start = performance.now();
  await conversations.prepareSearch();
  const prepareMs = performance.now() - start;
  const conversationQueries = conversationKeystrokes(store.data.conversations, contacts, options.queries);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const conversationHay = [...store.data.conversations].sort(listOrder).map((c) => ({
    c,
    hay: fold(
      [
        byId.get(c.contactId)?.name ?? '',
        c.goal,
        c.notes,
        c.preparation,
        ...c.questions.flatMap((q) => [q.text, q.answer]),
        ...(c.evaluation
          ? [
              c.evaluation.wentWell,
              c.evaluation.couldBeBetter,
              c.evaluation.gaveOrOffered,
              c.evaluation.nextStep,
              ...c.evaluation.tips,
              ...c.evaluation.referrals.flatMap((r) => [r.name, r.organisation, r.role, r.why]),
            ]
          : []),
      ].join('\n'),
    ),
  }));
  const bareConversationScan = (query: string) => {
    const words = queryWords(query);
    const out: Conversation[] = [];
    for (const { c, hay } of conversationHay) if (words.every((w) => hay.includes(w))) out.push(c);
    return out;
  };
  const conversationSearch = measureSearch(
    options,
    conversationQueries,
    (query) => conversations.list(ConversationListQuery.parse({ query })),
    bareConversationScan,
  );
  return {
    rows: [
      ...searchRows(options, 'contacts', queries, contactSearch),
      ...searchRows(options, 'conversations', conversationQueries, conversationSearch),
    ],
    notes: [
      ...slowestQueries('contacts', queries, contactSearch),
      ...slowestQueries('conversations', conversationQueries, conversationSearch),
    ],
    firstConversationListMs,
    prepareMs,
  };
}
/**
 * Search as people type it: names, organisations and tags letter by letter, some without diacritics
 * ("muller" for Müller), some with, some two words. Exactly `count` prefixes, the same every run.
 */
function keystrokes(contacts: readonly Contact[], count: number): string[] {
  const doubleBarrelled = contacts.find((c) => /\p{Ll}-\p{Lu}|-de /u.test(c.name))?.name ?? 'Jansen-de Vries';
  const words = [
    'muller',
    'celik',
    'van den berg',
    'zoe',
    'Müller',
    'Çelik',
    'Jansen-de Vries',
    doubleBarrelled.split(' ').slice(1).join(' '),
    'ozturk',
    'asml',
    'recruiter',
    'gemeente utrecht',
    'netwerkborrel',
    'daniel',
    'nguyen',
    'koffie',
    'sahin amsterdam',
  ];
  for (let i = 0; words.length < 60; i++) {
    const c = contacts[(i * 977) % contacts.length]!;
    const pick = [c.name, c.organisation || c.name, c.tags[0] || c.role || c.name][i % 3]!;
    words.push(i % 4 === 0 ? pick.toLowerCase() : pick);
  }
  const out: string[] = [];
  for (const word of words) {
    for (let n = 1; n <= word.length && out.length < count; n++) {
      if (word[n - 1] !== ' ') out.push(word.slice(0, n));
    }
  }
  return out;
}

/**
 * Conversation search as people type it: words from goals, notes and evaluations (with and without
 * diacritics), organisations and contact names, letter by letter; `count` prefixes, the same every run.
 */
function conversationKeystrokes(
  conversations: readonly Conversation[],
  contacts: readonly Contact[],
  count: number,
): string[] {
  const words = [
    'netwerkborrel',
    'gemeente',
    'vacature',
    'cursus projectmatig',
    'coordinator',
    'Coördinator',
    'reorganisatie',
    'open sollicitatie',
    'vrijwilligersdag',
    'muller',
    'celik',
    'jaarverslag',
    'visitekaartje',
    'meeloopdag',
    'utrecht',
    'zo’n functie',
  ];
  for (let i = 0; words.length < 40; i++) {
    const c = conversations[(i * 7919) % conversations.length]!;
    const note = (c.notes || c.goal || 'bijpraten').split(/\s+/).filter((w) => w.length > 4);
    const contact = contacts[(i * 977) % contacts.length]!;
    const pick = [
      note[i % Math.max(note.length, 1)] ?? 'koffie',
      contact.name,
      contact.organisation || 'koffie',
    ][i % 3]!;
    words.push(i % 4 === 0 ? pick.toLowerCase() : pick);
  }
  const out: string[] = [];
  for (const word of words) {
    for (let n = 1; n <= word.length && out.length < count; n++) {
      if (word[n - 1] !== ' ') out.push(word.slice(0, n));
    }
  }
  return out;
}
