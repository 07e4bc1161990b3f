/**
 * Merging two versions of the journal, record by record: the one in memory (ours) and one from outside
 * (theirs: the file after a sync tool brought the other computer's edits, or a sync tool's conflict copy).
 *
 * With a base (the version both came from: what we last read or wrote) it is a three-way merge per record:
 * changed on one side only → that side; changed on both → the newest `updatedAt` is shown and the other
 * version is kept as a conflict for the person to choose. Without a base (a conflict copy, whose common
 * ancestor is not known) every difference counts as changed on both sides.
 *
 * Deletions: a record gone on one side and unchanged on the other is gone (and a tombstone remembers it,
 * so a copy that still has it does not bring it back). A record deleted on one side and edited on the
 * other is KEPT, with the deletion listed as the conflict's other choice: an edit is something a person
 * typed, and it must not disappear without them choosing; deleting it again is one click.
 *
 * Records without `updatedAt` (touches, own questions) are never edited, only added and deleted; their
 * `createdAt` stands in for it. Conflicts are merged like records, so one settled on one computer stays
 * settled on the other.
 */
import {
  recordCollections,
  type Dismissal,
  type Journal,
  type NotDuplicate,
  type RecordCollection,
  type RecordConflict,
  type Tombstone,
} from '../../contract/domain';

/** How long a tombstone is kept. A copy older than this that still holds a deleted record brings it back. */
const TOMBSTONE_DAYS = 400;

type AnyRecord = { id: string; updatedAt?: string; createdAt?: string; at?: string };
type Collection = RecordCollection | 'conflicts';
const collections: readonly Collection[] = [...recordCollections, 'conflicts'];

/** What came in from the other side, for the short message after a merge. */
export interface MergeReport {
  added: number;
  changed: number;
  deleted: number;
  /** New conflicts: records changed on both sides. */
  conflicts: number;
}

export interface MergeResult {
  journal: Journal;
  report: MergeReport;
  /** True when the result differs from `theirs` (so it must be written back). */
  differsFromTheirs: boolean;
}

/**
 * Merges `theirs` into `ours`. `base` is what both came from, or null when unknown. `now` stamps new
 * tombstones and conflicts; `newId` names a new conflict.
 */
