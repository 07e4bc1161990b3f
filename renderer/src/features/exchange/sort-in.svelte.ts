/**
 * The sort-in pass (indelen, issue 12): the contacts without a strength, one at a time, each choice
 * sent to core at once with `contacts:update`. Who is in the pass is fixed when it starts, so a person
 * given a strength stays where they are (back still finds them) instead of the list shifting under the keys.
 */
import { LIST_WINDOW_MAX, type DuplicatePair } from '$contract/contract';
import type { Contact } from '$contract/domain';
import { app } from '../../app/app.svelte';
import { api, unwrap } from '../../shared/api';
import { changes } from '../../shared/changes';
import { i18n } from '../../shared/i18n/i18n.svelte';
import type { SortInChoice } from './sort-keys';

/** What the last choice's save came to; "opgeslagen" only once core answered that it is on disk. */
export type SortInSave =
  | { state: 'idle' }
  | { state: 'saving'; name: string }
  | { state: 'saved'; name: string }
  | { state: 'unsaved'; name: string }
  /** The person shown was merged with their likely duplicate, into `name`. */
  | { state: 'merged'; name: string }
  | { state: 'failed'; name: string; message: string };

/** The people still to sort in, counted for Contacten ("214 contacten nog in te delen"). */
class UnsortedCount {
  count = $state(0);
  loaded = $state(false);
  /** Right after an import that brought people in: the notice offers the pass in so many words. */
  offer = $state(false);

  constructor() {
    changes.watch(['contacts'], () => this.refresh(), { when: () => this.loaded && app.view === 'contacts' });
  }

  async refresh(): Promise<void> {
    const list = await unwrap(api.contacts.list({ unsorted: true, limit: 1 }));
    this.count = list.total;
    this.loaded = true;
    if (this.count === 0) this.offer = false;
  }
}

export const unsorted = new UnsortedCount();

class SortInPass {
  open = $state(false);
  /** The ids of the people in this pass, in name order, as they were when it started. */
  ids = $state<string[]>([]);
  at = $state(0);
  current = $state<Contact | null>(null);
  save = $state<SortInSave>({ state: 'idle' });
  /** The strongest likely duplicate pair the person shown is in (core's duplicates), for a quiet notice. */
  likely = $state<DuplicatePair | null>(null);
  /** That pair while its merge dialog is open over the pass. */
  merging = $state<DuplicatePair | null>(null);
  /** Who got a strength during this pass (the number the closing toast gives). */
  private given = new Set<string>();
  givenCount = $state(0);
  private queue: Promise<unknown> = Promise.resolve();
  private showing = 0;
  /** Saves sent and not answered yet; "opgeslagen" waits for the last. */
  private pending = 0;
  private unsavedInRound = false;

  finished = $derived(this.open && this.ids.length > 0 && this.at >= this.ids.length);

  /** Opens the pass over everyone without a strength now. */
  async start(): Promise<void> {
    unsorted.offer = false;
    const ids: string[] = [];
    for (let offset = 0; ; offset += LIST_WINDOW_MAX) {
      const list = await unwrap(api.contacts.list({ unsorted: true, offset, limit: LIST_WINDOW_MAX }));
      ids.push(...list.contacts.map((c) => c.id));
      if (ids.length >= list.total || list.contacts.length === 0) break;
    }
    this.ids = ids;
    this.given = new Set();
    this.givenCount = 0;
    this.save = { state: 'idle' };
    this.open = true;
    await this.show(0);
  }

  /** Shows the person at `index` as core has them now (a step back shows what was chosen). */
  async show(index: number): Promise<void> {
    const at = Math.max(0, Math.min(index, this.ids.length));
    this.at = at;
    const ticket = ++this.showing;
    if (at >= this.ids.length) {
      this.current = null;
      this.likely = null;
      return;
    }
    const id = this.ids[at]!;
    // Asked side by side; the person is shown without waiting for whom they look like.
    const pairs = api.contacts.duplicates({ contactId: id }).catch(() => null);
    const result = await api.contacts.get({ id });
    if (ticket !== this.showing) return;
    // Deleted meanwhile (another window, a sync): on to the next one.
    if (!result.ok) {
      this.ids = this.ids.filter((_, i) => i !== at);
      return this.show(at);
    }
    this.current = result.data;
    this.likely = null;
    const found = await pairs;
    if (ticket !== this.showing) return;
    this.likely = found?.ok ? (found.data.pairs[0] ?? null) : null;
  }

  /** The one of `pair` who is not the person shown. */
  otherOf(pair: DuplicatePair): DuplicatePair['a'] {
    return pair.a.id === this.current?.id ? pair.b : pair.a;
  }

  /**
   * After merging from the notice the pass goes on where it was: the one merged away leaves it, and the
   * one kept takes the place of the person shown when they were not in the pass already.
   */
  async merged(keptId: string, mergedId: string, name: string): Promise<void> {
    this.merging = null;
    let at = this.at;
    const index = this.ids.indexOf(mergedId);
    if (index === at && !this.ids.includes(keptId)) {
      this.ids = this.ids.map((id) => (id === mergedId ? keptId : id));
    } else if (index >= 0) {
      this.ids = this.ids.filter((id) => id !== mergedId);
      if (index < at) at--;
    }
    this.save = { state: 'merged', name };
    await this.show(at);
  }

  next(): Promise<void> {
    return this.show(this.at + 1);
  }

  back(): Promise<void> {
    return this.show(this.at - 1);
  }

  /**
   * Sets one field of the person shown and sends it to core; saves go one after another, so they land
   * in the order pressed. With circle, warmth and strength all given, the pass moves on to the next.
   */
  async choose(choice: SortInChoice): Promise<void> {
    const contact = this.current;
    if (!contact) return;
    const updated = { ...contact, [choice.field]: choice.value } as Contact;
    this.current = updated;
    if (updated.circle && updated.warmth && updated.strength) void this.next();
    const name = contact.name;
    this.pending++;
    this.save = { state: 'saving', name };
    const saving = this.queue.then(() =>
      api.contacts.update({ id: contact.id, changes: { [choice.field]: choice.value } }),
    );
    this.queue = saving.catch(() => undefined);
    const result = await saving.catch((error: Error) => ({
      ok: false as const,
      error: { code: 'internal' as const, message: error.message },
    }));
    this.pending--;
    if (!result.ok) {
      this.save = { state: 'failed', name, message: result.error.message };
      // What is shown goes back to what core has.
      if (this.current?.id === contact.id) void this.show(this.at);
      return;
    }
    if (choice.field === 'strength') {
      this.given.add(contact.id);
      this.givenCount = this.given.size;
    }
    if (result.saved === false) {
      this.unsavedInRound = true;
      // The app's save banner and its next toast hear of it as they do for any other edit.
      void unwrap(Promise.resolve(result));
    }
    if (this.pending > 0) return;
    this.save = this.unsavedInRound ? { state: 'unsaved', name } : { state: 'saved', name };
    this.unsavedInRound = false;
  }

  /** Ends the pass once every choice is answered, and says how many were sorted in. */
  async close(): Promise<void> {
    await this.queue;
    this.open = false;
    this.current = null;
    const n = this.given.size;
    app.say(n > 0 ? i18n.plural(i18n.t.exchange.sortIn.doneToast, n) : i18n.t.exchange.sortIn.noneToast);
    await unsorted.refresh().catch(() => undefined);
  }
}

export const sortIn = new SortInPass();
