/**
 * What Wat leer ik says, as a shape: `nl.ts` and `en.ts` each fill it in.
 */
import type { Plural } from '$contract/words/plural';

export interface LearningWords {
  title: string;
  intro: string;
  periodLabel: string;
  periods: {
    month: string;
    quarter: string;
    year: string;
    all: string;
  };
  totalsLabel: string;
  held: Plural;
  couldBeBetterCount: Plural;
  tipCount: Plural;
  charts: {
    kinds: string;
    threeBs: string;
    noB: string;
    monthColumn: string;
    total: string;
    barTitle(month: string, n: string): string;
    tableCaption(title: string): string;
    noneHeld: string;
  };
  points: {
    title: string;
    showLabel: string;
    showAll: string;
    showCouldBeBetter: string;
    showTips: string;
    couldBeBetter: string;
    tip: string;
    openContact(name: string): string;
    openConversation: string;
    openConversationLabel(name: string, date: string): string;
    noneInPeriod: string;
    showEverything: string;
  };
  /** The look back on the actions of the netwerkactieplan (issue 14). */
  reflections: {
    title: string;
    intro: string;
    /** Where the look back comes from: the action, and with whom. */
    source(what: string, name: string): string;
    brought: string;
    acted: string;
    actedAnswers: { ja: string; nee: string; 'nog-niet': string };
    nextStep: string;
    openPlan: string;
  };
  emptyTitle: string;
  emptyText: string;
  emptySteps: readonly string[];
  emptyAction: string;
  loading: string;
}
