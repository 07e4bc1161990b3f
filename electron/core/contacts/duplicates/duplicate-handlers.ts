/**
 * The channels of likely duplicates and merging (issue 12), as a handler map that netwerkdagboek.ts
 * spreads into its own: `contacts:duplicates`, `contacts:merge`, `contacts:undoMerge`,
 * `contacts:notDuplicate`.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../clock';
import type { Handlers } from '../../dispatch';
import { DomainError } from '../../errors';
import type { JournalStore } from '../../journal/journal-store';
import type { ContactBook } from '../contact-book';
import { DuplicateFinder, pairKey } from './find-duplicates';
import { mergeContacts, undoMerge, type MergeUndo } from './merge-contacts';

type DuplicateChannels =
  'contacts:duplicates' | 'contacts:merge' | 'contacts:undoMerge' | 'contacts:notDuplicate';

/**
 * Merges that can still be taken back, newest last. Kept in memory only: the undo is offered in the
 * toast right after the merge, and a merge from a session gone by is better left alone.
 */
const UNDOS_KEPT = 20;

export function duplicateHandlers(
  store: JournalStore,
  contacts: ContactBook,
  clock: Clock,
  newId: () => string = randomUUID,
): Pick<Handlers, DuplicateChannels> {
  const finder = new DuplicateFinder((c) => contacts.summary(c));
  const undos = new Map<string, MergeUndo>();
  const list = (contactId?: string) => finder.list(store.data.contacts, store.data.notDuplicates, contactId);

  return {
    'contacts:duplicates': (input) => list(input?.contactId),
    'contacts:merge': ({ keepId, mergeId, fromOther }) => {
      let result: ReturnType<typeof mergeContacts> | null = null;
      store.update((j) => {
        result = mergeContacts(j, keepId, mergeId, fromOther, clock.now().toISOString());
        return result.journal;
      });
      const { contact, undo, moved } = result!;
      const undoId = newId();
      undos.set(undoId, undo);
      if (undos.size > UNDOS_KEPT) undos.delete(undos.keys().next().value!);
      return { contact: contacts.get(contact.id), undoId, moved };
    },
    'contacts:undoMerge': ({ undoId }) => {
      const undo = undos.get(undoId);
      if (!undo) throw new DomainError('merge_changed');
      store.update((j) => undoMerge(j, undo, clock.now().toISOString()));
      undos.delete(undoId);
      return contacts.get(undo.merged.id);
    },
    'contacts:notDuplicate': ({ ids: [a, b] }) => {
      if (a === b) throw new DomainError('self_reference');
      if (!contacts.find(a) || !contacts.find(b)) throw new DomainError('not_found');
      const key = pairKey(a, b);
      if (!store.data.notDuplicates.some((p) => pairKey(p.ids[0], p.ids[1]) === key)) {
        const ids: [string, string] = a < b ? [a, b] : [b, a];
        const at = clock.now().toISOString();
        store.update((j) => ({ ...j, notDuplicates: [...j.notDuplicates, { ids, at }] }));
      }
      return list();
    },
  };
}
