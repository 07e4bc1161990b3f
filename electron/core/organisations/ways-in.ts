import type { Contact, Conversation } from '../../contract/domain';
import { nameKey } from '../contacts/contact-order';

export interface WaysIn {
  /**
   * The shortest chain from a warm contact to one of `people`: the warm contact first, the person last
   * (one person when they are warm themselves); null when no warm contact leads to any of them.
   */
  routeTo(people: readonly Contact[]): { id: string; name: string }[] | null;
}

/**
 * The via-via network: who knows whom through an introduction (`introducedById`) or a referral (named
 * in a conversation with someone). Either way the two know each other, so a tie counts both ways. One
 * breadth-first pass from every warm contact at once gives each person the nearest warm contact and
 * the step back towards them; a route is then read off by following the steps. Active contacts only.
 */
export function waysIn(contacts: readonly Contact[], conversations: readonly Conversation[]): WaysIn {
  const active = new Map<string, Contact>();
  for (const c of contacts) if (!c.archived) active.set(c.id, c);
  const ties = new Map<string, Set<string>>();
  const tie = (a: string, b: string | null) => {
    if (b === null || a === b || !active.has(a) || !active.has(b)) return;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = ties.get(from);
      if (set) set.add(to);
      else ties.set(from, new Set([to]));
    }
  };
  for (const c of active.values()) tie(c.id, c.introducedById);
  for (const v of conversations) for (const r of v.evaluation?.referrals ?? []) tie(v.contactId, r.contactId);

  // From each person one step towards the nearest warm contact (a warm contact: no step).
  const towardsWarm = new Map<string, string | null>();
  const distance = new Map<string, number>();
  // Warm people in name order, so that of two equally near the same one is found every time.
  const warm = [...active.values()].filter((c) => c.warmth === 'warm');
  warm.sort((a, b) => cmp(nameKey(a), nameKey(b)));
  for (const c of warm) {
    towardsWarm.set(c.id, null);
    distance.set(c.id, 0);
  }
  let ids = warm.map((c) => c.id);
  for (let step = 1; ids.length > 0; step++) {
    const next: string[] = [];
    for (const id of ids) {
      for (const other of ties.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, step);
        towardsWarm.set(other, id);
        next.push(other);
      }
    }
    ids = next;
  }

  return {
    routeTo(people) {
      let nearest: Contact | null = null;
      for (const c of people) {
        const d = distance.get(c.id);
        if (d === undefined) continue;
        const best = nearest && distance.get(nearest.id)!;
        if (nearest === null || d < best! || (d === best && nameKey(c) < nameKey(nearest))) nearest = c;
      }
      if (nearest === null) return null;
      const route: { id: string; name: string }[] = [];
      for (let id: string | null = nearest.id; id !== null; id = towardsWarm.get(id) ?? null) {
        const c = active.get(id)!;
        route.push({ id: c.id, name: c.name });
      }
      return route.reverse();
    },
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
