/**
 * Repair per record, not per journal (issue 9).
 *
 * A file that parses and migrates but holds a few records the app cannot use (a contact with
 * `jan@@example`, a tag of 41 characters, a field the app does not know) opens with every good record;
 * the others are set aside in the journal's `setAside` list, as the text they had and with what is wrong,
 * until the person fixes or drops them. What can be mended without guessing is mended and reported, never
 * silently: a reference to a contact that is not there, a duplicated id, characters that were not valid
 * UTF-8. The journal store keeps the original file aside byte for byte before the repaired one is written.
 *
 * This is the slow path: `journalIsSound` answers for a clean journal in one quick pass, and only a journal
 * with problems comes here.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RepairChange } from '../../contract/contract';
import {
  Journal,
  Dismissal,
  NotDuplicate,
  PROFILE_ID,
  recordCollections,
  recordSchemas,
  type Conversation,
  type RecordCollection,
  type RecordProblem,
  type SetAsideRecord,
} from '../../contract/domain';
import { toFieldErrorCode } from '../../contract/validation';
import { withQuickValidityCheck } from './quick-validity-check';

/** What a repair did: the journal to use, and what the person is told. */
export interface Repair {
  journal: Journal;
  /** Records set aside by this repair (they are also in `journal.setAside`). */
  setAside: number;
  changes: RepairChange[];
}

export interface RepairOptions {
  /** The moment of the repair, for `setAsideAt`. */
  now: string;
  /** The text was not valid UTF-8 and was decoded with U+FFFD in place of the bad bytes. */
  lossy?: boolean;
  newId?: () => string;
}

type AnyRecord = Record<string, unknown> & { id: string };

// The journal with its record lists taken as lists of anything: the frame must be right (a file whose
// `contacts` is not a list is damaged as a whole), the records are judged one by one.
let frame: z.ZodType | undefined;
const parsers = new Map<RecordCollection, (value: unknown) => z.ZodSafeParseResult<unknown>>();

function recordParser(collection: RecordCollection) {
  let parse = parsers.get(collection);
  if (!parse)
    parsers.set(collection, (parse = withQuickValidityCheck(recordSchemas[collection] as z.ZodType)));
  return parse;
}

/**
 * Repairs a migrated document record by record. Returns null when the document is not a journal even
 * record by record (no lists, an unknown top-level field): that file is damaged as a whole.
 */
