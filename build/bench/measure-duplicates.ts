/**
 * Likely duplicates and merging (issue 12) on the generated journal: finding the pairs among all contacts
 * (what "Mogelijke dubbelen (N)" in Contacten costs after a change of the contacts), asking again when
 * nothing changed, and one merge of two contacts with every reference moved, as one journal change.
 */
import { DuplicateFinder } from '../../electron/core/contacts/duplicates/find-duplicates';
import { mergeContacts } from '../../electron/core/contacts/duplicates/merge-contacts';
import type { App } from './app';
import { clock, full, time } from './options';
import { median } from './stats';

const REPS = full(11, 2);

export async function measureDuplicates({ store, book }: App) {
  const find: number[] = [];
  const cached: number[] = [];
  const merge: number[] = [];
  let pairs = 0;
  for (let rep = 0; rep < 2 + REPS; rep++) {
    const sample = rep >= 2;
    // A contact edited: the pairs are found again from all contacts.
    const someone = store.data.contacts[(rep * 7919) % store.data.contacts.length]!;
    book.update(someone.id, { notes: `Bewerking ${rep}.` });
    const finder = new DuplicateFinder((c) => book.summary(c));
    const [found, list] = await time(() => finder.list(store.data.contacts, store.data.notDuplicates));
    const [again] = await time(() => finder.list(store.data.contacts, store.data.notDuplicates));
    pairs = list.total;
    // One merge on the journal as it is (not kept: the next repetition merges two others).
    const [keep, other] = [store.data.contacts[rep]!, store.data.contacts[rep + 100]!];
    const [merged] = await time(() =>
      mergeContacts(store.data, keep.id, other.id, [], clock.now().toISOString()),
    );
    if (sample) {
      find.push(found);
      cached.push(again);
      merge.push(merged);
    }
  }
  return { pairs, find: median(find), cached: median(cached), merge: median(merge) };
}
