import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../contract/domain';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';
import { today } from './local-time';
import { KeepInTouchStates } from './keep-in-touch-states';
import type { ReminderRules } from './reminder-rules';

/**
 * ReminderBook.keepInTouchStates, which Contacten's filters and search read on every call: worked out
 * again when the records it comes from change, not when only the journal object does (a save that
 * adopts tombstones replaces it; before, the first keystroke after such a save worked out 5,000
 * contacts again and made every filter profile again: 95 ms and more).
 */
let t: OverviewApp;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-02T10:00:00+01:00');
});
afterEach(() => t.close());

describe('keeping in touch for every contact', () => {
  it('is kept while only the journal object changes, and worked out again after a touch', async () => {
    const anna = await t.contact({ name: 'Anna', strength: 'een-beetje', lastContactOn: '2026-05-01' });
    const states = t.app.reminders.keepInTouchStates();
    expect(states.get(anna.id)).toBe('verwaterd');
    t.app.store.update((j) => ({ ...j, deleted: [...j.deleted] }));
    expect(t.app.reminders.keepInTouchStates()).toBe(states);

    await t.touch({ contactId: anna.id, on: '2026-12-01' });
    const after = t.app.reminders.keepInTouchStates();
    expect(after).not.toBe(states);
    expect(after.get(anna.id)).toBe('on-track');
  });

  it('patched per change equals the states worked out from nothing, after each of 80 seeded edits', async () => {
    let seed = 7;
    const pick = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const one = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
    const strengths = ['heel-goed', 'goed', 'een-beetje', null] as const;
    const days = ['2026-03-01', '2026-06-15', '2026-09-30', '2026-11-20', '2026-12-01'];
    const people: Contact[] = [];
    for (let i = 0; i < 10; i++)
      people.push(await t.contact({ name: `P${i}`, strength: one(strengths), lastContactOn: one(days) }));
    const rules = (t.app.reminders as unknown as { rules: ReminderRules }).rules;
    const full = () =>
      new KeepInTouchStates(t.app.contacts, (c, zone) => rules.anchorOf(c, 'done', zone)).of(
        t.app.store.data,
        today(t.clock),
        'Europe/Amsterdam',
        t.settings.get().keepInTouchDefaults,
      );
    const sorted = (m: ReadonlyMap<string, string>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
    let seen = 0;
    for (let step = 0; step < 80; step++) {
      const someone = one(people);
      const what = Math.floor(pick() * 6);
      if (what === 0) people.push(await t.contact({ name: `N${step}`, strength: one(strengths) }));
      else if (what === 1)
        await t.call('contacts:update', {
          id: someone.id,
          changes: { strength: one(strengths), cadence: one(['standaard', 'maandelijks', 'geen'] as const) },
        });
      else if (what === 2) {
        const { archived } = await t.call<Contact>('contacts:get', { id: someone.id });
        await t.call(archived ? 'contacts:restore' : 'contacts:archive', { id: someone.id });
      } else if (what === 3) await t.touch({ contactId: someone.id, on: one(days) });
      else if (what === 4) await t.conversation({ contactId: someone.id, date: one(days) });
      else if (people.length > 4) {
        await t.call('contacts:delete', { id: someone.id, withConversations: true });
        people.splice(people.indexOf(someone), 1);
      }
      const patched = t.app.reminders.keepInTouchStates();
      expect(sorted(patched), `after step ${step} (edit ${what})`).toEqual(sorted(full()));
      seen = Math.max(seen, new Set(patched.values()).size);
    }
    // Each kind of state came up.
    expect(seen).toBe(3);
  });
});
