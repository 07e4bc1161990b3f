import type { Language } from '../contract/contract';
import type { Plural } from '../contract/words/plural';
import { osProblem, osProblemMessage } from '../core/journal/os-errors';

/**
 * The few words main shows itself: the tray menu, the application menu and the buttons on a
 * notification. Core words the notifications and the reminders; the renderer's dictionary has everything
 * on screen.
 */
export interface MainWords {
  open: string;
  quit: string;
  upcoming: string;
  noUpcoming: string;
  /** Starts a when-label in the tray ("morgen 09:00"); overdue and today are the reminder groups' labels. */
  tomorrow: string;
  /** The tray's tooltip with reminders due (overdue plus today); counted with `plural`. */
  dueToolTip: Plural;
  done: string;
  snooze: string;
  menu: MenuWords;
  unsavedForms: UnsavedFormWords;
}

/** Asked natively when the window is closed (or the app quit) while a form holds unsaved typing. */
export interface UnsavedFormWords {
  message: string;
  detail: string;
  stay: string;
  leave: string;
}

/** The application menu (app-menu.ts), in the words each platform's own apps use. */
export interface MenuWords {
  /** macOS's app menu, named after the app. */
  about(app: string): string;
  hide(app: string): string;
  hideOthers: string;
  showAll: string;
  quitApp(app: string): string;
  file: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  /** Only while developing (`npm start`, an unpackaged build). */
  reload: string;
  forceReload: string;
  devTools: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  window: string;
  minimize: string;
  /** macOS's "Zoom": the window to its best size. */
  zoom: string;
  close: string;
  /** macOS: all the app's windows to the front. */
  front: string;
  /** What the page's own shortcuts do, in the File menu (and Help), with the same keys beside them. */
  newContact: string;
  newConversation: string;
  newReminder: string;
  save: string;
  search: string;
  help: string;
  shortcuts: string;
}

export const mainWords: Record<Language, MainWords> = {
  nl: {
    open: 'Netwerkdagboek openen',
    quit: 'Afsluiten',
    upcoming: 'Komende herinneringen',
    noUpcoming: 'Geen herinneringen gepland',
    tomorrow: 'morgen',
    dueToolTip: {
      one: 'Netwerkdagboek: {n} herinnering voor vandaag',
      other: 'Netwerkdagboek: {n} herinneringen voor vandaag',
    },
    done: 'Gedaan',
    snooze: 'Later',
    menu: {
      about: (app) => `Over ${app}`,
      hide: (app) => `Verberg ${app}`,
      hideOthers: 'Verberg andere',
      showAll: 'Toon alles',
      quitApp: (app) => `Stop ${app}`,
      file: 'Bestand',
      quit: 'Afsluiten',
      edit: 'Bewerken',
      undo: 'Ongedaan maken',
      redo: 'Opnieuw',
      cut: 'Knippen',
      copy: 'Kopiëren',
      paste: 'Plakken',
      selectAll: 'Alles selecteren',
      view: 'Beeld',
      reload: 'Opnieuw laden',
      forceReload: 'Geforceerd opnieuw laden',
      devTools: 'Ontwikkelaarstools',
      actualSize: 'Werkelijke grootte',
      zoomIn: 'Groter',
      zoomOut: 'Kleiner',
      fullScreen: 'Volledig scherm',
      window: 'Venster',
      minimize: 'Minimaliseren',
      zoom: 'Zoom',
      close: 'Venster sluiten',
      front: 'Alles op voorgrond',
      newContact: 'Nieuw contact',
      newConversation: 'Gesprek plannen',
      newReminder: 'Nieuwe herinnering',
      save: 'Opslaan',
      search: 'Contacten zoeken',
      help: 'Help',
      shortcuts: 'Sneltoetsen',
    },
    unsavedForms: {
      message: 'Je hebt iets ingevuld dat nog niet is opgeslagen',
      detail:
        'Een formulier is nog open met wat je typte. Ga terug om het op te slaan, of sluit af en gooi het weg.',
      stay: 'Terug naar het formulier',
      leave: 'Sluiten en weggooien',
    },
  },
  en: {
    open: 'Open Netwerkdagboek',
    quit: 'Quit',
    upcoming: 'Upcoming reminders',
    noUpcoming: 'No reminders planned',
    tomorrow: 'tomorrow',
    dueToolTip: {
      one: 'Netwerkdagboek: {n} reminder for today',
      other: 'Netwerkdagboek: {n} reminders for today',
    },
    done: 'Done',
    snooze: 'Snooze',
    menu: {
      about: (app) => `About ${app}`,
      hide: (app) => `Hide ${app}`,
      hideOthers: 'Hide Others',
      showAll: 'Show All',
      quitApp: (app) => `Quit ${app}`,
      file: 'File',
      quit: 'Quit',
      edit: 'Edit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select All',
      view: 'View',
      reload: 'Reload',
      forceReload: 'Force Reload',
      devTools: 'Developer Tools',
      actualSize: 'Actual Size',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      fullScreen: 'Full Screen',
      window: 'Window',
      minimize: 'Minimize',
      zoom: 'Zoom',
      close: 'Close Window',
      front: 'Bring All to Front',
      newContact: 'New Contact',
      newConversation: 'Plan a Conversation',
      newReminder: 'New Reminder',
      save: 'Save',
      search: 'Search Contacts',
      help: 'Help',
      shortcuts: 'Keyboard Shortcuts',
    },
    unsavedForms: {
      message: 'You filled in something that has not been saved',
      detail: 'A form is still open with what you typed. Go back to save it, or close and discard it.',
      stay: 'Back to the form',
      leave: 'Close and discard',
    },
  },
};

/**
 * What main's last-resort dialog says when the app could not start at all: in both languages (no
 * dictionary is loaded yet), with the OS error told as a person understands it, never its English text.
 */
export function startFailedText(error: unknown): string {
  const problem = osProblem(error);
  return [
    `Netwerkdagboek kon niet starten. ${osProblemMessage(problem, 'nl')}`,
    `Netwerkdagboek could not start. ${osProblemMessage(problem, 'en')}`,
  ].join('\n\n');
}
