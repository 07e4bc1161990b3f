/**
 * Houd ze op de hoogte (issue 14): before the goal is reached, Vandaag suggests now and then to tell a
 * helper how it is going. Someone who referred me to a person I then spoke (the person's "verwezen door"),
 * and who has not heard from me since that conversation, is suggested KEEP_INFORMED_DAYS after it; the
 * suggestion opens the progress text (voortgang) to them. Once the goal is reached the trail back thanks
 * them instead (core/trail), so then there is none.
 *
 * Only conversations of the last KEEP_INFORMED_UNTIL days count: a helper not heard from for longer is a
 * relation gone quiet, which Vandaag suggests on its own. The referred contacts are gathered once per
 * version of the contacts array; a look then costs a lookup per referred person.
 */
import { KEEP_INFORMED_DAYS, KEEP_INFORMED_UNTIL, type Suggestion } from '../../contract/overview';
import { PROFILE_ID, type Contact, type Conversation, type Journal } from '../../contract/domain';
import { daysBetween } from '../reminders/local-time';
import type { ContactEntry } from './overview-ranks';

export class KeepInformed {
  private referred: { for: readonly Contact[]; list: Contact[] } | null = null;

  constructor(
    private readonly data: () => Journal,
    private readonly lastHeldWith: (contactId: string) => Conversation | undefined,
  ) {}

  /**
   * The helper waiting longest to hear how it went, among those `free` lets through (not shown, not put
   * off, nothing due with them); undefined when there is none or the goal is reached.
   */
  pick(
    today: string,
    entries: ReadonlyMap<string, ContactEntry>,
    free: (helperId: string) => boolean,
  ): Suggestion | undefined {
    const j = this.data();
    const profile = j.profile.find((p) => p.id === PROFILE_ID) ?? j.profile[0];
    if (profile?.reached) return undefined;
    let best: { helper: Contact; person: Contact; held: Conversation } | undefined;
    for (const person of this.referredContacts(j.contacts)) {
      const held = this.lastHeldWith(person.id);
      if (!held) continue;
      const days = daysBetween(held.date, today);
      if (days < KEEP_INFORMED_DAYS || days > KEEP_INFORMED_UNTIL) continue;
      if (best && best.held.date <= held.date) continue;
      const helper = entries.get(person.introducedById!);
      // Not heard from me since (a conversation, a touch, keeping in touch done): their last is before it.
      if (!helper || (helper.last !== null && helper.last >= held.date)) continue;
      if (!free(helper.contact.id)) continue;
      best = { helper: helper.contact, person, held };
    }
    if (!best) return undefined;
    const { helper, person, held } = best;
    return {
      key: `keep-informed:${helper.id}`,
      kind: 'keep-informed',
      contactId: helper.id,
      contactName: helper.name,
      since: held.date,
      days: daysBetween(held.date, today),
      action: {
        kind: 'write-update',
        contactId: helper.id,
        referredId: person.id,
        referredName: person.name,
      },
    };
  }

  /** The active contacts someone referred me to. */
  private referredContacts(contacts: readonly Contact[]): Contact[] {
    if (this.referred?.for !== contacts) {
      const list = contacts.filter((c) => c.introducedById !== null && !c.archived);
      this.referred = { for: contacts, list };
    }
    return this.referred.list;
  }
}
