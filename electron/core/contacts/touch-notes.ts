/**
 * Contacten's search in the notes of "Contact gehad" touches (issue 13: every text a person writes about
 * someone). A note is short and there are far fewer touches than conversations, so a word is looked up
 * by reading the folded notes; they are folded once per version of the touches (records are immutable:
 * a new array means something changed), and the answer is kept per word while the touches stay the same.
 */
import type { Touch } from '../../contract/domain';
import { fold } from '../text-search';

export class TouchNotes {
  private foldedFor: readonly Touch[] | null = null;
  private folded: { contactId: string; note: string }[] = [];
  private byWord = new Map<string, ReadonlySet<string>>();

  constructor(private readonly touches: () => readonly Touch[]) {}

  /** The ids of the people with a touch whose note has the (folded) word. */
  peopleWith(word: string): ReadonlySet<string> {
    const touches = this.touches();
    if (this.foldedFor !== touches) {
      this.folded = [];
      for (const t of touches)
        if (t.note !== '') this.folded.push({ contactId: t.contactId, note: fold(t.note) });
      this.foldedFor = touches;
      this.byWord = new Map();
    }
    let people = this.byWord.get(word);
    if (people === undefined) {
      const found = new Set<string>();
      for (const t of this.folded) if (t.note.includes(word)) found.add(t.contactId);
      people = found;
      // The words of the query being typed and the one before are enough to keep.
      if (this.byWord.size >= 16) this.byWord.clear();
      this.byWord.set(word, people);
    }
    return people;
  }
}
