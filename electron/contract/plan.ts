/**
 * The network plan's channels (issue 14): "Mijn doel", hulpvragen, whom they were put to, and the people
 * core suggests asking. The records are in records/plan.ts; the rule for whether a tie is strong enough
 * to ask a favour in rules/ask-strength.ts.
 */
import { z } from 'zod';
import { touchChannels } from './records/conversations';
import { CalendarDate, choice, Id, limits, text, Timestamp } from './records/fields';
import { HelpRequest, helpRequestStatuses, ProfileFields } from './records/plan';
import type { HelpAsk, HelpRequestStatus, Strength, Warmth } from './domain';
import type { AskStrength } from './rules/ask-strength';

/** A new hulpvraag: the question itself, and what a helper needs to know. */
export const HelpRequestFields = z.strictObject({
  question: HelpRequest.shape.question,
  context: HelpRequest.shape.context.default(''),
});
export type HelpRequestFields = z.input<typeof HelpRequestFields>;
export const HelpRequestChanges = z
  .strictObject({ question: HelpRequest.shape.question, context: HelpRequest.shape.context })
  .partial();

const askRules = {
  askedOn: CalendarDate,
  channel: choice(touchChannels),
  answer: text(limits.longText),
  answeredOn: CalendarDate.nullable(),
  followUp: text(limits.longText),
  conversationId: Id.nullable(),
};

/** Putting a hulpvraag to a contact: when and how, and what came of it if already known. */
export const HelpAskFields = z.strictObject({
  helpRequestId: Id,
  contactId: Id,
  askedOn: askRules.askedOn,
  channel: askRules.channel,
  answer: askRules.answer.default(''),
  answeredOn: askRules.answeredOn.default(null),
  followUp: askRules.followUp.default(''),
  conversationId: askRules.conversationId.default(null),
});
export type HelpAskFields = z.input<typeof HelpAskFields>;
export const HelpAskChanges = z.strictObject(askRules).partial();

/** At most this many people suggested for one hulpvraag. */
export const SUGGESTIONS_LISTED = 20;

export const planInputs = {
  'profile:get': z.undefined(),
  /**
   * Saves "Mijn doel" whole, as the form holds it; nothing changed, nothing written. `since`: the
   * `savedAt` the form started from (null: never saved); refused with `changed_elsewhere` when the profile
   * on disk is another version by now, so an older form never silently overwrites a newer profile.
   */
  'profile:save': ProfileFields.extend({ since: Timestamp.nullable().optional() }),
  'helpRequests:list': z.undefined(),
  'helpRequests:create': HelpRequestFields,
  'helpRequests:update': z.strictObject({ id: Id, changes: HelpRequestChanges }),
  /** Answered or withdrawn (closedAt is set), or open again. */
  'helpRequests:close': z.strictObject({ id: Id, status: choice(helpRequestStatuses) }),
  /** Deletes a hulpvraag with whom it was put to; plan lines that served it keep their own text. */
  'helpRequests:delete': z.strictObject({ id: Id }),
  'helpRequests:logAsk': HelpAskFields,
  'helpRequests:updateAsk': z.strictObject({ id: Id, changes: HelpAskChanges }),
  /** What was asked of one contact, the latest ask first, with the hulpvraag each ask put to them. */
  'helpRequests:asksOf': z.strictObject({ contactId: Id }),
  /** Who might help with this hulpvraag, best first (see core/plan/suggestions.ts). */
  'helpRequests:suggest': z.strictObject({
    id: Id,
    limit: z.int().min(1).max(SUGGESTIONS_LISTED).default(SUGGESTIONS_LISTED),
  }),
};

/** "Mijn doel" as the form shows it; everything empty (and `savedAt` null) before it was ever saved. */
export interface ProfileView {
  profile: ProfileFields;
  savedAt: string | null;
}

/** An ask as the hulpvraag lists it: `name` is the contact's name now, or the one kept once they are gone. */
export interface HelpAskView extends HelpAsk {
  name: string;
}

/** An ask as a contact's page lists it: which hulpvraag it put to them, and whether that is still open. */
export interface ContactAskView extends HelpAskView {
  question: string;
  requestStatus: HelpRequestStatus;
}

export interface HelpRequestView extends HelpRequest {
  /** Whom it was put to, the earliest ask first. */
  asks: HelpAskView[];
}

/** What of a contact made core think of them for a hulpvraag. */
export type SuggestionMatchKind =
  /** Their organisation is named in the question. */
  | 'organisation'
  /** A word of the question is in their role. */
  | 'role'
  /** One of their tags is in the question. */
  | 'tag'
  /** A word of the question is in what the person wrote about them (about them, what they can offer). */
  | 'about'
  /** They work at an organisation marked "wil ik werken". */
  | 'target'
  /** They work in the field, role or kind of organisation "Mijn doel" looks for. */
  | 'field';

/** The part of a contact a match was found in. */
export type SuggestionMatchField = 'organisation' | 'tags' | 'role' | 'aboutThem' | 'canOffer' | 'notes';

export interface SuggestionMatch {
  kind: SuggestionMatchKind;
  /**
   * The contact's words that matched, as written: the organisation, the tag, their role; for `about`
   * the words around the match in what I wrote ("… werkt in de zorg …").
   */
  text: string;
  field: SuggestionMatchField;
}

export interface HelpSuggestion {
  contact: {
    id: string;
    name: string;
    organisation: string;
    role: string;
    warmth: Warmth | null;
    strength: Strength | null;
    lastContactOn: string | null;
  };
  /** Strongest first; never empty. */
  matches: SuggestionMatch[];
  /** Whether the tie is strong enough to ask, and why (rules/ask-strength.ts). */
  ask: AskStrength;
  /** They were asked this hulpvraag already (listed after the others). */
  asked: boolean;
}

export interface PlanResults {
  'profile:get': ProfileView;
  'profile:save': ProfileView;
  'helpRequests:list': HelpRequestView[];
  'helpRequests:create': HelpRequestView;
  'helpRequests:update': HelpRequestView;
  'helpRequests:close': HelpRequestView;
  'helpRequests:delete': { id: string };
  'helpRequests:logAsk': HelpAskView;
  'helpRequests:updateAsk': HelpAskView;
  'helpRequests:asksOf': ContactAskView[];
  'helpRequests:suggest': HelpSuggestion[];
}
