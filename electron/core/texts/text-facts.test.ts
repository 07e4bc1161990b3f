import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TextFactsAnswer } from '../../contract/texts';
import { messageText } from '../../contract/rules/message-texts';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

/**
 * The facts for a thank-you (issue 14), through the channel as the page asks: Eva, with whom a
 * conversation was held yesterday that has an evaluation with two tips and a referral, and an older
 * one; Piet, with whom only a planned one exists.
 */
let t: OverviewApp;
let eva: string;
let piet: string;
let yesterday: string;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-02T10:00:00+01:00');
  eva = (await t.contact({ name: 'Eva van der Meer', email: ' eva@example.nl ' })).id;
  piet = (await t.contact({ name: 'Piet Jansen' })).id;
  await t.conversation({ contactId: eva, date: '2026-10-01', goal: 'Kennismaken' });
  yesterday = (
    await t.conversation({
      contactId: eva,
      date: '2026-12-01',
      goal: 'Meer weten over beleidswerk',
      evaluation: {
        tips: ['Kijk naar traineeships', 'Bel Jan'],
        referrals: [{ id: 'r1', name: 'Jan Jansen' }],
        gaveOrOffered: 'het artikel over de Omgevingswet',
        nextStep: 'Ik mail Jan deze week',
      },
    })
  ).id;
  await t.conversation({
    contactId: piet,
    date: '2026-12-10',
    status: 'gepland',
    goal: 'Koffie',
    thanks: { thanked: false, how: null, on: null },
  });
});
afterEach(() => t.close());

describe('texts:facts', () => {
  it('gives a conversation’s day, goal, tips, referrals, offer and next step, and the address', async () => {
    const answer = await t.call<TextFactsAnswer>('texts:facts', { conversationId: yesterday });
    expect(answer).toEqual({
      contactId: eva,
      email: 'eva@example.nl',
      conversationId: yesterday,
      contributions: [],
      facts: {
        name: 'Eva van der Meer',
        today: '2026-12-02',
        conversationOn: '2026-12-01',
        conversationGoal: 'Meer weten over beleidswerk',
        tips: ['Kijk naar traineeships', 'Bel Jan'],
        referrals: ['Jan Jansen'],
        offered: 'het artikel over de Omgevingswet',
        nextStep: 'Ik mail Jan deze week',
      },
    });
    // And what the page makes of it.
    expect(messageText('bedanken', 'email', 'nl', 'je', answer.facts).body).toContain(
      'Hartelijk dank voor ons gesprek gisteren.',
    );
  });

  it('for a person takes the latest conversation held with them, not a planned one', async () => {
    const answer = await t.call<TextFactsAnswer>('texts:facts', { contactId: eva });
    expect(answer.conversationId).toBe(yesterday);
    const none = await t.call<TextFactsAnswer>('texts:facts', { contactId: piet });
    expect(none).toEqual({
      contactId: piet,
      email: null,
      conversationId: null,
      contributions: [],
      facts: { name: 'Piet Jansen', today: '2026-12-02' },
    });
  });

  it('once the goal is reached, adds it, what I looked for, and what the person did on the way', async () => {
    await t.call('profile:save', {
      name: ' Sanne de Boer ',
      lookingFor: { role: 'beleidsadviseur', field: ' energie ', region: '', organisationKind: 'gemeente' },
      pitch: '',
      successStories: [],
      questions: { want: '', can: '', offer: '', where: '', whoCanHelp: '' },
      reached: { what: 'beleidsadviseur', where: 'Gemeente Utrecht', from: '2027-01-01', on: '2026-12-02' },
    });
    const answer = await t.call<TextFactsAnswer>('texts:facts', { contactId: eva });
    expect(answer.facts).toMatchObject({
      myName: 'Sanne de Boer',
      lookingFor: 'beleidsadviseur, energie, gemeente',
      reached: { what: 'beleidsadviseur', where: 'Gemeente Utrecht', from: '2027-01-01' },
    });
    expect(answer.contributions).toEqual([
      { kind: 'tips', tips: ['Kijk naar traineeships', 'Bel Jan'] },
      { kind: 'conversations', count: 2, last: '2026-12-01' },
    ]);
  });

  it('says the person or conversation is gone, and refuses what is not an id', async () => {
    await t.call('conversations:delete', { id: yesterday });
    await expect(t.call('texts:facts', { conversationId: yesterday })).rejects.toThrow(/not_found/);
    await expect(t.call('texts:facts', { contactId: 'nobody' })).rejects.toThrow(/not_found/);
    await expect(t.call('texts:facts', { conversationId: '../x' })).rejects.toThrow(/invalid_input/);
    await expect(t.call('texts:facts', {})).rejects.toThrow(/invalid_input/);
  });
});
