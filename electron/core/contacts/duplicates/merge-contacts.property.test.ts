import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ContactFields,
  ConversationFields,
  Journal,
  reminderKinds,
  reminderStates,
  type Contact,
  type Conversation,
  type RecordConflict,
  type Reminder,
  type Touch,
} from '../../../contract/domain';
import { emptyJournal } from '../../journal/journal-file';
import { journalIsSound } from '../../journal/repair';
import { findDuplicates } from './find-duplicates';
import { mergeContacts, undoMerge } from './merge-contacts';

const at = '2026-11-01T10:00:00.000Z';
const now = '2026-11-23T09:00:00.000Z';

/** A journal whose records refer to each other every way they can, picked by fast-check. */
const journals = fc
  .integer({ min: 2, max: 7 })
  .chain((n) => {
    const id = fc.integer({ min: 0, max: n - 1 }).map((i) => `c${i}`);
    const someone = fc.option(id, { nil: null });
    return fc.record({
      n: fc.constant(n),
      introducers: fc.array(someone, { minLength: n, maxLength: n }),
      conversations: fc.array(
        fc.record({
          contactId: id,
          participantIds: fc.uniqueArray(id, { maxLength: 3 }),
          referrals: fc.array(someone, { maxLength: 3 }),
        }),
        { maxLength: 6 },
      ),
      touches: fc.array(id, { maxLength: 5 }),
      reminders: fc.array(
        fc.record({
          contactId: someone,
          kind: fc.constantFrom(...reminderKinds),
          state: fc.constantFrom(...reminderStates),
        }),
        { maxLength: 8 },
      ),
      notDuplicates: fc.array(fc.tuple(id, id), { maxLength: 3 }),
      // Sync conflicts still open: the other computer's version of a contact or a conversation.
      conflicts: fc.array(
        fc.record({
          on: fc.constantFrom('contacts', 'conversations'),
          index: fc.nat(),
          introducer: someone,
          participants: fc.uniqueArray(id, { maxLength: 2 }),
        }),
        { maxLength: 3 },
      ),
      keep: id,
      merge: id,
    });
  })
  .filter((g) => g.keep !== g.merge)
  .map((g) => {
    const contacts: Contact[] = g.introducers.map((by, i) => ({
      id: `c${i}`,
      ...ContactFields.parse({ name: `Anna ${i}`, tags: [`t${i % 2}`] }),
      introducedById: by === `c${i}` ? null : by,
      archived: false,
      importedAt: null,
      createdAt: at,
      updatedAt: at,
    }));
    const conversations: Conversation[] = g.conversations.map((v, i) => ({
      id: `v${i}`,
      ...ConversationFields.parse({
        contactId: v.contactId,
        date: '2026-11-10',
        participantIds: v.participantIds.filter((p) => p !== v.contactId),
        status: 'gehouden',
        evaluation: {
          // Never the conversation's own contact: the app refuses that link (self_reference).
          referrals: v.referrals.map((contactId, k) => ({
            id: `r${k}`,
            name: 'Iemand',
            contactId: contactId === v.contactId ? null : contactId,
          })),
        },
      }),
      createdAt: at,
      updatedAt: at,
    }));
    const touches: Touch[] = g.touches.map((contactId, i) => ({
      id: `t${i}`,
      contactId,
      threeB: null,
      channel: 'telefoon',
      on: '2026-11-15',
      note: '',
      createdAt: at,
    }));
    // At most one active keep-in-touch reminder per person, as the app keeps it.
    const keeping = new Set<string>();
    const reminders: Reminder[] = g.reminders.flatMap((r, i) => {
      const active = r.state === 'open' || r.state === 'snoozed';
      if (
        r.kind === 'contact-onderhouden' &&
        (r.contactId === null || (active && keeping.has(r.contactId)))
      ) {
        return [];
      }
      if (r.kind === 'contact-onderhouden' && active) keeping.add(r.contactId!);
      const due = { date: '2026-12-01', time: '09:00', zone: 'Europe/Amsterdam' };
      return [
        {
          id: `m${i}`,
          kind: r.kind,
          contactId: r.contactId,
          conversationId: null,
          due,
          title: r.kind === 'eigen' ? 'Bellen' : '',
          note: '',
          state: r.state,
          snoozedUntil: r.state === 'snoozed' ? due : null,
          notifiedAt: null,
          completedAt: r.state === 'done' || r.state === 'skipped' ? at : null,
          createdAt: at,
          updatedAt: at,
        },
      ];
    });
    const pairs = new Map(
      g.notDuplicates.filter(([a, b]) => a !== b).map(([a, b]) => [[a, b].sort().join(' '), [a, b].sort()]),
    );
    const conflicts: RecordConflict[] = g.conflicts.flatMap((k, i): RecordConflict[] => {
      if (k.on === 'contacts') {
        const c = contacts[k.index % contacts.length]!;
        const introducedById = k.introducer === c.id ? null : k.introducer;
        const other = { ...c, introducedById, notes: 'Van de laptop' };
        return [{ id: `k${i}`, collection: 'contacts', recordId: c.id, other, at }];
      }
      if (conversations.length === 0) return [];
      const v = conversations[k.index % conversations.length]!;
      const other = {
        ...v,
        participantIds: k.participants.filter((p) => p !== v.contactId),
        notes: 'Laptop',
      };
      return [{ id: `k${i}`, collection: 'conversations', recordId: v.id, other, at }];
    });
    const journal: Journal = {
      ...emptyJournal(),
      contacts,
      conversations,
      touches,
      reminders,
      notDuplicates: [...pairs.values()].map((ids) => ({ ids: ids as [string, string], at })),
      conflicts,
    };
    return { journal, keep: g.keep, merge: g.merge };
  });

