/**
 * Importing a file of people (issue 12), from the bytes the page sends to the write that holds them:
 * `import:read` reads the file (read/, via read-file.ts) and plans it against the journal (import-plan.ts);
 * `import:map` gives a CSV of unknown origin its columns; `import:rows` shows the plan a window at a time;
 * `import:apply` writes it in one step, leaving out the rows the person unticked; `import:undo` takes that
 * step back as a whole; `import:cancel` forgets the file.
 *
 * Nothing is written before `import:apply`. One import is open at a time (reading another file replaces
 * it), and only the last one applied can be undone, while this window of the app is open: the toast that
 * offers it goes with it, and the daily backup is there after that.
 */
import { randomUUID } from 'node:crypto';
import type { Language } from '../../contract/contract';
import type { Contact, ContactFields, Reminder } from '../../contract/domain';
import {
  IMPORT_MAX_BYTES,
  type ColumnMapping,
  type ImportApplied,
  type ImportedPerson,
  type ImportPreview,
  type ImportRows,
  type ImportUndone,
  type SkippedRow,
} from '../../contract/exchange';
import { noteChanges } from '../array-changes';
import type { Clock } from '../clock';
import type { Handlers } from '../dispatch';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import { noCounts, planImport, withAdditions, type ImportPlan } from './import-plan';
import { readPeopleFile } from './read-file';
import type { FileReading, PeopleReader } from './reading';

export type { FileReading, PeopleReader } from './reading';
import { connectedOnLinkedIn } from './words';

export interface ImportFlowPorts {
  store: JournalStore;
  clock: Clock;
  language: () => Language;
  /**
   * Whether a reminder is one the app made and keeps by itself, never touched by the person (the reminder
   * rules know): such a reminder is no use of its contact, and goes with them on undo.
   */
  untouched?: (r: Reminder) => boolean;
  /** The file readers of read/ unless a test brings its own. */
  read?: PeopleReader;
  newId?: () => string;
}

type ImportChannel =
  'import:read' | 'import:map' | 'import:rows' | 'import:apply' | 'import:undo' | 'import:cancel';

/** The file being imported, read and not applied yet. */
interface OpenImport {
  id: string;
  fileName: string;
  reading: FileReading;
  mapping: ColumnMapping | null;
  people: readonly ImportedPerson[];
  skipped: readonly SkippedRow[];
  /**
   * The plan, for the contacts array and the language it was made in: planned again when the journal
   * changed, or when the person switched language between preview and confirm (the plan writes "how we
   * met" sentences, which go into the journal in the language of the moment of applying).
   */
  planned: { for: readonly Contact[]; language: Language; plan: ImportPlan } | null;
}

/** What the last applied import did, so it can be undone: the contacts it made and changed. */
interface AppliedImport {
  id: string;
  created: readonly Contact[];
  updated: readonly { before: Contact; after: Contact }[];
}

