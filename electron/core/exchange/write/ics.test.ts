/**
 * The calendar export read back with ical.js as a calendar app would, zones included: each event at the
 * right instant on both sides of a daylight-saving change, each with its alarm.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Conversation, Reminder } from '../../../contract/domain';
import { instantOf } from '../../reminders/local-time';
import { samplePlannedConversation, sampleReminder } from '../../testing/sample-records';
import { calendarIcs, type CalendarExport } from './ics';

const summer: Conversation = {
  ...samplePlannedConversation,
  id: 'g-summer',
  kind: 'orienterend',
  date: '2027-03-29',
  time: '10:00',
  goal: 'Hoe kom ik binnen bij de provincie?',
};
const winter: Conversation = { ...summer, id: 'g-winter', date: '2026-11-24', time: '10:00', goal: '' };
const allDay: Conversation = { ...summer, id: 'g-day', date: '2026-12-01', time: null };
const reminder: Reminder = {
  ...sampleReminder,
  id: 'r-own',
  kind: 'eigen',
  title: 'Cv sturen naar Anna',
  due: { date: '2027-03-28', time: '09:00', zone: 'Europe/Amsterdam' },
};
const snoozed: Reminder = {
  ...reminder,
  id: 'r-snoozed',
  state: 'snoozed',
  snoozedUntil: { date: '2026-11-25', time: '19:00', zone: 'America/New_York' },
};

function exportOf(over: Partial<CalendarExport> = {}): string {
  return calendarIcs({
    conversations: [summer, winter, allDay],
    reminders: [reminder, snoozed],
    contactName: () => 'Anna de Vries',
    describe: (r) => ({ title: r.title, body: r.note }),
    zone: 'Europe/Amsterdam',
    reminderTime: '09:00',
    language: 'nl',
    now: new Date('2026-11-23T09:00:00Z'),
    ...over,
  });
}

/** The events by UID, with the file's VTIMEZONEs registered as a calendar app does. */
function read(text: string): Map<string, InstanceType<typeof ICAL.Event>> {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  return new Map(events.map((e) => [e.uid, e]));
}

describe('calendarIcs', () => {
  it('is a VCALENDAR 2.0 with one event per planned conversation and open reminder', () => {
    const text = exportOf();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nPRODID:')).toBe(true);
    expect(text).toContain('VERSION:2.0');
    expect([...read(text).keys()].sort()).toEqual(
      ['g-day', 'g-summer', 'g-winter', 'r-own', 'r-snoozed'].map((id) => `${id}@netwerkdagboek`).sort(),
    );
  });

  it('writes wall times with TZID and a VTIMEZONE under the person’s own zone name', () => {
    const text = exportOf();
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270329T100000');
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20261124T100000');
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam\r\n/);
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:America\/New_York\r\n/);
    // Each zone once, before the events.
    expect(text.match(/TZID:Europe\/Amsterdam\r\n/g)).toHaveLength(1);
    expect(text.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
  });

  it('puts every event at the instant the journal means, on both sides of daylight saving', () => {
    const events = read(exportOf());
    const at = (uid: string) => events.get(`${uid}@netwerkdagboek`)!.startDate.toJSDate().toISOString();
    // 10:00 in Amsterdam is 09:00 UTC in winter and 08:00 UTC in summer (clocks went forward 28 March).
    expect(at('g-winter')).toBe('2026-11-24T09:00:00.000Z');
    expect(at('g-summer')).toBe('2027-03-29T08:00:00.000Z');
    // The reminder is due the very morning of the change: after it, 09:00 CEST.
    expect(at('r-own')).toBe(new Date(instantOf(reminder.due)).toISOString());
    expect(at('r-own')).toBe('2027-03-28T07:00:00.000Z');
    // Snoozed: at its new moment, in its own zone.
    expect(at('r-snoozed')).toBe('2026-11-26T00:00:00.000Z');
  });

  it('gives each event an alarm: 15 minutes before a conversation, at the moment of a reminder', () => {
    const events = read(exportOf());
    const alarmOf = (uid: string) =>
      events.get(`${uid}@netwerkdagboek`)!.component.getFirstSubcomponent('valarm')!;
    const conversation = alarmOf('g-summer');
    expect(conversation.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(conversation.getFirstPropertyValue('trigger'))).toBe('-PT15M');
    expect(conversation.getFirstPropertyValue('description')).toBe(
      'Zo meteen: je netwerkgesprek met Anna de Vries',
    );
    expect(String(alarmOf('r-own').getFirstPropertyValue('trigger'))).toBe('PT0S');
    // A day without a time: an all-day event, the alarm at the reminder time that day.
    const day = events.get('g-day@netwerkdagboek')!;
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe('2026-12-01');
    expect(String(alarmOf('g-day').getFirstPropertyValue('trigger'))).toBe('PT9H');
  });

  it('names the events in the person’s language, with the goal as description', () => {
    const nl = read(exportOf()).get('g-summer@netwerkdagboek')!;
    expect(nl.summary).toBe('Netwerkgesprek met Anna de Vries');
    expect(nl.description).toBe('Oriënterend gesprek\nHoe kom ik binnen bij de provincie?');
    expect(nl.duration.toString()).toBe('PT1H');
    const en = read(exportOf({ language: 'en' })).get('g-summer@netwerkdagboek')!;
    expect(en.summary).toBe('Networking conversation with Anna de Vries');
    expect(read(exportOf()).get('r-own@netwerkdagboek')!.summary).toBe('Cv sturen naar Anna');
  });

  it('writes a zone it has no rules for as the same instant in UTC', () => {
    const odd: Reminder = {
      ...reminder,
      id: 'r-odd',
      due: { date: '2026-12-01', time: '09:00', zone: 'Mars/Olympus' },
    };
    const text = exportOf({ conversations: [], reminders: [odd] });
    expect(text).not.toContain('TZID=Mars');
    expect(text).toContain('DTSTART:20261201T090000Z');
  });
});
