/** What the Actieplan says (issue 14), as a shape: `nl.ts` and `en.ts` each fill it in. */
import type { ActedInReturn, ActionKind } from '$contract/domain';

export interface ActionsWords {
  title: string;
  intro: string;
  loading: string;
  /** The groups of the plan. */
  groups: { thisWeek: string; nextWeeks: string; later: string; done: string };
  /** Nothing planned yet: where to begin. */
  emptyTitle: string;
  emptyText: string;
  /** A group without actions. */
  groupEmpty: string;
  suggestionsTitle: string;
  suggestionsIntro: string;
  neverInTouch: string;
  lastInTouch(when: string): string;
  planWith(name: string): string;
  /** The form. */
  addTitle: string;
  whoLabel: string;
  whoContact: string;
  whoOther: string;
  contactLabel: string;
  contactPlaceholder: string;
  otherLabel: string;
  otherPlaceholder: string;
  whenLabel: string;
  whenWeek: string;
  whenDay: string;
  weekLabel: string;
  dayLabel: string;
  thisWeek(week: number): string;
  nextWeek(week: number): string;
  weekOf(week: number, monday: string): string;
  whatLabel: string;
  whatPlaceholder: string;
  kindLabel: string;
  kinds: Record<ActionKind, string>;
  threeBLabel: string;
  helpLabel: string;
  add: string;
  added(what: string): string;
  /** A row. */
  inWeek(week: number, monday: string): string;
  onDay(day: string): string;
  late: string;
  forHelp(question: string): string;
  earlier: string;
  later: string;
  moveHint: string;
  moved(where: string): string;
  planConversation: string;
  markDone: string;
  deleteAction: string;
  deleteTitle: string;
  deleteText(what: string): string;
  deleted: string;
  undone: string;
  reopen: string;
  doneOn(day: string): string;
  /** A done action in the person's timeline on their contact page. */
  timelineAction: string;
  /** The reflection. */
  reflectTitle(what: string): string;
  broughtLabel: string;
  actedLabel: string;
  acted: Record<ActedInReturn, string>;
  nextStepLabel: string;
  saveDone: string;
  doneSaved: string;
  broughtShown(text: string): string;
  actedShown(answer: string): string;
  nextStepShown(text: string): string;
}
