import type { Contact } from '../../contract/domain';
import { awaitsSortIn } from '../../contract/rules/sort-in';

const unsortedOf = new WeakMap<readonly Contact[], Contact[]>();

/**
 * The contacts of a sorted list still to be sorted in (indelen, issue 12: contract/rules/sort-in.ts), in
 * the same order; kept per version of the list, so searching and paging through them reuses one array as
 * the full list does.
 */
export function unsortedIn(sorted: readonly Contact[]): Contact[] {
  let found = unsortedOf.get(sorted);
  if (found === undefined) {
    found = sorted.filter(awaitsSortIn);
    unsortedOf.set(sorted, found);
  }
  return found;
}
