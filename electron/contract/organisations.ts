/**
 * Organisaties (issue 13): the organisations the contacts work at, built from their `organisation`
 * field. Core groups the names ("Gemeente Utrecht" and "gemeente utrecht " are one), counts and finds
 * the way in; the page only shows and asks.
 */
import { z } from 'zod';
import { limits } from './records/fields';
import type { Strength, Warmth } from './domain';

/** Someone who works at an organisation, as the list shows them. */
export interface OrganisationPerson {
  id: string;
  name: string;
  role: string;
  warmth: Warmth | null;
  strength: Strength | null;
  /** The latest contact, from the contact, conversations and touches (null: never). */
  lastContactOn: string | null;
}

/** One organisation and the people the journal knows there (active contacts only). */
export interface OrganisationSummary {
  /** The name folded for grouping (trimmed, single spaces, lower case): what rename asks for. */
  key: string;
  /** The spelling most people have; on a tie the first by name. A marked one nobody works at: as marked. */
  name: string;
  /** Marked "wil ik werken": listed first, and Vandaag asks who knows someone there when nobody is known. */
  target: boolean;
  /** How many different spellings the contacts have of it (1: all the same). */
  spellings: number;
  /** Warm first, then by strength (heel goed first), then by name. */
  people: OrganisationPerson[];
  /** Held conversations with anyone there, and the latest one's date. */
  held: number;
  lastHeld: string | null;
  /**
   * The shortest way in from a warm contact, along introductions and referrals: the warm contact first,
   * the person at the organisation last. One person when someone warm works there; null when no warm
   * contact leads there.
   */
  route: { id: string; name: string }[] | null;
}

export interface OrganisationList {
  /** Marked "wil ik werken" first, then most people first, then by name. */
  organisations: OrganisationSummary[];
  /** How many organisations match in all (the list stops at `limit`). */
  total: number;
  /** Contacts without an organisation (active only). */
  withoutOrganisation: number;
}

/** At most this many organisations in one answer: more than a screen, few enough to make at once. */
export const ORGANISATIONS_LISTED = 500;

const organisationName = z.string().trim().min(1, { error: 'required' }).max(limits.shortText, {
  error: 'too_long',
});

export const organisationInputs = {
  /** The organisations whose name has every word of `query` (at a word's start); all when empty. */
  'organisations:list': z.strictObject({
    query: z.string().max(limits.shortText).default(''),
    limit: z.int().min(1).max(ORGANISATIONS_LISTED).default(ORGANISATIONS_LISTED),
  }),
  /**
   * Gives everyone at the organisation `key` the organisation `name`: a new spelling, or another
   * organisation's name to merge the two.
   */
  'organisations:rename': z.strictObject({
    key: z.string().min(1).max(limits.shortText),
    name: organisationName,
  }),
  /** Marks the organisation `name` "wil ik werken" (`target: true`), or takes the mark away. */
  'organisations:mark': z.strictObject({ name: organisationName, target: z.boolean() }),
};

export interface OrganisationResults {
  'organisations:list': OrganisationList;
  'organisations:rename': { renamed: number };
  'organisations:mark': { name: string; target: boolean };
}
