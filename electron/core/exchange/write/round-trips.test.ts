/**
 * Our own exports that are not people files, read back (issue 12: "a round-trip test per format"):
 * the calendar as a calendar app reads it (ical.js, zones registered from the file), and the full JSON
 * export restored as the journal, through core's channels on real files in a temp folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Conversation, Journal, Reminder } from '../../../contract/domain';
import type { ExportResult, RestoreResult } from '../../../contract/exchange';
import { call, startSession, type Session } from './testing/session';

let s: Session;
beforeEach(async () => {
  // Winter: the export is made months before the clocks go forward (28 March 2027).
  s = await startSession('2026-11-23T10:00:00+01:00');
});
afterEach(() => s.close());

/** The journal's people, conversations and reminders of a few weeks of networking. */
async function network() {
  const anna = await call<Contact>(s.app, 'contacts:create', {
    name: 'Anna de Vries',
    organisation: 'Gemeente Utrecht',
    email: 'anna@utrecht.nl',
    tags: ['overheid'],
    strength: 'goed',
  });
  const bram = await call<Contact>(s.app, 'contacts:create', {
    name: 'Bram Jansen',
    introducedById: anna.id,
  });
  const spring = await call<Conversation>(s.app, 'conversations:create', {
    contactId: anna.id,
    date: '2027-03-30',
    time: '10:00',
    goal: 'Hoe kom ik binnen bij de provincie?',
  });
  const soon = await call<Conversation>(s.app, 'conversations:create', {
    contactId: bram.id,
    date: '2026-12-01',
    time: '14:30',
  });
  const held = await call<Conversation>(s.app, 'conversations:create', {
    contactId: bram.id,
    date: '2026-11-20',
    status: 'gehouden',
    participantIds: [anna.id],
    evaluation: {
      wentWell: 'Goed voorbereid.',
      tips: ['Kijk op werkenvoorutrecht.nl'],
      referrals: [{ id: 'ref-1', name: 'Chris Smit', why: 'Zoekt een adviseur.' }],
    },
  });
  const own = await call<Reminder>(s.app, 'reminders:create', {
    title: 'Cv sturen naar Anna',
    date: '2027-03-29',
    time: '09:00',
    contactId: anna.id,
  });
  await call(s.app, 'touches:add', { contactId: anna.id, channel: 'telefoon', on: '2026-11-22' });
  await call(s.app, 'questions:add', { purpose: 'tips-en-namen', text: 'Wie moet ik nog meer spreken?' });
  return { anna, bram, spring, soon, held, own };
}

describe('the calendar export read back', () => {
  it('has every planned conversation and open reminder as an event, at the instant meant, across the DST change', async () => {
    const { spring, soon, held, own } = await network();
    s.answers.exportTo = join(s.dir, 'agenda.ics');
    const result = await call<ExportResult>(s.app, 'exchange:export', { format: 'ics' });
    expect(result.saved).toBe(true);

    const text = await readFile(s.answers.exportTo, 'utf8');
    const cal = new ICAL.Component(ICAL.parse(text));
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const events = new Map(
      cal.getAllSubcomponents('vevent').map((v) => {
        const e = new ICAL.Event(v);
        return [e.uid, e] as const;
      }),
    );
    const openReminders = s.app.store.data.reminders.filter(
      (r) => r.state === 'open' || r.state === 'snoozed',
    );
    // The planned two and every open reminder (the person's own, the thank-you for the held one…); the
    // held conversation is not in a calendar of what is coming.
    expect([...events.keys()].sort()).toEqual(
      [spring.id, soon.id, ...openReminders.map((r) => r.id)].map((id) => `${id}@netwerkdagboek`).sort(),
    );
    expect(events.has(`${held.id}@netwerkdagboek`)).toBe(false);
    expect(result.count).toBe(events.size);

    const start = (id: string) => events.get(`${id}@netwerkdagboek`)!.startDate;
    // 10:00 in Amsterdam on 30 March 2027 is summer time (UTC+2), though it was exported in winter.
    expect(start(spring.id).toJSDate().toISOString()).toBe('2027-03-30T08:00:00.000Z');
    expect(start(spring.id).zone.tzid).toBe('Europe/Amsterdam');
    expect(start(soon.id).toJSDate().toISOString()).toBe('2026-12-01T13:30:00.000Z');
    expect(start(own.id).toJSDate().toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270330T100000');
    for (const e of events.values()) {
      expect(e.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
    }
    expect(events.get(`${spring.id}@netwerkdagboek`)!.summary).toBe('Netwerkgesprek met Anna de Vries');
  });
});

describe('the full JSON export restored as the journal', () => {
  it('gives back the same journal, record for record', async () => {
    await network();
    await s.app.store.flush();
    const exported: Journal = structuredClone(s.app.store.data);
    s.answers.exportTo = join(s.dir, 'alles.json');
    await call(s.app, 'exchange:export', { format: 'json' });

    // Work goes on after the export, then the export is restored in its place.
    await call(s.app, 'contacts:create', { name: 'Later Toegevoegd' });
    s.clock.advance(60 * 60_000);
    s.answers.file = s.answers.exportTo;
    const restored = await call<RestoreResult>(s.app, 'journal:restoreFile');
    expect(restored.reopened).toBe(true);

    expect(s.app.store.data).toEqual(exported);
    expect(s.app.store.data.contacts).toHaveLength(2);
    expect(s.app.store.data.conversations).toHaveLength(3);
    expect(s.app.store.data.ownQuestions).toHaveLength(1);
  });
});