export function mergeJournals(
  base: Journal | null,
  ours: Journal,
  theirs: Journal,
  now: Date,
  newId: () => string,
): MergeResult {
  const at = now.toISOString();
  const report: MergeReport = { added: 0, changed: 0, deleted: 0, conflicts: 0 };
  const tombstones = new Map<string, Tombstone>();
  for (const t of [...ours.deleted, ...theirs.deleted]) {
    const key = `${t.collection}:${t.id}`;
    const known = tombstones.get(key);
    if (!known || known.deletedAt < t.deletedAt) tombstones.set(key, t);
  }
  const newConflicts: RecordConflict[] = [];
  const merged = { ...ours } as Journal;
  let differsFromTheirs = false;

  for (const collection of collections) {
    const oursList = ours[collection] as readonly AnyRecord[];
    const theirsList = theirs[collection] as readonly AnyRecord[];
    const baseList = base ? (base[collection] as readonly AnyRecord[]) : null;
    if (oursList === theirsList) continue;
    const theirById = byId(theirsList);
    const baseById = baseList ? byId(baseList) : null;
    const tombstoneOf = (id: string) => tombstones.get(`${collection}:${id}`);
    const bury = (id: string) => {
      if (!tombstoneOf(id)) tombstones.set(`${collection}:${id}`, { collection, id, deletedAt: at });
    };
    const conflict = (recordId: string, other: AnyRecord | null) => {
      if (collection === 'conflicts') return;
      newConflicts.push({ id: newId(), collection, recordId, other, at } as RecordConflict);
    };
    const result: AnyRecord[] = [];
    const seen = new Set<string>();

    const decide = (id: string, mine: AnyRecord | undefined, their: AnyRecord | undefined) => {
      const was = baseById?.get(id);
      const mineChanged = baseById ? !sameRecord(was, mine) : true;
      const theirChanged = baseById ? !sameRecord(was, their) : true;
      if (mine && their) {
        if (sameRecord(mine, their)) return mine;
        if (!theirChanged) return mine;
        if (!mineChanged) {
          report.changed++;
          return their;
        }
        const sameButNotified = onlyNotifiedDiffers(mine, their);
        if (sameButNotified) return sameButNotified;
        // Both changed: the newest is shown, the other kept for the person to choose.
        const theirsNewer = versionOf(their) > versionOf(mine);
        conflict(id, theirsNewer ? mine : their);
        if (theirsNewer) report.changed++;
        return theirsNewer ? their : mine;
      }
      const only = mine ?? their!;
      const onlyMine = mine !== undefined;
      if (was !== undefined) {
        // Deleted on the side that lacks it. Unchanged on the other: gone. Edited there: kept (see top).
        if (!(onlyMine ? mineChanged : theirChanged)) {
          if (onlyMine) report.deleted++;
          bury(id);
          return undefined;
        }
        conflict(id, null);
        if (!onlyMine) report.changed++;
        return only;
      }
      // Not in the base: new on one side, unless the other side deleted it (a tombstone).
      const tombstone = tombstoneOf(id);
      if (tombstone) {
        if (tombstone.deletedAt >= versionOf(only)) return undefined;
        // Changed after the deletion elsewhere: kept, the deletion offered as the other choice.
        conflict(id, null);
        if (!onlyMine) report.changed++;
        return only;
      }
      if (!onlyMine) report.added++;
      return only;
    };

    for (const mine of oursList) {
      seen.add(mine.id);
      const kept = decide(mine.id, mine, theirById.get(mine.id));
      if (kept) result.push(kept);
    }
    for (const their of theirsList) {
      if (seen.has(their.id)) continue;
      seen.add(their.id);
      const kept = decide(their.id, undefined, their);
      if (kept) result.push(kept);
    }
    // Records in the base that both sides deleted are gone; remember them too.
    if (baseList) for (const was of baseList) if (!seen.has(was.id)) bury(was.id);
    for (const record of result) {
      const t = tombstoneOf(record.id);
      // A record brought back (a conflict settled for the deleted version's other side) outlives its tombstone.
      if (t && t.deletedAt < versionOf(record)) tombstones.delete(`${collection}:${record.id}`);
    }
    (merged as Record<Collection, unknown>)[collection] = sameList(result, oursList) ? oursList : result;
    if (!sameList(result, theirsList)) differsFromTheirs = true;
  }

  merged.conflicts = [...merged.conflicts, ...newConflicts];
  // Set-aside records (kept as text until the person decides): theirs that are new since the base join
  // ours; one we put back or threw away since the base (in it, not in ours) stays gone.
  const ourAside = new Set(ours.setAside.map((r) => r.id));
  const baseAside = base ? new Set(base.setAside.map((r) => r.id)) : null;
  const joining = theirs.setAside.filter((r) => !ourAside.has(r.id) && !baseAside?.has(r.id));
  if (joining.length > 0) merged.setAside = [...ours.setAside, ...joining];
  const theirAside = new Set(theirs.setAside.map((r) => r.id));
  const mergedAside = new Set(merged.setAside.map((r) => r.id));
  if (
    merged.setAside.some((r) => !theirAside.has(r.id)) ||
    theirs.setAside.some((r) => !mergedAside.has(r.id))
  ) {
    differsFromTheirs = true;
  }
  // Pairs the person said are not one person ("Geen dubbele") are only ever added, so both sides' count:
  // one said on either computer stays said. A pair naming a contact that is gone is harmless (not shown).
  const ourPairs = new Set(ours.notDuplicates.map(pairKey));
  const joiningPairs = theirs.notDuplicates.filter((p) => !ourPairs.has(pairKey(p)));
  if (joiningPairs.length > 0) merged.notDuplicates = [...ours.notDuplicates, ...joiningPairs];
  const theirPairs = new Set(theirs.notDuplicates.map(pairKey));
  if (merged.notDuplicates.some((p) => !theirPairs.has(pairKey(p)))) differsFromTheirs = true;
  // Suggestions put off ("niet nu", issue 13): per suggestion the later return day of the two sides.
  const dismissals = mergeDismissals(ours.dismissals, theirs.dismissals, at);
  if (dismissals !== ours.dismissals) merged.dismissals = dismissals;
  if (mergeDismissals(theirs.dismissals, dismissals, at) !== theirs.dismissals) differsFromTheirs = true;
  for (const id of keepReferencedContacts(merged, [base, ours, theirs], newConflicts, newId, at)) {
    tombstones.delete(`contacts:${id}`);
  }
  for (const id of keepReferencedHelpRequests(merged, [base, ours, theirs], newConflicts, newId, at)) {
    tombstones.delete(`helpRequests:${id}`);
  }
  report.conflicts = newConflicts.length;
  if (newConflicts.length > 0) differsFromTheirs = true;
  const horizon = new Date(now.getTime() - TOMBSTONE_DAYS * 86_400_000).toISOString();
  const deleted = [...tombstones.values()].filter((t) => t.deletedAt >= horizon);
  merged.deleted = sameTombstones(deleted, ours.deleted) ? ours.deleted : deleted;
  if (!sameTombstones(deleted, theirs.deleted)) differsFromTheirs = true;
  return { journal: merged, report, differsFromTheirs };
}

