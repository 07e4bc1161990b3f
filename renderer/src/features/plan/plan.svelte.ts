import type { HelpRequestView, HelpSuggestion, Input, ProfileView } from '$contract/contract';
import type { HelpRequestStatus, ProfileFields } from '$contract/domain';
import { app } from '../../app/app.svelte';
import { api, unwrap } from '../../shared/api';
import { changes } from '../../shared/changes';
import { i18n } from '../../shared/i18n/i18n.svelte';

/** Mijn doel and Hulpvragen (issue 14): what core holds of the plan, and the people it suggests. */
class PlanState {
  profile = $state<ProfileView | null>(null);
  requests = $state<HelpRequestView[] | null>(null);
  selectedId = $state<string | null>(null);
  suggestions = $state<HelpSuggestion[] | null>(null);
  private suggestSeq = 0;

  constructor() {
    // Mijn doel shows beside every conversation's preparation: kept fresh once loaded.
    changes.watch(['plan'], () => this.loadProfile(), { when: () => this.profile !== null });
    // The asks carry the contacts' names, and the suggestions their warmth, strength and last contact.
    changes.watch(['plan', 'contacts', 'conversations', 'touches'], () => this.loadRequests(), {
      when: () => this.requests !== null && app.view === 'help',
    });
  }

  selected = $derived(this.requests?.find((r) => r.id === this.selectedId) ?? null);

  async loadProfile(): Promise<void> {
    this.profile = await unwrap(api.profile.get());
  }

  /** Saves the form made from version `since`; refused (`changed_elsewhere`) when that is not the one on disk. */
  async saveProfile(fields: ProfileFields, since: string | null): Promise<void> {
    this.profile = await unwrap(api.profile.save({ ...fields, since }));
    // A goal reached leads on to the people to thank (the card is at the top, out of view from the form).
    app.say(
      i18n.t.plan.goal.saved,
      fields.reached ? { label: i18n.t.trail.card.open, run: () => (app.view = 'trail') } : undefined,
    );
  }

  async loadRequests(): Promise<void> {
    this.requests = await unwrap(api.helpRequests.list());
    if (this.selectedId && !this.requests.some((r) => r.id === this.selectedId)) this.selectedId = null;
    this.selectedId ??= this.requests[0]?.id ?? null;
    await this.loadSuggestions();
  }

  async select(id: string): Promise<void> {
    this.selectedId = id;
    this.suggestions = null;
    await this.loadSuggestions();
  }

  private async loadSuggestions(): Promise<void> {
    const seq = ++this.suggestSeq;
    const id = this.selectedId;
    const found = id ? await unwrap(api.helpRequests.suggest({ id })) : [];
    if (seq === this.suggestSeq) this.suggestions = found;
  }

  async create(fields: Input<'helpRequests:create'>): Promise<void> {
    const created = await unwrap(api.helpRequests.create(fields));
    this.selectedId = created.id;
    app.say(i18n.t.plan.help.created);
  }

  async setStatus(id: string, status: HelpRequestStatus): Promise<void> {
    await unwrap(api.helpRequests.close({ id, status }));
  }

  async remove(id: string): Promise<void> {
    await unwrap(api.helpRequests.delete({ id }));
  }

  async logAsk(fields: Input<'helpRequests:logAsk'>, name: string): Promise<void> {
    await unwrap(api.helpRequests.logAsk(fields));
    app.say(i18n.t.plan.help.askLogged(name));
  }
}

export const plan = new PlanState();
