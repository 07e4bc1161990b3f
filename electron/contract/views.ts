/**
 * What the screens are given to show: the rows of the contact, conversation and reminder lists, a
 * contact's history and referral chain, the lessons, and where keeping in touch stands.
 */
import type {
  ActionKind,
  Cadence,
  Circle,
  ConversationChannel,
  ConversationKind,
  ConversationStatus,
  DefaultCadence,
  LocalMoment,
  Reflection,
  ReminderKind,
  ReminderState,
  ThreeB,
  TouchChannel,
  Warmth,
} from './domain';
import type { ContactFacets } from './contact-filters';

/** One row of the contact list: enough to show and sort it, not the whole record. */
export interface ContactSummary {
  id: string;
  name: string;
  organisation: string;
  role: string;
  circle: Circle | null;
  warmth: Warmth | null;
  tags: string[];
  lastContactOn: string | null;
  archived: boolean;
  /** In a search: where the words were found, when name, role and organisation don't show it. */
  found: FoundIn | null;
}

/** Where Contacten's search found someone, besides what the row shows anyway. */
export type ContactSearchField =
  | 'name'
  | 'organisation'
  | 'role'
  | 'email'
  | 'tags'
  | 'howWeMet'
  | 'aboutThem'
  | 'canOffer'
  | 'notes'
  | 'conversation'
  | 'touch';

export interface FoundIn {
  field: ContactSearchField;
  /** For a conversation or a touch: its date. */
  on: string | null;
  /** A line of that text around the match. */
  text: string;
  /** The matched words in `text`, as [start, end) positions, in order. */
  marks: [number, number][];
}

/** One window of the contact list: the rows from `offset`, and how many match in all. */
export interface ContactList {
  /** How many contacts match the query, in the whole list. */
  total: number;
  /** The place of the first row in the whole list. */
  offset: number;
  contacts: ContactSummary[];
  /** Totals regardless of the query, so the list can tell "no match" from "nothing yet". */
  totals: { active: number; archived: number };
  /**
   * How many contacts match the query in the other part of the list (the archive when showing the active
   * contacts, and the other way round), so a search can say "1 gevonden in het archief".
   */
  elsewhere: number;
  /** How many each filter value would show, with the search and the other kinds' filters applied. */
  facets: ContactFacets;
}

/** One row of the conversation list. */
export interface ConversationSummary {
  id: string;
  contactId: string;
  contactName: string;
  status: ConversationStatus;
  date: string;
  time: string | null;
  channel: ConversationChannel;
  kind: ConversationKind;
  threeB: ThreeB | null;
  goal: string;
  /** Held and no evaluation written yet. */
  needsEvaluation: boolean;
  /** Held and not thanked yet. */
  needsThanks: boolean;
}

/** One window of the conversation list: the rows from `offset`, and how many match in all. */
export interface ConversationList {
  /** How many conversations match the query and filters, in the whole list. */
  total: number;
  /** The place of the first row in the whole list. */
  offset: number;
  /** How many of the matching ones are planned: they come first, so held ones start at this place. */
  planned: number;
  /** Planned ones first (soonest first), then held ones (newest first). */
  conversations: ConversationSummary[];
  totals: { planned: number; held: number; needsEvaluation: number; needsThanks: number };
}

/** A contact's history, newest first: conversations and small touches. */
export type TimelineEntry =
  | ({ type: 'conversation' } & ConversationSummary)
  | { type: 'touch'; id: string; date: string; channel: TouchChannel; note: string; threeB: ThreeB | null }
  /** A planned action done with them (the Actieplan, issue 14), on the day it was done, with its look back. */
  | {
      type: 'action';
      id: string;
      date: string;
      what: string;
      kind: ActionKind | null;
      reflection: Reflection | null;
    };

/** Who brought this person into the network, whom they brought in, and what came of it. */
export interface ReferralChain {
  /** The introducer, their introducer, … up to someone the user knows first-hand (nearest first). */
  introducedBy: ContactSummary[];
  /** People this contact introduced, each with the conversations held with them since. */
  introduced: { contact: ContactSummary; conversations: ConversationSummary[] }[];
  /** Conversations in whose evaluation this contact was named as a referral. */
  referredIn: ConversationSummary[];
}

/** The lessons in the user's own evaluations, and the patterns in their conversations. */
export interface Learnings {
  /** Every "kon beter" point and every tip, newest first. */
  points: {
    type: 'couldBeBetter' | 'tip';
    text: string;
    conversationId: string;
    contactId: string;
    contactName: string;
    date: string;
  }[];
  /**
   * The look back on each action of the netwerkactieplan done in the period (issue 14), newest first: what
   * it brought, whether the person acted in return, the next step. Only those with something written.
   */
  reflections: {
    actionId: string;
    /** The action, as planned ("Anna bellen over Eneco"). */
    what: string;
    contactId: string | null;
    /** The contact's name now, or whom it was in words ("iemand bij Rabobank"). */
    name: string;
    doneOn: string;
    brought: string;
    actedInReturn: Reflection['actedInReturn'];
    nextStep: string;
  }[];
  /** Held conversations per month (YYYY-MM, oldest first), counted per kind and per B. */
  months: {
    month: string;
    held: number;
    kinds: Record<ConversationKind, number>;
    threeBs: Record<ThreeB, number>;
  }[];
}

export type ReminderGroup = 'overdue' | 'today' | 'soon' | 'later' | 'done';

/** One row of the Herinneringen screen. */
export interface ReminderRow {
  id: string;
  kind: ReminderKind;
  state: ReminderState;
  group: ReminderGroup;
  /** Ready to show, in the UI language: the user's own title, or the app's wording for its own kinds. */
  title: string;
  note: string;
  /** The moment it is due now: the snooze moment when snoozed, else the set one. */
  due: LocalMoment;
  contactId: string | null;
  contactName: string | null;
  conversationId: string | null;
  completedAt: string | null;
}

export interface ReminderList {
  /** Group by group in the order above; due ones soonest first, done and skipped newest first. */
  reminders: ReminderRow[];
  /** Rows per group; `done` counts all, while the list holds at most the latest DONE_SHOWN of them. */
  counts: Record<ReminderGroup, number>;
}

/** The most done/skipped reminders `reminders:list` returns. */
export const DONE_SHOWN = 100;

/** Keeping in touch with one contact: the cadence that applies, and where things stand. */
export interface KeepInTouchStatus {
  /** The contact's own setting (`standaard` follows the default for their strength). */
  cadence: Cadence;
  /** The cadence in effect, after applying the default. */
  effective: DefaultCadence | 'aangepast';
  /** Days for `aangepast`. */
  days: number | null;
  lastContactOn: string | null;
  /** When contact is due next; null without a cadence. */
  nextDueOn: string | null;
  /** on-track → due (cadence passed) → verwaterd (twice the cadence passed). */
  state: 'none' | 'on-track' | 'due' | 'verwaterd';
}