/**
 * Tombstones for the records that are in `before` and not in `after`: what was deleted in between.
 * Only lists whose array changed are looked at, so after a typical edit this costs next to nothing.
 */
export function withTombstones(before: Journal, after: Journal, now: Date): Journal {
  let added: Tombstone[] | null = null;
  for (const collection of collections) {
    const was = before[collection] as readonly AnyRecord[];
    const is = after[collection] as readonly AnyRecord[];
    if (was === is || was.length === 0) continue;
    // An edit in place or an addition keeps every record that was there: quick check by position.
    if (is.length >= was.length && sameIdsUpTo(was, is)) continue;
    const present = new Set<string>();
    for (const r of is) present.add(r.id);
    for (const r of was) {
      if (!present.has(r.id)) (added ??= []).push({ collection, id: r.id, deletedAt: now.toISOString() });
    }
  }
  return added ? { ...after, deleted: [...after.deleted, ...added] } : after;
}

function sameIdsUpTo(was: readonly AnyRecord[], is: readonly AnyRecord[]): boolean {
  for (let i = 0; i < was.length; i++) if (was[i] !== is[i] && was[i]!.id !== is[i]!.id) return false;
  return true;
}

/**
 * A conversation, touch or reminder kept from one side may name a contact the other side deleted. The
 * contact is kept then (from whichever version has it), with the deletion offered as the other choice:
 * a conversation without its contact has no page to show it on. Returns the ids of the contacts kept.
 */
function keepReferencedContacts(
  merged: Journal,
  versions: readonly (Journal | null)[],
  conflicts: RecordConflict[],
  newId: () => string,
  at: string,
): string[] {
  const present = new Set(merged.contacts.map((c) => c.id));
  const conversations = new Set(merged.conversations.map((v) => v.id));
  const wanted = new Set<string>();
  const want = (id: string | null) => {
    if (id !== null && !present.has(id)) wanted.add(id);
  };
  for (const v of merged.conversations) {
    want(v.contactId);
    v.participantIds.forEach(want);
    v.evaluation?.referrals.forEach((r) => want(r.contactId));
  }
  for (const t of merged.touches) want(t.contactId);
  for (const r of merged.reminders) want(r.contactId);
  for (const c of merged.contacts) want(c.introducedById);
  // The network plan (issue 14): whom a hulpvraag was put to, and whom an action is planned with.
  for (const a of merged.helpAsks) want(a.contactId);
  for (const p of merged.plannedActions) want(p.contactId);
  // A reminder about a conversation that is gone has nothing left to remind of.
  if (merged.reminders.some((r) => r.conversationId !== null && !conversations.has(r.conversationId))) {
    merged.reminders = merged.reminders.filter(
      (r) => r.conversationId === null || conversations.has(r.conversationId),
    );
  }
  if (wanted.size === 0) return [];
  const restored = [...merged.contacts];
  for (const id of wanted) {
    const version = versions.map((j) => j?.contacts.find((c) => c.id === id)).find((c) => c !== undefined);
    if (!version) continue;
    restored.push(version);
    const conflict: RecordConflict = { id: newId(), collection: 'contacts', recordId: id, other: null, at };
    conflicts.push(conflict);
    merged.conflicts = [...merged.conflicts, conflict];
  }
  merged.contacts = restored;
  return [...wanted];
}

