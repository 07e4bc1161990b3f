import { JOURNAL_SCHEMA_VERSION } from '../../contract/domain';

/**
 * One step per version: `steps[n]` turns a version-n document into a version-(n+1) document.
 * Steps receive parsed JSON that has not been validated yet; validation runs on the result.
 */
export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;

/** The journal's real migration chain. Version 1 is the first; each later version adds its step here. */
export const journalMigrations: Record<number, MigrationStep> = {
  // 1 → 2: networking conversations (issue 3). A version-1 journal has none of them yet.
  1: (doc) => ({ ...doc, conversations: [], touches: [], ownQuestions: [] }),
  // 2 → 3: reminders and keeping in touch (issue 4). Every contact follows the default for its strength.
  2: (doc) => ({
    ...doc,
    contacts: Array.isArray(doc['contacts'])
      ? doc['contacts'].map((c: unknown) =>
          typeof c === 'object' && c !== null ? { ...c, cadence: 'standaard', cadenceDays: null } : c,
        )
      : doc['contacts'],
    reminders: [],
  }),
  // 3 → 4 (issue 9): a journal shared between computers: deletions remembered as tombstones, records
  // changed on two computers kept side by side until the person chooses; and records the app could not
  // use set aside for the person to fix or drop.
  3: (doc) => ({ ...doc, deleted: [], conflicts: [], setAside: [] }),
  // 4 → 5 (issue 12): the pairs of contacts the person said are not the same person ("Geen dubbele").
  // Released: journals and backups exist in this version, so what issue 12 adds later is a step of its own.
  4: (doc) => ({ ...doc, notDuplicates: [] }),
  // 5 → 6 (issue 12): a network brought in from other apps. A contact keeps more than one e-mail address
  // and phone number, a birthday, and when an import made them (null: typed in by the person, so never
  // waiting to be sorted in). A conflict's other version is a contact too and gets the same fields, and
  // so does a contact set aside, or putting it back would ask the person to type fields they never saw.
  5: (doc) => ({
    ...doc,
    contacts: mapRecords(doc['contacts'], withContactFieldsOf6),
    conflicts: mapRecords(doc['conflicts'], (conflict) =>
      conflict['collection'] === 'contacts' && isRecord(conflict['other'])
        ? { ...conflict, other: withContactFieldsOf6(conflict['other']) }
        : conflict,
    ),
    setAside: mapSetAside(doc['setAside'], 'contacts', withContactFieldsOf6),
  }),
  // 6 → 7 (issue 13): Overzicht. A touch may say which of the three B's it served (null: bevestigen,
  // as every touch counted so far), in conflicts and set-aside records too; and the suggestions the
  // person put off ("niet nu") are kept, none yet.
  6: (doc) => ({
    ...doc,
    touches: mapRecords(doc['touches'], withTouchFieldsOf7),
    conflicts: mapRecords(doc['conflicts'], (conflict) =>
      conflict['collection'] === 'touches' && isRecord(conflict['other'])
        ? { ...conflict, other: withTouchFieldsOf7(conflict['other']) }
        : conflict,
    ),
    setAside: mapSetAside(doc['setAside'], 'touches', withTouchFieldsOf7),
    dismissals: [],
  }),
  // 7 → 8 (issue 13): Organisaties. The organisations the person marked "wil ik werken", none yet.
  7: (doc) => ({ ...doc, organisations: [] }),
  // 8 → 9 (issue 14): the network plan. "Mijn doel", hulpvragen and whom they were put to, the planned
  // actions and the person's own message texts: all record collections, none written yet.
  8: (doc) => ({
    ...doc,
    profile: [],
    helpRequests: [],
    helpAsks: [],
    plannedActions: [],
    messageTemplates: [],
  }),
};

/** A version-6 touch with the field version 7 added; a field already there is kept. */
function withTouchFieldsOf7(touch: Record<string, unknown>): Record<string, unknown> {
  return { threeB: null, ...touch };
}

/** Set-aside records of `collection` (kept as JSON text) through `step`; text that is not JSON is left. */
function mapSetAside(
  list: unknown,
  collection: string,
  step: (record: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  return mapRecords(list, (entry) => {
    if (entry['collection'] !== collection || typeof entry['raw'] !== 'string') return entry;
    let record: unknown;
    try {
      record = JSON.parse(entry['raw']);
    } catch {
      return entry;
    }
    return isRecord(record) ? { ...entry, raw: JSON.stringify(step(record)) } : entry;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Each record of a list through `step`; anything that is not a list or not a record is left as it is,
 * for validation (and repair) to find.
 */
function mapRecords(
  list: unknown,
  step: (record: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  return Array.isArray(list) ? list.map((r: unknown) => (isRecord(r) ? step(r) : r)) : list;
}

/** A version-5 contact with the fields version 6 added, empty; a field already there is kept. */
function withContactFieldsOf6(contact: Record<string, unknown>): Record<string, unknown> {
  return { moreEmails: [], morePhones: [], birthday: null, importedAt: null, ...contact };
}

export class NewerVersionError extends Error {
  constructor(readonly fileVersion: number) {
    super(`The journal was written by a newer version of the app (schemaVersion ${fileVersion}).`);
    this.name = 'NewerVersionError';
  }
}

/**
 * Brings a document forward to `target`, one step at a time.
 * Throws NewerVersionError for a document from the future, and a plain Error when a step is missing.
 */
export function migrate(
  doc: Record<string, unknown>,
  steps: Record<number, MigrationStep> = journalMigrations,
  target: number = JOURNAL_SCHEMA_VERSION,
): { doc: Record<string, unknown>; migrated: boolean } {
  const version = doc['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error('The journal has no valid schemaVersion.');
  }
  if (version > target) throw new NewerVersionError(version);
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No migration from schemaVersion ${v}.`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { doc: current, migrated: version !== target };
}
