/** What the shared date and time fields and their calendar say, as a shape: `nl.ts` and `en.ts` fill it in. */
export interface DatesWords {
  /** The button beside a date field that opens the calendar. */
  openCalendar: string;
  /** The calendar popup's name, for a screen reader. */
  calendar: string;
  previousMonth: string;
  nextMonth: string;
  /** How the calendar is worked with the keyboard, read out when it opens. */
  calendarKeys: string;
  /** Under a date field whose text the app cannot read: how to type it instead. */
  unreadableDate(example: string): string;
  /** Under a time field whose text the app cannot read. */
  unreadableTime: string;
  /** Placeholder of a time field. */
  timePattern: string;
  /** Under a time field: how the keyboard steps it. */
  timeKeys: string;
}
