import type { LearningWords } from './words';

/** Words of the Wat leer ik screens, in English. */
export const learningEN: LearningWords = {
  title: 'What I’m learning',
  intro:
    'Everything you noted under ‘could be better’ after your conversations, and the tips you received, in one place. See where you are growing.',
  periodLabel: 'Period',
  periods: {
    month: 'Last month',
    quarter: 'Last 3 months',
    year: 'Last year',
    all: 'All',
  },
  totalsLabel: 'In this period',
  held: { one: '{n} conversation held', other: '{n} conversations held' },
  couldBeBetterCount: { one: '{n} point to improve', other: '{n} points to improve' },
  tipCount: { one: '{n} tip', other: '{n} tips' },
  charts: {
    kinds: 'Kind of conversation per month',
    threeBs: 'Build, reaffirm or call on, per month',
    noB: 'Not set',
    monthColumn: 'Month',
    total: 'Total',
    barTitle: (month: string, n: string) => `${month}: ${n}`,
    tableCaption: (title: string) => `${title} (table)`,
    noneHeld: 'You have not marked any conversation as held in this period yet.',
  },
  points: {
    title: 'Points to improve and tips',
    showLabel: 'Show',
    showAll: 'All',
    showCouldBeBetter: 'Could be better',
    showTips: 'Tips',
    couldBeBetter: 'Could be better',
    tip: 'Tip',
    openContact: (name: string) => `Go to ${name}`,
    openConversation: 'View conversation',
    openConversationLabel: (name: string, date: string) => `View conversation with ${name} on ${date}`,
    noneInPeriod: 'No points to improve or tips in this period.',
    showEverything: 'Show all',
  },
  reflections: {
    title: 'Looking back on your actions',
    intro: 'What you wrote down when you finished an action of your action plan.',
    source: (what, name) => `Action ‘${what}’ · ${name}`,
    brought: 'What it brought',
    acted: 'Did the person act in return?',
    actedAnswers: { ja: 'Yes', nee: 'No', 'nog-niet': 'Not yet' },
    nextStep: 'Next step',
    openPlan: 'To Action plan',
  },
  emptyTitle: 'What you learn will show up here',
  emptyText:
    'After each networking conversation you fill in a short evaluation: what went well, what could be better, which tips and names you got. The app gathers the points to improve and the tips here, with the kinds of conversations you had each month.',
  emptySteps: [
    'Mark a conversation as held.',
    'Fill in the evaluation straight away, while it is fresh.',
    'Come back here to see what keeps coming up.',
  ],
  emptyAction: 'Go to Conversations',
  loading: 'Loading…',
};
