import type { ConversationList as ConversationWindow, ConversationSummary } from '$contract/contract';
import type { ConversationKind, ConversationStatus, ThreeB } from '$contract/domain';
import { api, unwrap } from '../../shared/api';
import { ListRows } from '../../shared/ui/list-rows.svelte';

export type Needs = 'evaluation' | 'thanks';

/** The Gesprekken list: the search and filters the person set, and the conversations they match. */
class ConversationList {
  query = $state('');
  contactFilter = $state<{ id: string; name: string } | null>(null);
  status = $state<ConversationStatus | null>(null);
  kind = $state<ConversationKind | null>(null);
  threeB = $state<ThreeB | null>(null);
  needs = $state<Needs | null>(null);

  /** The conversations matching the query and filters, fetched a window at a time as the list scrolls. */
  readonly rows = new ListRows<ConversationSummary, Pick<ConversationWindow, 'planned' | 'totals'>>(
    (offset, limit) =>
      unwrap(
        api.conversations.list({
          query: this.query,
          contactId: this.contactFilter?.id ?? null,
          status: this.status,
          kind: this.kind,
          threeB: this.threeB,
          needs: this.needs,
          offset,
          limit,
        }),
      ).then((answer) => ({
        total: answer.total,
        rows: answer.conversations,
        extra: { planned: answer.planned, totals: answer.totals },
      })),
    { key: (c) => c.id },
  );
  totals = $derived(this.rows.extra?.totals ?? { planned: 0, held: 0, needsEvaluation: 0, needsThanks: 0 });
  loaded = $derived(this.rows.extra !== undefined);
  /** Active contacts in the journal; a conversation needs someone to talk to. */
  contactCount = $state<number | null>(null);

  filtering = $derived(
    !!(this.query.trim() || this.contactFilter || this.status || this.kind || this.threeB || this.needs),
  );
  nothingYet = $derived(this.loaded && this.totals.planned + this.totals.held === 0);

  /** Asks again for the rows in view, for the current query and filters; older answers are dropped. */
  async refresh(): Promise<void> {
    await this.rows.reset();
  }

  async countContacts(): Promise<void> {
    const people = await unwrap(api.contacts.list({ query: '', sort: 'name', show: 'active', limit: 1 }));
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
