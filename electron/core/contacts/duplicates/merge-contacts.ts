/**
 * Merging two records of one person into one (issue 12), as one change of the journal, and taking it back.
 *
 * Every reference to the contact merged away moves to the one kept: conversations with them and those
 * they took part in, referrals linked to them, the people they introduced, their touches and reminders.
 * Keeping in touch stays one reminder per person: the kept contact's own, or else the other's. The
 * contact merged away leaves the journal like a deleted one, so the journal's tombstone (added when the
 * change is written, journal-sync.ts) stops a synced copy from bringing them back.
 */
import type { MergeResult } from '../../../contract/contract';
import {
  Contact,
  type Conversation,
  type HelpAsk,
  type Journal,
  type NotDuplicate,
  type PlannedAction,
  type RecordConflict,
  type Reminder,
  type Touch,
} from '../../../contract/domain';
import { mergedFields, type ChosenField } from '../../../contract/rules/contact-merge';
import { fieldErrors } from '../../../contract/validation';
import { noteChanges, toldBetween } from '../../array-changes';
import { DomainError } from '../../errors';
import { sameRecord } from '../../journal/journal-merge';
import { isActive } from '../../reminders/due';
import { told } from '../contact-book';
import { pairKey } from './find-duplicates';

/** What a merge changed, enough to take it back while nothing of it was changed again. */
export interface MergeUndo {
  keepId: string;
  /** The contact merged away, as it was. */
  merged: Contact;
  /** Every other record the merge changed or removed, as it was before, by id. */
  before: {
    contacts: Map<string, Contact>;
    conversations: Map<string, Conversation>;
    touches: Map<string, Touch>;
    reminders: Map<string, Reminder>;
    helpAsks: Map<string, HelpAsk>;
    plannedActions: Map<string, PlannedAction>;
  };
  /**
   * The same records as the merge left them. Reminders are not compared with these on undo (their rules
   * move them on by themselves, and the person may tick one off); `after.reminders` says which moved.
   */
  after: {
    contacts: Map<string, Contact>;
    conversations: Map<string, Conversation>;
    touches: Map<string, Touch>;
    reminders: Map<string, Reminder>;
    helpAsks: Map<string, HelpAsk>;
    plannedActions: Map<string, PlannedAction>;
  };
  /** Open sync conflicts the merge changed or dropped, as they were, by id; and as the merge left them. */
  conflictsBefore: Map<string, RecordConflict>;
  conflictsAfter: Map<string, RecordConflict>;
  /** "Geen dubbele" pairs the merge took away, and those it wrote in their place (about the kept contact). */
  pairsRemoved: NotDuplicate[];
  pairsAdded: NotDuplicate[];
}

export interface Merge {
  journal: Journal;
  contact: Contact;
  undo: MergeUndo;
  moved: MergeResult['moved'];
}

