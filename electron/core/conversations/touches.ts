import { randomUUID } from 'node:crypto';
import type { Touch, TouchFields } from '../../contract/domain';
import { withAdded, withRemoved } from '../array-changes';
import type { Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import { isLaterDay } from '../../contract/rules/when';
import { DomainError } from '../errors';
import { today } from '../reminders/local-time';
import type { JournalStore } from '../journal/journal-store';

/** A touch as the channel gives it, or a caller in core without a B (then it counts as bevestigen). */
export type NewTouch = Omit<TouchFields, 'threeB'> & Partial<Pick<TouchFields, 'threeB'>>;

/** Small touches ("contact gehad"): a call, a card, a message. They count towards a contact's last contact. */
export class TouchLog {
  constructor(
    private readonly store: JournalStore,
    private readonly contacts: ContactBook,
    private readonly clock: Clock,
    private readonly newId: () => string = randomUUID,
  ) {}

  /** Adds a touch; `goalOn` marks it as a thank-you on the trail back (core/trail/). */
  add(fields: NewTouch, goalOn?: string): Touch {
    if (!this.contacts.find(fields.contactId)) {
      throw new DomainError('invalid_input', { contactId: 'invalid_choice' });
    }
    // A touch is contact that happened; one still to come is a reminder.
    if (isLaterDay(fields.on, today(this.clock))) throw new DomainError('invalid_input', { on: 'in_future' });
    const touch: Touch = {
      id: this.newId(),
      threeB: null,
      ...fields,
      ...(goalOn === undefined ? {} : { goalOn }),
      createdAt: this.clock.now().toISOString(),
    };
    this.store.update((j) => ({ ...j, touches: withAdded(j.touches, touch) }));
    return touch;
  }

  delete(id: string): void {
    if (!this.store.data.touches.some((t) => t.id === id)) throw new DomainError('not_found');
    this.store.update((j) => ({ ...j, touches: withRemoved(j.touches, (t) => t.id === id) }));
  }
}
