/**
 * What the contacts feature says, as a shape: `nl.ts` and `en.ts` each fill it in, neither derived from the
 * other. The names of circles, warmths, strengths, kinds and channels are the contract's labels
 * (`$contract/words/labels`), shared with core and main.
 */
import type { ContactSearchField } from '$contract/views';
import type { Plural } from '$contract/words/plural';

export interface HistoryWords {
  timeline: {
    title: string;
    plan: string;
    loading: string;
    emptyTitle: string;
    emptyText(name: string): string;
    planned: string;
    /** Planned for today without a time, and today at a time that has come (rules/planned-stand). */
    plannedToday: string;
    toRecord: string;
    held: string;
    withOther(name: string): string;
    needsEvaluation: string;
    needsThanks: string;
    touch: string;
    removeTouch: string;
    removeTouchLabel(channel: string, date: string): string;
    touchRemovedToast: string;
    touchAddedToast(name: string): string;
  };
  touchForm: {
    open: string;
    title: string;
    hint: string;
    channel: string;
    date: string;
    note: string;
    notePlaceholder: string;
    /** Which of the three B's the touch served; none given counts as bevestigen. */
    threeB: string;
    threeBNone: string;
    save: string;
  };
  chain: {
    title: string;
    howYouKnow(name: string): string;
    you: string;
    pathLabel(name: string): string;
    noIntroducer(name: string): string;
    /** Said instead of `noIntroducer` for a warm contact: known first-hand, nobody referred you. */
    knownYourself(name: string): string;
    /** Said instead for a contact whose warmth is not set yet: known yourself, or through someone? */
    warmthUnknown(name: string): string;
    introduced(name: string): string;
    introducedHint(name: string): string;
    noConversationYet: string;
    plannedOn(date: string): string;
    heldOn(date: string): string;
    evaluated: string;
    notEvaluated: string;
    referredIn(name: string): string;
    referredInItem(name: string, date: string): string;
    empty(name: string): string;
  };
  deleteDialog: {
    title(name: string): string;
    text: Plural;
    textUnknown: string;
    advice: string;
    adviceArchived: string;
    archive: string;
    recommended: string;
    deleteWith: string;
    deletedWithToast(name: string): string;
  };
}

/** Words of the contact list, the contact page and the contact form. */
/** Contacten's filters: the panel, its groups, the chips and the empty state when no one matches. */
export interface ContactFilterWords {
  open: string;
  /** The button while filters are chosen: how many. */
  openCount(n: number): string;
  panelLabel: string;
  circle: string;
  warmth: string;
  strength: string;
  tag: string;
  keepInTouch: string;
  keepInTouchStates: { 'on-track': string; due: string; verwaterd: string };
  other: string;
  neverSpoken: string;
  unsorted: string;
  /** No kring or no warmth: not on Overzicht's map. */
  unplaced: string;
  noTags: string;
  chipsLabel: string;
  /** The remove button of a chip, for a screen reader. */
  remove(label: string): string;
  clear: string;
  matches: Plural;
  noMatchTitle: string;
  noMatchText: string;
}

export interface ContactsWords {
  filters: ContactFilterWords;
  title: string;
  new: string;
  searchLabel: string;
  searchPlaceholder: string;
  sortLabel: string;
  sortByName: string;
  sortBySurname: string;
  sortByLastContact: string;
  showLabel: string;
  showActive: string;
  showArchived: string;
  listLabel: string;
  count: Plural;
  matches: Plural;
  lastContact(date: string): string;
  neverContacted: string;
  /** Where a search found someone, before the excerpt: "Wat ik weet:", "Gesprek 12 mrt:". */
  foundIn: Record<
    Exclude<ContactSearchField, 'name' | 'organisation' | 'role' | 'conversation' | 'touch'>,
    string
  > & {
    conversation(date: string): string;
    /** The note of a "Contact gehad" on that date. */
    touch(date: string): string;
  };
  emptyTitle: string;
  emptyText: string;
  welcomeTitle: string;
  welcomeIntro: string;
  welcomeSteps: readonly string[];
  listEmpty: string;
  emptyAction: string;
  /** Beside 'Importeren' on the welcome: which files bring a whole network in at once. */
  welcomeImportHint: string;
  noMatchTitle(query: string): string;
  /** No match in the part shown while the other part has some: not "nobody", which would contradict the line above. */
  noMatchHereTitle(query: string, archived: boolean): string;
  noMatchText: string;
  /** Matches of the search in the other part of the list: the archive, or the active contacts. */
  foundInArchive: Plural;
  foundInActive: Plural;
  showFound: string;
  /** Back from a contact to the list, where the screen has room for only one of them. */
  backToList: string;
  archiveEmptyTitle: string;
  archiveEmptyText: string;
  /** The keep-in-touch block of someone with no contact noted yet (KeepInTouch.svelte). */
  firstContact: {
    title: string;
    onTrack: string;
    due: string;
    none: string;
    /** The rhythm that follows the first contact: "elk kwartaal", and whether it is the default. */
    cadence(what: string, standard: boolean): string;
  };
  /** The contact form opened on typing kept from before. */
  restoredDraft: { note(when: string): string; throwAway: string; thrownAway: string };
  /** The detail pane when the search or filters match nobody. */
  noneChosenTitle: string;
  noneChosenText: string;
  noSelectionTitle: string;
  noSelectionText: string;
  archive: string;
  restore: string;
  archivedBadge: string;
  archivedToast(name: string): string;
  restoredToast(name: string): string;
  deletedToast(name: string): string;
  savedToast(name: string): string;
  deleteTitle(name: string): string;
  deleteText: string;
  deleteConfirm: string;
  discardTitle: string;
  discardText: string;
  discardConfirm: string;
  keepEditing: string;
  newTitle: string;
  editTitle(name: string): string;
  created(date: string): string;
  updated(date: string): string;
  introducedBy: string;
  introducedByPlaceholder: string;
  introducedByClear: string;
  sections: {
    basics: string;
    reach: string;
    relation: string;
    person: string;
    notes: string;
  };
  fields: {
    name: string;
    organisation: string;
    role: string;
    email: string;
    phone: string;
    /** The other e-mail addresses and phone numbers beside the main one, and how to type several. */
    moreEmails: string;
    morePhones: string;
    moreHint: string;
    linkedin: string;
    circle: string;
    warmth: string;
    /** What warm, lauw and koud mean, under the field that asks for it. */
    warmthHint: string;
    strength: string;
    howWeMet: string;
    aboutThem: string;
    aboutThemHint: string;
    canOffer: string;
    canOfferHint: string;
    tags: string;
    tagsHint: string;
    notes: string;
    lastContactOn: string;
    birthday: string;
  };
  choose: string;
  openLink(what: string): string;
}
