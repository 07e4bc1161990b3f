import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactFields, ConversationFields, type Journal } from '../contract/domain';
import { toldBetween } from './array-changes';
import { ContactBook } from './contacts/contact-book';
import { ConversationBook } from './conversations/conversation-book';
import { TouchLog } from './conversations/touches';
import { ChangesSince } from './journal-changes';
import { JournalStore } from './journal/journal-store';
import { ManualClock } from './testing/manual-clock';

let dir: string;
let store: JournalStore;
let contacts: ContactBook;
let conversations: ConversationBook;
let touches: TouchLog;
let ids: number;
const newId = () => `id-${++ids}`;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-changes-'));
  const clock = new ManualClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');
  ids = 0;
  store = await JournalStore.open({ path: join(dir, 'journal.json'), clock });
  contacts = new ContactBook(store, clock, newId);
  conversations = new ConversationBook(store, contacts, clock, newId);
  touches = new TouchLog(store, contacts, clock, newId);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const person = (name: string) => contacts.create(ContactFields.parse({ name }));
const held = (contactId: string) =>
  conversations.create(ConversationFields.parse({ contactId, status: 'gehouden', date: '2026-11-20' }));

type Kind = 'contacts' | 'conversations' | 'touches';

/** What `write` told it changed in `kind`, record ids that left and came; fails when it told nothing. */
function told(kind: Kind, write: () => void): { removed: string[]; added: string[] } {
  const before: Journal[Kind] = store.data[kind];
  write();
  const changes = toldBetween<{ id: string }>(before, store.data[kind]);
  expect(changes, `${kind}: the write did not tell what it changed`).not.toBeNull();
  return { removed: changes!.removed.map((r) => r.id), added: changes!.added.map((r) => r.id) };
}

describe('every write of the books tells what it changed (no comparing needed)', () => {
  it('contacts: create, update, archive, restore, delete', () => {
    const anna = person('Anna');
    expect(told('contacts', () => person('Bram'))).toEqual({ removed: [], added: ['id-2'] });
    expect(told('contacts', () => contacts.update(anna.id, { notes: 'Beleid' }))).toEqual({
      removed: [anna.id],
      added: [anna.id],
    });
    expect(told('contacts', () => contacts.archive(anna.id)).added).toEqual([anna.id]);
    expect(told('contacts', () => contacts.restore(anna.id)).added).toEqual([anna.id]);
    expect(told('contacts', () => contacts.delete('id-2'))).toEqual({ removed: ['id-2'], added: [] });
  });

  it('a contact deleted with everything that refers to them: contacts, conversations and touches told', () => {
    const anna = person('Anna');
    const bram = contacts.create(ContactFields.parse({ name: 'Bram', introducedById: anna.id }));
    const withAnna = held(anna.id);
    const withBoth = conversations.create(
      ConversationFields.parse({ contactId: bram.id, participantIds: [anna.id], date: '2026-11-20' }),
    );
    touches.add({ contactId: anna.id, channel: 'bericht', on: '2026-11-21', note: '' });
    const before = { ...store.data };
    contacts.delete(anna.id, { withConversations: true });
    const ids = (records: readonly { id: string }[] | undefined) => records?.map((r) => r.id);
    const contactChanges = toldBetween(before.contacts, store.data.contacts);
    expect(ids(contactChanges?.removed)).toEqual([anna.id, bram.id]);
    expect(ids(contactChanges?.added)).toEqual([bram.id]);
    expect(store.data.contacts[0]!.introducedById).toBeNull();
    const conversationChanges = toldBetween(before.conversations, store.data.conversations);
    expect(ids(conversationChanges?.removed)).toEqual([withAnna.id, withBoth.id]);
    expect(ids(conversationChanges?.added)).toEqual([withBoth.id]);
    expect(store.data.conversations[0]!.participantIds).toEqual([]);
    expect(ids(toldBetween(before.touches, store.data.touches)?.removed)).toHaveLength(1);
  });

  it('conversations: create, update, delete; touches: add, delete', () => {
    const anna = person('Anna');
    const c = held(anna.id);
    expect(told('conversations', () => held(anna.id))).toEqual({ removed: [], added: ['id-3'] });
    expect(told('conversations', () => conversations.update(c.id, { notes: 'Koffie' }))).toEqual({
      removed: [c.id],
      added: [c.id],
    });
    expect(told('conversations', () => conversations.delete(c.id))).toEqual({ removed: [c.id], added: [] });
    let touchId = '';
    expect(
      told('touches', () => {
        touchId = touches.add({ contactId: anna.id, channel: 'bericht', on: '2026-11-21', note: '' }).id;
      }),
    ).toEqual({ removed: [], added: [touchId] });
    expect(told('touches', () => touches.delete(touchId))).toEqual({ removed: [touchId], added: [] });
  });
});

describe('ChangesSince', () => {
  it('gives each changed record once, before and after, since its last look; nothing when nothing changed', () => {
    const anna = person('Anna');
    const since = new ChangesSince(store);
    expect(since.take()).toBeNull();
    const c = held(anna.id);
    conversations.update(c.id, { notes: 'Eerste' });
    const updated = conversations.update(c.id, { notes: 'Tweede' });
    const bram = person('Bram');
    contacts.delete(bram.id);
    const changes = since.take();
    // Made and edited twice since the last look: one change, from nothing to its latest version.
    expect(changes?.conversations).toEqual([{ before: null, after: updated }]);
    // Made and deleted again: nothing this follower ever saw.
    expect(changes?.contacts).toEqual([]);
    expect(changes?.touches).toEqual([]);
    expect(since.take()).toBeNull();
  });

  it('two followers each get the same changes', () => {
    const anna = person('Anna');
    const first = new ChangesSince(store);
    const second = new ChangesSince(store);
    const updated = contacts.update(anna.id, { notes: 'Loopt marathons' });
    const change = [{ before: anna, after: expect.objectContaining({ id: anna.id, notes: updated.notes }) }];
    expect(first.take()?.contacts).toEqual(change);
    expect(second.take()?.contacts).toEqual(change);
  });

  it('finds a write nobody told of (a journal merged from outside) by comparing', () => {
    const anna = person('Anna');
    const c = held(anna.id);
    const since = new ChangesSince(store);
    const outside = { ...c, notes: 'Op de andere laptop geschreven' };
    store.update((j) => ({ ...j, conversations: j.conversations.map((x) => (x.id === c.id ? outside : x)) }));
    expect(toldBetween([c], store.data.conversations)).toBeNull();
    expect(since.take()?.conversations).toEqual([{ before: c, after: outside }]);
  });
});
