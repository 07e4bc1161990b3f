import type { Contact } from '../../contract/domain';
import { indexInSorted, sortedIndex } from '../array-changes';
import type { ContactActivity } from '../conversations/activity';
import { byNameKey } from './contact-order';

/**
 * The contacts by last contact, kept between edits. It depends on the contacts, the conversations and
 * the touches; when one of them changes, only the contacts whose last contact changed are moved, so an
 * edit in a journal of thousands does not sort it all again.
 */
export class LastContactOrder {
  private cached: {
    sources: readonly unknown[];
    keys: Map<Contact, string>;
    sorted: Contact[];
  } | null = null;

  constructor(
    private readonly activity: ContactActivity,
    private readonly contacts: () => readonly Contact[],
  ) {}

  /**
   * Most recent contact first; people never contacted go last; by name within a day. Depends on the
   * contacts, conversations and touches; after an edit only the contacts whose last contact changed move.
   */
  sorted(): Contact[] {
    const sources = [this.contacts(), ...this.activity.sources()];
    const previous = this.cached;
    if (previous && sources.every((source, i) => source === previous.sources[i])) return previous.sorted;
    const keys = new Map<Contact, string>();
    for (const c of this.contacts()) keys.set(c, this.activity.lastContactOn(c) ?? '');
    const order = (within: Map<Contact, string>) => (a: Contact, b: Contact) => {
      const ka = within.get(a)!;
      const kb = within.get(b)!;
      return kb < ka ? -1 : kb > ka ? 1 : byNameKey(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    };
    let sorted: Contact[] | null = null;
    if (previous) {
      const moved: Contact[] = [];
      for (const [c, key] of keys) if (previous.keys.get(c) !== key) moved.push(c);
      const gone: Contact[] = [];
      for (const c of previous.keys.keys()) if (!keys.has(c)) gone.push(c);
      if (moved.length + gone.length <= 64) {
        sorted = previous.sorted.slice();
        const before = order(previous.keys);
        for (const c of [...gone, ...moved]) {
          if (!previous.keys.has(c)) continue;
          const i = indexInSorted(sorted, c, before);
          if (i >= 0) sorted.splice(i, 1);
        }
        const after = order(keys);
        for (const c of moved) sorted.splice(sortedIndex(sorted, c, after), 0, c);
      }
    }
    sorted ??= [...this.contacts()].sort(order(keys));
    this.cached = { sources, keys, sorted };
    return sorted;
  }
}
