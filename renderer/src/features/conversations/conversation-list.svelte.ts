import type { ConversationSummary } from '$contract/contract';
import type { ConversationKind, ConversationStatus, ThreeB } from '$contract/domain';
import { api, unwrap } from '../../shared/api';

export type Needs = 'evaluation' | 'thanks';

/** The Gesprekken list: the search and filters the person set, and the conversations they match. */
class ConversationList {
  query = $state('');
  contactFilter = $state<{ id: string; name: string } | null>(null);
  status = $state<ConversationStatus | null>(null);
  kind = $state<ConversationKind | null>(null);
  threeB = $state<ThreeB | null>(null);
  needs = $state<Needs | null>(null);

  list = $state<ConversationSummary[]>([]);
  totals = $state({ planned: 0, held: 0, needsEvaluation: 0, needsThanks: 0 });
  loaded = $state(false);
  /** Active contacts in the journal; a conversation needs someone to talk to. */
  contactCount = $state<number | null>(null);

  private seq = 0;

  filtering = $derived(
    !!(this.query.trim() || this.contactFilter || this.status || this.kind || this.threeB || this.needs),
  );
  nothingYet = $derived(this.loaded && this.totals.planned + this.totals.held === 0);

  /** Fetches the list for the current query and filters; answers to older keystrokes are dropped. */
  async refresh(): Promise<void> {
    const seq = ++this.seq;
    const result = await unwrap(
      api.conversations.list({
        query: this.query,
        contactId: this.contactFilter?.id ?? null,
        status: this.status,
        kind: this.kind,
        threeB: this.threeB,
        needs: this.needs,
      }),
    );
    if (seq !== this.seq) return;
    this.list = result.conversations;
    this.totals = result.totals;
    this.loaded = true;
  }

  async countContacts(): Promise<void> {
    const people = await unwrap(api.contacts.list({ query: '', sort: 'name', show: 'active' }));
    this.contactCount = people.totals.active;
  }

  clearFilters(): void {
    this.query = '';
    this.contactFilter = null;
    this.status = null;
    this.kind = null;
    this.threeB = null;
    this.needs = null;
  }

  /** Shows only the held conversations that still lack an evaluation (or a thank-you). */
  showNeeding(needs: Needs): void {
    this.clearFilters();
    this.needs = needs;
  }
}

export const conversationList = new ConversationList();
