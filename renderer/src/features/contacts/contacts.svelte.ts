import type { ContactList, ContactListQuery, ContactSummary } from '$contract/contract';
import type { Contact, ContactFieldsInput } from '$contract/domain';
import { app } from '../../app/app.svelte';
import { api, ApiError, unwrap } from '../../shared/api';
import { changes } from '../../shared/changes';
import { drafts } from '../../shared/forms/drafts.svelte';
import { ListRows } from '../../shared/ui/list-rows.svelte';
import { contactFilters } from './contact-filters.svelte';

export type ContactMode = 'view' | 'new' | 'edit';

/** Where the contact form keeps its draft: one per contact, one for a new contact. */
export function contactDraftKey(id: string | null): string {
  return id ? `contact:${id}` : 'contact:new';
}

/** The contacts screen: the list as asked for, the chosen contact, and whether it is being edited. */
class ContactsState {
  query = $state('');
  sort = $state<NonNullable<ContactListQuery['sort']>>('name');
  show = $state<NonNullable<ContactListQuery['show']>>('active');
  /** The contacts matching the query, fetched a window at a time as the list scrolls. */
  readonly rows = new ListRows<ContactSummary, Pick<ContactList, 'totals' | 'elsewhere' | 'facets'>>(
    (offset, limit) =>
      unwrap(
        api.contacts.list({
          query: this.query,
          sort: this.sort,
          show: this.show,
          filters: $state.snapshot(contactFilters.chosen),
          offset,
          limit,
        }),
      ).then((answer) => ({
        total: answer.total,
        rows: answer.contacts,
        extra: { totals: answer.totals, elsewhere: answer.elsewhere, facets: answer.facets },
      })),
    { key: (c) => c.id },
  );
  /** How many each filter value would show (see contact-filters.svelte.ts); null until the first answer. */
  facets = $derived(this.rows.extra?.facets ?? null);
  totals = $derived(this.rows.extra?.totals ?? { active: 0, archived: 0 });
  /** Matches of the search in the other part of the list (the archive, or the active contacts). */
  elsewhere = $derived(this.query.trim() ? (this.rows.extra?.elsewhere ?? 0) : 0);
  loaded = $derived(this.rows.extra !== undefined);
  selectedId = $state<string | null>(null);
  selected = $state<Contact | null>(null);
  mode = $state<ContactMode>('view');

  constructor() {
    // "Laatste contact" comes from the conversations and touches; the list is fetched while it is on
    // screen (the screen fetches it when it opens); the contact being looked at always, so its header is
    // right when the person comes back to it from another screen.
    changes.watch(['contacts', 'conversations', 'touches'], () => this.refresh(), {
      when: () => this.loaded && app.view === 'contacts',
    });
    changes.watch(['contacts', 'conversations', 'touches'], () => this.reloadSelected());
  }

  /** What the list was last asked for from the screen (search, part and filters); null before. */
  #askedFor: string | null = null;

  /** Asks again for the rows in view, for the current query; answers to older keystrokes are dropped. */
  async refresh(): Promise<void> {
    await this.rows.reset();
  }

  /**
   * The screen's search, part or filters changed (`asked` says to what): asks again and keeps the contact
   * shown one the list holds. A contact the new list does not hold gives way to its first match (`first`:
   * where the detail is beside the list), or to no contact ("Geen contact gekozen") when nothing matches.
   * Only a change does this: opening Contacten on someone from another screen keeps them, whatever the
   * search. A form being typed in stays. With more matches than are fetched the choice stays, as it is
   * then not known whether the list holds it (the next letter usually tells).
   */
  async follow(asked: string, { first = true } = {}): Promise<void> {
    const changed = this.#askedFor !== null && this.#askedFor !== asked;
    this.#askedFor = asked;
    await this.rows.reset();
    const id = this.selectedId;
    if (!changed || !id || this.mode !== 'view' || !this.rows.current || asked !== this.#askedFor) return;
    if (this.rows.holds((c) => c.id === id) !== false) return;
    await this.select((first && this.rows.rowAt(0)?.id) || null);
  }

  /**
   * The contact being looked at, as core has it now. Not `select()`: a form the person opened stays
   * open, and what they type in it stays theirs. A contact that is gone is let go.
   */
  async reloadSelected(): Promise<void> {
    const id = this.selectedId;
    if (!id || this.mode !== 'view') return;
    const result = await api.contacts.get({ id });
    if (this.selectedId !== id || this.mode !== 'view') return;
    if (result.ok) this.selected = result.data;
    else if (result.error.code === 'not_found') await this.select(null);
  }

  /** Shows a contact: its form again when the person left it with unsaved typing. */
  async select(id: string | null): Promise<void> {
    this.selectedId = id;
    this.mode = 'view';
    const contact = id ? await unwrap(api.contacts.get({ id })) : null;
    if (this.selectedId !== id) return;
    this.selected = contact;
    if (id && drafts.isDirty(contactDraftKey(id))) this.mode = 'edit';
  }

  startNew(): void {
    this.mode = 'new';
  }

  startEdit(): void {
    if (this.selected) this.mode = 'edit';
  }

  cancelEdit(): void {
    this.mode = 'view';
  }

  /** Contacten with the form open again: a new contact's (`id` null) or `id`'s edit, on the draft kept. */
  async openForm(id: string | null): Promise<void> {
    app.view = 'contacts';
    if (id === null) return this.startNew();
    await this.select(id);
    if (this.selectedId === id) this.startEdit();
  }

  /** Creates or updates from the form; throws ApiError with field messages when input is refused. */
  /** A new contact from `fields`, or the edited one: only `changes` when given, else every field. */
  async save(fields: ContactFieldsInput, changes: Partial<ContactFieldsInput> = fields): Promise<Contact> {
    const saved =
      this.mode === 'edit' && this.selected
        ? await unwrap(api.contacts.update({ id: this.selected.id, changes }))
        : await unwrap(api.contacts.create(fields));
    if (saved.archived !== (this.show === 'archived')) this.show = saved.archived ? 'archived' : 'active';
    this.selected = saved;
    this.selectedId = saved.id;
    this.mode = 'view';
    // The list follows from the change event core sends after every write (see shared/changes.ts).
    return saved;
  }

  async setArchived(id: string, archived: boolean): Promise<Contact> {
    const contact = await unwrap(archived ? api.contacts.archive({ id }) : api.contacts.restore({ id }));
    if (this.selectedId === id) this.selected = contact;
    return contact;
  }

  /**
   * Deletes a contact. Someone with conversations is only deleted together with them when asked
   * (`withConversations`); otherwise nothing changes and the answer is 'has_conversations', so the screen
   * can offer to archive instead.
   */
  async remove(id: string, { withConversations = false } = {}): Promise<'deleted' | 'has_conversations'> {
    const result = await api.contacts.delete({ id, withConversations });
    if (!result.ok) {
      if (result.error.code === 'has_conversations') return 'has_conversations';
      throw new ApiError(result.error);
    }
    // Nothing left to save them to: kept typing for this contact would only hold a quit back.
    drafts.drop(contactDraftKey(id));
    drafts.drop(`touch:${id}`);
    if (this.selectedId === id) await this.select(null);
    return 'deleted';
  }
}

export const contacts = new ContactsState();
