import type { TrailWords } from './words';

export const trailNL: TrailWords = {
  title: 'Het spoor terug',
  reached: (what) => (what === '' ? 'Doel bereikt!' : `Doel bereikt: ${what}.`),
  intro: (since) =>
    `Dit zijn de mensen die je op weg hielpen, volgens je dagboek sinds ${since}: wie je bij de organisatie bracht, met wie je sprak, wie tips gaf of een hulpvraag beantwoordde. Laat ze weten dat het gelukt is; dat onthouden ze.`,
  progress: (thanked, total) => `${thanked} van ${total} bedankt`,
  allThanked: 'Iedereen op het spoor is bedankt. Mooi werk.',
  nobody:
    'Je dagboek laat nog niemand zien die meehielp. Leg gesprekken, wie je aan wie voorstelde en antwoorden op hulpvragen vast, dan verschijnen de mensen hier.',
  worksThere: (organisation) => `Werkt bij ${organisation}`,
  onRoute: 'Op de weg naar binnen',
  introduced: (names) => `Stelde je voor aan ${names}`,
  referred: (names) => `Verwees je naar ${names}`,
  answered: (question) => `Beantwoordde je hulpvraag ‘${question}’`,
  tips: (tips, count) => (count === 1 ? `Gaf je de tip ${tips}` : `Gaf je de tips ${tips}`),
  conversations: { one: '{n} gesprek', other: '{n} gesprekken' },
  lastOn: (date) => `laatst op ${date}`,
  deleted: 'Niet meer in je dagboek',
  write: 'Bedankje schrijven…',
  markThanked: 'Markeer als bedankt',
  methodsLabel: (name) => `Hoe heb je ${name} bedankt?`,
  thankedOn: (how, date) => `Bedankt ${how}, op ${date}`,
  undo: 'Ongedaan maken',
  thankedToast: (name, progress) => `${name} is bedankt (${progress}).`,
  unthankedToast: (name) => `${name} staat weer als nog niet bedankt.`,
  touchNote: 'Bedankt voor de hulp op weg naar mijn doel',
  keepInTouch:
    'Wie je hielp, hoort graag hoe het je verder gaat. Houd contact, ook nu je niet meer zoekt: zo blijft je netwerk warm.',
  noCadence: (name) => `Je krijgt geen herinnering om contact te houden met ${name}.`,
  quarterly: 'Elk kwartaal herinneren',
  quarterlySet: (name) => `Je krijgt elk kwartaal een herinnering voor ${name}.`,
  card: { title: 'Bedank wie je hielp', open: 'Het spoor terug' },
  back: 'Terug naar Mijn doel',
};
