import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactAskView, HelpAskView, HelpRequestView, Result } from '../../contract/contract';
import type { Contact } from '../../contract/domain';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

/** A contact's asks (their page), and a conversation that answers one (issue 14, hulpvragen). */
let t: OverviewApp;
let anna: Contact;
let bram: Contact;
let eneco: HelpRequestView;
let salary: HelpRequestView;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-03T10:00:00+01:00');
  anna = await t.contact({ name: 'Anna de Vries' });
  bram = await t.contact({ name: 'Bram Jansen' });
  eneco = await t.call('helpRequests:create', { question: 'Wie kent iemand bij Eneco?' });
  salary = await t.call('helpRequests:create', { question: 'Wat verdient een adviseur?' });
});
afterEach(() => t.close());

const onDisk = async () => {
  await t.app.store.flush();
  return JSON.parse(await readFile(t.app.store.path, 'utf8'));
};
const ask = (helpRequestId: string, contactId: string, fields: Record<string, unknown> = {}) =>
  t.call<HelpAskView>('helpRequests:logAsk', {
    helpRequestId,
    contactId,
    askedOn: '2026-11-20',
    channel: 'email',
    ...fields,
  });
const refused = async (channel: string, payload: unknown) => {
  const result: Result<unknown> = await t.app.dispatch(channel, payload);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
};

describe("a contact's asks", () => {
  it('lists what was asked of this person only, the latest first, with the question and its status', async () => {
    await ask(eneco.id, anna.id, { askedOn: '2026-11-20' });
    await ask(salary.id, anna.id, { askedOn: '2026-11-27', channel: 'telefoon' });
    await ask(eneco.id, bram.id);
    await t.call('helpRequests:close', { id: salary.id, status: 'beantwoord' });
    const listed = await t.call<ContactAskView[]>('helpRequests:asksOf', { contactId: anna.id });
    expect(listed.map((a) => [a.question, a.requestStatus, a.askedOn, a.channel, a.name])).toEqual([
      ['Wat verdient een adviseur?', 'beantwoord', '2026-11-27', 'telefoon', 'Anna de Vries'],
      ['Wie kent iemand bij Eneco?', 'open', '2026-11-20', 'email', 'Anna de Vries'],
    ]);
    expect(await t.call('helpRequests:asksOf', { contactId: bram.id })).toHaveLength(1);
  });

  it('says so for a contact that does not exist, and refuses a payload without a contact', async () => {
    expect((await refused('helpRequests:asksOf', { contactId: 'weg' })).code).toBe('not_found');
    expect((await refused('helpRequests:asksOf', {})).code).toBe('invalid_input');
  });
});

describe('a conversation that answers an ask', () => {
  it('links an ask of this contact to a conversation with them, on disk', async () => {
    const held = await t.conversation({ contactId: anna.id, date: '2026-12-01', threeB: 'benutten' });
    const asked = await ask(eneco.id, anna.id);
    await t.call('helpRequests:updateAsk', {
      id: asked.id,
      changes: { answer: 'Bel Piet', answeredOn: held.date, conversationId: held.id },
    });
    expect((await onDisk()).helpAsks).toMatchObject([
      { id: asked.id, answer: 'Bel Piet', answeredOn: '2026-12-01', conversationId: held.id },
    ]);
  });

  it('refuses a conversation with someone else, and keeps the ask as it was', async () => {
    const withBram = await t.conversation({ contactId: bram.id, date: '2026-12-01' });
    const asked = await ask(eneco.id, anna.id);
    const error = await refused('helpRequests:updateAsk', {
      id: asked.id,
      changes: { answer: 'Bel Piet', conversationId: withBram.id },
    });
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.fields ?? {})).toEqual(['conversationId']);
    expect(
      (
        await refused('helpRequests:logAsk', {
          helpRequestId: salary.id,
          contactId: anna.id,
          askedOn: '2026-11-20',
          channel: 'email',
          conversationId: withBram.id,
        })
      ).code,
    ).toBe('invalid_input');
    expect((await onDisk()).helpAsks).toMatchObject([{ id: asked.id, answer: '', conversationId: null }]);
  });

  it('keeps the answer but not the link when the conversation is deleted', async () => {
    const held = await t.conversation({ contactId: anna.id, date: '2026-12-01' });
    const asked = await ask(eneco.id, anna.id, {
      answer: 'Bel Piet',
      answeredOn: '2026-12-01',
      conversationId: held.id,
    });
    await t.call('conversations:delete', { id: held.id });
    expect((await onDisk()).helpAsks).toMatchObject([
      { id: asked.id, answer: 'Bel Piet', answeredOn: '2026-12-01', conversationId: null },
    ]);
  });

  it('unlinks the ask when the conversation is moved to someone else, and keeps it when only its notes change', async () => {
    const held = await t.conversation({ contactId: anna.id, date: '2026-12-01' });
    await ask(eneco.id, anna.id, { answer: 'Bel Piet', answeredOn: '2026-12-01', conversationId: held.id });
    await t.call('conversations:update', { id: held.id, changes: { notes: 'Koffie bij Anna.' } });
    expect((await onDisk()).helpAsks).toMatchObject([{ conversationId: held.id }]);
    await t.call('conversations:update', { id: held.id, changes: { contactId: bram.id } });
    expect((await onDisk()).helpAsks).toMatchObject([{ answer: 'Bel Piet', conversationId: null }]);
  });

  it('keeps the ask by name, without the conversation, when the contact goes with their conversations', async () => {
    const held = await t.conversation({ contactId: anna.id, date: '2026-12-01' });
    await ask(eneco.id, anna.id, { answer: 'Bel Piet', answeredOn: '2026-12-01', conversationId: held.id });
    await t.call('contacts:delete', { id: anna.id, withConversations: true });
    expect((await onDisk()).helpAsks).toMatchObject([
      { contactId: null, contactName: 'Anna de Vries', answer: 'Bel Piet', conversationId: null },
    ]);
  });
});
