/** The shell's words in Dutch: the app's name, the menu, the words every screen shares. */
import type { AppWords } from './words';
export const appNL: AppWords = {
  appName: 'Netwerkdagboek',
  nav: {
    label: 'Hoofdmenu',
    contacts: 'Contacten',
    conversations: 'Gesprekken',
    learning: 'Wat leer ik',
    reminders: 'Herinneringen',
    overview: 'Overzicht',
    settings: 'Instellingen',
  },
  common: {
    save: 'Opslaan',
    cancel: 'Annuleren',
    close: 'Sluiten',
    edit: 'Bewerken',
    delete: 'Verwijderen',
    undo: 'Ongedaan maken',
    none: '—',
    notSet: 'Niet ingevuld',
    loading: 'Bezig met laden…',
    shortcut: (keys: string) => `Sneltoets: ${keys}`,
  },
  unsaved: {
    title: 'Wat je typte weggooien?',
    text: 'Je hebt hier iets ingevuld dat nog niet is opgeslagen.',
    discard: 'Weggooien',
    keepEditing: 'Verder invullen',
  },
  shortcuts: {
    title: 'Sneltoetsen',
    intro: 'Zo werk je met alleen het toetsenbord. Je vindt ze ook in het menu van de app.',
    newContact: 'Nieuw contact toevoegen',
    newConversation: 'Een gesprek plannen',
    newReminder: 'Een nieuwe herinnering maken',
    search: 'Contacten zoeken',
    save: 'Het formulier opslaan waar je in werkt',
    overview: 'Dit overzicht openen',
    lists: 'Naar het vorige of volgende item in een lijst',
    listEnds: 'Naar het eerste of laatste item in een lijst',
    steps: 'Naar de vorige of volgende stap van een gesprek',
    escape: 'Een venster of formulier sluiten; als je dan iets kwijt zou raken, vraagt de app het eerst',
    or: 'of',
  },
  placeholder: {
    comingTitle: 'Komt eraan',
    overview:
      'Hier zie je straks in één oogopslag hoe je netwerk ervoor staat: wie je bouwt, bevestigt en benut, en waar je aandacht nodig is.',
  },
  errors: {
    generic: 'Er ging iets mis. Probeer het nog eens.',
    fixFields: 'Kijk de gemarkeerde velden na.',
  },
};
