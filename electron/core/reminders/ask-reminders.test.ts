import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HelpAskView, HelpRequestView, ReminderList, ReminderRow } from '../../contract/contract';
import type { Contact } from '../../contract/domain';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';
import { askReminderIdOf } from './ask-reminders';

/** Following up an unanswered ask a week after asking (issue 14), through the reminder rules. */
let t: OverviewApp;
let anna: Contact;
let eneco: HelpRequestView;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-03T10:00:00+01:00');
  anna = await t.contact({ name: 'Anna de Vries' });
  eneco = await t.call('helpRequests:create', { question: 'Wie kent iemand bij Eneco?' });
});
afterEach(() => t.close());

const ask = (fields: Record<string, unknown> = {}) =>
  t.call<HelpAskView>('helpRequests:logAsk', {
    helpRequestId: eneco.id,
    contactId: anna.id,
    askedOn: '2026-12-01',
    channel: 'email',
    ...fields,
  });
const list = (language: 'nl' | 'en' = 'nl') => t.app.reminders.list(language) as ReminderList;
const followUps = (language: 'nl' | 'en' = 'nl'): ReminderRow[] =>
  list(language).reminders.filter((r) => r.id.startsWith('vraag-') && r.state !== 'done');

describe('an unanswered ask', () => {
  it('is followed up a week after asking, at the reminder time, worded in both languages, leading to the contact', async () => {
    const a = await ask();
    const [row] = followUps();
    expect(row).toMatchObject({
      id: askReminderIdOf(a.id),
      kind: 'opvolgen',
      state: 'open',
      contactId: anna.id,
      conversationId: null,
      due: { date: '2026-12-08', time: '09:00' },
      title: 'Vraag Anna de Vries of er al nieuws is over ‘Wie kent iemand bij Eneco?’',
    });
    expect(followUps('en')[0]!.title).toBe(
      'Ask Anna de Vries whether there is any news on ‘Wie kent iemand bij Eneco?’',
    );
    const notice = t.app.reminders.describe(t.app.reminders.get(row!.id), 'nl');
    expect(notice.body).toBe('Gevraagd op 1 december, nog geen antwoord');
    expect(notice.target).toEqual({ view: 'contact', id: anna.id });
  });

  it('is not made for an ask logged with its answer', async () => {
    await ask({ answer: 'Ja, Karin bij Eneco', answeredOn: '2026-12-02' });
    expect(followUps()).toEqual([]);
  });

  it('asked long ago and noted now is due at once, listed without a notification', async () => {
    await ask({ askedOn: '2026-11-10' });
    const r = t.app.reminders.get(followUps()[0]!.id);
    expect(r.due.date).toBe('2026-12-03');
    expect(r.notifiedAt).not.toBeNull();
  });

  it('moves with the day it was asked', async () => {
    const a = await ask();
    await t.call('helpRequests:updateAsk', { id: a.id, changes: { askedOn: '2026-12-02' } });
    expect(followUps().map((r) => r.due.date)).toEqual(['2026-12-09']);
  });

  it('goes once answered, and comes back when the answer is cleared', async () => {
    const a = await ask();
    await t.call('helpRequests:updateAsk', { id: a.id, changes: { answer: 'Nog niet, ze vraagt rond' } });
    expect(followUps()).toEqual([]);
    await t.call('helpRequests:updateAsk', { id: a.id, changes: { answer: '' } });
    expect(followUps()).toHaveLength(1);
  });

  it('goes when the hulpvraag is answered or withdrawn, and comes back when it is opened again', async () => {
    await ask();
    await t.call('helpRequests:close', { id: eneco.id, status: 'beantwoord' });
    expect(followUps()).toEqual([]);
    await t.call('helpRequests:close', { id: eneco.id, status: 'open' });
    expect(followUps()).toHaveLength(1);
    await t.call('helpRequests:close', { id: eneco.id, status: 'ingetrokken' });
    expect(followUps()).toEqual([]);
  });

  it('goes with the hulpvraag and with the contact', async () => {
    await ask();
    const bram = await t.contact({ name: 'Bram Jansen' });
    await ask({ contactId: bram.id });
    expect(followUps()).toHaveLength(2);
    await t.call('contacts:delete', { id: bram.id });
    expect(followUps().map((r) => r.contactId)).toEqual([anna.id]);
    await t.call('helpRequests:delete', { id: eneco.id });
    expect(followUps()).toEqual([]);
  });

  it('moves along when its contact is merged into another', async () => {
    const a = await ask();
    const twin = await t.contact({ name: 'Anna de Vries-Smit' });
    await t.call('contacts:merge', { keepId: twin.id, mergeId: anna.id });
    expect(followUps().map((r) => [r.id, r.contactId])).toEqual([[askReminderIdOf(a.id), twin.id]]);
  });

  it('once deleted by the person stays gone while nothing changes, and is not doubled by later edits', async () => {
    const a = await ask();
    await t.call('reminders:delete', { id: askReminderIdOf(a.id) });
    await t.call('helpRequests:updateAsk', { id: a.id, changes: { followUp: 'Volgende week bellen' } });
    expect(followUps()).toEqual([]);
    await t.call('helpRequests:updateAsk', { id: a.id, changes: { askedOn: '2026-12-02' } });
    expect(followUps()).toHaveLength(1);
    await t.call('helpRequests:update', { id: eneco.id, changes: { context: 'Voor de functie adviseur' } });
    expect(followUps()).toHaveLength(1);
  });

  it('a long question is cut at a word in the title', async () => {
    await t.call('helpRequests:update', {
      id: eneco.id,
      changes: {
        question: 'Wie kent iemand bij Eneco die mij kan vertellen hoe het team werkt en wat ze zoeken?',
      },
    });
    await ask();
    expect(followUps()[0]!.title).toBe(
      'Vraag Anna de Vries of er al nieuws is over ‘Wie kent iemand bij Eneco die mij kan vertellen hoe het…’',
    );
  });
});
