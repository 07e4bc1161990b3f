/**
 * Records changed on two computers, as the person sees and settles them: both versions side by side,
 * "Deze houden" for one; the other is then dropped (with every other conflict about the same record).
 */
import type { ConflictView, Language } from '../../contract/contract';
import type { Journal, RecordCollection, RecordConflict } from '../../contract/domain';
import { DomainError } from '../errors';
import { sameRecord } from './journal-merge';

/** Fields that say nothing to a person choosing between two versions. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', 'notifiedAt']);

const words: Record<
  Language,
  { conversationWith: (name: string, date: string) => string; touch: (name: string) => string }
> = {
  nl: {
    conversationWith: (name, date) => `Gesprek met ${name} (${date})`,
    touch: (name) => `Contact gehad met ${name}`,
  },
  en: {
    conversationWith: (name, date) => `Conversation with ${name} (${date})`,
    touch: (name) => `Was in touch with ${name}`,
  },
};

/** The conflicts in the journal, ready to show in `language`. */
export function conflictViews(journal: Journal, language: Language): ConflictView[] {
  return journal.conflicts.map((conflict) => {
    const shown = (journal[conflict.collection] as readonly { id: string }[]).find(
      (r) => r.id === conflict.recordId,
    );
    const other = conflict.other as Record<string, unknown> | null;
    const current = (shown ?? null) as Record<string, unknown> | null;
    const keys = new Set([...Object.keys(current ?? {}), ...Object.keys(other ?? {})]);
    const fields = [...keys].filter(
      (k) => !bookkeeping.has(k) && (current === null || other === null || !sameRecord(current[k], other[k])),
    );
    return {
      id: conflict.id,
      collection: conflict.collection,
      recordId: conflict.recordId,
      title: titleOf(journal, conflict.collection, current ?? other ?? {}, language),
      shown: current,
      other,
      fields,
      at: conflict.at,
    };
  });
}

function titleOf(
  journal: Journal,
  collection: RecordCollection,
  record: Record<string, unknown>,
  language: Language,
): string {
  const nameOf = (id: unknown) => journal.contacts.find((c) => c.id === id)?.name ?? '…';
  switch (collection) {
    case 'contacts':
      return String(record['name'] ?? '');
    case 'conversations':
      return words[language].conversationWith(nameOf(record['contactId']), String(record['date'] ?? ''));
    case 'touches':
      return words[language].touch(nameOf(record['contactId']));
    case 'ownQuestions':
      return String(record['text'] ?? '');
    case 'organisations':
    case 'messageTemplates':
      return String(record['name'] ?? '');
    case 'reminders':
      return String(record['title'] || nameOf(record['contactId']));
    case 'profile':
      return '';
    case 'helpRequests':
      return String(record['question'] ?? '');
    case 'helpAsks':
      return String(record['contactName'] ?? '');
    case 'plannedActions':
      return String(record['what'] ?? '');
  }
}

/** How the journal settles a conflict: what to put in place of the record, and the conflicts that go. */
export interface Settlement {
  collection: RecordCollection;
  recordId: string;
  /** The version to keep; null: the record is to be deleted (through its book, which cleans up after it). */
  keep: Record<string, unknown> | null;
  /** True when `keep` is the version already shown: only the conflicts go. */
  unchanged: boolean;
}

/** What choosing `keep` for conflict `id` means; throws not_found for an unknown or settled conflict. */
export function settle(journal: Journal, id: string, keep: 'shown' | 'other', now: Date): Settlement {
  const conflict = journal.conflicts.find((c) => c.id === id);
  if (!conflict) throw new DomainError('not_found');
  const shown = (journal[conflict.collection] as readonly Record<string, unknown>[]).find(
    (r) => r['id'] === conflict.recordId,
  );
  if (keep === 'shown') {
    return {
      collection: conflict.collection,
      recordId: conflict.recordId,
      keep: shown ?? null,
      unchanged: true,
    };
  }
  const other = conflict.other as Record<string, unknown> | null;
  if (other === null)
    return { collection: conflict.collection, recordId: conflict.recordId, keep: null, unchanged: false };
  if (!referencesExist(journal, other)) throw new DomainError('not_found');
  // Made the newest version, so a merge with the other computer keeps it.
  const kept = 'updatedAt' in other ? { ...other, updatedAt: now.toISOString() } : other;
  return { collection: conflict.collection, recordId: conflict.recordId, keep: kept, unchanged: false };
}

/** The journal with the record replaced (or added back) and its conflicts gone. */
export function applySettlement(journal: Journal, s: Settlement): Journal {
  const conflicts = journal.conflicts.filter(
    (c: RecordConflict) => !(c.collection === s.collection && c.recordId === s.recordId),
  );
  if (s.unchanged || s.keep === null) return { ...journal, conflicts };
  const list = journal[s.collection] as readonly Record<string, unknown>[];
  const at = list.findIndex((r) => r['id'] === s.recordId);
  const next = at === -1 ? [...list, s.keep] : list.map((r, i) => (i === at ? s.keep! : r));
  const deleted = journal.deleted.filter((t) => !(t.collection === s.collection && t.id === s.recordId));
  return { ...journal, [s.collection]: next, conflicts, deleted } as Journal;
}

/**
 * A version brought back must not point at a contact or conversation that is no longer there: as the
 * conversation's or touch's contact, one of the others present, a referral's link, or "verwezen door".
 */
function referencesExist(journal: Journal, record: Record<string, unknown>): boolean {
  const contactIds = [record['contactId'], record['introducedById']];
  if (Array.isArray(record['participantIds'])) contactIds.push(...(record['participantIds'] as unknown[]));
  const evaluation = record['evaluation'] as { referrals?: { contactId?: unknown }[] } | null | undefined;
  for (const r of evaluation?.referrals ?? []) contactIds.push(r.contactId);
  for (const id of contactIds) {
    if (typeof id === 'string' && !journal.contacts.some((c) => c.id === id)) return false;
  }
  const conversation = record['conversationId'];
  if (typeof conversation === 'string' && !journal.conversations.some((v) => v.id === conversation))
    return false;
  return true;
}
