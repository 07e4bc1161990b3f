/**
 * Where keeping in touch stands with every active contact (Contacten's keep-in-touch filter and its
 * counts, read on every contacts:list): worked out for all contacts once, then patched per change for
 * the people a change touched (issue 13: derived views patched per change). Before, the first filter
 * change or keystroke after any edit worked out all 5,000 contacts again.
 */
import type { KeepInTouchState } from '../../contract/contact-filters';
import type { Contact, Conversation, Journal } from '../../contract/domain';
import { keepInTouchStand } from '../../contract/rules/gone-quiet';
import { awaitsSortIn } from '../../contract/rules/sort-in';
import type { KeepInTouchDefaults } from '../../contract/contract';
import type { ContactBook } from '../contacts/contact-book';
import { pairsBetween } from '../journal-changes';
import { effectiveCadence } from './keep-in-touch';

type Sources = Pick<Journal, 'contacts' | 'conversations' | 'touches' | 'reminders'>;

/** At most this many people changed, patching; more (an import, a merge from outside): all again. */
const PATCH_MAX = 256;

export class KeepInTouchStates {
  private kept: {
    sources: Sources;
    zone: string;
    day: string;
    key: string;
    states: ReadonlyMap<string, KeepInTouchState>;
  } | null = null;

  constructor(
    private readonly contacts: ContactBook,
    /** The day the relation is counted from (ReminderRules.anchorOf, keep-in-touch reminders done only). */
    private readonly anchorOf: (contact: Contact, zone: string) => string,
  ) {}

  /**
   * The states on `day`: the same map while contacts, conversations, touches and reminders, the day, the
   * zone and the defaults stay (not the journal object: a save that adopts tombstones replaces it).
   */
  of(
    data: Sources,
    day: string,
    zone: string,
    defaults: KeepInTouchDefaults,
  ): ReadonlyMap<string, KeepInTouchState> {
    const key = JSON.stringify(defaults);
    const kept = this.kept;
    const sources: Sources = {
      contacts: data.contacts,
      conversations: data.conversations,
      touches: data.touches,
      reminders: data.reminders,
    };
    if (kept?.day === day && kept.key === key && kept.zone === zone) {
      const seen = kept.sources;
      if (
        seen.contacts === sources.contacts &&
        seen.conversations === sources.conversations &&
        seen.touches === sources.touches &&
        seen.reminders === sources.reminders
      )
        return kept.states;
      const people = this.touched(seen, sources);
      if (people) {
        const states = new Map(kept.states);
        for (const id of people) {
          states.delete(id);
          const contact = this.contacts.find(id);
          const state = contact && this.stateOf(contact, day, zone, defaults);
          if (state) states.set(id, state);
        }
        this.kept = { sources, zone, day, key, states };
        return states;
      }
    }
    const states = new Map<string, KeepInTouchState>();
    for (const contact of sources.contacts) {
      const state = this.stateOf(contact, day, zone, defaults);
      if (state) states.set(contact.id, state);
    }
    this.kept = { sources, zone, day, key, states };
    return states;
  }

  private stateOf(
    contact: Contact,
    day: string,
    zone: string,
    defaults: KeepInTouchDefaults,
  ): KeepInTouchState | null {
    if (contact.archived) return null;
    const { interval } = effectiveCadence(contact, defaults);
    // Without a cadence only "verwaterd" can apply, and never to someone still to sort in or set to none.
    if (!interval && (contact.cadence === 'geen' || awaitsSortIn(contact))) return null;
    const state = keepInTouchStand(contact, this.anchorOf(contact, zone), interval, day);
    return state === 'none' ? null : state;
  }

  /**
   * The ids of the people whose state may have changed from `seen` to `now`; null when the contacts'
   * ids are not unique (then which record counts is the full pass's to say) or too many changed.
   */
  private touched(seen: Sources, now: Sources): Set<string> | null {
    if (!this.contacts.hasUniqueIds()) return null;
    const people = new Set<string>();
    const all = (c: Conversation) => [c.contactId, ...c.participantIds];
    for (const { before, after } of pairsBetween(seen.contacts, now.contacts))
      people.add((after ?? before)!.id);
    for (const { before, after } of pairsBetween(seen.conversations, now.conversations)) {
      for (const c of [before, after]) if (c) for (const id of all(c)) people.add(id);
    }
    for (const { before, after } of pairsBetween(seen.touches, now.touches)) {
      for (const t of [before, after]) if (t) people.add(t.contactId);
    }
    for (const { before, after } of pairsBetween(seen.reminders, now.reminders)) {
      for (const r of [before, after]) if (r?.contactId) people.add(r.contactId);
    }
    return people.size > PATCH_MAX ? null : people;
  }
}
