import type { Language } from '../contract/contract';

/**
 * The few words main shows itself: the tray menu and the buttons on a notification. Core words the
 * notifications and the reminders; the renderer's dictionary has everything on screen.
 */
export interface MainWords {
  open: string;
  quit: string;
  upcoming: string;
  noUpcoming: string;
  overdue: string;
  today: string;
  tomorrow: string;
  /** The tray's tooltip with reminders due (overdue plus today). */
  dueToolTip(due: number): string;
  done: string;
  snooze: string;
}

export const mainWords: Record<Language, MainWords> = {
  nl: {
    open: 'Netwerkdagboek openen',
    quit: 'Afsluiten',
    upcoming: 'Komende herinneringen',
    noUpcoming: 'Geen herinneringen gepland',
    overdue: 'te laat',
    today: 'vandaag',
    tomorrow: 'morgen',
    dueToolTip: (due) => `Netwerkdagboek: ${due} ${due === 1 ? 'herinnering' : 'herinneringen'} voor vandaag`,
    done: 'Gedaan',
    snooze: 'Later',
  },
  en: {
    open: 'Open Netwerkdagboek',
    quit: 'Quit',
    upcoming: 'Upcoming reminders',
    noUpcoming: 'No reminders planned',
    overdue: 'overdue',
    today: 'today',
    tomorrow: 'tomorrow',
    dueToolTip: (due) => `Netwerkdagboek: ${due} ${due === 1 ? 'reminder' : 'reminders'} for today`,
    done: 'Done',
    snooze: 'Snooze',
  },
};
