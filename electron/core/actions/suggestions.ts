/**
 * Whom to plan an action with (issue 14): the seeds advise starting with the people close to you, so
 * warm contacts first, then lauw ones; of those, the people with nothing planned (no open action, no
 * conversation still to come) and not in touch lately, the longest quiet first and who was never in
 * touch before them. Archived people and people still to sort in are left out.
 */
import type { ActionSuggestion } from '../../contract/contract';
import type { Contact, Conversation, PlannedAction } from '../../contract/domain';
import { addDays } from '../../contract/rules/calendar';
import { awaitsSortIn } from '../../contract/rules/sort-in';

/** In touch within this many days counts as "lately": not suggested. */
export const RECENT_DAYS = 28;

export interface SuggestionSources {
  contacts: readonly Contact[];
  actions: readonly PlannedAction[];
  conversations: readonly Conversation[];
  lastContactOn: (c: Contact) => string | null;
  today: string;
  limit: number;
}

export function suggestToPlan(s: SuggestionSources): ActionSuggestion[] {
  const planned = new Set<string>();
  for (const a of s.actions) if (a.doneOn === null && a.contactId !== null) planned.add(a.contactId);
  for (const v of s.conversations) {
    if (v.status === 'gepland' && v.date >= s.today)
      for (const id of [v.contactId, ...v.participantIds]) planned.add(id);
  }
  const since = addDays(s.today, -RECENT_DAYS);
  const found: ActionSuggestion[] = [];
  for (const c of s.contacts) {
    if (c.archived || awaitsSortIn(c) || planned.has(c.id)) continue;
    if (c.warmth !== 'warm' && c.warmth !== 'lauw') continue;
    const last = s.lastContactOn(c);
    if (last !== null && last > since) continue;
    found.push({
      contactId: c.id,
      name: c.name,
      organisation: c.organisation,
      warmth: c.warmth,
      strength: c.strength,
      lastContactOn: last,
    });
  }
  const rank = { warm: 0, lauw: 1 } as const;
  found.sort(
    (a, b) =>
      rank[a.warmth as 'warm' | 'lauw'] - rank[b.warmth as 'warm' | 'lauw'] ||
      (a.lastContactOn ?? '').localeCompare(b.lastContactOn ?? '') ||
      a.name.localeCompare(b.name, 'nl'),
  );
  return found.slice(0, s.limit);
}
