/**
 * Planned conversations and open reminders as an iCalendar file (RFC 5545), for Outlook, Apple and Google
 * calendars. Written with ical.js (escaping, folding, the value types of each property).
 *
 * Times stay right across daylight saving: every event is written as a wall time with its zone
 * (`DTSTART;TZID=Europe/Amsterdam:20270329T100000`), the way the journal keeps it, and the file carries a
 * VTIMEZONE per zone with its rules (from timezones-ical-library, a maintained copy of the IANA data for
 * iCalendar), so a calendar never has to guess. A reminder keeps its own zone; a conversation's date
 * and time are the person's own wall time, so they take the zone of this computer. A zone the library
 * does not know is written as UTC, the same instant.
 *
 * Each event has a VALARM: a conversation a quarter of an hour before it starts (an all-day one at the
 * reminder time on the day), a reminder at its moment. UIDs are the records' ids, so importing a newer
 * export updates the events instead of doubling them.
 */
import ICAL from 'ical.js';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Language } from '../../../contract/contract';
import type { Conversation, LocalMoment, Reminder } from '../../../contract/domain';
import { labels } from '../../../contract/words/labels';
import { knownZone } from '../../clock';
import { effectiveDue } from '../../reminders/due';
import { addDays, instantOf } from '../../reminders/local-time';
import { exportWords } from './words';

type Component = InstanceType<typeof ICAL.Component>;

export interface CalendarExport {
  /** Conversations with status `gepland`. */
  conversations: readonly Conversation[];
  /** Reminders still to do (open or snoozed). */
  reminders: readonly Reminder[];
  contactName: (id: string) => string | undefined;
  /** A reminder's title and line of context, as its notification says them. */
  describe: (reminder: Reminder) => { title: string; body: string };
  /** The zone of this computer: where a conversation's wall time is. */
  zone: string;
  /** The reminder time ("09:00"): when an all-day conversation's alarm goes. */
  reminderTime: string;
  language: Language;
  now: Date;
}

const CONVERSATION_MINUTES = 60;
const REMINDER_MINUTES = 15;
const ALARM_BEFORE_MINUTES = 15;

/** The VTIMEZONE of `zone` under that very name, or null when the library does not know it. */
function timezone(zone: string): Component | null {
  // Asked only about zones this runtime knows: the library says so on the console for any other.
  if (zone === 'UTC' || !knownZone(zone)) return null;
  const found = tzlib_get_ical_block(zone);
  const block = Array.isArray(found) ? found[0] : '';
  if (!block) return null;
  const component = new ICAL.Component(ICAL.parse(block));
  // The library answers an alias (Europe/Amsterdam) with the zone it links to (Europe/Brussels): the
  // same rules, but the person's calendar should say their own zone.
  component.updatePropertyWithValue('tzid', zone);
  component.updatePropertyWithValue('x-lic-location', zone);
  return component;
}

function wallTime(date: string, time: string): InstanceType<typeof ICAL.Time> {
  return ICAL.Time.fromData({
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
    hour: Number(time.slice(0, 2)),
    minute: Number(time.slice(3, 5)),
    second: 0,
    isDate: false,
  });
}

function alarm(description: string, minutesFromStart: number): Component {
  const a = new ICAL.Component('valarm');
  a.addPropertyWithValue('action', 'DISPLAY');
  a.addPropertyWithValue('description', description);
  a.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(minutesFromStart * 60));
  return a;
}

/** The calendar file's text (CRLF line ends). */
export function calendarIcs(input: CalendarExport): string {
  const words = exportWords[input.language];
  const zones = new Map<string, Component | null>();
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('prodid', '-//Netwerkdagboek//Netwerkdagboek//NL');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  const stamp = ICAL.Time.fromJSDate(input.now, true);
  const events: Component[] = [];

  /** DTSTART at a wall time in `zone` (with its VTIMEZONE), or the same instant in UTC. */
  function start(event: Component, moment: LocalMoment): void {
    if (!zones.has(moment.zone)) zones.set(moment.zone, timezone(moment.zone));
    if (zones.get(moment.zone)) {
      event
        .addPropertyWithValue('dtstart', wallTime(moment.date, moment.time))
        .setParameter('tzid', moment.zone);
    } else {
      event.addPropertyWithValue('dtstart', ICAL.Time.fromJSDate(new Date(instantOf(moment)), true));
    }
  }

  function event(uid: string, summary: string, description: string): Component {
    const e = new ICAL.Component('vevent');
    e.addPropertyWithValue('uid', `${uid}@netwerkdagboek`);
    e.addPropertyWithValue('dtstamp', stamp);
    e.addPropertyWithValue('summary', summary);
    if (description !== '') e.addPropertyWithValue('description', description);
    events.push(e);
    return e;
  }

  for (const c of input.conversations) {
    const name = input.contactName(c.contactId) ?? words.someone;
    // The kind first ("Tips en namen vragen"), then the goal: what to have in mind on the way there.
    const kind = labels[input.language].conversationKinds[c.kind];
    const e = event(c.id, words.conversationWith(name), c.goal === '' ? kind : `${kind}\n${c.goal}`);
    if (c.time === null) {
      // A day without a time: an all-day event, the alarm on the day at the reminder time.
      e.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(c.date));
      e.addPropertyWithValue('dtend', ICAL.Time.fromDateString(addDays(c.date, 1)));
      const [h, m] = input.reminderTime.split(':').map(Number);
      e.addSubcomponent(alarm(words.conversationAlarm(name), h! * 60 + m!));
    } else {
      start(e, { date: c.date, time: c.time, zone: input.zone });
      e.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(CONVERSATION_MINUTES * 60));
      e.addSubcomponent(alarm(words.conversationAlarm(name), -ALARM_BEFORE_MINUTES));
    }
  }
  for (const r of input.reminders) {
    const { title, body } = input.describe(r);
    const e = event(r.id, title, body);
    // A snoozed reminder comes back at its new moment.
    start(e, effectiveDue(r));
    e.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(REMINDER_MINUTES * 60));
    e.addSubcomponent(alarm(title, 0));
  }
  // VTIMEZONEs first, as calendars expect them before the events that name them.
  for (const tz of zones.values()) if (tz) cal.addSubcomponent(tz);
  for (const e of events) cal.addSubcomponent(e);
  return `${cal.toString()}\r\n`;
}
