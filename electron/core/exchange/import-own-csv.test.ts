import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Journal, Strength } from '../../contract/domain';
import type { ImportApplied, ImportPreview } from '../../contract/exchange';
import type { ReminderList } from '../../contract/views';
import { sampleContact } from '../testing/sample-records';
import { FIRST_NUDGES_PER_DAY } from '../reminders/first-nudges';
import { contactsCsv } from './write/csv';
import { call, startSession, type Session } from './write/testing/session';

/**
 * Our own CSV export brought into a fresh journal (issue 12), as someone moving to a new laptop does: the
 * people come back sorted in, with a strength and a last contact that is often long ago. The app must
 * not greet them with all of those as overdue keep-in-touch reminders at once.
 */
let session: Session;
beforeEach(async () => {
  session = await startSession('2026-11-23T10:00:00+01:00');
});
afterEach(() => session.close());

const strengths: Strength[] = ['heel-goed', 'goed', 'een-beetje'];

/** 300 people as another journal exported them: sorted in, last in touch one to two years ago. */
function exported(count: number): Contact[] {
  return Array.from({ length: count }, (_, i) => ({
    ...sampleContact,
    id: `c-${i}`,
    name: `Netwerklid ${i + 1}`,
    email: `netwerklid${i + 1}@example.nl`,
    moreEmails: [],
    phone: '',
    morePhones: [],
    linkedin: '',
    introducedById: null,
    strength: strengths[i % 3]!,
    lastContactOn: `${2024 + (i % 2)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    cadence: 'standaard',
    cadenceDays: null,
    importedAt: null,
  }));
}

async function importOwnCsv(contacts: Contact[]): Promise<ImportApplied> {
  const data = Buffer.from(contactsCsv(contacts, 'nl'), 'utf8').toString('base64');
  const { importId } = await call<ImportPreview>(session.app, 'import:read', {
    fileName: 'contacten.csv',
    data,
  });
  return call<ImportApplied>(session.app, 'import:apply', { importId });
}

const keepInTouch = () =>
  session.app.store.data.reminders.filter((r) => r.kind === 'contact-onderhouden' && r.state === 'open');

describe('our own CSV into a fresh journal', () => {
  it('spreads the first keep-in-touch nudges of people last in touch long ago: nothing overdue, a few a day', async () => {
    const applied = await importOwnCsv(exported(300));
    expect(applied).toMatchObject({ created: 300, skipped: 0 });
    const { counts } = await call<ReminderList>(session.app, 'reminders:list');
    // What the person sees on Herinneringen: nothing under Te laat or Vandaag, a handful this week.
    expect(counts.overdue).toBe(0);
    expect(counts.today).toBe(0);
    expect(counts.soon).toBeLessThanOrEqual(7 * FIRST_NUDGES_PER_DAY);
    expect((await call<{ due: number }>(session.app, 'reminders:count')).due).toBe(0);
    // Everyone with a cadence still has their one keep-in-touch reminder, from tomorrow on, at most a few per day.
    const reminders = keepInTouch();
    // (Heel goed asks for no keeping in touch by default: 200 of the 300.)
    expect(new Set(reminders.map((r) => r.contactId)).size).toBe(200);
    const perDay = new Map<string, number>();
    for (const r of reminders) perDay.set(r.due.date, (perDay.get(r.due.date) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(FIRST_NUDGES_PER_DAY);
    expect([...perDay.keys()].sort()[0]).toBe('2026-11-24');

    // A day later the first few are due, not the pile; and opening the journal again moves nobody.
    session.clock.advance(24 * 3_600_000);
    expect((await call<{ due: number }>(session.app, 'reminders:count')).due).toBeLessThanOrEqual(
      FIRST_NUDGES_PER_DAY,
    );
    const days = new Map(reminders.map((r) => [r.contactId, r.due.date]));
    await session.reopen();
    expect(new Map(keepInTouch().map((r) => [r.contactId, r.due.date]))).toEqual(days);
  });

  it('someone whose cadence is still ahead keeps the day it says; once in touch, the cadence counts as usual', async () => {
    const [recent, quiet] = exported(2);
    await importOwnCsv([
      { ...recent!, strength: 'een-beetje', lastContactOn: '2026-10-01' },
      { ...quiet!, strength: 'een-beetje', lastContactOn: '2024-01-15' },
    ]);
    const dueOf = (name: string) => {
      const c = session.app.store.data.contacts.find((x) => x.name === name)!;
      return keepInTouch().find((r) => r.contactId === c.id)!.due.date;
    };
    // Een beetje: every quarter by default.
    expect(dueOf(recent!.name)).toBe('2027-01-01');
    expect(dueOf(quiet!.name)).toBe('2026-11-24');
    const quietId = session.app.store.data.contacts.find((x) => x.name === quiet!.name)!.id;
    await call(session.app, 'touches:add', { contactId: quietId, channel: 'bericht', on: '2026-11-23' });
    expect(dueOf(quiet!.name)).toBe('2027-02-23');
  });
});

describe('undoing that import', () => {
  /** What the person keeps in the journal, on disk: their contacts and reminders. */
  async function kept() {
    await session.app.store.flush();
    const j = JSON.parse(await readFile(session.journalPath, 'utf8')) as Journal;
    return { contacts: j.contacts, reminders: j.reminders };
  }

  it('takes everyone back out: the nudges the app made for them are no use of theirs', async () => {
    await call(session.app, 'contacts:create', { name: 'Al Aanwezig', strength: 'goed' });
    const before = await kept();
    const { importId } = await importOwnCsv(exported(300));
    expect(keepInTouch()).toHaveLength(201);
    // The notification of the first nudges came up meanwhile: shown is not used.
    session.clock.advance(24 * 3_600_000);
    await call(session.app, 'reminders:count');
    expect(await call(session.app, 'import:undo', { importId })).toEqual({
      removed: 300,
      restored: 0,
      kept: 0,
    });
    expect(await kept()).toEqual(before);
  });

  it('keeps the people whose nudge the person put off, moved or dealt with', async () => {
    const { importId } = await importOwnCsv(exported(10));
    const [snoozed, moved, done] = keepInTouch();
    await call(session.app, 'reminders:snooze', { id: snoozed!.id, option: 'week' });
    await call(session.app, 'reminders:update', { id: moved!.id, changes: { date: '2026-12-24' } });
    await call(session.app, 'reminders:complete', { id: done!.id });
    expect(await call(session.app, 'import:undo', { importId })).toEqual({
      removed: 7,
      restored: 0,
      kept: 3,
    });
    expect((await kept()).contacts.map((c) => c.id).sort()).toEqual(
      [snoozed!, moved!, done!].map((r) => r.contactId).sort(),
    );
  });
});