export function repairJournal(doc: Record<string, unknown>, options: RepairOptions): Repair | null {
  frame ??= Journal.extend({
    ...(Object.fromEntries(recordCollections.map((c) => [c, z.array(z.unknown())])) as Record<
      RecordCollection,
      z.ZodArray<z.ZodUnknown>
    >),
    notDuplicates: z.array(z.unknown()),
    dismissals: z.array(z.unknown()),
  });
  const framed = frame.safeParse(doc);
  if (!framed.success) return null;
  const journal = { ...(framed.data as Record<string, unknown>) } as Record<string, unknown> & Journal;
  const newId = options.newId ?? randomUUID;
  const changes: RepairChange[] = [];
  const setAside: SetAsideRecord[] = [];
  const aside = (collection: RecordCollection, value: unknown, problems: RecordProblem[]) =>
    setAside.push({
      id: newId(),
      collection,
      raw: JSON.stringify(value, null, 2) ?? String(value),
      problems,
      setAsideAt: options.now,
    });

  // 1. Each record against its own schema; the ones that fail are set aside with what is wrong.
  const kept = {} as Record<RecordCollection, AnyRecord[]>;
  for (const collection of recordCollections) {
    const parse = recordParser(collection);
    kept[collection] = [];
    for (const value of journal[collection] as unknown[]) {
      const result = parse(value);
      if (result.success) kept[collection].push(result.data as AnyRecord);
      else aside(collection, value, problemsOf(result.error));
    }
  }

  // Names for the report: the person knows "Anna Bakker", not "c-81f3…".
  const contactNames = new Map<string, string>();
  for (const c of kept.contacts) if (!contactNames.has(c.id)) contactNames.set(c.id, c['name'] as string);
  const label = (collection: RecordCollection, record: unknown) =>
    recordLabel(collection, record, (id) => contactNames.get(id));

  // 1b. Mijn doel is one record (the same id on every computer). Of two, the later version is kept, as a
  //     merge keeps it; an exact copy goes, another one is set aside to look at, and not put back while
  //     the kept one is there (its id is taken).
  if (kept.profile.length > 1) {
    const rank = (p: AnyRecord) => `${p.id === PROFILE_ID ? 1 : 0}${String(p['updatedAt'])}`;
    const latest = kept.profile.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    for (const p of kept.profile) {
      if (p === latest) continue;
      if (JSON.stringify(p) === JSON.stringify(latest))
        changes.push({ collection: 'profile', id: p.id, label: '', change: 'duplicate-removed' });
      else aside('profile', p, [{ path: 'id', code: 'duplicate_id' }]);
    }
    kept.profile = [latest];
  }

  // 2. Ids must be unique: deleting one of two contacts with the same id deleted both, and their
  //    conversations. An exact copy goes; a different record gets an id of its own. References keep
  //    pointing to the first, since nothing in the file says which of the two they meant.
  for (const collection of recordCollections) {
    const seen = new Map<string, AnyRecord>();
    const taken = new Set(kept[collection].map((r) => r.id));
    const unique: AnyRecord[] = [];
    for (const record of kept[collection]) {
      const first = seen.get(record.id);
      if (!first) {
        seen.set(record.id, record);
        unique.push(record);
      } else if (JSON.stringify(first) === JSON.stringify(record)) {
        changes.push({
          collection,
          id: record.id,
          label: label(collection, record),
          change: 'duplicate-removed',
        });
      } else {
        const renamed = { ...record, id: freeId(record.id, taken) };
        taken.add(renamed.id);
        unique.push(renamed);
        changes.push({
          collection,
          id: record.id,
          label: label(collection, record),
          change: 'id-renamed',
          newId: renamed.id,
        });
      }
    }
    kept[collection] = unique;
  }

  // 3. References. A conversation, touch or reminder belongs to its contact (or conversation): without
  //    it there is no page to show it on, so it is set aside until that contact is back. A reference
  //    that only adds something (who introduced someone, another participant, a referral's link) is
  //    cleared, and reported.
  const contactIds = new Set(kept.contacts.map((c) => c.id));
  const cleared = (collection: RecordCollection, record: unknown, field: string, missing: string) =>
    changes.push({
      collection,
      id: (record as AnyRecord).id,
      label: label(collection, record),
      change: 'reference-cleared',
      field,
      missing,
    });
  const unknownReference = (path: string): RecordProblem => ({ path, code: 'unknown_reference' });

  kept.contacts = kept.contacts.map((c) => {
    const by = c['introducedById'] as string | null;
    if (by === null || contactIds.has(by)) return c;
    cleared('contacts', c, 'introducedById', by);
    return { ...c, introducedById: null };
  });
  kept.conversations = (kept.conversations as unknown as Conversation[]).flatMap((v) => {
    if (!contactIds.has(v.contactId)) {
      aside('conversations', v, [unknownReference('contactId')]);
      return [];
    }
    let repaired = v;
    const missing = v.participantIds.filter((id) => !contactIds.has(id));
    if (missing.length > 0) {
      for (const id of missing) cleared('conversations', v, 'participantIds', id);
      repaired = { ...repaired, participantIds: v.participantIds.filter((id) => contactIds.has(id)) };
    }
    const evaluation = v.evaluation;
    if (evaluation?.referrals.some((r) => r.contactId !== null && !contactIds.has(r.contactId))) {
      repaired = {
        ...repaired,
        evaluation: {
          ...evaluation,
          referrals: evaluation.referrals.map((r) => {
            if (r.contactId === null || contactIds.has(r.contactId)) return r;
            cleared('conversations', v, 'evaluation.referrals.contactId', r.contactId);
            return { ...r, contactId: null };
          }),
        },
      };
    }
    return [repaired];
  }) as unknown as AnyRecord[];
  kept.touches = kept.touches.filter((t) => {
    if (contactIds.has(t['contactId'] as string)) return true;
    aside('touches', t, [unknownReference('contactId')]);
    return false;
  });
  const conversationIds = new Set(kept.conversations.map((v) => v.id));
  kept.reminders = kept.reminders.filter((r) => {
    const problems: RecordProblem[] = [];
    const contactId = r['contactId'] as string | null;
    const conversationId = r['conversationId'] as string | null;
    if (contactId !== null && !contactIds.has(contactId)) problems.push(unknownReference('contactId'));
    if (conversationId !== null && !conversationIds.has(conversationId))
      problems.push(unknownReference('conversationId'));
    if (problems.length > 0) aside('reminders', r, problems);
    return problems.length === 0;
  });
  // The plan's records (issue 14). An ask belongs to its hulpvraag: without it, it is set aside. Who was
  // asked stays by name when their contact is gone; a link to a contact, conversation or hulpvraag that
  // is not there is cleared.
  const clearedRefs = (
    collection: RecordCollection,
    record: AnyRecord,
    refs: Record<string, ReadonlySet<string>>,
  ): AnyRecord => {
    let next = record;
    for (const [field, ids] of Object.entries(refs)) {
      const id = record[field] as string | null;
      if (id === null || ids.has(id)) continue;
      cleared(collection, record, field, id);
      next = { ...next, [field]: null };
    }
    return next;
  };
  const helpRequestIds = new Set(kept.helpRequests.map((h) => h.id));
  kept.helpAsks = kept.helpAsks.flatMap((a) => {
    if (helpRequestIds.has(a['helpRequestId'] as string)) {
      return [clearedRefs('helpAsks', a, { contactId: contactIds, conversationId: conversationIds })];
    }
    aside('helpAsks', a, [unknownReference('helpRequestId')]);
    return [];
  });
  kept.plannedActions = kept.plannedActions.map((p) =>
    clearedRefs('plannedActions', p, { contactId: contactIds, helpRequestId: helpRequestIds }),
  );

  // 4. Bytes that were not UTF-8 were read as U+FFFD (�). Which records hold one is told, so the person
  //    can look; the original file, with the bytes as they were, is kept aside by the store.
  if (options.lossy) {
    for (const collection of recordCollections) {
      for (const record of kept[collection]) {
        if (JSON.stringify(record).includes('\uFFFD')) {
          changes.push({
            collection,
            id: record.id,
            label: label(collection, record),
            change: 'unreadable-characters',
          });
        }
      }
    }
  }

  // A pair said not to be one person only keeps it off the list of likely duplicates: one that does not
  // pass (a hand-edited file) is let go rather than setting the journal aside; the pair is offered again.
  const notDuplicates = (journal.notDuplicates as unknown[]).filter((p) => NotDuplicate.safeParse(p).success);
  // The same for a suggestion put off ("niet nu"): one that does not pass comes back, nothing more.
  const dismissals = (journal.dismissals as unknown[]).filter((d) => Dismissal.safeParse(d).success);
  const repaired = {
    ...journal,
    ...kept,
    notDuplicates,
    dismissals,
    setAside: [...journal.setAside, ...setAside],
  } as Journal;
  return { journal: repaired, setAside: setAside.length, changes };
}

