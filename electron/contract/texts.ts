/**
 * Texts to send (issue 14): what the journal knows for a thank-you or another message to one person, and
 * the clipboard. Core gathers the facts; `rules/message-texts.ts` writes them out, in the page, so
 * switching between card and e-mail, je and u, is instant.
 */
import { z } from 'zod';
import { Id } from './records/fields';
import { MessageTemplate } from './records/plan';
import type { MessageFacts } from './rules/message-text-kinds';
import type { TrailContribution } from './trail';

/**
 * The longest link handed to the system's mail, browser or phone app: mail apps and the systems between
 * (Windows' URL handler above all) cut or refuse longer ones. A mailto with a longer text gets only its
 * subject, and the text goes to the clipboard.
 */
export const EXTERNAL_LINK_MAX = 2_000;

/** The most a text to copy may hold: far more than any card or e-mail, well short of a burden. */
export const COPY_TEXT_MAX = 20_000;

/** What the person writes of an own text: everything but the id and the stamps. */
export const MessageTemplateFields = MessageTemplate.omit({ id: true, createdAt: true, updatedAt: true });

export const textInputs = {
  /** The person's own texts, for every occasion, by name. */
  'templates:list': z.undefined(),
  /** A new own text (no id), or a changed one. */
  'templates:save': z.strictObject({ id: Id.nullable().default(null), fields: MessageTemplateFields }),
  'templates:delete': z.strictObject({ id: Id }),
  /**
   * The facts for a text about one conversation (the day, its goal, the tips, the referrals, what I
   * offered, the next step), or about one person, then from the last conversation held with them.
   */
  'texts:facts': z.union([z.strictObject({ conversationId: Id }), z.strictObject({ contactId: Id })]),
  /** Puts a text on the system's clipboard. */
  'shell:copyText': z.strictObject({ text: z.string().min(1).max(COPY_TEXT_MAX) }),
};

export interface TextFactsAnswer {
  facts: MessageFacts;
  /** The person the text is for. */
  contactId: string;
  /** Their e-mail address for a mailto link; null when the journal has none. */
  email: string | null;
  /** The conversation the facts come from; null when there is none. */
  conversationId: string | null;
  /**
   * Once the goal is reached: what they did on the way (the trail), which the page words in the text's
   * language and form (`contributionText`). Empty otherwise.
   */
  contributions: TrailContribution[];
}

export interface TextResults {
  'templates:list': MessageTemplate[];
  'templates:save': MessageTemplate;
  'templates:delete': { id: string };
  'texts:facts': TextFactsAnswer;
  'shell:copyText': { copied: true };
}
