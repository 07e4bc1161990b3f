/**
 * Sorting people in (issue 12): an import brings people without a kring, warmth or strength, and those are
 * what the app's advice runs on. Such a contact waits to be sorted in until the person gives a strength;
 * meanwhile keeping in touch leaves them alone, so importing 300 connections does not make 300 nudges.
 *
 * The one rule for "nog in te delen": contacts:list's `unsorted` filter (the Indelen pass and its count),
 * core's keep-in-touch rules and the import's new contacts all use it. Someone typed in by hand without a
 * strength is not waiting: the person has seen them and left the strength open ("onbekend"), which has
 * its own keep-in-touch default in Instellingen; counting them too would make that setting mean nothing.
 */
import type { Contact } from '../domain';

/** Whether this contact came in through an import and has not been given a strength yet. */
export function awaitsSortIn(contact: Pick<Contact, 'importedAt' | 'strength'>): boolean {
  return contact.importedAt !== null && contact.strength === null;
}
