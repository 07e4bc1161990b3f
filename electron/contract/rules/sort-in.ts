/**
 * Sorting people in (issue 12): an import brings people without a kring, warmth or strength, and those are
 * what the app's advice runs on. Such a contact waits to be sorted in until the person gives a strength;
 * meanwhile keeping in touch leaves them alone, so importing 300 connections does not make 300 nudges.
 * Core's reminder rules and the page's sort-in pass use this one rule.
 */
import type { Contact } from '../domain';

/** Whether this contact came in through an import and has not been given a strength yet. */
export function awaitsSortIn(contact: Pick<Contact, 'importedAt' | 'strength'>): boolean {
  return contact.importedAt !== null && contact.strength === null;
}
