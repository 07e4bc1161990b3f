/**
 * What the network plan's screens say (issue 14): Mijn doel and Hulpvragen, as a shape: `nl.ts` and
 * `en.ts` each fill it in. Channels, warmth and strength are the contract's labels (`i18n.t.labels`).
 */
import type { AskReason, AskVerdict } from '$contract/rules/ask-strength';
import type { HelpRequestStatus } from '$contract/domain';
import type { SuggestionMatchField, SuggestionMatchKind } from '$contract/contract';

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
    myName: string;
    myNameHint: string;
    save: string;
    unsaved: string;
    changedElsewhere: string;
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
    /** Why someone is suggested: `text` as the contact has it, `where` the part of them it is in. */
    matches: Record<SuggestionMatchKind, (text: string, where: string) => string>;
    matchFields: Record<SuggestionMatchField, string>;
    verdicts: Record<AskVerdict, string>;
    reasons: Record<AskReason, (days: number | null) => string>;
    /** Someone asked this already: when and how, and whether they answered. */
    askedShown(date: string, channel: string): string;
    askNoAnswer: string;
    askAnswered(date: string | null): string;
    logAsk: string;
    logAskTitle(name: string): string;
    askedOnLabel: string;
    channelLabel: string;
    saveAsk: string;
    askLogged(name: string): string;
    whichRequest: string;
  };
  /** What was asked of one person, on their page. */
  contactAsks: {
    title: string;
    empty: string;
    noAnswer: string;
    followUp: string;
    answeredOn(date: string): string;
    ask: string;
    noOpen: string;
  };
  /** A held conversation that answers a hulpvraag (evaluation step). */
  conversationAsks: {
    title: string;
    benuttenHint(name: string): string;
    hint(name: string): string;
    open: string;
    which: string;
    askedOption(question: string, date: string): string;
    newOption(question: string): string;
    answer: string;
    link: string;
    linkedTitle: string;
    linked: string;
    nothing: string;
  };
}
