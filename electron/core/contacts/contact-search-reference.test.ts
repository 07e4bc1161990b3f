/**
 * Contacten's search keeps answers (the last queries' matches, their counts per filter value, why each row
 * was found) while the journal stays the same. These runs check that what it keeps never shows: after
 * every keystroke, letter taken back and edit, the answer is the one a straightforward reference gives
 * (every word in the contact's own text, or, for words of three letters or more, in a touch's note or in
 * what was written for a conversation they took part in) and the one books made afresh give.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContactListQuery } from '../../contract/contract';
import { ContactFields, ConversationFields, TouchFields, type Contact } from '../../contract/domain';
import { useTempJournal } from '../testing/temp-journal';
import { ConversationBook } from '../conversations/conversation-book';
import { searchableText } from '../conversations/conversation-list';
import { TouchLog } from '../conversations/touches';
import { fold, queryWords } from '../text-search';
import { ContactBook } from './contact-book';
import { contactSearchText, foundIn, type ElsewhereText } from './contact-search';

const clock = { now: () => new Date('2026-11-23T10:00:00.000Z') };
const temp = useTempJournal(clock, 'ndb-contact-search-reference-');

const VOCABULARY = [
  'zorg',
  'zorgbeurs',
  'welke',
  'welkom',
  'wel',
  'logistiek',
  'Müller',
  'café',
  'ab',
  'Straße',
];
const text = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 3 }).map((w) => w.join(' '));
const NAMES = ['Anna de Vries', 'Bram Zorg', 'Chris Welkom', 'Daan Café'];

/** What a person does in the search box, and the edits between. */
const step = fc.oneof(
  // Typing a word letter by letter after what is there (or alone), then taking letters back.
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constantFrom(...VOCABULARY),
      after: fc.boolean(),
      back: fc.nat({ max: 3 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ edit: fc.nat(), notes: text }) },
  fc.record({ touch: fc.nat(), note: text }),
  fc.record({ archive: fc.nat() }),
  fc.record({ rename: fc.nat(), name: fc.constantFrom(...NAMES) }),
);

const journal = fc.record({
  contacts: fc.array(
    fc.record({
      name: fc.constantFrom(...NAMES),
      aboutThem: text,
      warmth: fc.constantFrom('warm' as const, 'koud' as const),
      archived: fc.boolean(),
    }),
    {
      minLength: 1,
      maxLength: 5,
    },
  ),
  conversations: fc.array(
    fc.record({ main: fc.nat(), others: fc.array(fc.nat(), { maxLength: 2 }), notes: text, goal: text }),
    { maxLength: 6 },
  ),
  touches: fc.array(fc.record({ who: fc.nat(), note: text }), { maxLength: 3 }),
  steps: fc.array(step, { minLength: 1, maxLength: 8 }),
});

