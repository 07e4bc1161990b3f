/**
 * What likely duplicates and merging say (issue 12): the count in Contacten, the list of pairs, the merge
 * dialog and the warning in the contact form. `nl.ts` and `en.ts` each fill it in.
 */
import type { Plural } from '$contract/words/plural';

export interface DuplicatesWords {
  /** The button in Contacten, with the number of pairs: "Mogelijke dubbelen (3)". */
  button(count: number): string;
  title: string;
  intro: string;
  /** Why two contacts look like one person. */
  why: {
    email(address: string): string;
    linkedin: string;
    sameName: string;
    similarName: string;
  };
  pairLabel(a: string, b: string): string;
  merge: string;
  notDuplicate: string;
  notDuplicateToast(a: string, b: string): string;
  allDone: string;
  more: Plural;
  close: string;
  dialog: {
    title: string;
    intro: string;
    /** Above each column: which of the two records stays. */
    keepThis: string;
    kept: string;
    mergedAway: string;
    /** A row whose value is the same on both sides, or on one side only. */
    same: string;
    empty: string;
    chooseLabel(field: string): string;
    combinedTitle: string;
    tags: string;
    textsKept(fields: string): string;
    /** The LinkedIn link not chosen, which goes into the notes. */
    intoNotes(values: string): string;
    /** Addresses and numbers not chosen as the main one: kept among the others. */
    keptEmails(values: string): string;
    keptPhones(values: string): string;
    /** Under each name when both have the same one: when it was written down, or imported. */
    created(when: string): string;
    imported(when: string): string;
    /** A name with what tells it apart from the other one of that name. */
    nameWith(name: string, apart: string): string;
    /** Under each record's name: how many conversations it has. */
    conversations: Plural;
    lastContact: string;
    moves(other: string, kept: string): string;
    confirm: string;
    /** Typing not saved yet for one or both of the two (their names), which the merge would throw away. */
    unsaved(names: string): string;
    /** The confirm button then: the person agrees to let that typing go. */
    confirmDiscarding: string;
    mergedToast(name: string): string;
    undoneToast(name: string): string;
  };
  /** Under the name in the contact form, while typing a name already in the network. */
  formWarning: {
    text: Plural;
    open(name: string): string;
  };
}