/** Base64 as btoa writes it (and FileReader.readAsDataURL, without its prefix). */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export class ImportFlow {
  private open: OpenImport | null = null;
  private applied: AppliedImport | null = null;
  private readonly newId: () => string;

  constructor(private readonly ports: ImportFlowPorts) {
    this.newId = ports.newId ?? randomUUID;
  }

  /** The channels, for core's handler map. */
  get handlers(): Pick<Handlers, ImportChannel> {
    return {
      'import:read': ({ fileName, data }) => this.read(fileName, data),
      'import:map': ({ importId, mapping }) => this.map(importId, mapping),
      'import:rows': (query) => this.rows(query),
      'import:apply': ({ importId, exclude, update }) => this.apply(importId, exclude, update),
      'import:undo': ({ importId }) => this.undo(importId),
      'import:cancel': ({ importId }) => {
        if (this.open?.id === importId) this.open = null;
        return { importId };
      },
    };
  }

  async read(fileName: string, data: string): Promise<ImportPreview> {
    // Said before the person looks through a preview they could not confirm.
    if (this.ports.store.readOnly) throw new DomainError('import_read_only');
    // Four characters of base64 hold three bytes; padding says how many of the last three are real.
    const size = (data.length / 4) * 3 - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0);
    if (size > IMPORT_MAX_BYTES) throw new DomainError('import_too_large');
    if (data.length % 4 !== 0 || !BASE64.test(data))
      throw new DomainError('invalid_input', { data: 'invalid' });
    const bytes = new Uint8Array(Buffer.from(data, 'base64'));
    const reading = await (this.ports.read ?? readPeopleFile)(bytes, fileName);
    const people = 'people' in reading ? reading : { people: [], skipped: [] };
    this.open = { id: this.newId(), fileName, reading, mapping: null, ...people, planned: null };
    return this.preview(this.open);
  }

  map(importId: string, mapping: ColumnMapping): ImportPreview {
    const open = this.session(importId);
    if (!('map' in open.reading)) throw new DomainError('invalid_input', { mapping: 'invalid' });
    const { header } = open.reading.columns;
    // Every field needs a column the file has; a mapping without a name column is refused by the reader
    // (import_no_name_column), with the sentence that says what to choose.
    const bad = Object.entries(mapping).find(([, column]) => column !== undefined && column >= header.length);
    if (bad) throw new DomainError('invalid_input', { [`mapping.${bad[0]}`]: 'invalid_choice' });
    const { people, skipped } = open.reading.map(mapping);
    Object.assign(open, { mapping, people, skipped, planned: null });
    return this.preview(open);
  }

  rows(query: {
    importId: string;
    status: ImportRows['rows'][number]['status'] | null;
    offset: number;
    limit: number;
  }): ImportRows {
    const plan = this.planOf(this.session(query.importId));
    const rows = query.status === null ? plan.rows : plan.rows.filter((r) => r.status === query.status);
    return {
      total: rows.length,
      offset: query.offset,
      rows: rows.slice(query.offset, query.offset + query.limit),
      counts: plan.counts,
    };
  }

  /**
   * Writes the plan, as it stands against the journal now, in one step: the new contacts and the additions
   * to matched ones, except the rows in `exclude`; the new rows in `update` are added to the contact they
   * look like (ImportRow.lookalike) instead of becoming one. The import is then closed, and it is the one
   * to undo. (A write that fails on disk is kept in memory and retried, as every edit: the import is done
   * then.)
   */
  async apply(
    importId: string,
    exclude: readonly number[],
    update: readonly number[] = [],
  ): Promise<ImportApplied> {
    this.session(importId);
    // Undo is not the only way back: today's backup holds the journal from before the import, also in
    // an app left open since an earlier day.
    await this.ports.store.backUpToday();
    return this.write(importId, exclude, update);
  }

  private write(importId: string, exclude: readonly number[], update: readonly number[]): ImportApplied {
    // Asked again: the import may have been cancelled or applied while the backup was made.
    const open = this.session(importId);
    if ('map' in open.reading && open.mapping === null) {
      throw new DomainError('invalid_input', { mapping: 'required' });
    }
    const plan = this.planOf(open);
    const left = new Set(exclude);
    const instead = new Set(update);
    const now = this.ports.clock.now().toISOString();
    const { contacts } = this.ports.store.data;
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const created: Contact[] = [];
    const changed = new Map<string, { before: Contact; after: Contact }>();
    const result: ImportApplied = { importId, created: 0, updated: 0, unchanged: 0, skipped: 0, excluded: 0 };
    for (const row of plan.rows) {
      if (row.status === 'overgeslagen') {
        result.skipped++;
        continue;
      }
      if (left.has(row.at)) {
        result.excluded++;
        continue;
      }
      const action = (instead.has(row.at) && plan.instead.get(row.at)) || plan.actions.get(row.at);
      if (!action || (action.kind === 'update' && !brings(action))) {
        result.unchanged++;
      } else if (action.kind === 'create') {
        created.push(this.contactOf(action.fields, now));
      } else {
        const before = byId.get(action.contactId)!;
        const current = changed.get(action.contactId)?.after ?? before;
        const after = { ...withAdditions(current, action.fills, action.adds), updatedAt: now };
        changed.set(action.contactId, { before, after });
      }
    }
    result.created = created.length;
    result.updated = changed.size;
    if (created.length === 0 && changed.size === 0) {
      this.open = null;
      return result;
    }
    // A refused write (the journal turned read-only) leaves the import open, to try again.
    this.ports.store.update((j) => {
      const removed: Contact[] = [];
      const added: Contact[] = [...created];
      const next = j.contacts.map((c) => {
        const change = changed.get(c.id);
        if (!change || change.before !== c) return c;
        removed.push(c);
        added.push(change.after);
        return change.after;
      });
      next.push(...created);
      noteChanges(j.contacts, next, { removed, added });
      return { ...j, contacts: next };
    });
    this.open = null;
    this.applied = { id: importId, created, updated: [...changed.values()] };
    return result;
  }

  /**
   * The last import taken back in one step: the contacts it made removed and the ones it filled in put
   * back as they were, except those the person changed or used since (they stay, counted as `kept`).
   */
  undo(importId: string): ImportUndone {
    const applied = this.applied;
    if (!applied || applied.id !== importId) throw new DomainError('nothing_to_undo');
    const j = this.ports.store.data;
    const current = new Map(j.contacts.map((c) => [c.id, c]));
    const used = usedContacts(j, this.ports.untouched ?? (() => false));
    const result: ImportUndone = { removed: 0, restored: 0, kept: 0 };
    const remove = new Set<Contact>();
    const restore = new Map<Contact, Contact>();
    const now = this.ports.clock.now().toISOString();
    for (const made of applied.created) {
      const c = current.get(made.id);
      if (!c) continue;
      if (c.updatedAt === made.updatedAt && !used.has(c.id)) remove.add(c);
      else result.kept++;
    }
    for (const { before, after } of applied.updated) {
      const c = current.get(after.id);
      if (!c) continue;
      // As it was, but as a change of now: a copy of the journal elsewhere takes the undo too.
      if (c.updatedAt === after.updatedAt) restore.set(c, { ...before, updatedAt: now });
      else result.kept++;
    }
    result.removed = remove.size;
    result.restored = restore.size;
    this.applied = null;
    if (remove.size === 0 && restore.size === 0) return result;
    this.ports.store.update((journal) => {
      const next: Contact[] = [];
      const removed: Contact[] = [];
      const added: Contact[] = [];
      for (const c of journal.contacts) {
        const back = restore.get(c);
        if (remove.has(c)) removed.push(c);
        else if (back) {
          removed.push(c);
          added.push(back);
          next.push(back);
        } else next.push(c);
      }
      noteChanges(journal.contacts, next, { removed, added });
      return { ...journal, contacts: next };
    });
    return result;
  }

  private contactOf(fields: ContactFields, now: string): Contact {
    return { id: this.newId(), ...fields, archived: false, importedAt: now, createdAt: now, updatedAt: now };
  }

  private session(importId: string): OpenImport {
    if (this.open?.id !== importId) throw new DomainError('import_expired');
    return this.open;
  }

  /** The plan against the journal and language as they are now: made again when either changed since. */
  private planOf(open: OpenImport): ImportPlan {
    const { contacts } = this.ports.store.data;
    const language = this.ports.language();
    if (open.planned?.for !== contacts || open.planned.language !== language) {
      // An export connects many people on the same days: each day's sentence is written once.
      const sentences = new Map<string, string>();
      const howWeMet = (day: string) => {
        let sentence = sentences.get(day);
        if (sentence === undefined) sentences.set(day, (sentence = connectedOnLinkedIn(day, language)));
        return sentence;
      };
      const plan = planImport(contacts, open.people, open.skipped, howWeMet);
      open.planned = { for: contacts, language, plan };
    }
    return open.planned.plan;
  }

  private preview(open: OpenImport): ImportPreview {
    const needsMapping = 'map' in open.reading && open.mapping === null;
    const plan = needsMapping ? null : this.planOf(open);
    return {
      importId: open.id,
      fileName: open.fileName,
      format: open.reading.format,
      columns: 'columns' in open.reading ? open.reading.columns : null,
      mapping: open.mapping,
      total: plan?.rows.length ?? 0,
      counts: plan?.counts ?? noCounts(),
      leftOut: ('leftOut' in open.reading && open.reading.leftOut) || { photos: 0, addresses: 0 },
    };
  }
}

/** Whether an addition to a contact adds anything at all. */
function brings(action: {
  fills: object;
  adds: { emails: unknown[]; phones: unknown[]; tags: unknown[] };
}): boolean {
  const { emails, phones, tags } = action.adds;
  return Object.keys(action.fills).length + emails.length + phones.length + tags.length > 0;
}

/**
 * The contacts something else in the journal points at: in a conversation (or its referrals), with a
 * touch or a reminder the person made or touched, or as someone's introducer. Removing them would take
 * that along. The app's own untouched keep-in-touch nudge is not a use: it comes and goes with the contact.
 */
function usedContacts(j: JournalStore['data'], untouched: (r: Reminder) => boolean): Set<string> {
  const used = new Set<string>();
  for (const v of j.conversations) {
    used.add(v.contactId);
    for (const p of v.participantIds) used.add(p);
    for (const r of v.evaluation?.referrals ?? []) if (r.contactId) used.add(r.contactId);
  }
  for (const t of j.touches) used.add(t.contactId);
  for (const r of j.reminders) if (r.contactId && !untouched(r)) used.add(r.contactId);
  for (const c of j.contacts) if (c.introducedById) used.add(c.introducedById);
  return used;
}
