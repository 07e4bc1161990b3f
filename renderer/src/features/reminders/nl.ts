/** Words of the Herinneringen screen, keeping in touch and the reminder settings, in Dutch. */
import type { RemindersWords } from './words';

export const remindersNL: RemindersWords = {
  title: 'Herinneringen',
  new: 'Nieuwe herinnering',
  toDo: { one: '{n} om te doen', other: '{n} om te doen' },
  upcoming: { one: '{n} gepland', other: '{n} gepland' },
  /** What the count on "Herinneringen" in the menu means, said aloud. */
  badge: {
    one: '{n} herinnering om te doen',
    other: '{n} herinneringen om te doen',
  },
  groupHints: {
    overdue: 'Had al gemoeten. Nog steeds de moeite waard.',
    soon: 'De komende 7 dagen',
    done: 'Nieuwste eerst',
  },
  due: (when: string) => when,
  snoozedUntil: (when: string) => `Uitgesteld tot ${when}`,
  doneOn: (when: string) => `Afgerond ${when}`,
  skippedOn: (when: string) => `Overgeslagen ${when}`,
  /** A moment as "morgen 09:00" or "za 28 nov 09:00". */
  at: (day: string, time: string) => `${day} ${time}`,
  otherZone: (zone: string) => `(tijd in ${zone})`,

  actions: {
    done: 'Gedaan',
    later: 'Later',
    skip: 'Overslaan',
    edit: 'Bewerken',
    open: 'Openen',
    reopen: 'Terugzetten',
    delete: 'Verwijderen',
  },
  openContact: (name: string) => `Open ${name}`,
  openConversation: 'Open het gesprek',
  snoozeMenu: 'Uitstellen',

  toasts: {
    done: 'Afgerond.',
    actionDone: 'Afgerond, en de actie staat in je actieplan als gedaan. Wat leverde ze op?',
    reflect: 'Terugblikken',
    thanked: (name: string) => `Genoteerd: ${name} is bedankt.`,
    skipped: 'Overgeslagen. Ze staat nu bij Afgerond.',
    skippedUntil: (name: string, day: string) =>
      `Overgeslagen. De volgende herinnering om contact te houden met ${name} staat op ${day}.`,
    snoozed: (when: string) => `Uitgesteld tot ${when}.`,
    reopened: 'De herinnering staat weer open.',
    created: 'De herinnering is toegevoegd.',
    saved: 'De herinnering is opgeslagen.',
    deleted: 'De herinnering is verwijderd.',
  },

  thanks: {
    title: 'Hoe heb je bedankt?',
    text: (name: string) =>
      `Kies hoe je ${name} hebt bedankt. Het gesprek staat daarna op bedankt, met de datum van vandaag.`,
    textNoName: 'Kies hoe je hebt bedankt. Het gesprek staat daarna op bedankt, met de datum van vandaag.',
    methodsLabel: 'Manier van bedanken',
  },

  moment: {
    title: 'Uitstellen tot…',
    date: 'Datum',
    time: 'Tijd',
    confirm: 'Uitstellen',
  },

  form: {
    newTitle: 'Nieuwe herinnering',
    editTitle: 'Herinnering bewerken',
    title: 'Waaraan wil je herinnerd worden?',
    titlePlaceholder: 'Bijv. Vacature bij de gemeente nog eens bekijken',
    titleOwnWording: 'Eigen tekst',
    titleAppHint: 'Laat leeg om de tekst van de app te houden.',
    note: 'Notitie',
    date: 'Datum',
    time: 'Tijd',
    contact: 'Over wie',
    contactHint: 'Optioneel.',
    contactPlaceholder: 'Zoek een contact',
    contactClear: 'Niemand',
    create: 'Toevoegen',
    about: (kind: string) => `${kind}. De app maakt en sluit deze herinnering zelf.`,
  },
  deleteTitle: 'Deze herinnering verwijderen?',
  deleteText: 'Ze verdwijnt definitief. Wil je er alleen even vanaf? Kies dan Overslaan.',
  deleteConfirm: 'Verwijderen',

  empty: {
    kicker: 'Zo werkt het',
    title: 'Niets dat nu op je wacht',
    intro:
      'Je hoeft niets te onthouden: de app geeft je op het juiste moment een seintje, ook als hij op de achtergrond draait.',
    points: [
      'De dag na een netwerkgesprek: een bedankje sturen. Het kost weinig en mensen onthouden het.',
      'Contact onderhouden: wie lang niets van je hoort, vergeet je. Vooral lossere contacten verwateren snel.',
      'Opvolgen: de volgende stap die je na een gesprek met een datum noteerde.',
      'En je eigen herinneringen, voor alles wat je verder niet wilt vergeten.',
    ],
    hint: 'Stel in bij Instellingen hoe laat de seintjes komen en hoe vaak je iemand wilt spreken.',
  },
  allClear: 'Alles afgewerkt. Er staat niets meer open.',
  showDone: 'Toon afgeronde',
  hideDone: 'Verberg afgeronde',
  doneLimited: (n: number) => `Alleen de laatste ${n} staan hier.`,
  showMore: (n: number) => `Toon er nog ${n}`,
  loadFailed: 'De herinneringen konden niet worden geladen.',
  retry: 'Opnieuw proberen',
  cadenceField: {
    label: 'Contact onderhouden',
    hint: 'Hoe vaak wil je deze persoon spreken? De app herinnert je eraan als het weer tijd is.',
    standard: (what: string) => `Volg de standaard (nu: ${what.toLowerCase()})`,
    days: 'Aantal dagen',
    everyDays: { one: 'Elke dag', other: 'Elke {n} dagen' },
  },

  keepInTouch: {
    title: 'Contact onderhouden',
    none: 'Geen vaste regelmaat. Stel er een in via Bewerken als je deze persoon in beeld wilt houden.',
    onTrack: (date: string) => `Op schema — volgende keer rond ${date}`,
    due: 'Tijd om contact op te nemen',
    dueSince: (ago: string) => `Tijd om contact op te nemen — laatste contact ${ago} geleden`,
    verwaterd: (ago: string) => `Verwaterd — al ${ago} niets gehoord`,
    verwaterdNever: 'Verwaterd — nog nooit contact vastgelegd',
    dueHint: 'Een kort berichtje of belletje is genoeg. Leg het daarna vast met Contact gehad.',
    cadence: (what: string) => `Regelmaat: ${what.toLowerCase()}`,
    cadenceStandard: (what: string) => `Regelmaat: ${what.toLowerCase()} (standaard)`,
  },
  ago: {
    days: { one: '{n} dag', other: '{n} dagen' },
    weeks: { one: '{n} week', other: '{n} weken' },
    months: { one: '{n} maand', other: '{n} maanden' },
    years: { one: '{n} jaar', other: '{n} jaar' },
  },

  settings: {
    title: 'Herinneringen',
    time: 'Tijdstip van herinneringen',
    timeHint:
      'Op dit tijdstip komt het bedankje de dag na een gesprek, en ook de seintjes om op te volgen en contact te onderhouden.',
    defaults: 'Contact onderhouden, standaard',
    defaultsHint:
      'Hoe vaak je iemand wilt spreken, naar hoe goed je elkaar kent. Per contact kun je het anders instellen. Mensen die je maar een beetje kent, verwateren het snelst, terwijl juist zij je vaak op nieuwe ideeën brengen.',
    closeToTray: 'Bij sluiten in het systeemvak blijven',
    closeToTrayHint:
      'Sluit je het venster, dan blijft de app klein actief in het systeemvak (of de menubalk). Zo komen herinneringen gewoon binnen.',
    openAtLogin: 'Starten bij inloggen',
    openAtLoginHint: 'De app start mee als je je computer aanzet, zodat je geen herinnering mist.',
    saved: 'Bewaard.',
  },
};
