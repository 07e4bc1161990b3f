import { randomUUID } from 'node:crypto';
import type { ContactList, ContactSummary, ParsedInput } from '../../contract/contract';
import type { Contact, ContactChanges, ContactFields } from '../../contract/domain';
import type { Clock } from '../clock';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import { fold, queryWords, TextIndex } from '../text-search';

// Sort keys are folded names compared as plain strings: Intl.Collator.compare is several times slower
// and re-sorting thousands of contacts after an edit has to stay well inside a frame.
const nameKeys = new WeakMap<Contact, string>();
function nameKey(c: Contact): string {
  let key = nameKeys.get(c);
  if (key === undefined) {
    key = fold(c.name);
    nameKeys.set(c, key);
  }
  return key;
}
const byNameKey = (a: Contact, b: Contact) => {
  const ka = nameKey(a);
  const kb = nameKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** The contacts in the journal: listing, searching and every change to them. */
export class ContactBook {
  private readonly index = new TextIndex<Contact>((c) =>
    [c.name, c.organisation, c.role, c.tags.join(' '), c.notes].join('\n'),
  );
  // Sorted views, cached per version of the contacts array (every edit replaces the array).
  private sortedFor: readonly Contact[] | null = null;
  private sorted: Record<'name' | 'lastContact', Contact[]> | null = null;

  constructor(
    private readonly store: JournalStore,
    private readonly clock: Clock,
    private readonly newId: () => string = randomUUID,
  ) {
    this.index.warm(store.data.contacts);
  }

  private get contacts(): Contact[] {
    return this.store.data.contacts;
  }

  /** The contacts matching a query, in the asked order, plus totals for empty states. */
  list(query: ParsedInput<'contacts:list'>): ContactList {
    const words = queryWords(query.query);
    const archived = query.show === 'archived';
    const contacts: ContactSummary[] = [];
    let active = 0;
    for (const c of this.sortedBy(query.sort)) {
      if (!c.archived) active++;
      if (c.archived === archived && this.index.matches(c, words)) contacts.push(summary(c));
    }
    return { contacts, totals: { active, archived: this.contacts.length - active } };
  }

  get(id: string): Contact {
    const contact = this.contacts.find((c) => c.id === id);
    if (!contact) throw new DomainError('not_found');
    return contact;
  }

  create(fields: ContactFields): Contact {
    const now = this.clock.now().toISOString();
    const contact: Contact = { id: this.newId(), ...fields, archived: false, createdAt: now, updatedAt: now };
    this.checkIntroducer(contact);
    this.store.update((j) => ({ ...j, contacts: [...j.contacts, contact] }));
    return contact;
  }

  update(id: string, changes: ContactChanges): Contact {
    const current = this.get(id);
    const next: Contact = { ...current, ...given(changes), updatedAt: this.clock.now().toISOString() };
    this.checkIntroducer(next);
    this.replace(next);
    return next;
  }

  archive(id: string): Contact {
    return this.setArchived(id, true);
  }

  restore(id: string): Contact {
    return this.setArchived(id, false);
  }

  /** Deletes a contact for good. People they introduced keep their record, without the link. */
  delete(id: string): void {
    this.get(id);
    this.store.update((j) => ({
      ...j,
      contacts: j.contacts
        .filter((c) => c.id !== id)
        .map((c) => (c.introducedById === id ? { ...c, introducedById: null } : c)),
    }));
  }

  private setArchived(id: string, archived: boolean): Contact {
    const current = this.get(id);
    if (current.archived === archived) return current;
    const next = { ...current, archived, updatedAt: this.clock.now().toISOString() };
    this.replace(next);
    return next;
  }

  private replace(next: Contact): void {
    this.store.update((j) => ({ ...j, contacts: j.contacts.map((c) => (c.id === next.id ? next : c)) }));
  }

  private checkIntroducer(contact: Contact): void {
    if (contact.introducedById === null) return;
    if (contact.introducedById === contact.id) throw new DomainError('self_reference');
    if (!this.contacts.some((c) => c.id === contact.introducedById)) {
      throw new DomainError('invalid_input', { introducedById: 'invalid_choice' });
    }
  }

  private sortedBy(order: 'name' | 'lastContact'): Contact[] {
    if (this.sortedFor !== this.contacts || !this.sorted) {
      const byName = [...this.contacts].sort(byNameKey);
      // Most recent contact first; people never contacted go last, by name.
      const byLastContact = [...byName].sort((a, b) =>
        (b.lastContactOn ?? '') < (a.lastContactOn ?? '')
          ? -1
          : (b.lastContactOn ?? '') > (a.lastContactOn ?? '')
            ? 1
            : 0,
      );
      this.sorted = { name: byName, lastContact: byLastContact };
      this.sortedFor = this.contacts;
    }
    return this.sorted[order];
  }
}

/**
 * The fields actually given. IPC's structured clone keeps `{ name: undefined }` and `.partial()` accepts
 * it; spread as-is it would erase the field and the saved journal would no longer load.
 */
export function given<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function summary(c: Contact): ContactSummary {
  return {
    id: c.id,
    name: c.name,
    organisation: c.organisation,
    role: c.role,
    circle: c.circle,
    warmth: c.warmth,
    tags: c.tags,
    lastContactOn: c.lastContactOn,
    archived: c.archived,
  };
}
