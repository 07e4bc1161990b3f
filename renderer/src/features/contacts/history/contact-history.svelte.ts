import type { KeepInTouchStatus, ReferralChain, TimelineEntry } from '$contract/contract';
import type { TouchFields } from '$contract/domain';
import { api, unwrap } from '../../../shared/api';
import { changes } from '../../../shared/changes';

/**
 * One contact's history as the contact page shows it: the timeline (conversations and small touches) and
 * the referral chain. A new instance per contact, so an answer about the previous contact never lands here.
 */
export class ContactHistory {
  timeline = $state<TimelineEntry[]>([]);
  chain = $state<ReferralChain | null>(null);
  /** Where keeping in touch stands; null until known (or when core could not say). */
  keepInTouch = $state<KeepInTouchStatus | null>(null);
  loaded = $state(false);
  private keepInTouchSeq = 0;

  constructor(readonly contactId: string) {}

  /** Conversations this person took part in, as contact or participant. */
  get conversationCount(): number {
    return this.timeline.filter((e) => e.type === 'conversation').length;
  }

  /**
   * Fetches the history again whenever what it shows changes: a conversation, a touch, a name in the
   * chain, and where keeping in touch stands (which the settings' defaults move too). Returns the
   * function that stops it, for the page to call when it shows another contact or none.
   */
  follow(): () => void {
    return changes.watch(
      ['contacts', 'conversations', 'touches', 'reminders', 'settings', 'plan'],
      ({ kinds }) => {
        const jobs = [this.loadKeepInTouch().catch(() => undefined)];
        if (kinds.has('contacts') || kinds.has('conversations') || kinds.has('touches'))
          jobs.push(this.load());
        return Promise.all(jobs);
      },
    );
  }

  async load(): Promise<void> {
    const [timeline, chain] = await Promise.all([
      unwrap(api.contacts.timeline({ id: this.contactId })),
      unwrap(api.contacts.chain({ id: this.contactId })),
    ]);
    this.timeline = timeline;
    this.chain = chain;
    this.loaded = true;
  }

  /** Asks core where keeping in touch stands (after the contact, a touch or a conversation changed). */
  async loadKeepInTouch(): Promise<void> {
    const seq = ++this.keepInTouchSeq;
    const status = await unwrap(api.reminders.keepInTouch({ contactId: this.contactId }));
    if (seq === this.keepInTouchSeq) this.keepInTouch = status;
  }

  /** Records a small touch; core moves "laatste contact" with it (the contact page hears of it as a change). */
  async addTouch(
    fields: Omit<TouchFields, 'contactId' | 'threeB'> & Partial<Pick<TouchFields, 'threeB'>>,
  ): Promise<void> {
    await unwrap(api.touches.add({ ...fields, contactId: this.contactId }));
    await this.afterTouchChange();
  }

  /** Removes a touch and returns a way to put it back (as a new record with the same fields). */
  async removeTouch(entry: Extract<TimelineEntry, { type: 'touch' }>): Promise<() => Promise<void>> {
    await unwrap(api.touches.delete({ id: entry.id }));
    await this.afterTouchChange();
    return () =>
      this.addTouch({ channel: entry.channel, on: entry.date, note: entry.note, threeB: entry.threeB });
  }

  /**
   * This history's own change is shown before the action counts as finished. The contact, the list and
   * the reminders it moves (any contact resets the keep-in-touch clock) fetch again by themselves.
   */
  private async afterTouchChange(): Promise<void> {
    await Promise.all([this.load(), this.loadKeepInTouch().catch(() => undefined)]);
  }
}
