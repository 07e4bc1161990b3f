import type { Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { parseJournal, type Conversation, type Journal, type Reminder } from '../../contract/domain';
import { writeFileDurably } from './durable-write';
import type { JournalSync } from './journal-sync';
import { migrate, NewerVersionError } from './migrations';
import { encodeJournal } from './serialize';

export type DamageReason = 'empty' | 'nul-bytes' | 'not-json' | 'not-an-object' | 'no-version' | 'invalid';

/** The file exists but cannot be used as a journal. It must be moved aside, never overwritten. */
export class DamagedJournalError extends Error {
  constructor(
    readonly reason: DamageReason,
    detail?: string,
  ) {
    super(`The journal file is damaged (${reason}${detail ? `: ${detail}` : ''}).`);
    this.name = 'DamagedJournalError';
  }
}

/**
 * Reads a journal from text: parse, migrate forward, validate.
 * Throws DamagedJournalError, or NewerVersionError for a file from a newer app.
 */
export function decodeJournal(text: string): { journal: Journal; migrated: boolean; fromVersion: number } {
  // Cheap checks only: this runs on every start, over megabytes. `/\S/` stops at the first character.
  if (!/\S/.test(text)) throw new DamagedJournalError('empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // Only now look for NUL bytes (a classic after a crash on some file systems), to say what happened.
    throw new DamagedJournalError(
      text.includes('\u0000') ? 'nul-bytes' : 'not-json',
      (error as Error).message,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new DamagedJournalError('not-an-object');
  }
  let doc: Record<string, unknown>;
  let migrated: boolean;
  try {
    ({ doc, migrated } = migrate(parsed as Record<string, unknown>));
  } catch (error) {
    if (error instanceof NewerVersionError) throw error;
    throw new DamagedJournalError('no-version', (error as Error).message);
  }
  const result = parseJournal(doc);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DamagedJournalError('invalid', issue ? `${issue.path.join('.')}: ${issue.message}` : undefined);
  }
  // migrate() accepted it, so the file's version is a whole number.
  const fromVersion = (parsed as { schemaVersion: number }).schemaVersion;
  return { journal: repairReferences(result.data), migrated, fromVersion };
}

/**
 * A reference to a contact that is not there is dropped, so nothing in the app has to expect one. The app
 * itself never leaves one behind (deleting a contact cleans up after it); this is for files edited by hand
 * or restored in part. One pass over the journal to look; records are only copied when one is broken.
 */
function repairReferences(journal: Journal): Journal {
  const ids = new Set<string>();
  for (const c of journal.contacts) ids.add(c.id);
  const known = (id: string | null) => id === null || ids.has(id);
  const conversationOk = (v: Conversation) =>
    ids.has(v.contactId) &&
    v.participantIds.every((id) => ids.has(id)) &&
    (v.evaluation === null || v.evaluation.referrals.every((r) => known(r.contactId)));
  const contactsOk = journal.contacts.every((c) => known(c.introducedById));
  const conversationsOk = journal.conversations.every(conversationOk);
  const touchesOk = journal.touches.every((t) => ids.has(t.contactId));
  const repaired: Journal =
    contactsOk && conversationsOk && touchesOk
      ? journal
      : {
          ...journal,
          contacts: contactsOk
            ? journal.contacts
            : journal.contacts.map((c) => (known(c.introducedById) ? c : { ...c, introducedById: null })),
          // A conversation or touch belongs to its contact: without that contact there is no page to show
          // it on and nobody to thank, so it goes (deleting a contact in the app asks first and removes them
          // too). The daily backup made at open still holds the file as it was, should it be wanted.
          conversations: conversationsOk
            ? journal.conversations
            : journal.conversations
                .filter((v) => ids.has(v.contactId))
                .map((v) => (conversationOk(v) ? v : repairConversation(v, ids))),
          touches: touchesOk ? journal.touches : journal.touches.filter((t) => ids.has(t.contactId)),
        };
  return withoutOrphanReminders(repaired, ids);
}

/**
 * A reminder about a contact or conversation that is not there has nothing left to remind of, or to open
 * when clicked, so it goes; the app deletes them with their contact or conversation too.
 */
function withoutOrphanReminders(journal: Journal, contactIds: ReadonlySet<string>): Journal {
  if (journal.reminders.length === 0) return journal;
  const conversationIds = new Set<string>();
  for (const v of journal.conversations) conversationIds.add(v.id);
  const ok = (r: Reminder) =>
    (r.contactId === null || contactIds.has(r.contactId)) &&
    (r.conversationId === null || conversationIds.has(r.conversationId));
  return journal.reminders.every(ok) ? journal : { ...journal, reminders: journal.reminders.filter(ok) };
}

/** Other participants who are gone are left out; a referral to someone gone keeps its name, unlinked. */
function repairConversation(v: Conversation, ids: ReadonlySet<string>): Conversation {
  return {
    ...v,
    participantIds: v.participantIds.filter((id) => ids.has(id)),
    evaluation: v.evaluation && {
      ...v.evaluation,
      referrals: v.evaluation.referrals.map((r) =>
        r.contactId === null || ids.has(r.contactId) ? r : { ...r, contactId: null },
      ),
    },
  };
}

/** lowdb adapter for the journal file: validated reads, durable writes. */
export class JournalFile implements Adapter<Journal> {
  /** Whether the last read found a file, whether it had to be migrated, and from which version. */
  existed = false;
  migrated = false;
  fromVersion: number | null = null;

  /** The bytes and file status of the last read, for `JournalSync` (what "unchanged since" means). */
  lastRead: { bytes: Buffer; stats: Stats } | null = null;
  /** Set by the store: every write first checks that nobody changed the file since (journal-sync.ts). */
  sync: JournalSync | null = null;

  constructor(readonly path: string) {}

  async read(): Promise<Journal | null> {
    let text: string;
    try {
      this.lastRead = await readWholeFile(this.path);
      text = this.lastRead.bytes.toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.existed = false;
        return null;
      }
      throw error;
    }
    this.existed = true;
    const { journal, migrated, fromVersion } = decodeJournal(text);
    this.migrated = migrated;
    this.fromVersion = fromVersion;
    return journal;
  }

  async write(journal: Journal): Promise<void> {
    const sync = this.sync;
    if (!sync) {
      // This file is the owner of the encoding cache: each save patches the previous save's bytes.
      await writeFileDurably(this.path, encodeJournal(journal, this));
      return;
    }
    // Never overwrite a file we did not read last: if it changed since, it is merged in first, and the
    // merge (now also in memory) is what is written.
    await sync.exclusive(async () => {
      const next = await sync.beforeWrite(this.path);
      const pieces = encodeJournal(next, this);
      await writeFileDurably(this.path, pieces);
      await sync.noteWritten(this.path, next, pieces);
    });
  }
}

/**
 * Reads a file in one go: one read call into a buffer of the file's size. `readFile` reads in 512 KB
 * pieces, each a trip through the thread pool, which is measurably slower for a journal of megabytes.
 */
async function readWholeFile(path: string): Promise<{ bytes: Buffer; stats: Stats }> {
  const handle = await open(path, 'r');
  try {
    const stats = await handle.stat();
    const { size } = stats;
    const buffer = Buffer.allocUnsafe(size);
    let length = 0;
    while (length < size) {
      const { bytesRead } = await handle.read(buffer, length, size - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { bytes: buffer.subarray(0, length), stats };
  } finally {
    await handle.close();
  }
}
