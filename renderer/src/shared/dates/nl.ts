import type { DatesWords } from './words';

export const datesNL: DatesWords = {
  openCalendar: 'Kies een datum in de kalender',
  calendar: 'Kalender',
  previousMonth: 'Vorige maand',
  nextMonth: 'Volgende maand',
  calendarKeys:
    'Pijltjestoetsen: een dag of een week verder. Page Up en Page Down: een maand. Enter kiest de dag, Esc sluit de kalender.',
  unreadableDate: (example) =>
    `Typ de datum als dag-maand-jaar, bijvoorbeeld ${example}, of schrijf ‘morgen’ of ‘15 okt’.`,
  unreadableTime: 'Typ de tijd als uren en minuten, bijvoorbeeld 14:30.',
  timePattern: 'uu:mm',
  timeKeys: 'Pijltje omhoog of omlaag: een kwartier later of eerder.',
};
