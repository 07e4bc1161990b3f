/**
 * Spreiding on Overzicht (issue 13): the advice is to think of the whole network, not only the people
 * nearest, so a note when most recent conversations stayed within one organisation or one kring.
 */
import type { Contact, Conversation } from '../../contract/domain';
import { SPREAD_LOOK, SPREAD_MIN, SPREAD_SHARE, type SpreadNote } from '../../contract/overview';
import { organisationKey } from '../../contract/rules/organisation-name';
import type { WeekCounts } from './overview-index';

/**
 * The note for the latest SPREAD_LOOK held conversations of `weeks` (Mondays, oldest first), by their
 * main contact: an organisation when at least SPREAD_SHARE percent were at one, else a kring, else how
 * many organisations and kringen they went to; null when there are fewer than SPREAD_MIN.
 */
export function spreadNote(
  weeks: readonly string[],
  byWeek: ReadonlyMap<string, WeekCounts>,
  today: string,
  find: (id: string) => Contact | undefined,
): SpreadNote | null {
  const recent: Conversation[] = [];
  for (let i = weeks.length - 1; i >= 0 && recent.length < SPREAD_LOOK; i--) {
    const held = byWeek.get(weeks[i]!)?.held ?? [];
    const sorted = held
      .filter((c) => c.date <= today)
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    recent.push(...sorted.slice(0, SPREAD_LOOK - recent.length));
  }
  const of = recent.length;
  if (of < SPREAD_MIN) return null;
  const organisations = new Map<string, { name: string; count: number }>();
  const circles = new Map<Contact['circle'], number>();
  for (const c of recent) {
    const contact = find(c.contactId);
    if (!contact) continue;
    const key = organisationKey(contact.organisation);
    if (key !== '') {
      const seen = organisations.get(key);
      // Named as on the latest conversation's contact.
      if (seen) seen.count++;
      else organisations.set(key, { name: contact.organisation.trim(), count: 1 });
    }
    if (contact.circle !== null) circles.set(contact.circle, (circles.get(contact.circle) ?? 0) + 1);
  }
  const enough = (count: number) => count * 100 >= SPREAD_SHARE * of;
  for (const { name, count } of organisations.values()) {
    if (enough(count)) return { kind: 'organisation', organisation: name, count, of };
  }
  for (const [circle, count] of circles) {
    if (circle !== null && enough(count)) return { kind: 'circle', circle, count, of };
  }
  return { kind: 'spread', of, organisations: organisations.size, circles: circles.size };
}
