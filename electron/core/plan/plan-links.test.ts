import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HelpAskView, HelpRequestView } from '../../contract/contract';
import { journalIsSound } from '../journal/repair';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

/**
 * Review s10 M1: an ask answered in a conversation keeps its answer when that conversation goes, and
 * the journal stays sound, so the next start does not report a repair for an ordinary delete.
 */
let t: OverviewApp;
let anna: string;
let conversation: string;
let ask: HelpAskView;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-03T10:00:00+01:00');
  anna = (await t.contact({ name: 'Anna de Vries' })).id;
  conversation = (await t.conversation({ contactId: anna, date: '2026-12-01', threeB: 'benutten' })).id;
  const request = await t.call<HelpRequestView>('helpRequests:create', {
    question: 'Wie kent de provincie?',
  });
  ask = await t.call<HelpAskView>('helpRequests:logAsk', {
    helpRequestId: request.id,
    contactId: anna,
    askedOn: '2026-11-28',
    channel: 'bericht',
    answer: 'Bel Karin.',
    answeredOn: '2026-12-01',
    conversationId: conversation,
  });
});
afterEach(() => t.close());

describe('an ask answered in a conversation', () => {
  it('keeps its answer without the link when the conversation is deleted', async () => {
    t.clock.advanceTo('2026-12-03T11:00:00+01:00');
    await t.call('conversations:delete', { id: conversation });
    const kept = t.app.store.data.helpAsks.find((a) => a.id === ask.id)!;
    expect(kept).toMatchObject({ answer: 'Bel Karin.', conversationId: null, contactId: anna });
    expect(kept.updatedAt > ask.updatedAt).toBe(true);
    expect(journalIsSound(t.app.store.data)).toBe(true);
  });

  it('keeps it by name when the contact goes with their conversations', async () => {
    await t.call('contacts:delete', { id: anna, withConversations: true });
    expect(t.app.store.data.helpAsks).toMatchObject([
      { contactId: null, contactName: 'Anna de Vries', conversationId: null, answer: 'Bel Karin.' },
    ]);
    expect(journalIsSound(t.app.store.data)).toBe(true);
  });
});
