import type { DuplicatesWords } from './words';

export const duplicatesNL: DuplicatesWords = {
  button: (count) => `Mogelijke dubbelen (${count})`,
  title: 'Mogelijke dubbelen',
  intro:
    'Deze contacten lijken op elkaar. Is het dezelfde persoon, voeg ze dan samen; zijn het twee mensen, kies dan ‘Geen dubbele’.',
  why: {
    email: (address) => `Zelfde e-mailadres: ${address}`,
    linkedin: 'Zelfde LinkedIn-profiel',
    sameName: 'Zelfde naam',
    similarName: 'Vergelijkbare naam',
  },
  pairLabel: (a, b) => `${a} en ${b}`,
  merge: 'Samenvoegen…',
  notDuplicate: 'Geen dubbele',
  notDuplicateToast: (a, b) => `${a} en ${b} worden niet meer als dubbel voorgesteld.`,
  allDone: 'Er zijn geen mogelijke dubbelen meer.',
  more: { one: 'Daarna nog {n} paar.', other: 'Daarna nog {n} paren.' },
  close: 'Sluiten',
  dialog: {
    title: 'Contacten samenvoegen',
    intro:
      'Kies per gegeven wat je wilt houden. Wat je over iemand schreef, de tags en het laatste contact worden samengevoegd; gesprekken, verwijzingen en herinneringen gaan mee.',
    keepThis: 'Dit contact houden',
    kept: 'blijft',
    mergedAway: 'gaat op in het andere',
    same: 'Gelijk',
    empty: '—',
    chooseLabel: (field) => `${field}: welke houden?`,
    combinedTitle: 'Wordt samengevoegd',
    tags: 'Tags',
    textsKept: (fields) => `Beide teksten blijven bewaard: ${fields}.`,
    intoNotes: (values) =>
      `De LinkedIn-link die je niet houdt, komt in de notities, zodat die niet verloren gaat: ${values}`,
    keptEmails: (values) =>
      `Niet als hoofdadres gekozen, wel bewaard bij de andere e-mailadressen: ${values}`,
    keptPhones: (values) =>
      `Niet als hoofdnummer gekozen, wel bewaard bij de andere telefoonnummers: ${values}`,
    created: (when) => `aangemaakt ${when}`,
    imported: (when) => `geïmporteerd ${when}`,
    nameWith: (name, apart) => `${name} (${apart})`,
    conversations: { one: '{n} gesprek', other: '{n} gesprekken' },
    lastContact: 'Laatste contact',
    moves: (other, kept) =>
      `Gesprekken, verwijzingen, herinneringen en elk ‘contact gehad’ van ${other} gaan mee naar ${kept}.`,
    confirm: 'Samenvoegen',
    unsaved: (names) =>
      `Bij ${names} heb je iets getypt dat nog niet is opgeslagen. Samenvoegen gooit dat weg. Wil je het houden? Kies Annuleren en sla het eerst op.`,
    confirmDiscarding: 'Toch samenvoegen',
    mergedToast: (name) => `Samengevoegd tot ${name}.`,
    undoneToast: (name) => `Samenvoegen ongedaan gemaakt: ${name} staat er weer apart in.`,
  },
  formWarning: {
    text: {
      one: 'Er staat al iemand met deze naam in je netwerk:',
      other: 'Er staan al {n} mensen met deze naam in je netwerk:',
    },
    open: (name) => `${name} bekijken`,
  },
};