/** The journal with `mergeId` merged into `keepId`, taking `fromOther` from the other (rules/contact-merge.ts). */
export function mergeContacts(
  j: Journal,
  keepId: string,
  mergeId: string,
  fromOther: readonly ChosenField[],
  now: string,
): Merge {
  if (keepId === mergeId) throw new DomainError('self_reference');
  const keep = j.contacts.find((c) => c.id === keepId);
  const other = j.contacts.find((c) => c.id === mergeId);
  if (!keep || !other) throw new DomainError('not_found');
  const parsed = Contact.safeParse({ ...mergedFields(keep, other, fromOther), id: keep.id, updatedAt: now });
  // Combined notes or tags can pass a limit: said per field, and nothing changes.
  if (!parsed.success) throw new DomainError('invalid_input', fieldErrors(parsed.error));
  const kept = parsed.data;
  const undo: MergeUndo = {
    keepId,
    merged: other,
    before: undoMaps(),
    after: undoMaps(),
    conflictsBefore: new Map(),
    conflictsAfter: new Map(),
    pairsRemoved: [],
    pairsAdded: [],
  };
  const moved = { conversations: 0, touches: 0, reminders: 0, introduced: 0 };
  const to = (id: string) => (id === mergeId ? keepId : id);

  const move = movesOnto(keepId, mergeId, now);
  const contacts = told(j.contacts, (c) => {
    if (c.id === mergeId) return null;
    if (c.id === keepId) return kept;
    const next = move.contact(c);
    if (next !== c) moved.introduced++;
    return next;
  });
  const conversations = told(j.conversations, (v) => {
    const next = move.conversation(v);
    if (next !== v) moved.conversations++;
    return next;
  });
  const touches = told(j.touches, (t) => {
    const next = move.touch(t);
    if (next !== t) moved.touches++;
    return next;
  });
  const keepsInTouch = j.reminders.some(
    (r) => r.contactId === keepId && r.kind === 'contact-onderhouden' && isActive(r),
  );
  let tookKeepInTouch = false;
  const reminders = told(j.reminders, (r) => {
    if (r.contactId !== mergeId) return r;
    if (r.kind === 'contact-onderhouden' && isActive(r)) {
      // Never two keep-in-touch reminders for one person: the kept contact's own stays, else one of theirs.
      if (keepsInTouch || tookKeepInTouch) return null;
      tookKeepInTouch = true;
    }
    moved.reminders++;
    return move.reminder(r);
  });
  // Whom a hulpvraag was put to and the actions planned with them (issue 14) go along too.
  const helpAsks = told(j.helpAsks, move.helpAsk);
  const plannedActions = told(j.plannedActions, move.plannedAction);
  for (const [list, next, before, after] of [
    [j.contacts, contacts, undo.before.contacts, undo.after.contacts],
    [j.conversations, conversations, undo.before.conversations, undo.after.conversations],
    [j.touches, touches, undo.before.touches, undo.after.touches],
    [j.reminders, reminders, undo.before.reminders, undo.after.reminders],
    [j.helpAsks, helpAsks, undo.before.helpAsks, undo.after.helpAsks],
    [j.plannedActions, plannedActions, undo.before.plannedActions, undo.after.plannedActions],
  ] as const) {
    noteDifferences(list, next, before as Map<string, { id: string }>, after as Map<string, { id: string }>);
  }
  undo.before.contacts.delete(mergeId);
  const conflicts = conflictsAfterMerge(j.conflicts, move, (collection, id) =>
    collection === 'contacts'
      ? id === mergeId
      : collection === 'reminders' && undo.before.reminders.has(id) && !undo.after.reminders.has(id),
  );
  noteDifferences(j.conflicts, conflicts, undo.conflictsBefore, undo.conflictsAfter);

  // "Geen dubbele" about the one merged away now holds for the kept contact; about the two of them, for nobody.
  let notDuplicates = j.notDuplicates;
  if (j.notDuplicates.some((p) => p.ids.includes(mergeId))) {
    const keys = new Set<string>();
    notDuplicates = [];
    for (const p of j.notDuplicates) {
      if (!p.ids.includes(mergeId)) {
        keys.add(pairKey(p.ids[0], p.ids[1]));
        notDuplicates.push(p);
      } else undo.pairsRemoved.push(p);
    }
    for (const p of undo.pairsRemoved) {
      const [a, b] = p.ids.map(to) as [string, string];
      if (a === b || keys.has(pairKey(a, b))) continue;
      keys.add(pairKey(a, b));
      const pair: NotDuplicate = { ids: a < b ? [a, b] : [b, a], at: p.at };
      notDuplicates.push(pair);
      undo.pairsAdded.push(pair);
    }
  }
  return {
    journal: {
      ...j,
      contacts,
      conversations,
      touches,
      reminders,
      helpAsks,
      plannedActions,
      notDuplicates,
      conflicts,
    },
    contact: kept,
    undo,
    moved,
  };
}

/** Each kind of record with every reference to `mergeId` turned to `keepId`; the same object when none. */
function movesOnto(keepId: string, mergeId: string, now: string) {
  const to = (id: string) => (id === mergeId ? keepId : id);
  return {
    contact(c: Contact): Contact {
      if (c.introducedById !== mergeId) return c;
      // The kept contact's own "verwezen door" (an older version of it, in a sync conflict): nobody
      // is introduced by themselves.
      return { ...c, introducedById: c.id === keepId ? null : keepId, updatedAt: now };
    },
    conversation(v: Conversation): Conversation {
      const involved =
        v.contactId === mergeId ||
        v.participantIds.includes(mergeId) ||
        v.evaluation?.referrals.some((r) => r.contactId === mergeId);
      if (!involved) return v;
      const contactId = to(v.contactId);
      // Each person once, and the main contact not again among the others present.
      const participantIds = [...new Set(v.participantIds.map(to))].filter((id) => id !== contactId);
      // A referral to the one merged away, in a conversation with the one kept (or the other way round),
      // would now say the person referred you to themself, which the app never lets anyone link
      // (self_reference). Most often the second record was made from that very referral. The link goes;
      // the referral stays, unlinked, because its name and why are words the person wrote.
      const evaluation = v.evaluation && {
        ...v.evaluation,
        referrals: v.evaluation.referrals.map((r) => {
          if (r.contactId === null) return r;
          const linked = to(r.contactId);
          if (linked === contactId) return { ...r, contactId: null };
          return linked === r.contactId ? r : { ...r, contactId: linked };
        }),
      };
      return { ...v, contactId, participantIds, evaluation, updatedAt: now };
    },
    // Touches are never edited otherwise (journal-merge.ts stands in createdAt for their version); moving
    // one is still an edit of one side, which a merge with the last-read version takes as it is.
    touch(t: Touch): Touch {
      return t.contactId === mergeId ? { ...t, contactId: keepId } : t;
    },
    reminder(r: Reminder): Reminder {
      return r.contactId === mergeId ? { ...r, contactId: keepId, updatedAt: now } : r;
    },
    // The name an ask was written with stays: it is the history of whom the person asked.
    helpAsk(a: HelpAsk): HelpAsk {
      return a.contactId === mergeId ? { ...a, contactId: keepId, updatedAt: now } : a;
    },
    plannedAction(p: PlannedAction): PlannedAction {
      return p.contactId === mergeId ? { ...p, contactId: keepId, updatedAt: now } : p;
    },
  };
}

