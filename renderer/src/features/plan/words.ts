/**
 * What the network plan's screens say (issue 14): Mijn doel and Hulpvragen, as a shape: `nl.ts` and
 * `en.ts` each fill it in. Channels, warmth and strength are the contract's labels (`i18n.t.labels`).
 */
import type { AskReason, AskVerdict } from '$contract/rules/ask-strength';
import type { HelpRequestStatus } from '$contract/domain';
import type { SuggestionMatchKind } from '$contract/contract';

export interface PlanWords {
  goal: {
    title: string;
    intro: string;
    lookingFor: string;
    role: string;
    field: string;
    region: string;
    organisationKind: string;
    pitch: string;
    pitchHint: string;
    stories: string;
    storiesHint: string;
    story(n: number): string;
    questions: string;
    want: string;
    can: string;
    offer: string;
    where: string;
    whoCanHelp: string;
    reached: string;
    reachedCheck: string;
    reachedWhat: string;
    reachedWhere: string;
    reachedFrom: string;
    save: string;
    saved: string;
    loading: string;
  };
  /** "Mijn doel" beside a conversation's preparation. */
  aside: {
    title: string;
    empty: string;
    /** Where to change it (Mijn doel in the menu). */
    where: string;
  };
  help: {
    title: string;
    intro: string;
    newTitle: string;
    question: string;
    questionHint: string;
    context: string;
    contextHint: string;
    adviceTitle: string;
    advice: string[];
    create: string;
    created: string;
    empty: string;
    loading: string;
    statuses: Record<HelpRequestStatus, string>;
    answered: string;
    withdraw: string;
    reopen: string;
    delete: string;
    deleteTitle: string;
    deleteText: string;
    asksTitle: string;
    noAsks: string;
    askedOn(date: string, channel: string): string;
    answer: string;
    suggestionsTitle: string;
    suggestionsIntro: string;
    noSuggestions: string;
    matches: Record<SuggestionMatchKind, (text: string) => string>;
    verdicts: Record<AskVerdict, string>;
    reasons: Record<AskReason, (days: number | null) => string>;
    askedAlready: string;
    logAsk: string;
    logAskTitle(name: string): string;
    askedOnLabel: string;
    channelLabel: string;
    saveAsk: string;
    askLogged(name: string): string;
  };
}
