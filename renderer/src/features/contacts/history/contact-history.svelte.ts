import type { KeepInTouchStatus, ReferralChain, TimelineEntry } from '$contract/contract';
import type { TouchFields } from '$contract/domain';
import { api, unwrap } from '../../../shared/api';
import { contacts } from '../contacts.svelte';
import { reminders } from '../../reminders/reminders.svelte';

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

  /** Records a small touch; core moves "laatste contact" with it, so the contact and the list are fetched again. */
  async addTouch(fields: Omit<TouchFields, 'contactId'>): Promise<void> {
    await unwrap(api.touches.add({ ...fields, contactId: this.contactId }));
    await this.afterTouchChange();
  }

  /** Removes a touch and returns a way to put it back (as a new record with the same fields). */
  async removeTouch(entry: Extract<TimelineEntry, { type: 'touch' }>): Promise<() => Promise<void>> {
    await unwrap(api.touches.delete({ id: entry.id }));
    await this.afterTouchChange();
    return () => this.addTouch({ channel: entry.channel, on: entry.date, note: entry.note });
  }

  private async afterTouchChange(): Promise<void> {
    // Any contact resets the keep-in-touch clock, and may finish its reminder.
    reminders.changed();
    const [, contact] = await Promise.all([
      this.load(),
      unwrap(api.contacts.get({ id: this.contactId })),
      contacts.refresh(),
      this.loadKeepInTouch().catch(() => undefined),
    ]);
    // Not contacts.select(): that would also close a form the person may have opened in the meantime.
    if (contacts.selectedId === this.contactId) contacts.selected = contact;
  }
}
