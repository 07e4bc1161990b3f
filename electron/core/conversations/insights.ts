import type { Learnings } from '../../contract/contract';
import {
  conversationKinds,
  threeBs,
  type Conversation,
  type ConversationKind,
  type PlannedAction,
  type ThreeB,
} from '../../contract/domain';

// A list marker someone typed at the start of a line: "- ", "* ", "• ", "– ", "1. ", "2) ".
const LIST_MARKER = /^(?:[-*•–]|\d{1,2}[.)])\s+/;

/**
 * The points in a "kon beter" text: one per non-empty line, trimmed, without a list marker. People write
 * these as a list, a line per point, and a point is what the "Wat leer ik" view shows side by side.
 */
export function couldBeBetterPoints(text: string): string[] {
  const points: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const point = line.trim().replace(LIST_MARKER, '').trim();
    if (point) points.push(point);
  }
  return points;
}

function emptyMonth(month: string): Learnings['months'][number] {
  return {
    month,
    held: 0,
    kinds: Object.fromEntries(conversationKinds.map((k) => [k, 0])) as Record<ConversationKind, number>,
    threeBs: Object.fromEntries(threeBs.map((b) => [b, 0])) as Record<ThreeB, number>,
  };
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * What the person can learn from their own evaluations over a period (both ends included, null for
 * open), from `conversations` in list order (see order.ts: held ones newest first): every "kon beter" point and tip of the held conversations in it, newest first (within one
 * conversation: its points in the order written, then its tips), and per month how many conversations
 * were held, of which kind and for which B. Months run from the first to the last month with a held
 * conversation, quiet months included with zeros, so a chart of them has no gaps.
 */
export function learnings(
  conversations: readonly Conversation[],
  contactName: (contactId: string) => string,
  period: { from: string | null; to: string | null },
  actions: readonly PlannedAction[] = [],
): Learnings {
  const held = conversations.filter(
    (c) =>
      c.status === 'gehouden' &&
      (period.from === null || c.date >= period.from) &&
      (period.to === null || c.date <= period.to),
  );

  const points: Learnings['points'] = [];
  for (const c of held) {
    if (!c.evaluation) continue;
    const base = {
      conversationId: c.id,
      contactId: c.contactId,
      contactName: contactName(c.contactId),
      date: c.date,
    };
    for (const text of couldBeBetterPoints(c.evaluation.couldBeBetter)) {
      points.push({ type: 'couldBeBetter', text, ...base });
    }
    for (const text of c.evaluation.tips) points.push({ type: 'tip', text, ...base });
  }

  const months: Learnings['months'] = [];
  if (held.length > 0) {
    const byMonth = new Map<string, Learnings['months'][number]>();
    const last = held[0]!.date.slice(0, 7);
    for (let month = held[held.length - 1]!.date.slice(0, 7); month <= last; month = nextMonth(month)) {
      const row = emptyMonth(month);
      byMonth.set(month, row);
      months.push(row);
    }
    for (const c of held) {
      const row = byMonth.get(c.date.slice(0, 7))!;
      row.held++;
      row.kinds[c.kind]++;
      if (c.threeB !== null) row.threeBs[c.threeB]++;
    }
  }
  return { points, reflections: reflectionsOf(actions, contactName, period), months };
}

/**
 * The reflections of the actions done in the period with anything written in them, newest first (of one
 * day, the last written first): what the netwerkactieplan taught, beside what the conversations did.
 */
function reflectionsOf(
  actions: readonly PlannedAction[],
  contactName: (contactId: string) => string,
  period: { from: string | null; to: string | null },
): Learnings['reflections'] {
  const shown: Learnings['reflections'] = [];
  const order = new Map<string, string>();
  for (const a of actions) {
    const r = a.reflection;
    if (a.doneOn === null || r === null) continue;
    if ((period.from !== null && a.doneOn < period.from) || (period.to !== null && a.doneOn > period.to))
      continue;
    if (r.brought.trim() === '' && r.actedInReturn === null && r.nextStep.trim() === '') continue;
    const name = (a.contactId !== null ? contactName(a.contactId) : '') || a.who;
    order.set(a.id, `${a.doneOn} ${a.updatedAt}`);
    shown.push({
      actionId: a.id,
      what: a.what,
      contactId: a.contactId,
      name,
      doneOn: a.doneOn,
      brought: r.brought.trim(),
      actedInReturn: r.actedInReturn,
      nextStep: r.nextStep.trim(),
    });
  }
  return shown.sort((x, y) => (order.get(y.actionId)! < order.get(x.actionId)! ? -1 : 1));
}