const activeKeepInTouch = (j: Journal, id: string) =>
  j.reminders.filter(
    (r) =>
      r.contactId === id && r.kind === 'contact-onderhouden' && (r.state === 'open' || r.state === 'snoozed'),
  ).length;

/** The journal without the stamps a merge and its undo put on what they touch, in id order. */
function content(j: Journal) {
  const plain = JSON.parse(
    JSON.stringify(j, (k, v: unknown) => (k === 'updatedAt' ? undefined : v)),
  ) as Journal;
  for (const list of [
    plain.contacts,
    plain.conversations,
    plain.touches,
    plain.reminders,
    plain.conflicts,
  ] as {
    id: string;
  }[][]) {
    list.sort((a, b) => a.id.localeCompare(b.id));
  }
  plain.notDuplicates.sort((a, b) => a.ids.join().localeCompare(b.ids.join()));
  return plain;
}

describe('merging, whatever refers to whom', () => {
  it('leaves no reference dangling, nothing naming the one merged away, one keep-in-touch per person; undo gives back the journal', () => {
    fc.assert(
      fc.property(journals, ({ journal, keep, merge }) => {
        expect(Journal.safeParse(journal).success).toBe(true);
        const { journal: merged, undo } = mergeContacts(journal, keep, merge, [], now);
        expect(Journal.safeParse(merged).success).toBe(true);
        expect(journalIsSound(merged)).toBe(true);
        expect(JSON.stringify(merged)).not.toContain(`"${merge}"`);
        for (const c of merged.contacts) expect(activeKeepInTouch(merged, c.id)).toBeLessThanOrEqual(1);
        // Conversations, and the other computer's versions of them still to be chosen: each person once,
        // and nobody referred by themself.
        const versions = [
          ...merged.conversations,
          ...merged.conflicts.flatMap((k) =>
            k.collection === 'conversations' ? [k.other as Conversation] : [],
          ),
        ];
        for (const v of versions) {
          expect(new Set(v.participantIds).size).toBe(v.participantIds.length);
          expect(v.participantIds).not.toContain(v.contactId);
          expect(v.evaluation?.referrals.map((r) => r.contactId) ?? []).not.toContain(v.contactId);
        }
        // No conflict left about the one merged away: choosing it would bring them back.
        expect(merged.conflicts.some((k) => k.recordId === merge)).toBe(false);
        expect(merged.contacts.every((c) => c.introducedById !== c.id)).toBe(true);
        // Referring to them afterwards: everything that named either of the two now names the one kept.
        const naming = (j: Journal, ids: string[]) =>
          j.touches.filter((t) => ids.includes(t.contactId)).length +
          j.conversations.filter((v) => ids.includes(v.contactId)).length;
        expect(naming(merged, [keep])).toBe(naming(journal, [keep, merge]));
        expect(findDuplicates(merged.contacts, merged.notDuplicates).every((p) => p.a.id !== p.b.id)).toBe(
          true,
        );

        const back = undoMerge(merged, undo, '2026-11-23T09:05:00.000Z');
        expect(journalIsSound(back)).toBe(true);
        // Apart from the order of the lists and when records were stamped, the journal as it was.
        const expected = content(journal);
        const got = content(back);
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
