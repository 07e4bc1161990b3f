import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionView, Learnings } from '../../contract/contract';
import type { Contact } from '../../contract/domain';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

/** Wat leer ik takes in the look back on the actions of the netwerkactieplan (issue 14). */
let t: OverviewApp;
let anna: Contact;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-03T10:00:00+01:00');
  anna = await t.contact({ name: 'Anna de Wit' });
});
afterEach(() => t.close());

const action = (fields: Record<string, unknown>) =>
  t.call<ActionView>('actions:create', { date: '2026-12-03', ...fields });
const learnings = (period = { from: null as string | null, to: null as string | null }) =>
  t.call<Learnings>('insights:learnings', period);

describe('Wat leer ik and the action plan', () => {
  it('lists every reflection with its source, newest first, and leaves out actions without one', async () => {
    const call = await action({ contactId: anna.id, what: 'Anna bellen over Eneco' });
    const card = await action({ who: 'iemand bij Rabobank', what: 'Kaartje sturen' });
    const silent = await action({ contactId: anna.id, what: 'Koffie met Anna' });
    await t.call('actions:done', {
      id: call.id,
      reflection: { brought: 'De naam Karin bij Eneco', actedInReturn: 'ja', nextStep: 'Karin mailen' },
    });
    t.clock.advance(24 * 3600_000);
    await t.call('actions:done', {
      id: card.id,
      reflection: { brought: '', actedInReturn: 'nog-niet', nextStep: '' },
    });
    await t.call('actions:done', {
      id: silent.id,
      reflection: { brought: ' ', actedInReturn: null, nextStep: '' },
    });
    const { reflections } = await learnings();
    expect(reflections).toEqual([
      {
        actionId: card.id,
        what: 'Kaartje sturen',
        contactId: null,
        name: 'iemand bij Rabobank',
        doneOn: '2026-12-04',
        brought: '',
        actedInReturn: 'nog-niet',
        nextStep: '',
      },
      {
        actionId: call.id,
        what: 'Anna bellen over Eneco',
        contactId: anna.id,
        name: 'Anna de Wit',
        doneOn: '2026-12-03',
        brought: 'De naam Karin bij Eneco',
        actedInReturn: 'ja',
        nextStep: 'Karin mailen',
      },
    ]);
  });

  it('keeps to the period, follows a rename, and lets go of an action opened again', async () => {
    const a = await action({ contactId: anna.id, what: 'Anna bellen' });
    await t.call('actions:done', {
      id: a.id,
      reflection: { brought: 'Tip', actedInReturn: null, nextStep: '' },
    });
    expect(await learnings({ from: '2026-12-04', to: null })).toMatchObject({ reflections: [] });
    await t.call('contacts:update', { id: anna.id, changes: { name: 'Anna Smit' } });
    expect(
      (await learnings({ from: '2026-12-03', to: '2026-12-03' })).reflections.map((r) => r.name),
    ).toEqual(['Anna Smit']);
    await t.call('actions:undone', { id: a.id });
    expect((await learnings()).reflections).toEqual([]);
  });
});
