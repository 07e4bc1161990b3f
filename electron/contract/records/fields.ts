/**
 * The building blocks every record's rules are made of: ids, moments and dates, texts with a length limit,
 * choices, and the error codes a broken rule reports (`messages.ts` turns them into sentences).
 */
import { z } from 'zod';

/** Field error codes; `messages.ts` turns them into sentences in the user's language. */
export const fieldErrorCodes = [
  'required',
  'too_long',
  'too_many',
  'invalid_email',
  'invalid_phone',
  'invalid_url',
  'invalid_date',
  /** A date that is asked for and left empty. */
  'date_required',
  /** A time of day that is not one (25:00, "half drie"). */
  'invalid_time',
  /** A time of day that is asked for and left empty. */
  'time_required',
  'invalid_choice',
  /** A moment that has already passed where one still to come is asked for (snoozing until a time). */
  'in_past',
  /** Putting a reminder off to a moment no later than it is due already. */
  'not_later',
  /** A day still to come where one that has been is asked for (when you were in touch, thanked). */
  'in_future',
  /** A conversation marked as held on a day still to come. */
  'held_in_future',
  /** "Laatste contact" on a day still to come. */
  'last_contact_in_future',
  'invalid',
  /** A key the record type does not have (a file edited by hand, or by another program). */
  'unknown_field',
  /** An id of a contact, conversation… that is not in the journal. */
  'unknown_reference',
  /** An id another record of the same kind already has. */
  'duplicate_id',
  /** Text that should be JSON and is not (a set-aside record edited by hand). */
  'not_json',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export const limits = {
  shortText: 200,
  longText: 5_000,
  notes: 20_000,
  tag: 40,
  tags: 30,
  query: 200,
} as const;

/** A text field: trimmed, at most `max` characters. */
export const text = (max: number) => z.string({ error: 'invalid' }).trim().max(max, { error: 'too_long' });

/** One of a fixed list of values (a kind, a channel, a circle…). */
export const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'invalid_choice' });

/** A stable record id (UUIDs in practice; the pattern keeps ids safe to use in file names and URLs). */
export const Id = z.string({ error: 'invalid' }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'invalid' });

/** A moment in time, always stored with its UTC offset. */
export const Timestamp = z.iso.datetime({ offset: true, error: 'invalid_date' });

/** A calendar date (YYYY-MM-DD) as a person thinks of it; no time zone can shift it to another day. */
export const CalendarDate = z.iso.date({
  // An empty date field asks for a date rather than calling '' an invalid one.
  error: (issue) => (issue.input === '' || issue.input == null ? 'date_required' : 'invalid_date'),
});

/** A time of day as a person says it ("09:30"), kept with a calendar date; no time zone moves it. */
export const TimeOfDay = z
  .string({ error: (issue) => (issue.input == null ? 'time_required' : 'invalid_time') })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, {
    error: (issue) => (issue.input === '' ? 'time_required' : 'invalid_time'),
  });
