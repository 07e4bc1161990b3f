import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact, Conversation, Journal } from '../../contract/domain';
import type { JournalStore } from '../journal/journal-store';
import { sampleContact, sampleConversation } from '../testing/sample-records';
import { ContactActivity } from './activity';

/**
 * The latest held conversation per person (ContactActivity.lastHeldWith, and with it lastContactOn,
 * which keeping in touch, Overzicht and Contacten's order read) is kept apart from the per-person
 * lists and patched per change. After every edit of a random sequence (held and planned conversations
 * made, moved to another day, held or planned again, their people changed, deleted; several at once
 * too), the patched answer equals that of a ContactActivity made fresh on the same journal, with and
 * without the lists asked for in between (the two ways a latest one that went is looked up again).
 */
const ids = ['a', 'b', 'c', 'd'];
const days = ['2026-01-05', '2026-03-01', '2026-03-01', '2026-06-30', '2026-11-20'];

const contacts: Contact[] = ids.map((id) => ({ ...sampleContact, id, lastContactOn: null }));

type Edit =
  | { kind: 'add'; id: number; contact: number; with: number[]; day: number; held: boolean }
  | { kind: 'change'; at: number; day: number; held: boolean; with: number[] }
  | { kind: 'delete'; at: number }
  | { kind: 'twice'; at: number; day: number };

const person = fc.nat(ids.length - 1);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    id: fc.nat(30),
    contact: person,
    with: fc.array(person, { maxLength: 2 }),
    day: fc.nat(days.length - 1),
    held: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('change' as const),
    at: fc.nat(),
    day: fc.nat(days.length - 1),
    held: fc.boolean(),
    with: fc.array(person, { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('twice' as const), at: fc.nat(), day: fc.nat(days.length - 1) }),
);

function conversation(id: string, contact: string, others: string[], day: string, held: boolean) {
  const c: Conversation = {
    ...sampleConversation,
    id,
    contactId: contact,
    participantIds: [...new Set(others.filter((o) => o !== contact))],
    date: day,
    status: held ? 'gehouden' : 'gepland',
  };
  return c;
}

/** The journal's conversations after one edit (a new array; the records themselves never change). */
function apply(list: readonly Conversation[], e: Edit, serial: number): Conversation[] {
  const at = list.length === 0 ? -1 : (e as { at?: number }).at! % list.length;
  switch (e.kind) {
    case 'add':
      return [
        ...list,
        conversation(
          `v${e.id}-${serial}`,
          ids[e.contact]!,
          e.with.map((i) => ids[i]!),
          days[e.day]!,
          e.held,
        ),
      ];
    case 'change': {
      if (at < 0) return [...list];
      const old = list[at]!;
      const next = conversation(
        old.id,
        old.contactId,
        e.with.map((i) => ids[i]!),
        days[e.day]!,
        e.held,
      );
      return list.map((c, i) => (i === at ? next : c));
    }
    case 'delete':
      return at < 0 ? [...list] : list.filter((_, i) => i !== at);
    case 'twice': {
      // Two records changed in one write: one moved to another day, the next deleted.
      if (list.length < 2) return [...list];
      const next = { ...list[at]!, date: days[e.day]! };
      const gone = (at + 1) % list.length;
      return list.flatMap((c, i) => (i === gone ? [] : i === at ? [next] : [c]));
    }
  }
}

function storeOf(journal: Pick<Journal, 'contacts' | 'conversations' | 'touches'>) {
  return { data: journal } as unknown as JournalStore;
}

function answers(activity: ContactActivity) {
  return ids.map((id) => {
    const c = contacts.find((x) => x.id === id)!;
    return { id, held: activity.lastHeldWith(id)?.id ?? null, last: activity.lastContactOn(c) };
  });
}

describe('the latest held conversation, patched per change', () => {
  for (const withLists of [false, true]) {
    it(`equals a fresh derivation after every edit (${withLists ? 'with' : 'without'} the lists)`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), (edits) => {
          const journal = { contacts, conversations: [] as Conversation[], touches: [] };
          const store = storeOf(journal);
          const patched = new ContactActivity(store);
          answers(patched);
          edits.forEach((e, serial) => {
            journal.conversations = apply(journal.conversations, e, serial);
            if (withLists) patched.conversationsWith(ids[serial % ids.length]!);
            expect(answers(patched)).toEqual(answers(new ContactActivity(storeOf({ ...journal }))));
          });
        }),
        { numRuns: 300 },
      );
    });
  }

  it('of two held on one day, the one with the smaller id, wherever an edit left them', () => {
    const two = [
      conversation('v2', 'a', [], '2026-03-01', true),
      conversation('v1', 'a', [], '2026-03-01', true),
    ];
    const activity = new ContactActivity(storeOf({ contacts, conversations: two, touches: [] }));
    expect(activity.lastHeldWith('a')?.id).toBe('v1');
  });
});
