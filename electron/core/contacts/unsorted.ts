import type { Contact } from '../../contract/domain';

/**
 * Whether a contact still has to be sorted in (indelen, issue 12): without a strength the app cannot
 * tell how often to keep in touch, and an imported network arrives like that, hundreds at once.
 */
export function isUnsorted(contact: Contact): boolean {
  return contact.strength === null;
}

const unsortedOf = new WeakMap<readonly Contact[], Contact[]>();

/**
 * The unsorted contacts of a sorted list, in the same order; kept per version of the list, so searching
 * and paging through them reuses one array as the full list does.
 */
export function unsortedIn(sorted: readonly Contact[]): Contact[] {
  let found = unsortedOf.get(sorted);
  if (found === undefined) {
    found = sorted.filter(isUnsorted);
    unsortedOf.set(sorted, found);
  }
  return found;
}
