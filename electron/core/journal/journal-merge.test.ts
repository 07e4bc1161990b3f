import { describe, expect, it } from 'vitest';
import {
  ContactFields,
  ConversationFields,
  type Contact,
  type Conversation,
  type Journal,
  type Reminder,
} from '../../contract/domain';
import { mergeJournals, withTombstones } from './journal-merge';
import { emptyJournal } from './journal-store';

const now = new Date('2026-12-01T10:00:00.000Z');
let ids = 0;
const newId = () => `k${++ids}`;

function contact(id: string, name: string, updatedAt = '2026-11-01T10:00:00.000Z'): Contact {
  return {
    id,
    ...ContactFields.parse({ name }),
    archived: false,
    importedAt: null,
    createdAt: updatedAt,
    updatedAt,
  };
}

function conversation(id: string, contactId: string): Conversation {
  const at = '2026-11-20T10:00:00.000Z';
  return { id, ...ConversationFields.parse({ contactId, date: '2026-11-20' }), createdAt: at, updatedAt: at };
}

function reminder(id: string, notifiedAt: string | null): Reminder {
  const at = '2026-11-20T10:00:00.000Z';
  return {
    id,
    kind: 'eigen',
    contactId: null,
    conversationId: null,
    due: { date: '2026-11-30', time: '09:00', zone: 'Europe/Amsterdam' },
    title: 'Bellen',
    note: '',
    state: 'open',
    snoozedUntil: null,
    notifiedAt,
    completedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

const journal = (fields: Partial<Journal>): Journal => ({ ...emptyJournal(), ...fields });

describe('three-way, per record', () => {
  const anna = contact('a', 'Anna');
  const base = journal({ contacts: [anna, contact('b', 'Bram')] });

  it('takes each side’s own changes and keeps unchanged records as the same objects', () => {
    const ours = journal({
      contacts: [{ ...anna, role: 'Recruiter', updatedAt: '2026-12-01T09:00:00.000Z' }, base.contacts[1]!],
    });
    const theirs = journal({
      contacts: [anna, { ...base.contacts[1]!, role: 'CTO', updatedAt: '2026-12-01T08:00:00.000Z' }],
    });
    const { journal: merged, report } = mergeJournals(base, ours, theirs, now, newId);
    expect(merged.contacts.map((c) => c.role)).toEqual(['Recruiter', 'CTO']);
    expect(merged.contacts[0]).toBe(ours.contacts[0]);
    expect(report).toEqual({ added: 0, changed: 1, deleted: 0, conflicts: 0 });
    expect(merged.conflicts).toEqual([]);
  });

  it('both changed: the newer updatedAt is shown, whichever side it is on, the other kept', () => {
    const ours = journal({
      contacts: [{ ...anna, role: 'mine', updatedAt: '2026-12-01T09:00:00.000Z' }, base.contacts[1]!],
    });
    const theirs = journal({
      contacts: [{ ...anna, role: 'theirs', updatedAt: '2026-12-01T09:30:00.000Z' }, base.contacts[1]!],
    });
    const { journal: merged, report } = mergeJournals(base, ours, theirs, now, newId);
    expect(merged.contacts[0]!.role).toBe('theirs');
    expect(merged.conflicts).toMatchObject([
      { collection: 'contacts', recordId: 'a', other: { role: 'mine' } },
    ]);
    expect(report.conflicts).toBe(1);
  });

  it('deleted there and unchanged here: gone, with a tombstone', () => {
    const { journal: merged, report } = mergeJournals(base, base, journal({ contacts: [anna] }), now, newId);
    expect(merged.contacts.map((c) => c.id)).toEqual(['a']);
    expect(merged.deleted).toEqual([{ collection: 'contacts', id: 'b', deletedAt: now.toISOString() }]);
    expect(report.deleted).toBe(1);
  });

  it('a conversation added there for a contact deleted here keeps the contact, and offers the deletion', () => {
    const ours = journal({ contacts: [anna] });
    const theirs = journal({ contacts: base.contacts, conversations: [conversation('v', 'b')] });
    const { journal: merged } = mergeJournals(base, ours, theirs, now, newId);
    expect(merged.contacts.map((c) => c.id).sort()).toEqual(['a', 'b']);
    expect(merged.conversations.map((v) => v.id)).toEqual(['v']);
    expect(merged.conflicts).toMatchObject([{ collection: 'contacts', recordId: 'b', other: null }]);
    expect(merged.deleted).toEqual([]);
  });

  it('a reminder shown on both computers (only notifiedAt differs) is no conflict', () => {
    const r = reminder('r', null);
    const b = journal({ reminders: [r] });
    const ours = journal({ reminders: [{ ...r, notifiedAt: '2026-11-30T08:00:00.000Z' }] });
    const theirs = journal({ reminders: [{ ...r, notifiedAt: '2026-11-30T08:00:05.000Z' }] });
    const { journal: merged } = mergeJournals(b, ours, theirs, now, newId);
    expect(merged.conflicts).toEqual([]);
    expect(merged.reminders[0]!.notifiedAt).not.toBeNull();
  });

  it('a conflict settled here is not brought back by the other side, which still has it', () => {
    const k = {
      id: 'k0',
      collection: 'contacts' as const,
      recordId: 'a',
      other: null,
      at: '2026-11-30T00:00:00.000Z',
    };
    const b = journal({ contacts: [anna], conflicts: [k] });
    const { journal: merged } = mergeJournals(b, journal({ contacts: [anna] }), b, now, newId);
    expect(merged.conflicts).toEqual([]);
  });
});

describe('two-way (a conflict copy, no base)', () => {
  it('adds what only the copy has, keeps what only we have, and a tombstone wins over an older copy', () => {
    const ours = journal({
      contacts: [contact('a', 'Anna'), contact('c', 'Cas')],
      deleted: [{ collection: 'contacts', id: 'd', deletedAt: '2026-11-15T00:00:00.000Z' }],
    });
    const copy = journal({ contacts: [contact('a', 'Anna'), contact('b', 'Bram'), contact('d', 'Dirk')] });
    const { journal: merged, report } = mergeJournals(null, ours, copy, now, newId);
    expect(merged.contacts.map((c) => c.name)).toEqual(['Anna', 'Cas', 'Bram']);
    expect(report).toMatchObject({ added: 1, conflicts: 0 });
  });

  it('a record that differs keeps both versions, since nobody knows which side changed it', () => {
    const ours = journal({ contacts: [contact('a', 'Anna', '2026-11-20T00:00:00.000Z')] });
    const copy = journal({ contacts: [contact('a', 'Anna B.', '2026-11-10T00:00:00.000Z')] });
    const { journal: merged } = mergeJournals(null, ours, copy, now, newId);
    expect(merged.contacts[0]!.name).toBe('Anna');
    expect(merged.conflicts).toMatchObject([{ recordId: 'a', other: { name: 'Anna B.' } }]);
  });
});

describe('withTombstones', () => {
  it('remembers what an edit removed, and costs nothing when nothing was removed', () => {
    const before = journal({ contacts: [contact('a', 'Anna'), contact('b', 'Bram')] });
    const edited = { ...before, contacts: [before.contacts[0]!, { ...before.contacts[1]!, role: 'x' }] };
    expect(withTombstones(before, edited, now)).toBe(edited);
    const removed = { ...before, contacts: [before.contacts[1]!] };
    expect(withTombstones(before, removed, now).deleted).toEqual([
      { collection: 'contacts', id: 'a', deletedAt: now.toISOString() },
    ]);
  });
});

describe('set-aside records', () => {
  const aside = (id: string) => ({
    id,
    collection: 'contacts' as const,
    raw: JSON.stringify({ id, name: 'Jan', email: 'jan@@example' }),
    problems: [{ path: 'email', code: 'invalid_email' as const }],
    setAsideAt: '2026-11-30T10:00:00.000Z',
  });

  it('one set aside on the other side joins ours, and the result must be written back when ours has more', () => {
    const base = emptyJournal();
    const ours = { ...emptyJournal(), setAside: [aside('s1')] };
    const theirs = { ...emptyJournal(), setAside: [aside('s2')] };
    const result = mergeJournals(base, ours, theirs, now, newId);
    expect(result.journal.setAside.map((r) => r.id)).toEqual(['s1', 's2']);
    expect(result.differsFromTheirs).toBe(true);
  });

  it('one put back or thrown away here since the base does not come back from the other side', () => {
    const base = { ...emptyJournal(), setAside: [aside('s1')] };
    const ours = emptyJournal();
    const theirs = { ...emptyJournal(), setAside: [aside('s1')] };
    const result = mergeJournals(base, ours, theirs, now, newId);
    expect(result.journal.setAside).toEqual([]);
    expect(result.differsFromTheirs).toBe(true);
  });
});

describe('pairs said not to be one person ("Geen dubbele")', () => {
  const pair = (a: string, b: string) => ({
    ids: [a, b] as [string, string],
    at: '2026-11-20T10:00:00.000Z',
  });

  it('said on either computer, kept in the merge; said on both, kept once', () => {
    const base = journal({ notDuplicates: [pair('a', 'b')] });
    const ours = journal({ notDuplicates: [pair('a', 'b'), pair('c', 'd')] });
    const theirs = journal({ notDuplicates: [pair('a', 'b'), pair('e', 'f'), pair('c', 'd')] });
    const { journal: merged, differsFromTheirs } = mergeJournals(base, ours, theirs, now, newId);
    expect(merged.notDuplicates.map((p) => p.ids.join())).toEqual(['a,b', 'c,d', 'e,f']);
    expect(differsFromTheirs).toBe(false);
    const fromCopy = mergeJournals(null, theirs, ours, now, newId);
    expect(fromCopy.journal.notDuplicates).toHaveLength(3);
    // Ours has a pair theirs lacks: the merge must be written back.
    expect(mergeJournals(base, ours, base, now, newId).differsFromTheirs).toBe(true);
  });
});
