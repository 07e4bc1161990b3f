/**
 * The reminders looked up by id, contact and conversation, and the open ones: what every rule and view
 * asks of twenty thousand reminders without going through them all.
 */
import type { Reminder } from '../../contract/domain';
import { changesBetween } from '../array-changes';
import { isActive } from './due';

const none: readonly never[] = Object.freeze([]);

/**
 * Reminders by id, contact and conversation, and the open ones. Built once per version of the reminders
 * array and patched after an edit (see array-changes.ts), so one contact's reminders are a lookup, not a
 * pass over twenty thousand.
 */
export class ReminderIndex {
  private of: readonly Reminder[] | null = null;
  readonly byId = new Map<string, Reminder>();
  private readonly byContact = new Map<string, Reminder[]>();
  private readonly byConversation = new Map<string, Reminder[]>();
  readonly active = new Set<Reminder>();
  /** Goes up whenever a done or skipped reminder comes or goes, so views of those know to look again. */
  doneVersion = 0;

  get size(): number {
    return this.byId.size;
  }

  ofContact(id: string): readonly Reminder[] {
    return this.byContact.get(id) ?? none;
  }

  ofConversation(id: string): readonly Reminder[] {
    return this.byConversation.get(id) ?? none;
  }

  sync(reminders: readonly Reminder[]): void {
    if (this.of === reminders) return;
    const changes = this.of && changesBetween(this.of, reminders, 256);
    if (changes) {
      for (const r of changes.removed) this.drop(r);
      for (const r of changes.added) this.add(r);
    } else {
      this.byId.clear();
      this.byContact.clear();
      this.byConversation.clear();
      this.active.clear();
      for (const r of reminders) this.add(r);
    }
    this.of = reminders;
  }

  private add(r: Reminder): void {
    this.byId.set(r.id, r);
    if (r.contactId !== null) listed(this.byContact, r.contactId).push(r);
    if (r.conversationId !== null) listed(this.byConversation, r.conversationId).push(r);
    if (isActive(r)) this.active.add(r);
    else this.doneVersion++;
  }

  private drop(r: Reminder): void {
    if (this.byId.get(r.id) === r) this.byId.delete(r.id);
    if (r.contactId !== null) unlisted(this.byContact, r.contactId, r);
    if (r.conversationId !== null) unlisted(this.byConversation, r.conversationId, r);
    if (!this.active.delete(r)) this.doneVersion++;
  }
}

function listed(map: Map<string, Reminder[]>, key: string): Reminder[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

function unlisted(map: Map<string, Reminder[]>, key: string, r: Reminder): void {
  const list = map.get(key);
  if (!list) return;
  const rest = list.filter((x) => x !== r);
  if (rest.length === 0) map.delete(key);
  else map.set(key, rest);
}
