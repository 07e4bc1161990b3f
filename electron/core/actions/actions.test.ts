import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionPlan, ActionView, ReminderList, Result } from '../../contract/contract';
import type { Contact } from '../../contract/domain';
import { errorMessages } from '../../contract/messages';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';
import { reminderIdOf } from './action-reminders';

// Thursday 3 December 2026, 10:00 in Amsterdam: week 2026-W49 (Monday 30 November).
let t: OverviewApp;
let anna: Contact;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-03T10:00:00+01:00');
  anna = await t.contact({ name: 'Anna de Wit', warmth: 'warm', strength: 'heel-goed' });
});
afterEach(() => t.close());

const codeOf = new Map(Object.entries(errorMessages.nl.fields).map(([code, message]) => [message, code]));
const refused = async (channel: string, payload: unknown) => {
  const result: Result<unknown> = await t.app.dispatch(channel, payload);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return Object.fromEntries(Object.entries(result.error.fields ?? {}).map(([f, m]) => [f, codeOf.get(m)]));
};
const onDisk = async () => {
  await t.app.store.flush();
  return JSON.parse(await readFile(t.app.store.path, 'utf8'));
};
const plan = () => t.call<ActionPlan>('actions:list');
const create = (fields: Record<string, unknown>) =>
  t.call<ActionView>('actions:create', { contactId: anna.id, what: 'Anna bellen', ...fields });
const reminderOf = async (action: { id: string }) => {
  const list = await t.call<ReminderList>('reminders:list');
  return list.reminders.find((r) => r.id === reminderIdOf(action.id));
};

