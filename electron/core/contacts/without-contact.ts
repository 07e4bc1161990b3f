/** Deleting a contact from the journal with every reference to them (ContactBook.delete). */
import type { Journal } from '../../contract/domain';
import { noteChanges, withRemoved } from '../array-changes';

/**
 * The journal without contact `id` and without any reference to them. `involved` are the conversations
 * that mention them (found through the index), so the other thousands are kept as they are, by identity.
 * A record changed for it gets `at` as its new version, so on another computer the change wins.
 */
export function withoutContact(j: Journal, id: string, involved: ReadonlySet<unknown>, at: string): Journal {
  // The conversations that go with them (they were the main contact): asks answered in one lose the link.
  const gone = new Set<string>();
  for (const v of j.conversations) if (involved.has(v) && v.contactId === id) gone.add(v.id);
  const askLinked = (a: Journal['helpAsks'][number]) =>
    a.contactId === id || (a.conversationId !== null && gone.has(a.conversationId));
  return {
    ...j,
    contacts: told(j.contacts, (c) =>
      c.id === id ? null : c.introducedById === id ? { ...c, introducedById: null } : c,
    ),
    conversations:
      involved.size === 0
        ? j.conversations
        : told(j.conversations, (v) => {
            if (!involved.has(v)) return v;
            if (v.contactId === id) return null;
            return {
              ...v,
              participantIds: v.participantIds.filter((p) => p !== id),
              evaluation: v.evaluation && {
                ...v.evaluation,
                referrals: v.evaluation.referrals.map((r) =>
                  r.contactId === id ? { ...r, contactId: null } : r,
                ),
              },
            };
          }),
    touches: j.touches.some((t) => t.contactId === id)
      ? withRemoved(j.touches, (t) => t.contactId === id)
      : j.touches,
    // Whom a hulpvraag was put to stays, by the name it was written with; the plans with them go.
    helpAsks: j.helpAsks.some(askLinked)
      ? told(j.helpAsks, (a) =>
          askLinked(a)
            ? {
                ...a,
                contactId: a.contactId === id ? null : a.contactId,
                conversationId:
                  a.conversationId !== null && gone.has(a.conversationId) ? null : a.conversationId,
                updatedAt: at,
              }
            : a,
        )
      : j.helpAsks,
    plannedActions: j.plannedActions.some((p) => p.contactId === id)
      ? withRemoved(j.plannedActions, (p) => p.contactId === id)
      : j.plannedActions,
  };
}

/** Each record kept as it is, replaced (a new object) or dropped (null), in a new array that tells which. */
export function told<T>(records: readonly T[], change: (record: T) => T | null): T[] {
  const next: T[] = [];
  const removed: T[] = [];
  const added: T[] = [];
  for (const r of records) {
    const changed = change(r);
    if (changed !== null) next.push(changed);
    if (changed === r) continue;
    removed.push(r);
    if (changed !== null) added.push(changed);
  }
  noteChanges(records, next, { removed, added });
  return next;
}