/** Whether a journal that passed its schema has unique ids and no reference to a missing record. */
export function journalIsSound(journal: Journal): boolean {
  const contactIds = new Set<string>();
  for (const c of journal.contacts) {
    if (contactIds.has(c.id)) return false;
    contactIds.add(c.id);
  }
  for (const c of journal.contacts)
    if (c.introducedById !== null && !contactIds.has(c.introducedById)) return false;
  const conversationIds = new Set<string>();
  for (const v of journal.conversations) {
    if (conversationIds.has(v.id) || !contactIds.has(v.contactId)) return false;
    conversationIds.add(v.id);
    for (const id of v.participantIds) if (!contactIds.has(id)) return false;
    if (v.evaluation) {
      for (const r of v.evaluation.referrals)
        if (r.contactId !== null && !contactIds.has(r.contactId)) return false;
    }
  }
  const ids = new Set<string>();
  for (const t of journal.touches) {
    if (ids.has(t.id) || !contactIds.has(t.contactId)) return false;
    ids.add(t.id);
  }
  ids.clear();
  for (const q of journal.ownQuestions) {
    if (ids.has(q.id)) return false;
    ids.add(q.id);
  }
  ids.clear();
  for (const r of journal.reminders) {
    if (ids.has(r.id)) return false;
    ids.add(r.id);
    if (r.contactId !== null && !contactIds.has(r.contactId)) return false;
    if (r.conversationId !== null && !conversationIds.has(r.conversationId)) return false;
  }
  if (journal.profile.length > 1) return false;
  for (const collection of ['profile', 'organisations', 'messageTemplates'] as const) {
    ids.clear();
    for (const r of journal[collection]) {
      if (ids.has(r.id)) return false;
      ids.add(r.id);
    }
  }
  const helpRequestIds = new Set<string>();
  for (const h of journal.helpRequests) {
    if (helpRequestIds.has(h.id)) return false;
    helpRequestIds.add(h.id);
  }
  const known = (id: string | null, among: ReadonlySet<string>) => id === null || among.has(id);
  ids.clear();
  for (const a of journal.helpAsks) {
    if (ids.has(a.id) || !helpRequestIds.has(a.helpRequestId)) return false;
    ids.add(a.id);
    if (!known(a.contactId, contactIds) || !known(a.conversationId, conversationIds)) return false;
  }
  ids.clear();
  for (const p of journal.plannedActions) {
    if (ids.has(p.id)) return false;
    ids.add(p.id);
    if (!known(p.contactId, contactIds) || !known(p.helpRequestId, helpRequestIds)) return false;
  }
  return true;
}

