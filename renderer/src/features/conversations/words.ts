/**
 * What the conversations feature says, as a shape: `nl.ts` and `en.ts` each fill it in. The names of
 * statuses, channels, kinds, B's, thanks methods and question purposes are the contract's labels.
 */
import type { ConversationStatus } from '$contract/domain';
import type { Plural } from '$contract/words/plural';
import type { BuiltInQuestionId } from './question-bank';

export interface ConversationsWords {
  title: string;
  new: string;
  count: Plural;
  matches: Plural;
  listLabel: string;
  groups: Record<ConversationStatus, string>;
  dateAtTime(date: string, time: string): string;
  badges: {
    evaluation: string;
    thanks: string;
    overdue: string;
    /** Planned for today without a time, and today at a time that has come (rules/planned-stand). */
    today: string;
    toRecord: string;
  };
  searchLabel: string;
  searchPlaceholder: string;
  filtersLabel: string;
  filterContact: string;
  filterContactPlaceholder: string;
  filterContactClear: string;
  filterStatus: string;
  filterKind: string;
  filterThreeB: string;
  any: string;
  needsEvaluation: string;
  needsThanks: string;
  clearFilters: string;
  nudgeEvaluation: Plural;
  nudgeEvaluationText: string;
  nudgeShow: string;
  nudgeThanks: Plural;
  listEmpty: string;
  noMatchTitle: string;
  noMatchText: string;
  welcomeKicker: string;
  welcomeTitle: string;
  welcomeIntro: string;
  welcomeSteps: readonly string[];
  welcomeHint: string;
  welcomeAction: string;
  welcomeNoContacts: string;
  goToContacts: string;
  noSelectionTitle: string;
  noSelectionText: string;
  /** Back from a conversation to the list, where the screen has room for only one of them. */
  backToList: string;
  newTitle: string;
  titleWith(name: string): string;
  unknownContact: string;
  unsaved: string;
  stepsLabel: string;
  steps: {
    prepare: string;
    conversation: string;
    evaluation: string;
  };
  stepHeading(n: number, label: string): string;
  stepHasErrors: string;
  stepStatus: {
    questions: Plural;
    noQuestions: string;
    planned: string;
    held: string;
    evaluationDone: string;
    evaluationMissing: string;
    evaluationLater: string;
  };
  /** The save button at the end of a step, for the keyboard user who got there. */
  saveConversation: string;
  next(label: string): string;
  sections: {
    who: string;
    kind: string;
    goal: string;
    questions: string;
    preparation: string;
    notes: string;
    answers: string;
    evaluation: string;
    tips: string;
    referrals: string;
    gave: string;
    nextStep: string;
    thanks: string;
  };
  fields: {
    contact: string;
    contactPlaceholder: string;
    contactClear: string;
    participants: string;
    participantsPlaceholder: string;
    participantsHint: string;
    participantRemove(name: string): string;
    date: string;
    time: string;
    timeHint: string;
    channel: string;
    kind: string;
    threeB: string;
    /** The three B's explained, under the field that asks which one a conversation serves. */
    threeBHint: string;
    threeBNone: string;
    goal: string;
    goalHint: string;
    preparation: string;
    preparationHint: string;
    notes: string;
    notesHint: string;
    wentWell: string;
    couldBeBetter: string;
    gaveOrOffered: string;
    gaveOrOfferedHint: string;
    nextStep: string;
    nextStepOn: string;
  };
  questions: {
    empty: string;
    label(n: number): string;
    remove(n: number): string;
    own: string;
    ownPlaceholder: string;
    purpose: string;
    keep: string;
    add: string;
    kept: string;
    bank: string;
    bankHint: string;
    bankFilter: string;
    allPurposes: string;
    ownBadge: string;
    picked: string;
    forget: string;
    forgotten: string;
    answered: string;
    answer: string;
    answeredCount(answered: number, total: number): string;
    noneToAnswer: string;
  };
  held: {
    /** A planned conversation whose moment has come or passed. */
    recordTitle: string;
    recordText(when: string): string;
    plannedTitle: string;
    plannedText(when: string): string;
    markHeld: string;
    heldText(when: string): string;
    markPlanned: string;
    heldToast: string;
  };
  evaluation: {
    intro: string;
    notYetTitle: string;
    notYetText: string;
    tipNew: string;
    tipPlaceholder: string;
    tipAdd: string;
    tipLabel(n: number): string;
    tipRemove(n: number): string;
    noTips: string;
    referralsHint: string;
    referralAdd: string;
    referralLabel(n: number): string;
    referralName: string;
    referralOrganisation: string;
    referralRole: string;
    referralWhy: string;
    referralRemove: string;
    noReferrals: string;
  };
  referral: {
    makeContact: string;
    needsName: string;
    inNetwork: string;
    open(name: string): string;
    matchesTitle(name: string): string;
    matchesText: string;
    linkTo(name: string): string;
    createAnyway: string;
    createdToast(name: string): string;
    linkedToast(name: string): string;
  };
  thanks: {
    intro: string;
    thanked: string;
    how: string;
    on: string;
    /** The one-click mark: thanked today, saved. */
    today: string;
    todayHint: string;
    /** The tucked-away part: the mark as a field, and its day. */
    more: string;
    done(date: string): string;
    doneHow(how: string, date: string): string;
    notYet: string;
    toast: string;
  };
  savedToast(name: string): string;
  deletedToast: string;
  delete: string;
  deleteTitle: string;
  deleteText: string;
  deleteConfirm: string;
  discardTitle: string;
  discardText: string;
  discardConfirm: string;
  keepEditing: string;
  /** The built-in suggestions of the question bank, by id (see `question-bank.ts`). */
  bankQuestions: Record<BuiltInQuestionId, string>;
}
