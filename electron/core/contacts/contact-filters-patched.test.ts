import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noContactFilters, type KeepInTouchState } from '../../contract/contact-filters';
import type { Contact, Conversation, Journal, Touch } from '../../contract/domain';
import { ContactActivity } from '../conversations/activity';
import type { JournalStore } from '../journal/journal-store';
import { sampleContact, sampleConversation, sampleTouch } from '../testing/sample-records';
import { FilteredView } from './contact-filters';

/**
 * Contacten's filters keep each record's profile between edits and make a new one only for a record
 * that changed or whose "ever spoken to" changed (a conversation held or gone, a touch noted or
 * deleted). After every edit of a random sequence, the view kept since the start answers exactly as a
 * view made fresh on the same journal, for "nog nooit gesproken" and for a kind of its own.
 */
const ids = ['a', 'b', 'c', 'd', 'e'];
const strengths = ['goed', 'een-beetje', null] as const;

type Edit =
  | { kind: 'contact'; who: number; strength: number; tag: boolean }
  | { kind: 'touch'; who: number }
  | { kind: 'untouch'; at: number }
  | { kind: 'conversation'; who: number; held: boolean }
  | { kind: 'unconverse'; at: number };

const who = fc.nat(ids.length - 1);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('contact' as const),
    who,
    strength: fc.nat(strengths.length - 1),
    tag: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('touch' as const), who }),
  fc.record({ kind: fc.constant('untouch' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('conversation' as const), who, held: fc.boolean() }),
  fc.record({ kind: fc.constant('unconverse' as const), at: fc.nat() }),
);

type Data = Pick<Journal, 'contacts' | 'conversations' | 'touches'>;

function apply(j: Data, e: Edit, serial: number): Data {
  const without = <T>(list: readonly T[], at: number) => list.filter((_, i) => i !== at % list.length);
  switch (e.kind) {
    case 'contact':
      return {
        ...j,
        contacts: j.contacts.map((c) =>
          c.id === ids[e.who] ? { ...c, strength: strengths[e.strength]!, tags: e.tag ? ['Zorg'] : [] } : c,
        ),
      };
    case 'touch': {
      const t: Touch = { ...sampleTouch, id: `t${serial}`, contactId: ids[e.who]!, on: '2026-11-01' };
      return { ...j, touches: [...j.touches, t] };
    }
    case 'untouch':
      return j.touches.length === 0 ? j : { ...j, touches: without(j.touches, e.at) };
    case 'conversation': {
      const c: Conversation = {
        ...sampleConversation,
        id: `v${serial}`,
        contactId: ids[e.who]!,
        participantIds: [],
        date: '2026-10-01',
        status: e.held ? 'gehouden' : 'gepland',
      };
      return { ...j, conversations: [...j.conversations, c] };
    }
    case 'unconverse':
      return j.conversations.length === 0 ? j : { ...j, conversations: without(j.conversations, e.at) };
  }
}

const store = (data: Data) => ({ data }) as unknown as JournalStore;
const noStates: ReadonlyMap<string, KeepInTouchState> = new Map();

function answer(view: FilteredView, j: Data) {
  const places = j.contacts.map((_, i) => i);
  const never = { ...noContactFilters(), neverSpoken: true };
  const weak = { ...noContactFilters(), strength: ['een-beetje' as const], tag: ['zorg'] };
  return [never, weak].map((f) => view.filtered(j.contacts, places, f, noStates));
}

describe("Contacten's filter profiles, kept per record", () => {
  it('answer as a fresh view after every edit', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), (edits) => {
        const contacts: Contact[] = ids.map((id) => ({ ...sampleContact, id, lastContactOn: null }));
        const holder = { data: { contacts, conversations: [], touches: [] } as Data };
        const kept = new FilteredView(new ContactActivity(holder as unknown as JournalStore));
        answer(kept, holder.data);
        edits.forEach((e, serial) => {
          holder.data = apply(holder.data, e, serial);
          const fresh = new FilteredView(new ContactActivity(store(holder.data)));
          expect(answer(kept, holder.data)).toEqual(answer(fresh, holder.data));
        });
      }),
      { numRuns: 300 },
    );
  });
});
