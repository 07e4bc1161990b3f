import type { DatesWords } from './words';

export const datesEN: DatesWords = {
  openCalendar: 'Choose a date from the calendar',
  calendar: 'Calendar',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  calendarKeys:
    'Arrow keys: a day or a week on. Page Up and Page Down: a month. Enter picks the day, Esc closes the calendar.',
  unreadableDate: (example) =>
    `Type the date as day/month/year, for example ${example}, or write “tomorrow” or “15 Oct”.`,
  unreadableTime: 'Type the time as hours and minutes, for example 14:30.',
  timePattern: 'hh:mm',
  timeKeys: 'Arrow up or down: a quarter of an hour later or earlier.',
};