/** One problem per field, and one per unknown key (zod reports those together). */
export function problemsOf(error: z.ZodError): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const issue of error.issues) {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: [...at, key].join('.'), code: 'unknown_field' });
    } else {
      problems.push({ path: at.join('.'), code: toFieldErrorCode(issue) });
    }
    if (problems.length >= 50) break;
  }
  return problems;
}

/** `id` with a suffix that no record in `taken` has, still a valid id (64 characters at most). */
function freeId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 60)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * What the person would call a record: a contact's name, a conversation's contact and date, a reminder's
 * title. From the record as found, so it works for a set-aside record too; the UI adds the kind.
 */
export function recordLabel(
  collection: RecordCollection,
  record: unknown,
  contactName: (id: string) => string | undefined,
): string {
  if (typeof record !== 'object' || record === null) return '';
  const r = record as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 120) : '');
  const nameOf = (id: unknown) => (typeof id === 'string' ? (contactName(id) ?? '') : '');
  const joined = (...parts: string[]) => parts.filter(Boolean).join(', ');
  switch (collection) {
    case 'contacts':
      return str(r['name']) || str(r['id']);
    case 'conversations':
      return joined(nameOf(r['contactId']), str(r['date']));
    case 'touches':
      return joined(nameOf(r['contactId']), str(r['on']));
    case 'ownQuestions':
      return str(r['text']);
    case 'organisations':
    case 'messageTemplates':
      return str(r['name']);
    case 'profile':
      return '';
    case 'helpRequests':
      return str(r['question']);
    case 'helpAsks':
      return joined(str(r['contactName']), str(r['askedOn']));
    case 'plannedActions':
      return str(r['what']);
    case 'reminders':
      return (
        str(r['title']) ||
        joined(nameOf(r['contactId']), str((r['due'] as Record<string, unknown> | null)?.['date']))
      );
  }
}
