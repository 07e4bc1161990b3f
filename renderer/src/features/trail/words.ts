/** What Het spoor terug says (issue 14): the people who helped on the way to the goal, and thanking them. */
import type { Plural } from '$contract/words/plural';

export interface TrailWords {
  title: string;
  /** "Beleidsadviseur bij Provincie Utrecht, vanaf 1 januari 2027." */
  reached(what: string): string;
  intro(since: string): string;
  progress(thanked: string, total: string): string;
  allThanked: string;
  nobody: string;
  worksThere(organisation: string): string;
  onRoute: string;
  introduced(names: string): string;
  referred(names: string): string;
  answered(question: string): string;
  tips(tips: string, count: number): string;
  conversations: Plural;
  lastOn(date: string): string;
  deleted: string;
  write: string;
  markThanked: string;
  methodsLabel(name: string): string;
  thankedOn(how: string, date: string): string;
  undo: string;
  /** The toast after a thank-you, with the progress. */
  thankedToast(name: string, progress: string): string;
  unthankedToast(name: string): string;
  /** The note of the touch a thank-you logs. */
  touchNote: string;
  keepInTouch: string;
  noCadence(name: string): string;
  quarterly: string;
  quarterlySet(name: string): string;
  /** Mijn doel's card that leads here. */
  card: { title: string; open: string };
  back: string;
}
