/** Reminders (herinneringen): thank-you nudges, keeping in touch, follow-ups and the user's own. */
import { z } from 'zod';
import { CalendarDate, choice, Id, limits, text, TimeOfDay, Timestamp } from './fields';

export const reminderKinds = ['bedanken', 'contact-onderhouden', 'opvolgen', 'eigen'] as const;
/** `snoozed` carries `snoozedUntil`; `done` and `skipped` carry `completedAt`. */
export const reminderStates = ['open', 'snoozed', 'done', 'skipped'] as const;
export type ReminderKind = (typeof reminderKinds)[number];
export type ReminderState = (typeof reminderStates)[number];

/**
 * An IANA time zone name ("Europe/Amsterdam"). Only its form is checked: a zone this runtime does not know
 * (a journal synced from a machine with newer time-zone data) is read as UTC by core's `local-time.ts`,
 * rather than making the whole journal unreadable.
 */
export const TimeZone = z
  .string({ error: 'invalid' })
  .regex(/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/, { error: 'invalid' });

/**
 * A moment as a person thinks of it: "on 24 November at 09:00" where they live. Kept as local date, time
 * and zone rather than an instant, so a reminder set for 09:00 stays at 09:00 across daylight saving.
 */
export const LocalMoment = z.strictObject({ date: CalendarDate, time: TimeOfDay, zone: TimeZone });
export type LocalMoment = z.output<typeof LocalMoment>;

export const Reminder = z.strictObject({
  id: Id,
  kind: choice(reminderKinds),
  contactId: Id.nullable(),
  conversationId: Id.nullable(),
  /** When it is due, as set (the thank-you: the day after the conversation, at the reminder time). */
  due: LocalMoment,
  /** The user's own words; empty for the app's own reminders, which are worded when shown. */
  title: text(limits.shortText),
  note: text(limits.longText),
  state: choice(reminderStates),
  snoozedUntil: LocalMoment.nullable(),
  /** When the notification for the current due moment was shown; cleared when the moment moves. */
  notifiedAt: Timestamp.nullable(),
  /** When it was marked done or skipped. */
  completedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Reminder = z.output<typeof Reminder>;

/** What a person fills in for a reminder of their own (eigen herinnering). */
export const OwnReminderFields = z.strictObject({
  title: text(limits.shortText).min(1, { error: 'required' }),
  note: text(limits.longText).default(''),
  date: CalendarDate,
  time: TimeOfDay,
  contactId: Id.nullable().default(null),
  conversationId: Id.nullable().default(null),
});
export type OwnReminderFields = z.output<typeof OwnReminderFields>;
export type OwnReminderFieldsInput = z.input<typeof OwnReminderFields>;

/** An edit of any reminder: title and note, the moment, the linked contact. Absent means unchanged. */
export const ReminderChanges = z
  .strictObject({
    title: text(limits.shortText),
    note: text(limits.longText),
    date: CalendarDate,
    time: TimeOfDay,
    contactId: Id.nullable(),
  })
  .partial();
export type ReminderChanges = z.output<typeof ReminderChanges>;
