/** The network plan's record collections (issue 14), and deleting one of their records. */
import type { Journal, RecordCollection } from '../../contract/domain';
import { withRemoved } from '../array-changes';

export const planCollections = [
  'profile',
  'helpRequests',
  'helpAsks',
  'plannedActions',
  'messageTemplates',
] as const satisfies readonly RecordCollection[];
export type PlanCollection = (typeof planCollections)[number];
export const isPlanCollection = (c: RecordCollection): c is PlanCollection =>
  (planCollections as readonly string[]).includes(c);

/**
 * The journal without the plan record `id`, and without what hangs on it: a hulpvraag goes with whom it
 * was put to, and the planned actions that served it keep their own text, unlinked.
 */
export function withoutPlanRecord(j: Journal, collection: PlanCollection, id: string): Journal {
  if (collection !== 'helpRequests') {
    return { ...j, [collection]: withRemoved(j[collection] as { id: string }[], (r) => r.id === id) };
  }
  return {
    ...j,
    helpRequests: withRemoved(j.helpRequests, (h) => h.id === id),
    helpAsks: j.helpAsks.some((a) => a.helpRequestId === id)
      ? withRemoved(j.helpAsks, (a) => a.helpRequestId === id)
      : j.helpAsks,
    plannedActions: j.plannedActions.some((p) => p.helpRequestId === id)
      ? j.plannedActions.map((p) => (p.helpRequestId === id ? { ...p, helpRequestId: null } : p))
      : j.plannedActions,
  };
}