describe('Contacten search keeps nothing that shows', () => {
  it('answers every keystroke and edit as a reference and as books made afresh do', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(journal, async (j) => {
        // A journal of its own per run: a run that fails leaves its store open (closed after the test).
        const store = await temp.open({ path: join(temp.dir, `run-${++runs}.json`) });
        const contacts = new ContactBook(store, clock);
        const conversations = new ConversationBook(store, contacts, clock);
        const touches = new TouchLog(store, contacts, clock);
        const people: Contact[] = j.contacts.map((c) => {
          const made = contacts.create(
            ContactFields.parse({ name: c.name, aboutThem: c.aboutThem, warmth: c.warmth }),
          );
          return c.archived ? contacts.archive(made.id) : made;
        });
        const who = (n: number) => people[n % people.length]!.id;
        const held = j.conversations.map((c, k) => {
          const contactId = who(c.main);
          const participantIds = [...new Set(c.others.map(who))].filter((id) => id !== contactId);
          return conversations.create(
            ConversationFields.parse({
              contactId,
              participantIds,
              status: 'gehouden',
              date: `2026-10-${String(1 + k).padStart(2, '0')}`,
              notes: c.notes,
              goal: c.goal,
            }),
          );
        });
        for (const t of j.touches)
          touches.add(
            TouchFields.parse({ contactId: who(t.who), channel: 'telefoon', on: '2026-11-01', note: t.note }),
          );

        const check = (query: string) => {
          // A filter too: its answer and counts are kept per search as well.
          for (const [show, warm] of [
            ['active', false],
            ['archived', false],
            ['active', true],
          ] as const) {
            const filters = warm ? { warmth: ['warm'] } : {};
            const ask = ContactListQuery.parse({ query, show, filters, limit: 500 });
            const answer = contacts.list(ask);
            const freshContacts = new ContactBook(store, clock);
            new ConversationBook(store, freshContacts, clock);
            expect(answer, `'${query}' (${show})`).toEqual(freshContacts.list(ask));
            // The reference: the list without a search, narrowed to whom every word finds.
            const order = contacts.list(
              ContactListQuery.parse({ query: '', show, filters, limit: 500 }),
            ).contacts;
            const { data } = store;
            const finds = (id: string, w: string): boolean => {
              const c = data.contacts.find((x) => x.id === id)!;
              if (fold(contactSearchText(c)).includes(w)) return true;
              if (w.length < 3) return false;
              if (data.touches.some((t) => t.contactId === id && fold(t.note).includes(w))) return true;
              return data.conversations.some(
                (v) =>
                  (v.contactId === id || v.participantIds.includes(id)) &&
                  fold(searchableText(v)).includes(w),
              );
            };
            const words = queryWords(query);
            const expected = order.filter((row) => words.every((w) => finds(row.id, w))).map((row) => row.id);
            expect(
              answer.contacts.map((row) => row.id),
              `'${query}' (${show})`,
            ).toEqual(expected);
            // Why each row was found, as the plain explanation reads it: every conversation and touch
            // note of theirs, latest first, each text made and folded (no index consulted, nothing kept).
            for (const row of answer.contacts) {
              const c = data.contacts.find((x) => x.id === row.id)!;
              const texts: ElsewhereText[] = [
                ...data.conversations
                  .filter((v) => v.contactId === c.id || v.participantIds.includes(c.id))
                  .map((v) => ({
                    field: 'conversation' as const,
                    on: v.date,
                    text: () => searchableText(v),
                  })),
                ...data.touches
                  .filter((t) => t.contactId === c.id && t.note !== '')
                  .map((t) => ({ field: 'touch' as const, on: t.on, text: () => t.note })),
              ];
              const rank = (t: ElsewhereText) => (t.field === 'conversation' ? 0 : 1);
              texts.sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : rank(a) - rank(b)));
              expect(row.found, `why '${row.name}' for '${query}' (${show})`).toEqual(
                foundIn(c, words, texts),
              );
            }
          }
        };

        let query = '';
        for (const s of j.steps) {
          if ('type' in s) {
            const start = s.after && query !== '' ? `${query} ` : '';
            for (let end = 1; end <= s.type.length; end++) check((query = start + s.type.slice(0, end)));
            for (let k = 0; k < s.back && query.length > 0; k++) check((query = query.slice(0, -1)));
          } else {
            if ('edit' in s && held.length > 0)
              conversations.update(held[s.edit % held.length]!.id, { notes: s.notes });
            if ('touch' in s)
              touches.add(
                TouchFields.parse({
                  contactId: who(s.touch),
                  channel: 'bericht',
                  on: '2026-11-02',
                  note: s.note,
                }),
              );
            if ('archive' in s) {
              const id = who(s.archive);
              if (store.data.contacts.find((c) => c.id === id)!.archived) contacts.restore(id);
              else contacts.archive(id);
            }
            if ('rename' in s) contacts.update(who(s.rename), { name: s.name });
            check(query);
          }
        }
        await store.close();
      }),
      { numRuns: 100 },
    );
  });
});
