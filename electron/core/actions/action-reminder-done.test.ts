import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionPlan, ActionView, ReminderList } from '../../contract/contract';
import type { Contact, Journal } from '../../contract/domain';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';
import { reminderIdOf } from './action-reminders';

/** Marking an action's reminder done marks the action done (issue 14): Herinneringen and the plan agree. */
let t: OverviewApp;
let anna: Contact;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-03T10:00:00+01:00');
  anna = await t.contact({ name: 'Anna de Wit' });
});
afterEach(() => t.close());

const plan = () => t.call<ActionPlan>('actions:list');
const create = (fields: Record<string, unknown> = {}) =>
  t.call<ActionView>('actions:create', {
    contactId: anna.id,
    what: 'Anna bellen',
    date: '2026-12-04',
    ...fields,
  });
const reminderOf = async (action: { id: string }) =>
  (await t.call<ReminderList>('reminders:list')).reminders.find((r) => r.id === reminderIdOf(action.id));

describe("an action's reminder marked done", () => {
  it('marks the action done today, its reflection still to write, and stays among the done reminders', async () => {
    const a = await create();
    await t.call('reminders:complete', { id: reminderIdOf(a.id) });
    const p = await plan();
    expect(p.thisWeek.map((x) => x.id)).toEqual([]);
    expect(p.done.map((x) => [x.id, x.doneOn, x.reflection])).toEqual([[a.id, '2026-12-03', null]]);
    expect((await reminderOf(a))?.state).toBe('done');
  });

  it('then writing the reflection keeps the action done on that day and the reminder done', async () => {
    const a = await create();
    await t.call('reminders:complete', { id: reminderIdOf(a.id) });
    t.clock.advance(24 * 3600_000);
    const reflection = { brought: 'Een naam bij Eneco', actedInReturn: 'ja', nextStep: 'Karin mailen' };
    await t.call('actions:done', { id: a.id, reflection });
    expect((await plan()).done[0]).toMatchObject({ doneOn: '2026-12-03', reflection });
    expect((await reminderOf(a))?.state).toBe('done');
  });

  it('opened again opens the action again; the action opened again opens its reminder', async () => {
    const a = await create();
    await t.call('reminders:complete', { id: reminderIdOf(a.id) });
    await t.call('reminders:reopen', { id: reminderIdOf(a.id) });
    expect((await plan()).thisWeek.map((x) => [x.id, x.doneOn])).toEqual([[a.id, null]]);
    expect((await reminderOf(a))?.state).toBe('open');
    await t.call('reminders:complete', { id: reminderIdOf(a.id) });
    await t.call('actions:undone', { id: a.id });
    expect((await reminderOf(a))?.state).toBe('open');
  });

  it('skipped, it leaves the action open; a reminder of their own does not touch any action', async () => {
    const a = await create();
    await t.call('reminders:skip', { id: reminderIdOf(a.id) });
    expect((await plan()).thisWeek.map((x) => x.id)).toEqual([a.id]);
    const own = await t.call<{ id: string }>('reminders:create', {
      title: 'Anna bellen',
      date: '2026-12-04',
      time: '09:00',
    });
    await t.call('reminders:complete', { id: own.id });
    expect((await plan()).thisWeek.map((x) => x.id)).toEqual([a.id]);
  });
});

describe("an action's reminder and its action are one write", () => {
  /** Every store update from now on, as the journal before and after it. */
  const watchWrites = () => {
    const writes: { before: Journal; after: Journal }[] = [];
    const store = t.app.store;
    const real = store.update.bind(store);
    vi.spyOn(store, 'update').mockImplementation((next) =>
      real((before) => {
        const after = next(before);
        writes.push({ before, after });
        return after;
      }),
    );
    return writes;
  };
  /** From now on, a store update that changes the plan fails (as a write refused would), changing nothing. */
  const failPlanWrites = () => {
    const store = t.app.store;
    const real = store.update.bind(store);
    vi.spyOn(store, 'update').mockImplementation((next) =>
      real((before) => {
        const after = next(before);
        if (after.plannedActions !== before.plannedActions) throw new Error('write refused');
        return after;
      }),
    );
  };
  afterEach(() => vi.restoreAllMocks());

  it('done: the reminder and the action change in the same store update, once', async () => {
    const a = await create();
    const writes = watchWrites();
    await t.call('reminders:complete', { id: reminderIdOf(a.id) });
    const touching = writes.filter(
      (w) => w.after.plannedActions !== w.before.plannedActions || w.after.reminders !== w.before.reminders,
    );
    expect(touching).toHaveLength(1);
    expect(touching[0]!.after.plannedActions).not.toBe(touching[0]!.before.plannedActions);
    expect(touching[0]!.after.reminders).not.toBe(touching[0]!.before.reminders);
  });

  it('done: when that write fails, the reminder stays open and so does the action', async () => {
    const a = await create();
    failPlanWrites();
    const result = await t.app.dispatch('reminders:complete', { id: reminderIdOf(a.id) });
    vi.restoreAllMocks();
    expect(result.ok).toBe(false);
    expect((await reminderOf(a))?.state).toBe('open');
    expect((await plan()).thisWeek.map((x) => [x.id, x.doneOn])).toEqual([[a.id, null]]);
  });

  it('opened again: when that write fails, the reminder stays done and so does the action', async () => {
    const a = await create();
    await t.call('reminders:complete', { id: reminderIdOf(a.id) });
    failPlanWrites();
    const result = await t.app.dispatch('reminders:reopen', { id: reminderIdOf(a.id) });
    vi.restoreAllMocks();
    expect(result.ok).toBe(false);
    expect((await reminderOf(a))?.state).toBe('done');
    expect((await plan()).done.map((x) => [x.id, x.doneOn])).toEqual([[a.id, '2026-12-03']]);
  });
});
