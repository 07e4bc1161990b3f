/**
 * The journal's records and their rules, as schemas: one file per kind of record in `records/`, all of
 * them exported from here.
 *
 * The same schemas validate the data file on load, the payloads that arrive over IPC and the forms in the
 * renderer, so a rule is written once. Error messages are codes (see `messages.ts`), translated where shown.
 */
export {
  CalendarDate,
  fieldErrorCodes,
  Id,
  limits,
  TimeOfDay,
  Timestamp,
  type FieldErrorCode,
} from './records/fields';
export * from './records/contacts';
export * from './records/conversations';
export * from './records/reminders';
export * from './records/organisations';
export * from './records/plan';
export * from './records/journal';