/**
 * An ask or a planned action kept from one side may belong to a hulpvraag the other side deleted (which
 * took its asks along there). The hulpvraag is kept then, with the deletion offered as the other choice,
 * as for a contact: an ask without its question would be set aside at the next start, out of view.
 */
function keepReferencedHelpRequests(
  merged: Journal,
  versions: readonly (Journal | null)[],
  conflicts: RecordConflict[],
  newId: () => string,
  at: string,
): string[] {
  const present = new Set(merged.helpRequests.map((h) => h.id));
  const wanted = new Set<string>();
  for (const a of merged.helpAsks) if (!present.has(a.helpRequestId)) wanted.add(a.helpRequestId);
  for (const p of merged.plannedActions) {
    if (p.helpRequestId !== null && !present.has(p.helpRequestId)) wanted.add(p.helpRequestId);
  }
  if (wanted.size === 0) return [];
  const restored = [...merged.helpRequests];
  const kept: string[] = [];
  for (const id of wanted) {
    const version = versions
      .map((j) => j?.helpRequests.find((h) => h.id === id))
      .find((h) => h !== undefined);
    if (!version) continue;
    restored.push(version);
    kept.push(id);
    const conflict: RecordConflict = {
      id: newId(),
      collection: 'helpRequests',
      recordId: id,
      other: null,
      at,
    };
    conflicts.push(conflict);
    merged.conflicts = [...merged.conflicts, conflict];
  }
  merged.helpRequests = restored;
  return kept;
}

function pairKey(pair: NotDuplicate): string {
  return pair.ids.join(' ');
}

function byId(list: readonly AnyRecord[]): Map<string, AnyRecord> {
  const map = new Map<string, AnyRecord>();
  for (const r of list) map.set(r.id, r);
  return map;
}

/** The moment a record was last changed: updatedAt, else createdAt (never edited), else a conflict's `at`. */
function versionOf(record: AnyRecord): string {
  return record.updatedAt ?? record.createdAt ?? record.at ?? '';
}

/**
 * Two reminders that differ only in `notifiedAt` were both shown, once on each computer: not a
 * conflict anyone needs to see. The one that says it was shown is kept, so it is not shown again.
 */
function onlyNotifiedDiffers(a: AnyRecord, b: AnyRecord): AnyRecord | null {
  if (!('notifiedAt' in a) || !('notifiedAt' in b)) return null;
  if (!sameRecord({ ...a, notifiedAt: null }, { ...b, notifiedAt: null })) return null;
  return (a as { notifiedAt: string | null }).notifiedAt !== null ? a : b;
}

function sameList(a: readonly AnyRecord[], b: readonly AnyRecord[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameRecord(a[i], b[i])) return false;
  return true;
}

function sameTombstones(a: readonly Tombstone[], b: readonly Tombstone[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(b.map((t) => `${t.collection}:${t.id}:${t.deletedAt}`));
  return a.every((t) => keys.has(`${t.collection}:${t.id}:${t.deletedAt}`));
}

/** Deep equality of two JSON values, regardless of key order (a file written elsewhere may order keys differently). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameRecord(v, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ob = b as Record<string, unknown>;
  return ka.every((k) => k in ob && sameRecord((a as Record<string, unknown>)[k], ob[k]));
}

/**
 * `ours` with what `theirs` adds: a suggestion put off only there, or until a later day there. `ours`
 * itself (the same array) when theirs adds nothing. One whose day has passed (a day of margin for the
 * time zones) is not brought back: the side that put it off again let it go.
 */
function mergeDismissals(ours: readonly Dismissal[], theirs: readonly Dismissal[], at: string): Dismissal[] {
  const gone = new Date(Date.parse(at) - 86_400_000).toISOString().slice(0, 10);
  const byKey = new Map(ours.map((d) => [d.key, d]));
  let changed = false;
  for (const d of theirs) {
    if (d.until < gone) continue;
    const mine = byKey.get(d.key);
    if (!mine || d.until > mine.until) {
      byKey.set(d.key, d);
      changed = true;
    }
  }
  return changed ? [...byKey.values()] : (ours as Dismissal[]);
}
