/** Words of the Wat leer ik screens, in Dutch. */
import type { LearningWords } from './words';

export const learningNL: LearningWords = {
  title: 'Wat leer ik',
  intro:
    'Alles wat je na je gesprekken opschreef onder ‘kon beter’ en de tips die je kreeg, op één plek. Zo zie je waar je in groeit.',
  periodLabel: 'Periode',
  periods: {
    month: 'Afgelopen maand',
    quarter: 'Afgelopen 3 maanden',
    year: 'Afgelopen jaar',
    all: 'Alles',
  },
  totalsLabel: 'In deze periode',
  held: { one: '{n} gesprek gehouden', other: '{n} gesprekken gehouden' },
  couldBeBetterCount: { one: '{n} verbeterpunt', other: '{n} verbeterpunten' },
  tipCount: { one: '{n} tip', other: '{n} tips' },
  charts: {
    kinds: 'Soort gesprek per maand',
    threeBs: 'De drie B’s per maand',
    noB: 'Niet aangegeven',
    monthColumn: 'Maand',
    total: 'Totaal',
    barTitle: (month: string, n: string) => `${month}: ${n}`,
    tableCaption: (title: string) => `${title} (tabel)`,
    noneHeld: 'In deze periode heb je nog geen gesprekken als gehouden gemarkeerd.',
  },
  points: {
    title: 'Verbeterpunten en tips',
    showLabel: 'Toon',
    showAll: 'Alles',
    showCouldBeBetter: 'Kon beter',
    showTips: 'Tips',
    couldBeBetter: 'Kon beter',
    tip: 'Tip',
    openContact: (name: string) => `Naar ${name}`,
    openConversation: 'Bekijk gesprek',
    openConversationLabel: (name: string, date: string) => `Bekijk gesprek met ${name} op ${date}`,
    noneInPeriod: 'Geen verbeterpunten of tips in deze periode.',
    showEverything: 'Toon alles',
  },
  reflections: {
    title: 'Terugblik op je acties',
    intro: 'Wat je opschreef toen je een actie uit je actieplan afrondde.',
    source: (what, name) => `Actie ‘${what}’ · ${name}`,
    brought: 'Wat het opleverde',
    acted: 'Ondernam de persoon weer actie naar jou?',
    actedAnswers: { ja: 'Ja', nee: 'Nee', 'nog-niet': 'Nog niet' },
    nextStep: 'Volgende stap',
    openPlan: 'Naar Actieplan',
  },
  emptyTitle: 'Hier komt te staan wat je leert',
  emptyText:
    'Na elk netwerkgesprek vul je een korte evaluatie in: wat ging goed, wat kon beter, welke tips en namen kreeg je. De verbeterpunten en tips verzamelt de app hier, met per maand wat voor gesprekken je voerde.',
  emptySteps: [
    'Markeer een gesprek als gehouden.',
    'Vul meteen de evaluatie in, nu je het nog goed weet.',
    'Kom hier terug om te zien wat steeds terugkomt.',
  ],
  emptyAction: 'Naar Gesprekken',
  loading: 'Bezig met laden…',
};
