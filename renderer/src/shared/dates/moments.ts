/**
 * Reminder moments as a person reads them, in the UI language: "morgen 09:00", "za 28 nov 09:00",
 * "3 maart". A reminder's moment is a local date and time (see `LocalMoment`), so dates are formatted as
 * UTC calendar days: no time zone can move them to another day.
 */
import type { SnoozeOption } from '$contract/contract';
import type { LocalMoment } from '$contract/domain';
import { daysBetween } from '$contract/rules/calendar';
import { snoozeChoices as choicesNow, snoozeLanding } from '$contract/rules/snooze';
import { localWallClock } from '$contract/rules/wall-clock';
import { i18n } from '../i18n/i18n.svelte';

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function utc(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date (YYYY-MM-DD) in the person's own time zone, `offsetDays` from now. */
export function localDate(offsetDays = 0, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The time of day (HH:MM) in the person's own time zone, `offsetMinutes` from now. */
export function localTime(offsetMinutes = 0, now = new Date()): string {
  const d = new Date(now.getTime() + offsetMinutes * 60_000);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The local date and time of day now, as the rules that compare with a planned moment take it. */
export function localNow(now = new Date()): { date: string; time: string } {
  return { date: localDate(0, now), time: localTime(0, now) };
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. The contract's count, which core uses too. */
export { daysBetween } from '$contract/rules/calendar';

/** The zone this computer is in now ("Europe/Amsterdam"). */
export function currentZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "vandaag", "morgen", "gisteren", else "za 28 nov" (with the year when it is not this year's). */
export function formatDay(date: string, today = localDate()): string {
  const offset = daysBetween(today, date);
  if (Math.abs(offset) <= 1) {
    return new Intl.RelativeTimeFormat(i18n.t.locale, { numeric: 'auto' }).format(offset, 'day');
  }
  const parts = new Intl.DateTimeFormat(i18n.t.locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: date.slice(0, 4) === today.slice(0, 4) ? undefined : 'numeric',
    timeZone: 'UTC',
  }).formatToParts(utc(date));
  // The parts joined by spaces, not Intl's own punctuation: British English writes "Fri 4 Dec" but
  // "Sun, 24 Jan 2027" once the year is there, two styles side by side in one list (issue 11).
  return parts
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

/** "3 maart" (with the year when it is not this year's): a day a person plans around. */
export function formatLongDay(date: string, today = localDate()): string {
  return new Intl.DateTimeFormat(i18n.t.locale, {
    day: 'numeric',
    month: 'long',
    year: date.slice(0, 4) === today.slice(0, 4) ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(utc(date));
}

/** A time of day (HH:MM) in the locale's way; formatted as UTC so no offset can move it. */
export function formatClock(time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(i18n.t.locale, { timeStyle: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, h, m),
  );
}

/** A conversation's or touch's date, and its time when set, in the UI language ("3 mrt 2026, 14:30"). */
export function formatWhen(date: string, time: string | null): string {
  // A draft's date may be empty or half typed: then there is no date to tell, and nothing throws.
  if (!i18n.date(date)) return '';
  if (!time || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(time)) return i18n.date(date);
  return i18n.t.conversations.dateAtTime(i18n.date(date), formatClock(time));
}

/** "morgen 09:00", "za 28 nov 09:00"; a moment set in another zone says so. */
export function formatMoment(moment: LocalMoment, today = localDate()): string {
  const t = i18n.t.reminders;
  const text = t.at(formatDay(moment.date, today), formatClock(moment.time));
  return moment.zone === currentZone() ? text : `${text} ${t.otherZone(moment.zone)}`;
}

/** An instant (ISO timestamp) the same way, in the person's own zone: "gisteren 16:20". */
export function formatInstant(iso: string, today = localDate()): string {
  const at = new Date(iso);
  return i18n.t.reminders.at(formatDay(localDate(0, at), today), formatClock(localTime(0, at)));
}

/** An instant (ISO timestamp) as a day and time in the person's own zone: "20 november, 09:15". */
export function formatLongInstant(iso: string, today = localDate()): string {
  const at = new Date(iso);
  return i18n.t.conversations.dateAtTime(
    formatLongDay(localDate(0, at), today),
    formatClock(localTime(0, at)),
  );
}

/** How long ago a date was, roughly: "5 dagen", "3 weken", "7 maanden", "2 jaar". */
export function formatAgo(date: string, today = localDate()): string {
  const t = i18n.t.reminders.ago;
  const days = Math.max(0, daysBetween(date, today));
  if (days < 14) return i18n.plural(t.days, days);
  if (days < 60) return i18n.plural(t.weeks, Math.floor(days / 7));
  if (days < 730) return i18n.plural(t.months, Math.floor(days / 30.44));
  return i18n.plural(t.years, Math.floor(days / 365.25));
}

// Snoozing: the rule core stores a snooze with (`$contract/rules/snooze`), on this computer's wall clock,
// so the menu shows the very moment core will store.
const here = () => currentZone();

/**
 * The snooze options that make sense now: "vanavond" only before the evening has begun, and, given the
 * moment the reminder is due now, only those that land later than it.
 */
export function snoozeChoices(
  now = new Date(),
  after?: { current: LocalMoment; reminderTime: string },
): SnoozeOption[] {
  return choicesNow({ now: now.getTime(), zone: here() }, localWallClock, after);
}

/**
 * Where a snooze option lands ("morgen 09:00" beside "Morgenochtend"): an hour from now, today 19:00,
 * tomorrow or in seven days at the reminder time. Null for a chosen moment, and for this evening once it
 * has begun (the menu no longer offers it then).
 */
export function snoozeTarget(
  option: SnoozeOption,
  reminderTime: string,
  now = new Date(),
): LocalMoment | null {
  if (option === 'moment') return null;
  const context = { now: now.getTime(), zone: here(), reminderTime };
  const landing = snoozeLanding(option, { date: null, time: null }, context, localWallClock);
  return landing.ok ? landing.moment : null;
}