function undoMaps(): MergeUndo['before'] {
  return {
    contacts: new Map(),
    conversations: new Map(),
    touches: new Map(),
    reminders: new Map(),
    helpAsks: new Map(),
    plannedActions: new Map(),
  };
}

/**
 * The open sync conflicts after a merge. Each holds the other computer's version of a record, which the
 * person may still choose ("Deze houden", conflicts.ts): a version naming the contact merged away would
 * bring that name back, pointing at nobody, so it is moved like the records are. A conflict about a
 * record the merge removed (the contact merged away, a keep-in-touch reminder let go) goes: choosing its
 * other version would bring back what the person just merged. Undoing the merge puts them all back.
 */
function conflictsAfterMerge(
  conflicts: readonly RecordConflict[],
  move: ReturnType<typeof movesOnto>,
  removed: (collection: RecordConflict['collection'], id: string) => boolean,
): RecordConflict[] {
  // Most journals have none; one that has some keeps its array when the merge touches none of them.
  const touched = (c: RecordConflict) => removed(c.collection, c.recordId) || movedOther(c, move) !== c.other;
  if (!conflicts.some(touched)) return conflicts as RecordConflict[];
  return told(conflicts, (c) => {
    if (removed(c.collection, c.recordId)) return null;
    const other = movedOther(c, move);
    return other === c.other ? c : ({ ...c, other } as RecordConflict);
  });
}

/** A conflict's other version with its references moved (the same object when it names nobody merged). */
function movedOther(c: RecordConflict, move: ReturnType<typeof movesOnto>): RecordConflict['other'] {
  // The schema types `other` as any record; the collection says which one it is.
  const other = c.other as unknown;
  if (other === null) return null;
  switch (c.collection) {
    case 'contacts':
      return move.contact(other as Contact);
    case 'conversations':
      return move.conversation(other as Conversation);
    case 'touches':
      return move.touch(other as Touch);
    case 'reminders':
      return move.reminder(other as Reminder);
    case 'helpAsks':
      return move.helpAsk(other as HelpAsk);
    case 'plannedActions':
      return move.plannedAction(other as PlannedAction);
    case 'ownQuestions':
    case 'organisations':
    case 'profile':
    case 'helpRequests':
    case 'messageTemplates':
      return c.other;
  }
}

/** Notes in `before` (and `after`) the records that differ between two versions of a list, by id. */
function noteDifferences<T extends { id: string }>(
  was: readonly T[],
  is: readonly T[],
  before: Map<string, T>,
  after: Map<string, T> | null,
): void {
  if (was === is) return;
  // `told` said what it changed: the few records, not the thousands kept as they were.
  const changes = toldBetween(was, is) ?? { removed: [...was], added: [...is] };
  const next = new Map(changes.added.map((r) => [r.id, r]));
  for (const r of changes.removed) {
    const now = next.get(r.id);
    if (now === r) continue;
    before.set(r.id, r);
    if (now && after) after.set(r.id, now);
  }
}

/**
 * The journal with a merge taken back: the contact merged away is there again and everything that moved
 * is where it was. Refused (`merge_changed`) when any of it was changed since: taking the merge back
 * would then undo that too. What comes back is stamped `now`, so it outlives the tombstone its removal
 * left in a synced copy.
 */
