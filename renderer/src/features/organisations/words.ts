/**
 * What Organisaties says (issue 13), as a shape: `nl.ts` and `en.ts` each fill it in. Warmth and
 * strength names are the contract's labels (`i18n.t.labels`).
 */
import type { Plural } from '$contract/words/plural';

export interface OrganisationsWords {
  title: string;
  intro: string;
  searchLabel: string;
  searchPlaceholder: string;
  loading: string;
  people: Plural;
  /** A marked organisation where nobody is known yet. */
  nobodyYet: string;
  held: Plural;
  lastHeld(date: string): string;
  /** The route: a warm contact works there. */
  warmThere(name: string): string;
  /** The route: through these people (warm contact first). */
  routeVia: string;
  noRoute: string;
  /** Shown when the contacts spell the organisation in more than one way. */
  spellings(n: string): string;
  rename: string;
  /** The "wil ik werken" mark: the toggle's label, and what the toast says. */
  target: string;
  targetFor(name: string): string;
  marked(name: string): string;
  unmarked(name: string): string;
  markSearched(name: string): string;
  renameTitle(name: string): string;
  renameLabel: string;
  renameHelp: string;
  renameSave: string;
  /** Renaming to another organisation's name merges the two: asked first. */
  mergeTitle(from: string, into: string): string;
  mergeText(people: string, from: string, into: string): string;
  mergeConfirm: string;
  /** After a rename or merge: the old name, the new one, how many people it was about. */
  renamed(from: string, name: string, changed: string): string;
  /** How many contacts a rename changed (archived ones too). */
  contactsChanged: Plural;
  emptyTitle: string;
  emptyText: string;
  emptyAction: string;
  /** Nobody at the organisation searched for. */
  noneFoundTitle(query: string): string;
  noneFoundText: string;
  withoutOrganisation: Plural;
  more(shown: string, total: string): string;
  /** Contacten's search names an organisation ("wie ken ik bij…"). */
  answerLabel: string;
  knownAt(name: string): string;
  andMore(n: string): string;
  showOne(name: string): string;
  showMatching(n: string): string;
}
