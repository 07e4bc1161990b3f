import type { Conversation } from '../../contract/domain';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order of the conversation list: planned ones first, soonest first (a planned one without a time
 * counts from the start of its day), then held ones, newest first. Ties go by creation and then id, so
 * the order is total and never depends on where a record sits in the file.
 */
export function listOrder(a: Conversation, b: Conversation): number {
  if (a.status !== b.status) return a.status === 'gepland' ? -1 : 1;
  const order =
    compare(a.date, b.date) ||
    compare(a.time ?? '', b.time ?? '') ||
    compare(a.createdAt, b.createdAt) ||
    compare(a.id, b.id);
  return a.status === 'gepland' ? order : -order;
}

/** Newest first by date, then time (none counts as the start of the day), then creation, then id. */
export function newestFirst(
  a: { id: string; date: string; time: string | null; createdAt: string },
  b: { id: string; date: string; time: string | null; createdAt: string },
): number {
  return -(
    compare(a.date, b.date) ||
    compare(a.time ?? '', b.time ?? '') ||
    compare(a.createdAt, b.createdAt) ||
    compare(a.id, b.id)
  );
}
