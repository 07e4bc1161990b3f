/**
 * Likely duplicates and merging them (issue 12): what `contacts:duplicates` and `contacts:merge` answer.
 * Core finds the pairs (core/contacts/duplicates/); the page shows them and the merge dialog.
 */
import type { Contact } from './domain';
import type { ContactSummary } from './views';

/** Why two contacts look like one person; the strongest reasons first. */
export type DuplicateReason =
  | { kind: 'email'; value: string }
  | { kind: 'linkedin'; value: string }
  /** How alike the names are, as `similar-names.ts` says: 3 the same, 2 same first and last word, 1 one within the other. */
  | { kind: 'name'; similarity: 1 | 2 | 3 };

/** Two contacts that may be one person. `a` was written down first: the one kept unless chosen otherwise. */
export interface DuplicatePair {
  a: ContactSummary;
  b: ContactSummary;
  reasons: DuplicateReason[];
}

/** The most pairs one answer holds: more is a list nobody works through at once. */
export const DUPLICATES_SHOWN = 200;

export interface DuplicateList {
  /** How many pairs there are in all (the count on "Mogelijke dubbelen"). */
  total: number;
  /** The first DUPLICATES_SHOWN of them, the most certain first. */
  pairs: DuplicatePair[];
}

/** What a merge did: the contact kept, as it is now, and what moved to them from the other. */
export interface MergeResult {
  contact: Contact;
  /** For `contacts:undoMerge`, from the toast; kept while the app runs. */
  undoId: string;
  moved: { conversations: number; touches: number; reminders: number; introduced: number };
}