describe('the netwerkactieplan', () => {
  it('groups actions by the clock: this week, the next four weeks, later, done', async () => {
    const now = await create({ week: '2026-W49', what: 'Anna bellen' });
    const friday = await create({ date: '2026-12-11', what: 'Koffie met Anna' });
    const nextWeek = await create({ week: '2026-W50', what: 'Kaartje sturen' });
    const far = await create({ week: '2027-W02', what: 'Nieuwjaarskaart' });
    const free = await t.call<ActionView>('actions:create', {
      who: 'iemand bij Rabobank',
      date: '2026-12-05',
      what: 'Verwijzing vragen',
    });
    const p = await plan();
    expect(p).toMatchObject({ today: '2026-12-03', week: '2026-W49' });
    expect(p.thisWeek.map((a) => a.id)).toEqual([now.id, free.id]);
    expect(p.nextWeeks.map((a) => a.id)).toEqual([nextWeek.id, friday.id]);
    expect(p.later.map((a) => a.id)).toEqual([far.id]);
    expect(p.thisWeek.map((a) => a.name)).toEqual(['Anna de Wit', 'iemand bij Rabobank']);
    expect(p.nextWeeks[0]).toMatchObject({ monday: '2026-12-07', overdue: false });
    // On disk as the record the journal schema knows.
    expect((await onDisk()).plannedActions).toHaveLength(5);
  });

  it('moves an action a week on: the day goes, the reminder moves with it', async () => {
    const a = await create({ date: '2026-12-10' });
    expect((await reminderOf(a))?.due).toEqual({
      date: '2026-12-10',
      time: '09:00',
      zone: 'Europe/Amsterdam',
    });
    const moved = await t.call<ActionView>('actions:update', { id: a.id, changes: { week: '2026-W51' } });
    expect(moved).toMatchObject({ week: '2026-W51', date: null, monday: '2026-12-14' });
    expect((await reminderOf(a))?.due.date).toBe('2026-12-14');
    expect((await onDisk()).plannedActions[0]).toMatchObject({ week: '2026-W51', date: null });
  });

  it('becomes a reminder that falls due on its week’s Monday at the reminder time', async () => {
    const a = await create({ week: '2026-W50', what: 'Anna mailen over de vacature' });
    const r = await reminderOf(a);
    expect(r).toMatchObject({
      kind: 'eigen',
      title: 'Anna mailen over de vacature',
      contactId: anna.id,
      group: 'soon',
      due: { date: '2026-12-07', time: '09:00' },
    });
    expect((await t.call<{ due: number }>('reminders:count')).due).toBe(0);
    // Sunday 6 December just before midnight, then Monday 7 December at 09:00 in Amsterdam.
    t.clock.advance(Date.parse('2026-12-06T23:59:00+01:00') - t.clock.now().getTime());
    expect((await t.call<{ due: number }>('reminders:count')).due).toBe(0);
    t.clock.advance(Date.parse('2026-12-07T09:00:00+01:00') - t.clock.now().getTime());
    expect((await t.call<{ due: number }>('reminders:count')).due).toBe(1);
    expect((await reminderOf(a))?.group).toBe('today');
    // The scheduler noted it shown (a notification) at its moment.
    const stored = (await onDisk()).reminders.find((x: { id: string }) => x.id === reminderIdOf(a.id));
    expect(stored.notifiedAt).toBe('2026-12-07T08:00:00.000Z');
  });

  it('planned for this week after the reminder time: due now, listed but not announced', async () => {
    const a = await create({ week: '2026-W49' });
    const stored = (await onDisk()).reminders.find((r: { id: string }) => r.id === reminderIdOf(a.id));
    expect(stored.due).toEqual({ date: '2026-12-03', time: '10:00', zone: 'Europe/Amsterdam' });
    expect(stored.notifiedAt).toBe('2026-12-03T09:00:00.000Z');
  });

  it('done with a reflection: the reminder goes, the reflection is on disk; undone brings it back', async () => {
    const a = await create({ date: '2026-12-04' });
    const reflection = {
      brought: 'Twee namen bij de gemeente',
      actedInReturn: 'ja',
      nextStep: 'Piet mailen',
    };
    const done = await t.call<ActionView>('actions:done', { id: a.id, reflection });
    expect(done).toMatchObject({ doneOn: '2026-12-03', reflection });
    expect(await reminderOf(a)).toBeUndefined();
    const disk = await onDisk();
    expect(disk.plannedActions[0]).toMatchObject({ doneOn: '2026-12-03', reflection });
    expect(disk.reminders.some((r: { id: string }) => r.id === reminderIdOf(a.id))).toBe(false);
    expect((await plan()).done.map((x) => x.id)).toEqual([a.id]);

    const undone = await t.call<ActionView>('actions:undone', { id: a.id });
    expect(undone).toMatchObject({ doneOn: null, reflection });
    expect((await reminderOf(a))?.due.date).toBe('2026-12-04');
  });

  it('done, it stands in the person’s timeline with its look back; undone, it leaves it', async () => {
    const a = await create({ date: '2026-12-04', what: 'Koffie met Anna', kind: 'koffie' });
    expect(await t.call<unknown[]>('contacts:timeline', { id: anna.id })).toEqual([]);
    const reflection = { brought: 'Een tip voor de gemeente', actedInReturn: 'nog-niet', nextStep: '' };
    await t.call('actions:done', { id: a.id, reflection });
    expect(await t.call('contacts:timeline', { id: anna.id })).toEqual([
      { type: 'action', id: a.id, date: '2026-12-03', what: 'Koffie met Anna', kind: 'koffie', reflection },
    ]);
    await t.call('actions:undone', { id: a.id });
    expect(await t.call<unknown[]>('contacts:timeline', { id: anna.id })).toEqual([]);
  });

  it('deleted: the action and its reminder go, in one write', async () => {
    const a = await create({ date: '2026-12-04' });
    await t.call('actions:delete', { id: a.id });
    const disk = await onDisk();
    expect(disk.plannedActions).toEqual([]);
    expect(disk.reminders.some((r: { id: string }) => r.id === reminderIdOf(a.id))).toBe(false);
  });

  it('a late action stays in this week, marked late, and its words can still be edited', async () => {
    const a = await create({ date: '2026-12-04' });
    t.clock.advance(7 * 86_400_000);
    const p = await plan();
    expect(p.week).toBe('2026-W50');
    expect(p.thisWeek).toMatchObject([{ id: a.id, overdue: true }]);
    await t.call('actions:update', { id: a.id, changes: { what: 'Anna toch bellen' } });
    expect((await plan()).thisWeek[0]).toMatchObject({ what: 'Anna toch bellen', date: '2026-12-04' });
  });

  it('refuses bad input per field and writes nothing', async () => {
    const help = await t.call<{ id: string }>('helpRequests:create', {
      question: 'Wie kent iemand bij Eneco?',
    });
    await t.app.store.flush();
    const before = await readFile(t.app.store.path, 'utf8');
    expect(await refused('actions:create', { contactId: 'nobody', week: '2026-W50', what: 'x' })).toEqual({
      contactId: 'unknown_reference',
    });
    expect(await refused('actions:create', { week: '2026-W50', what: 'Bellen' })).toEqual({
      who: 'required',
    });
    expect(await refused('actions:create', { contactId: anna.id, what: '  ', week: '2026-W50' })).toEqual({
      what: 'required',
    });
    expect(await refused('actions:create', { contactId: anna.id, what: 'Bellen' })).toEqual({
      week: 'date_required',
    });
    expect(
      await refused('actions:create', {
        contactId: anna.id,
        what: 'x',
        week: '2026-W50',
        date: '2026-12-08',
      }),
    ).toEqual({ date: 'invalid' });
    expect(await refused('actions:create', { contactId: anna.id, what: 'x', week: '2026-W48' })).toEqual({
      week: 'in_past',
    });
    expect(await refused('actions:create', { contactId: anna.id, what: 'x', date: '2026-12-02' })).toEqual({
      date: 'in_past',
    });
    expect(await refused('actions:create', { contactId: anna.id, what: 'x', week: '2027-W53' })).toEqual({
      week: 'invalid_date',
    });
    expect(
      await refused('actions:create', {
        contactId: anna.id,
        what: 'x',
        week: '2026-W50',
        helpRequestId: 'gone',
      }),
    ).toEqual({ helpRequestId: 'unknown_reference' });
    expect(
      await refused('actions:create', { contactId: anna.id, what: 'x', week: '2026-W50', extra: 1 }),
    ).toEqual({ _: 'invalid' });
    const a = await create({ week: '2026-W50', helpRequestId: help.id });
    await t.app.store.flush();
    const withOne = await readFile(t.app.store.path, 'utf8');
    expect(await refused('actions:update', { id: a.id, changes: { week: '2026-W47' } })).toEqual({
      week: 'in_past',
    });
    expect(await refused('actions:update', { id: a.id, changes: { contactId: 'nobody' } })).toEqual({
      contactId: 'unknown_reference',
    });
    expect((await t.app.dispatch('actions:done', { id: 'nope' })).ok).toBe(false);
    await t.app.store.flush();
    expect(await readFile(t.app.store.path, 'utf8')).toBe(withOne);
    expect(before).not.toBe(withOne);
  });

  it('deleting the contact takes their actions and the actions’ reminders along', async () => {
    const a = await create({ week: '2026-W50' });
    await t.call('contacts:delete', { id: anna.id });
    const disk = await onDisk();
    expect(disk.plannedActions).toEqual([]);
    expect(disk.reminders.some((r: { id: string }) => r.id === reminderIdOf(a.id))).toBe(false);
  });
});