export function undoMerge(j: Journal, undo: MergeUndo, now: string): Journal {
  const unchanged = <T extends { id: string }>(list: readonly T[], after: Map<string, T>) => {
    if (after.size === 0) return true;
    let found = 0;
    for (const r of list) {
      const expected = after.get(r.id);
      if (!expected) continue;
      if (r !== expected && !sameRecord(r, expected)) return false;
      found++;
    }
    return found === after.size;
  };
  if (
    j.contacts.some((c) => c.id === undo.merged.id) ||
    !unchanged(j.contacts, undo.after.contacts) ||
    !unchanged(j.conversations, undo.after.conversations) ||
    !unchanged(j.touches, undo.after.touches) ||
    !unchanged(j.helpAsks, undo.after.helpAsks) ||
    !unchanged(j.plannedActions, undo.after.plannedActions)
  ) {
    throw new DomainError('merge_changed');
  }
  const stamped = <T extends { updatedAt?: string }>(r: T): T =>
    'updatedAt' in r ? { ...r, updatedAt: now } : r;
  const restore = <T extends { id: string; updatedAt?: string }>(
    list: readonly T[],
    before: Map<string, T>,
    back: T[],
  ) => {
    if (before.size === 0 && back.length === 0) return list as T[];
    const left = new Map(before);
    const next = list.map((r) => {
      const was = left.get(r.id);
      if (!was) return r;
      left.delete(r.id);
      return stamped(was);
    });
    // Records the merge removed (the other's keep-in-touch reminder, the contact itself) come back at the end.
    for (const r of [...left.values(), ...back]) next.push(stamped(r));
    noteChanges(list, next, {
      removed: list.filter((r, i) => next[i] !== r),
      added: next.filter((r, i) => list[i] !== r),
    });
    return next;
  };
  const backIds = new Set([`contacts:${undo.merged.id}`]);
  const remindersBack: Reminder[] = [];
  for (const [id, was] of undo.before.reminders) {
    if (undo.after.reminders.has(id)) continue;
    remindersBack.push(was);
    backIds.add(`reminders:${id}`);
  }
  const added = new Set(undo.pairsAdded.map((p) => pairKey(p.ids[0], p.ids[1])));
  const notDuplicates =
    undo.pairsAdded.length + undo.pairsRemoved.length === 0
      ? j.notDuplicates
      : [...j.notDuplicates.filter((p) => !added.has(pairKey(p.ids[0], p.ids[1]))), ...undo.pairsRemoved];
  return {
    ...j,
    contacts: restore(j.contacts, undo.before.contacts, [undo.merged]),
    conversations: restore(j.conversations, undo.before.conversations, []),
    touches: restore(j.touches, undo.before.touches, []),
    helpAsks: restore(j.helpAsks, undo.before.helpAsks, []),
    plannedActions: restore(j.plannedActions, undo.before.plannedActions, []),
    reminders: restore(j.reminders, movedBack(j.reminders, undo), remindersBack),
    notDuplicates,
    conflicts: conflictsBack(j.conflicts, undo),
    // Written before the undo, the merge left tombstones; the records are back, so they go.
    deleted: j.deleted.some((t) => backIds.has(`${t.collection}:${t.id}`))
      ? j.deleted.filter((t) => !backIds.has(`${t.collection}:${t.id}`))
      : j.deleted,
  };
}

/**
 * The reminders the merge moved, each back with the contact it was about, as they are now otherwise.
 * A reminder is not compared with what the merge left, as conversations are: its rules move a
 * keep-in-touch date by themselves, and a reminder ticked off or put off since the merge is the person's
 * later choice. Putting back the version from before the merge would open a reminder they marked done,
 * so it would nag them for something they did. Only who it is about goes back; one moved on to another
 * person since, or deleted since, stays as it is.
 */
function movedBack(now: readonly Reminder[], undo: MergeUndo): Map<string, Reminder> {
  const back = new Map<string, Reminder>();
  if (undo.after.reminders.size === 0) return back;
  for (const r of now) {
    const was = undo.before.reminders.get(r.id);
    if (!was || !undo.after.reminders.has(r.id) || r.contactId !== undo.keepId) continue;
    back.set(r.id, { ...r, contactId: was.contactId });
  }
  return back;
}

/** The open sync conflicts with what the merge changed or dropped put back; one settled since stays settled. */
function conflictsBack(now: readonly RecordConflict[], undo: MergeUndo): RecordConflict[] {
  if (undo.conflictsBefore.size === 0) return now as RecordConflict[];
  const present = new Set(now.map((c) => c.id));
  const back = now.map((c) => (undo.conflictsAfter.has(c.id) ? undo.conflictsBefore.get(c.id)! : c));
  for (const [id, was] of undo.conflictsBefore) {
    if (!undo.conflictsAfter.has(id) && !present.has(id)) back.push(was);
  }
  return back;
}
