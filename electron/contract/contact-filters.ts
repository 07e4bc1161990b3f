/**
 * The filters of the Contacten list (issue 13, "Finding the right person"): which kinds there are, the
 * schema the page's choice must pass, and the counts core gives beside the list.
 *
 * Within a kind the chosen values are alternatives (Familie or Vrienden); across kinds all must hold
 * (Familie or Vrienden, and warm). An empty kind does not filter.
 */
import { z } from 'zod';
import { circles, strengths, warmths, type Circle, type Strength, type Warmth } from './domain';
import { limits } from './records/fields';

/** Where keeping in touch stands (as `reminders:keepInTouch` says it), as a filter: people with a cadence. */
export const keepInTouchStates = ['on-track', 'due', 'verwaterd'] as const;
export type KeepInTouchState = (typeof keepInTouchStates)[number];

/** At most this many tags in one filter: more is not a choice a person makes by hand. */
const MAX_TAG_FILTERS = 20;

const anyOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .default([])
    .transform((chosen) => [...new Set(chosen)]);

export const ContactFilters = z.strictObject({
  circle: anyOf(circles),
  warmth: anyOf(warmths),
  strength: anyOf(strengths),
  /** Tags as written on the contacts; compared without regard to capitals. */
  tag: z
    .array(z.string().trim().min(1).max(limits.tag))
    .max(MAX_TAG_FILTERS)
    .default([])
    .transform((chosen) => [...new Set(chosen)]),
  keepInTouch: anyOf(keepInTouchStates),
  /** Nog nooit gesproken: no held conversation, no touch and no last-contact date on the contact. */
  neverSpoken: z.boolean().default(false),
  /** Ongesorteerd: imported and not sorted in yet (contract/rules/sort-in.ts). */
  unsorted: z.boolean().default(false),
  /** Zonder kring of warmte: no kring, or no warmth, so no cell in Overzicht's kring × warmth grid. */
  unplaced: z.boolean().default(false),
});
export type ContactFiltersInput = z.input<typeof ContactFilters>;
export type ContactFilterChoice = z.output<typeof ContactFilters>;

/** No filter at all. */
export function noContactFilters(): ContactFilterChoice {
  return {
    circle: [],
    warmth: [],
    strength: [],
    tag: [],
    keepInTouch: [],
    neverSpoken: false,
    unsorted: false,
    unplaced: false,
  };
}

/** The kinds of filter, each one condition of the AND. */
export type ContactFilterKind = keyof ContactFilterChoice;

/**
 * How many contacts each filter value would show: those matching the search and every *other* kind's
 * filter, and this value. So a count is what the list holds after picking the value (within a kind that
 * already has a choice: how many that value adds to it).
 */
export interface ContactFacets {
  circle: Record<Circle, number>;
  warmth: Record<Warmth, number>;
  strength: Record<Strength, number>;
  /** The most common tags first (then A to Z), chosen ones always included; at most MAX_TAG_FACETS. */
  tag: { tag: string; count: number }[];
  keepInTouch: Record<KeepInTouchState, number>;
  neverSpoken: number;
  unsorted: number;
  unplaced: number;
}

/** The most tags the counts list: enough to choose from, few enough to read. */
export const MAX_TAG_FACETS = 40;
