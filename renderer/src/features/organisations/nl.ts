import type { OrganisationsWords } from './words';

export const organisationsNL: OrganisationsWords = {
  title: 'Organisaties',
  intro:
    'Wie ken je waar? Per organisatie zie je wie je er kent, wat je er al besprak en via wie je binnenkomt.',
  searchLabel: 'Wie ken ik bij…?',
  searchPlaceholder: 'Typ een organisatie',
  loading: 'Organisaties laden…',
  people: { one: '{n} persoon', other: '{n} mensen' },
  nobodyYet: 'je kent er nog niemand',
  held: { one: '{n} gesprek', other: '{n} gesprekken' },
  lastHeld: (date) => `laatste ${date}`,
  warmThere: (name) => `Je kent hier iemand warm: ${name}`,
  routeVia: 'Weg naar binnen',
  noRoute: 'Nog geen warme weg naar binnen. Wie van je warme contacten kent hier iemand?',
  spellings: (n) => `${n} schrijfwijzen`,
  rename: 'Naam wijzigen…',
  target: 'Wil ik werken',
  targetFor: (name) => `Wil ik werken: ${name}`,
  marked: (name) => `${name} staat nu bovenaan: hier wil je werken.`,
  unmarked: (name) => `${name} is niet meer gemarkeerd.`,
  markSearched: (name) => `‘${name}’ markeren als ‘wil ik werken’`,
  renameTitle: (name) => `${name} een andere naam geven`,
  renameLabel: 'Nieuwe naam',
  renameHelp:
    'Iedereen die hier werkt krijgt deze naam, ook gearchiveerde contacten. Kies de naam van een andere organisatie om de twee samen te voegen.',
  renameSave: 'Naam opslaan',
  mergeTitle: (from, into) => `${from} samenvoegen met ${into}?`,
  mergeText: (people, from, into) =>
    `Iedereen bij ${from} (${people}) krijgt de organisatie ${into}. Daarna staan ze samen onder ${into}.`,
  mergeConfirm: 'Samenvoegen',
  renamed: (from, name, changed) => `${from} heet nu ${name} (${changed}).`,
  contactsChanged: { one: '{n} contact aangepast', other: '{n} contacten aangepast' },
  emptyTitle: 'Nog geen organisaties',
  emptyText:
    'Zet bij je contacten waar ze werken. Dan zie je hier per organisatie wie je kent en hoe je er binnenkomt.',
  emptyAction: 'Naar Contacten',
  noneFoundTitle: (query) => `Je kent nog niemand bij ‘${query}’`,
  noneFoundText:
    'Denk aan je warme contacten: wie zou daar iemand kennen? Vraag of ze je willen voorstellen.',
  withoutOrganisation: {
    one: '{n} contact zonder organisatie',
    other: '{n} contacten zonder organisatie',
  },
  more: (shown, total) => `${shown} van ${total} getoond. Typ een naam om te zoeken.`,
  answerLabel: 'Wie ken ik bij deze organisatie?',
  knownAt: (name) => `Bij ${name} ken je:`,
  andMore: (n) => `en nog ${n}`,
  showOne: (name) => `${name} in Organisaties`,
  showMatching: (n) => `De ${n} organisaties die passen`,
};
