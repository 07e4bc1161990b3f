import type { Contact } from '../../contract/domain';
import { splitDutchName } from '../../contract/rules/dutch-names';
import { fold } from '../text-search';

// Sort keys are folded names compared as plain strings: Intl.Collator.compare is several times slower
// and re-sorting thousands of contacts after an edit has to stay well inside a frame.
const nameKeys = new WeakMap<Contact, string>();
const surnameKeys = new WeakMap<Contact, string>();

/** The contact's name folded (no case, no diacritics), cached per record; it also sorts by name. */
export function nameKey(c: Contact): string {
  let key = nameKeys.get(c);
  if (key === undefined) {
    key = fold(c.name);
    nameKeys.set(c, key);
  }
  return key;
}

/**
 * The name folded surname first, without tussenvoegsel: "Sjoerd van der Meer" sorts as "meer sjoerd van
 * der", under M, as Dutch users expect (issue 11).
 */
export function surnameKey(c: Contact): string {
  let key = surnameKeys.get(c);
  if (key === undefined) {
    const { given, particle, surname } = splitDutchName(c.name);
    key = fold(`${surname} ${given} ${particle}`);
    surnameKeys.set(c, key);
  }
  return key;
}

const compare = (ka: string, kb: string) => (ka < kb ? -1 : ka > kb ? 1 : 0);

export const byNameKey = (a: Contact, b: Contact): number => compare(nameKey(a), nameKey(b));

/** By surname; people with the same one by their whole name. */
export const bySurnameKey = (a: Contact, b: Contact): number =>
  compare(surnameKey(a), surnameKey(b)) || byNameKey(a, b);
