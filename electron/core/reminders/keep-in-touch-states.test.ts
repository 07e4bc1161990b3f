import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';

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
});
