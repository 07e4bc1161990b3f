/**
 * What Herinneringen, keeping in touch and the reminder settings say, as a shape: `nl.ts` and `en.ts` each
 * fill it in. The names of kinds, groups, snooze options and cadences are the contract's labels.
 */
import type { ReminderGroup } from '$contract/contract';
import type { Plural } from '$contract/words/plural';

export interface RemindersWords {
  title: string;
  new: string;
  toDo: Plural;
  upcoming: Plural;
  /** What the count on "Herinneringen" in the menu means, said aloud. */
  badge: Plural;
  /** A line under a group's heading, only where one helps. */
  groupHints: Partial<Record<ReminderGroup, string>>;
  due(when: string): string;
  snoozedUntil(when: string): string;
  doneOn(when: string): string;
  skippedOn(when: string): string;
  /** A moment as "morgen 09:00" or "za 28 nov 09:00". */
  at(day: string, time: string): string;
  otherZone(zone: string): string;
  actions: {
    done: string;
    later: string;
    skip: string;
    edit: string;
    open: string;
    reopen: string;
    delete: string;
  };
  openContact(name: string): string;
  openConversation: string;
  snoozeMenu: string;
  toasts: {
    done: string;
    /** An action's reminder done: the action is done too, and its reflection can follow. */
    actionDone: string;
    reflect: string;
    thanked(name: string): string;
    skipped: string;
    /** Skipping keep-in-touch: the next one is already planned, for this day. */
    skippedUntil: (name: string, day: string) => string;
    snoozed(when: string): string;
    reopened: string;
    created: string;
    saved: string;
    deleted: string;
  };
  thanks: {
    title: string;
    text(name: string): string;
    textNoName: string;
    methodsLabel: string;
  };
  moment: {
    title: string;
    date: string;
    time: string;
    confirm: string;
  };
  form: {
    newTitle: string;
    editTitle: string;
    title: string;
    titlePlaceholder: string;
    titleOwnWording: string;
    titleAppHint: string;
    note: string;
    date: string;
    time: string;
    contact: string;
    contactHint: string;
    contactPlaceholder: string;
    contactClear: string;
    create: string;
    about(kind: string): string;
  };
  deleteTitle: string;
  deleteText: string;
  deleteConfirm: string;
  empty: {
    kicker: string;
    title: string;
    intro: string;
    points: readonly string[];
    hint: string;
  };
  allClear: string;
  showDone: string;
  hideDone: string;
  doneLimited(n: number): string;
  showMore(n: number): string;
  loadFailed: string;
  retry: string;
  cadenceField: {
    label: string;
    hint: string;
    standard(what: string): string;
    days: string;
    everyDays: Plural;
  };
  keepInTouch: {
    title: string;
    none: string;
    onTrack(date: string): string;
    due: string;
    dueSince(ago: string): string;
    verwaterd(ago: string): string;
    verwaterdNever: string;
    dueHint: string;
    cadence(what: string): string;
    cadenceStandard(what: string): string;
  };
  ago: {
    days: Plural;
    weeks: Plural;
    months: Plural;
    years: Plural;
  };
  settings: {
    title: string;
    time: string;
    timeHint: string;
    defaults: string;
    defaultsHint: string;
    closeToTray: string;
    closeToTrayHint: string;
    openAtLogin: string;
    openAtLoginHint: string;
    saved: string;
  };
}
