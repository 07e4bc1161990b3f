import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactListQuery, ConversationListQuery, LIST_WINDOW_MAX } from '../../contract/contract';
import { ContactFields, ConversationFields, Evaluation } from '../../contract/domain';
import type { Clock } from '../clock';
import { ContactBook } from '../contacts/contact-book';
import { JournalStore } from '../journal/journal-store';
import { ConversationBook } from './conversation-book';
import { TouchLog } from './touches';

/**
 * The books keep their lists, indexes and search up to date by patching them after each edit. Here a
 * long run of random edits is checked against books made fresh on the same journal, which derive
 * everything from scratch: the patched answers must be the same at every step.
 */

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00.000Z') };
let dir: string;
let store: JournalStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-derived-'));
  store = await JournalStore.open({ path: join(dir, 'journal.json'), clock });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const NAMES = ['Anna Bakker', 'Bram de Vries', 'Çelik', 'Daan', 'Eva Müller', 'Fleur', 'Gijs van Dijk'];
const WORDS = [
  'gemeente',
  'koffie',
  'vacature',
  'netwerkborrel',
  'cursus',
  'café',
  'zorg',
  'jaarverslag',
  'meeloopdag',
];
const QUERIES = [
  '',
  'g',
  'ge',
  'gem',
  'gemeente',
  'koffie gem',
  'cafe',
  'mee',
  'meel',
  'zorg',
  'a',
  'de',
  'xyz',
  'müller',
];

describe('derived views after many random edits', () => {
  for (const seed of [1, 2, 3]) {
    it(`match views derived from scratch (seed ${seed})`, () => {
      const r = random(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
      const date = () =>
        `2025-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
      const text = () => Array.from({ length: Math.floor(r() * 4) }, () => pick(WORDS)).join(' ');
      const contacts = new ContactBook(store, clock);
      const book = new ConversationBook(store, contacts, clock);
      const touches = new TouchLog(store, contacts, clock);
      for (const name of NAMES)
        contacts.create(ContactFields.parse({ name, lastContactOn: r() < 0.5 ? date() : null }));

      const someoneBut = (not: string) => pick(store.data.contacts.filter((c) => c.id !== not));
      const conversation = () => {
        const main = pick(store.data.contacts);
        const status = r() < 0.7 ? 'gehouden' : 'gepland';
        return ConversationFields.parse({
          contactId: main.id,
          participantIds: r() < 0.3 ? [someoneBut(main.id).id] : [],
          status,
          date: date(),
          time: r() < 0.5 ? '10:00' : null,
          goal: text(),
          notes: text(),
          evaluation:
            status === 'gehouden' && r() < 0.6
              ? Evaluation.parse({
                  couldBeBetter: text(),
                  referrals:
                    r() < 0.5 ? [{ id: 'r', name: 'Iemand', contactId: someoneBut(main.id).id }] : [],
                })
              : null,
        });
      };

      for (let step = 0; step < 300; step++) {
        const all = store.data.conversations;
        const op = r();
        if (op < 0.35 || all.length < 3) book.create(conversation());
        else if (op < 0.6) {
          const c = pick(all);
          const fresh = conversation();
          book.update(
            c.id,
            r() < 0.5
              ? { notes: text(), date: fresh.date }
              : { ...fresh, contactId: c.contactId, participantIds: [] },
          );
        } else if (op < 0.68) book.delete(pick(all).id);
        else if (op < 0.78)
          touches.add({
            contactId: pick(store.data.contacts).id,
            channel: 'bericht',
            on: date(),
            note: text(),
          });
        else if (op < 0.82 && store.data.touches.length > 0) touches.delete(pick(store.data.touches).id);
        else if (op < 0.88) contacts.update(pick(store.data.contacts).id, { name: `${pick(NAMES)} ${step}` });
        else if (op < 0.92) contacts.update(pick(store.data.contacts).id, { lastContactOn: date() });
        else if (op < 0.95 && store.data.contacts.length > 4) {
          contacts.delete(pick(store.data.contacts).id, { withConversations: true });
        } else contacts.create(ContactFields.parse({ name: pick(NAMES) }));

        // Ask the patched books something most steps, so both patching and rebuilding get their turn.
        if (r() < 0.3) continue;
        const freshContacts = new ContactBook(store, clock);
        const freshBook = new ConversationBook(store, freshContacts, clock);
        const query = pick(QUERIES);
        const filters = pick([{}, { status: 'gehouden' as const }, { needs: 'thanks' as const }]);
        const window = pick([{}, { offset: 3, limit: 7 }, { limit: LIST_WINDOW_MAX }]);
        const asked = ConversationListQuery.parse({ query, ...filters, ...window });
        expect(book.list(asked), `step ${step}: "${query}"`).toEqual(freshBook.list(asked));
        const sort = pick(['name', 'lastContact'] as const);
        const contactQuery = ContactListQuery.parse({ sort, ...window });
        expect(contacts.list(contactQuery), `step ${step}: ${sort}`).toEqual(
          freshContacts.list(contactQuery),
        );
        const someone = pick(store.data.contacts).id;
        expect(book.timeline(someone)).toEqual(freshBook.timeline(someone));
        expect(book.chain(someone)).toEqual(freshBook.chain(someone));
        expect(contacts.get(someone)).toEqual(freshContacts.get(someone));
        expect(book.learnings({ from: null, to: null })).toEqual(
          freshBook.learnings({ from: null, to: null }),
        );
      }
    });
  }
});
