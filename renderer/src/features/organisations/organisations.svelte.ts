import type { OrganisationList, OrganisationSummary } from '$contract/contract';
import { organisationKey } from '$contract/rules/organisation-name';
import { app } from '../../app/app.svelte';
import { api, unwrap } from '../../shared/api';
import { changes } from '../../shared/changes';
import { i18n } from '../../shared/i18n/i18n.svelte';

/** The Organisaties screen: what is searched for, and core's answer to it. */
class OrganisationsState {
  query = $state('');
  list = $state<OrganisationList | null>(null);
  private requestSeq = 0;

  constructor() {
    // Made of the contacts' organisations, warmth and introductions, and of the conversations held.
    changes.watch(['contacts', 'conversations', 'touches'], () => this.load(), {
      when: () => this.list !== null && app.view === 'organisations',
    });
  }

  /** Asks core for the organisations matching the query; an answer to an older query is dropped. */
  async load(): Promise<void> {
    const seq = ++this.requestSeq;
    const list = await unwrap(api.organisations.list({ query: this.query }));
    if (seq === this.requestSeq) this.list = list;
  }

  /** The organisation, other than `organisation`, whose name is `name` once grouped, if there is one. */
  async namedAs(name: string, organisation: OrganisationSummary): Promise<OrganisationSummary | null> {
    const key = organisationKey(name);
    const { organisations } = await unwrap(api.organisations.list({ query: name }));
    return organisations.find((o) => o.key === key && o.key !== organisation.key) ?? null;
  }

  /** Marks an organisation "wil ik werken", or takes the mark away. */
  async mark(name: string, target: boolean): Promise<void> {
    const marked = await unwrap(api.organisations.mark({ name, target }));
    const t = i18n.t.organisations;
    app.say(marked.target ? t.marked(marked.name) : t.unmarked(marked.name));
    await this.load();
  }

  /** Gives everyone at `organisation` the name `name` (merging with an organisation of that name). */
  async rename(organisation: OrganisationSummary, name: string): Promise<void> {
    const { renamed } = await unwrap(api.organisations.rename({ key: organisation.key, name }));
    const t = i18n.t.organisations;
    app.say(t.renamed(organisation.name, name.trim(), i18n.plural(t.contactsChanged, renamed)));
    await this.load();
  }
}

export const organisations = new OrganisationsState();
