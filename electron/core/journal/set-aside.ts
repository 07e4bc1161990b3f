/**
 * The records set aside at open (repair.ts), and what the person decides about each: put it back after
 * fixing its text ("Terugzetten"), or throw it away ("Weggooien"). A record goes back only when it passes
 * the same schema as every record in the file and its references resolve; records that were set aside only
 * because they belong to one that comes back (a contact's conversations) come back with it.
 */
import { SET_ASIDE_SHOWN, type SetAsideView } from '../../contract/contract';
import {
  recordSchemas,
  type FieldErrorCode,
  type Journal,
  type RecordCollection,
  type SetAsideRecord,
} from '../../contract/domain';
import { DomainError } from '../errors';
import { problemsOf, recordLabel } from './repair';

type AnyRecord = Record<string, unknown> & { id: string };

/** The set-aside records as the UI shows them (the first SET_ASIDE_SHOWN), and how many there are. */
export function setAsideViews(journal: Journal): { setAside: SetAsideView[]; setAsideTotal: number } {
  const names = new Map(journal.contacts.map((c) => [c.id, c.name]));
  const setAside = journal.setAside.slice(0, SET_ASIDE_SHOWN).map((entry) => {
    let value: unknown;
    try {
      value = JSON.parse(entry.raw);
    } catch {
      value = null;
    }
    return { ...entry, label: recordLabel(entry.collection, value, (id) => names.get(id)) };
  });
  return { setAside, setAsideTotal: journal.setAside.length };
}

/**
 * Puts a set-aside record back, as `raw` (its text, perhaps edited). Throws DomainError `record_invalid`
 * with what is still wrong per field, and changes nothing, when it does not pass.
 */
export function restoreSetAside(
  journal: Journal,
  entryId: string,
  raw: string,
): { journal: Journal; restored: number } {
  const entry = journal.setAside.find((e) => e.id === entryId);
  if (!entry) throw new DomainError('not_found');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new DomainError('record_invalid', { _: 'not_json' });
  }
  const checked = check(journal, entry.collection, value);
  if (!checked.ok) throw new DomainError('record_invalid', checked.fields);
  let next = withRecord(journal, entry, checked.record);
  let restored = 1;
  // What was set aside only for pointing at something that was not there may fit now.
  for (let again = true; again;) {
    again = false;
    for (const other of next.setAside) {
      if (!other.problems.every((p) => p.code === 'unknown_reference')) continue;
      let otherValue: unknown;
      try {
        otherValue = JSON.parse(other.raw);
      } catch {
        continue;
      }
      const fits = check(next, other.collection, otherValue);
      if (!fits.ok) continue;
      next = withRecord(next, other, fits.record);
      restored++;
      again = true;
      break;
    }
  }
  return { journal: next, restored };
}

/** Throws a set-aside record away, for good. */
export function dropSetAside(journal: Journal, entryId: string): Journal {
  if (!journal.setAside.some((e) => e.id === entryId)) throw new DomainError('not_found');
  return { ...journal, setAside: journal.setAside.filter((e) => e.id !== entryId) };
}

function withRecord(journal: Journal, entry: SetAsideRecord, record: AnyRecord): Journal {
  return {
    ...journal,
    [entry.collection]: [...(journal[entry.collection] as unknown[]), record],
    setAside: journal.setAside.filter((e) => e !== entry),
  };
}

type Checked = { ok: true; record: AnyRecord } | { ok: false; fields: Record<string, FieldErrorCode> };

/** The record's schema, a free id, and references that resolve: what every record in the journal has. */
function check(journal: Journal, collection: RecordCollection, value: unknown): Checked {
  const parsed = recordSchemas[collection].safeParse(value);
  if (!parsed.success) {
    const fields: Record<string, FieldErrorCode> = {};
    for (const p of problemsOf(parsed.error)) fields[p.path || '_'] ??= p.code;
    return { ok: false, fields };
  }
  const record = parsed.data as AnyRecord;
  const fields: Record<string, FieldErrorCode> = {};
  if ((journal[collection] as AnyRecord[]).some((r) => r.id === record.id)) fields['id'] = 'duplicate_id';
  const contactIds = new Set(journal.contacts.map((c) => c.id));
  const contact = (path: string, id: unknown, optional = false) => {
    if (id === null && optional) return;
    if (typeof id !== 'string' || !contactIds.has(id)) fields[path] = 'unknown_reference';
  };
  switch (collection) {
    case 'contacts':
      contact('introducedById', record['introducedById'], true);
      break;
    case 'conversations': {
      contact('contactId', record['contactId']);
      (record['participantIds'] as string[]).forEach((id, i) => contact(`participantIds.${i}`, id));
      const referrals = (record['evaluation'] as { referrals: { contactId: string | null }[] } | null)
        ?.referrals;
      referrals?.forEach((r, i) => contact(`evaluation.referrals.${i}.contactId`, r.contactId, true));
      break;
    }
    case 'touches':
      contact('contactId', record['contactId']);
      break;
    case 'reminders': {
      contact('contactId', record['contactId'], true);
      const conversationId = record['conversationId'];
      if (conversationId !== null && !journal.conversations.some((v) => v.id === conversationId)) {
        fields['conversationId'] = 'unknown_reference';
      }
      break;
    }
    case 'helpAsks': {
      if (!journal.helpRequests.some((h) => h.id === record['helpRequestId'])) {
        fields['helpRequestId'] = 'unknown_reference';
      }
      contact('contactId', record['contactId'], true);
      const conversationId = record['conversationId'];
      if (conversationId !== null && !journal.conversations.some((v) => v.id === conversationId)) {
        fields['conversationId'] = 'unknown_reference';
      }
      break;
    }
    case 'plannedActions': {
      contact('contactId', record['contactId'], true);
      const helpRequestId = record['helpRequestId'];
      if (helpRequestId !== null && !journal.helpRequests.some((h) => h.id === helpRequestId)) {
        fields['helpRequestId'] = 'unknown_reference';
      }
      break;
    }
    case 'ownQuestions':
    case 'organisations':
    case 'profile':
    case 'helpRequests':
    case 'messageTemplates':
      break;
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, record };
}
