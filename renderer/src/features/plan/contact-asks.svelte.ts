import type { ContactAskView, Input } from '$contract/contract';
import { api, unwrap } from '../../shared/api';
import { changes } from '../../shared/changes';

/**
 * What was asked of one person, and the hulpvragen still open to ask them, as their page and a
 * conversation with them show it. A new instance per contact, so an answer about the previous one never
 * lands here.
 */
export class ContactAsks {
  asks = $state<ContactAskView[] | null>(null);
  /** The open hulpvragen, newest first (as core lists them). */
  open = $state<{ id: string; question: string }[]>([]);
  private seq = 0;

  constructor(readonly contactId: string) {}

  /** Fetches again whenever a hulpvraag, an ask or the contact changes; returns the function that stops it. */
  follow(): () => void {
    return changes.watch(['plan', 'contacts', 'conversations'], () => this.load());
  }

  async load(): Promise<void> {
    const seq = ++this.seq;
    const [asks, requests] = await Promise.all([
      unwrap(api.helpRequests.asksOf({ contactId: this.contactId })),
      unwrap(api.helpRequests.list()),
    ]);
    if (seq !== this.seq) return;
    this.asks = asks;
    this.open = requests.filter((r) => r.status === 'open').map(({ id, question }) => ({ id, question }));
  }

  /** An ask answered: the answer, the day, and the conversation it came in. */
  async answer(id: string, changes: Input<'helpRequests:updateAsk'>['changes']): Promise<void> {
    await unwrap(api.helpRequests.updateAsk({ id, changes }));
    await this.load();
  }

  /** A hulpvraag put to this person and answered at once (in a conversation). */
  async logAnswered(fields: Omit<Input<'helpRequests:logAsk'>, 'contactId'>): Promise<void> {
    await unwrap(api.helpRequests.logAsk({ ...fields, contactId: this.contactId }));
    await this.load();
  }
}
