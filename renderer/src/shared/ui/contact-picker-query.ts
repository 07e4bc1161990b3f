import { LIST_WINDOW_MAX, type ContactListQuery } from '$contract/contract';

/** How many people the contact picker offers at most. */
export const PICKER_OPTIONS = 8;

/**
 * The `contacts:list` call behind the picker: enough rows that up to PICKER_OPTIONS are left once the
 * people already chosen (`excluded`) are taken out, but never more than core answers in one window: it
 * refuses a larger limit, and a meeting with 500 participants would then find no one at all.
 */
export function pickerQuery(query: string, excluded: number): ContactListQuery {
  return {
    query,
    sort: 'name',
    show: 'active',
    limit: Math.min(PICKER_OPTIONS + excluded, LIST_WINDOW_MAX),
  };
}
