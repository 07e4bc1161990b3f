/**
 * Every word the UI shows, in Dutch (the first language). `en.ts` must have the same shape; the type
 * checker enforces it. Counts go through `plural` so each language applies its own plural rules.
 */
import type { Circle, Strength, Warmth } from '$contract/domain';

import { conversationsNL } from '../features/conversations/nl';
import { historyNL } from '../features/contacts/nl';
import { journalNL } from '../features/journal/nl';
import { learningNL } from '../features/learning/nl';
import { remindersNL } from '../features/reminders/nl';
import { syncNL } from '../lib/i18n/nl-sync';
import { savingNL } from '../lib/i18n/nl-saving';

export type Plural = { one: string; other: string };

export const nl = {
  locale: 'nl-NL',
  appName: 'Netwerkdagboek',
  conversations: conversationsNL,
  history: historyNL,
  journal: journalNL,
  saving: savingNL,
  learning: learningNL,
  reminders: remindersNL,
  sync: syncNL,
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
  contacts: {
    title: 'Contacten',
    new: 'Nieuw contact',
    searchLabel: 'Zoek in je netwerk',
    searchPlaceholder: 'Zoek op naam, organisatie, tag…',
    sortLabel: 'Sorteer',
    sortByName: 'Op naam',
    sortByLastContact: 'Op laatste contact',
    showLabel: 'Toon',
    showActive: 'Actief',
    showArchived: 'Archief',
    listLabel: 'Contactenlijst',
    count: { one: '{n} contact', other: '{n} contacten' } satisfies Plural,
    matches: { one: '{n} gevonden', other: '{n} gevonden' } satisfies Plural,
    lastContact: (date: string) => `Laatste contact ${date}`,
    neverContacted: 'Nog geen contact gehad',
    emptyTitle: 'Je netwerk is groter dan je denkt',
    emptyText:
      'Begin met de mensen die je al kent: familie, vrienden, buren, oud-collega’s, mensen van je studie of club. Iedereen kan iemand kennen die jou verder helpt.',
    welcomeTitle: 'Welkom bij je netwerkdagboek',
    welcomeIntro:
      'De meeste banen worden via via gevonden. Hier maak je je netwerk zichtbaar, bereid je gesprekken voor en houd je contacten warm.',
    welcomeSteps: [
      'Schrijf eerst een stuk of tien mensen op die je al kent. Denk aan je kringen: familie, vrienden, buren, studie, werk, club.',
      'Geef bij iedereen aan hoe je elkaar kent: warm (zelf), lauw (via iemand anders) of koud (nieuw).',
      'Noteer wat je van iemand weet en wat je zelf kunt bieden. Netwerken werkt twee kanten op.',
    ],
    listEmpty: 'Nog niemand in je lijst.',
    emptyAction: 'Eerste contact toevoegen',
    noMatchTitle: (query: string) => `Niemand gevonden voor “${query}”`,
    noMatchText:
      'Probeer een deel van de naam, de organisatie of een tag. Hoofdletters en accenten maken niet uit.',
    archiveEmptyTitle: 'Het archief is leeg',
    archiveEmptyText:
      'Contacten die je archiveert, komen hier. Ze blijven bewaard en je kunt ze altijd terugzetten.',
    noSelectionTitle: 'Kies een contact',
    noSelectionText: 'Kies iemand uit de lijst om de gegevens te zien, of voeg een nieuw contact toe.',
    archive: 'Archiveren',
    restore: 'Terugzetten',
    archivedBadge: 'Gearchiveerd',
    archivedToast: (name: string) => `${name} is gearchiveerd.`,
    restoredToast: (name: string) => `${name} staat weer tussen je actieve contacten.`,
    deletedToast: (name: string) => `${name} is verwijderd.`,
    savedToast: (name: string) => `${name} is bewaard.`,
    deleteTitle: (name: string) => `${name} verwijderen?`,
    deleteText:
      'Het contact en alles wat je over deze persoon hebt genoteerd, verdwijnt definitief. Wil je het alleen uit beeld hebben? Archiveer het dan.',
    deleteConfirm: 'Definitief verwijderen',
    discardTitle: 'Wijzigingen weggooien?',
    discardText: 'Je hebt dingen aangepast die nog niet zijn bewaard.',
    discardConfirm: 'Weggooien',
    keepEditing: 'Verder bewerken',
    newTitle: 'Nieuw contact',
    editTitle: (name: string) => `${name} bewerken`,
    created: (date: string) => `Toegevoegd op ${date}`,
    updated: (date: string) => `Bijgewerkt op ${date}`,
    introducedBy: 'Voorgesteld door',
    introducedByPlaceholder: 'Zoek een contact',
    introducedByClear: 'Niemand',
    sections: {
      basics: 'Wie',
      reach: 'Bereikbaar via',
      relation: 'Jullie relatie',
      person: 'Over deze persoon',
      notes: 'Notities',
    },
    fields: {
      name: 'Naam',
      organisation: 'Organisatie',
      role: 'Functie',
      email: 'E-mail',
      phone: 'Telefoon',
      linkedin: 'LinkedIn',
      circle: 'Kring',
      warmth: 'Hoe ken je elkaar?',
      strength: 'Hoe goed ken je elkaar?',
      howWeMet: 'Hoe we elkaar leerden kennen',
      aboutThem: 'Wat ik van deze persoon weet',
      aboutThemHint: 'Interesses, wat voor hem of haar belangrijk is, waar diegene mee bezig is.',
      canOffer: 'Wat ik zelf kan bieden',
      canOfferHint: 'Netwerken is geven en nemen: een tip, een contact, een handje helpen.',
      tags: 'Tags',
      tagsHint: 'Scheid tags met komma’s, bijvoorbeeld: zorg, Utrecht, data',
      notes: 'Notities',
      lastContactOn: 'Laatste contact',
    },
    circles: {
      familie: 'Familie',
      vrienden: 'Vrienden',
      buren: 'Buren',
      studie: 'Studie of school',
      werk: 'Werk of collega’s',
      club: 'Club of vereniging',
      alumni: 'Alumni',
      online: 'Online',
      overig: 'Overig',
    } satisfies Record<Circle, string>,
    warmths: {
      warm: 'Warm: ik ken deze persoon zelf',
      lauw: 'Lauw: via iemand anders',
      koud: 'Koud: nieuw contact',
    } satisfies Record<Warmth, string>,
    warmthShort: { warm: 'Warm', lauw: 'Lauw', koud: 'Koud' } satisfies Record<Warmth, string>,
    strengths: {
      'heel-goed': 'Ken ik heel goed',
      goed: 'Ken ik goed',
      'een-beetje': 'Ken ik een beetje',
    } satisfies Record<Strength, string>,
    choose: 'Kies…',
    openLink: (what: string) => `Open ${what}`,
  },
  placeholder: {
    comingTitle: 'Komt eraan',
    overview:
      'Hier zie je straks in één oogopslag hoe je netwerk ervoor staat: wie je bouwt, bevestigt en benut, en waar je aandacht nodig is.',
  },
  settings: {
    title: 'Instellingen',
    language: 'Taal',
    languageHint: 'Standaard volgt de app de taal van je computer.',
    languages: { system: 'Zoals het systeem', nl: 'Nederlands', en: 'English' },
    journal: 'Je dagboekbestand',
    showInFolder: 'Toon in map',
    moveJournal: 'Verplaatsen…',
    movedToast: (path: string) =>
      `Je dagboek staat nu in ${path}. Het oude bestand is als kopie blijven staan.`,
    journalHint:
      'Alles wat je invult, staat in dit ene bestand op je eigen computer. Er gaat niets naar internet. Elke dag bewaart de app een reservekopie in de map “backups” ernaast.',
    version: (v: string) => `Versie ${v}`,
  },
  notice: {
    damagedTitle: 'Je dagboekbestand was beschadigd',
    damagedRestored: (backup: string) =>
      `De app heeft de meest recente goede reservekopie geopend (${backup}). Wat je daarna hebt ingevoerd, staat mogelijk nog in het beschadigde bestand.`,
    damagedEmpty: 'Er was geen bruikbare reservekopie, dus je begint met een leeg dagboek.',
    damagedKept: (path: string) => `Het originele bestand is niet weggegooid maar apart gezet: ${path}`,
    newerTitle: 'Dit dagboek is gemaakt met een nieuwere versie van Netwerkdagboek',
    newerText: (v: number) =>
      `Het bestand gebruikt versie ${v} van het gegevensformaat. Deze versie van de app kent dat nog niet en laat het bestand daarom onaangeroerd. Werk de app bij om verder te gaan; tot die tijd kun je niets wijzigen.`,
    showInFolder: 'Toon in map',
    dismiss: 'Begrepen',
  },
  errors: {
    generic: 'Er ging iets mis. Probeer het nog eens.',
    fixFields: 'Kijk de gemarkeerde velden na.',
  },
};

export type Dictionary = typeof nl;
