import type { Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { JOURNAL_SCHEMA_VERSION, type Journal } from '../../contract/domain';
import { writeFileDurably } from './durable-write';
import type { Clock } from '../clock';
import { JournalSync, type SyncHost } from './journal-sync';
import { realFs, type FsOps } from './fs-ops';
import { migrate, NewerVersionError } from './migrations';
import { parseJournal } from './quick-validity-check';
import { journalIsSound, repairJournal, type Repair } from './repair';
import { encodeJournal, noteFileLayout } from './serialize';

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

/** What decoding found: the journal, and what had to be mended or set aside (null when nothing). */
export interface DecodedJournal {
  journal: Journal;
  /** `journal` is the very object JSON.parse made of the text: nothing migrated, repaired or rebuilt. */
  asParsed: boolean;
  migrated: boolean;
  fromVersion: number;
  repair: Repair | null;
}

/** A journal with nothing in it yet: what a first run starts with. */
export function emptyJournal(): Journal {
  return {
    schemaVersion: JOURNAL_SCHEMA_VERSION,
    contacts: [],
    conversations: [],
    touches: [],
    ownQuestions: [],
    reminders: [],
    deleted: [],
    conflicts: [],
    setAside: [],
    notDuplicates: [],
    dismissals: [],
    organisations: [],
    profile: [],
    helpRequests: [],
    helpAsks: [],
    plannedActions: [],
    messageTemplates: [],
  };
}

const UTF8_BOM = '\uFEFF';

/**
 * Reads a journal from its bytes (or text): decode, parse, migrate forward, validate, check references.
 * A clean journal takes the quick path (one schema pass that mostly asks "already valid?", one pass over
 * the ids); only a journal with problems is repaired record by record (repair.ts).
 * Throws DamagedJournalError, or NewerVersionError for a file from a newer app.
 */
export function decodeJournal(input: string | Uint8Array, options: { now?: string } = {}): DecodedJournal {
  const decoded = typeof input === 'string' ? { text: input, lossy: false } : decodeText(input);
  const lossy = decoded.lossy;
  // A byte-order mark is what some Windows editors put in front of UTF-8: not damage.
  const text = decoded.text.startsWith(UTF8_BOM) ? decoded.text.slice(1) : decoded.text;
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
  // migrate() accepted it, so the file's version is a whole number.
  const fromVersion = (parsed as { schemaVersion: number }).schemaVersion;
  const result = parseJournal(doc);
  if (result.success && !lossy && journalIsSound(result.data)) {
    return { journal: result.data, asParsed: result.data === parsed, migrated, fromVersion, repair: null };
  }
  const repair = repairJournal(doc, { now: options.now ?? new Date().toISOString(), lossy });
  if (!repair) {
    const issue = result.success ? undefined : result.error.issues[0];
    throw new DamagedJournalError('invalid', issue ? `${issue.path.join('.')}: ${issue.message}` : undefined);
  }
  return { journal: repair.journal, asParsed: false, migrated, fromVersion, repair };
}

/**
 * UTF-8 bytes as text. Bytes that are not UTF-8 are not silently turned into U+FFFD: the fatal decoder
 * notices them (at the cost of a plain decode), and only then is the text decoded again with U+FFFD in
 * their place, `lossy`, so the repair reports which records hold one.
 */
function decodeText(bytes: Uint8Array): { text: string; lossy: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), lossy: false };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), lossy: true };
  }
}

/** lowdb adapter for the journal file: validated reads, durable writes. */
export class JournalFile implements Adapter<Journal> {
  /** Whether the last read found a file, whether it had to be migrated, and from which version. */
  existed = false;
  migrated = false;
  fromVersion: number | null = null;
  /** What the last read had to mend or set aside; null when the file was clean. */
  repair: Repair | null = null;
  /** The file's bytes as last read, when they had to be repaired: kept aside before the repair is saved. */
  original: Uint8Array | null = null;

  /** The bytes and file status of the last read, for `JournalSync` (what "unchanged since" means). */
  lastRead: { bytes: Buffer; stats: Stats } | null = null;
  /** Set by the store: every write first checks that nobody changed the file since (journal-sync.ts). */
  sync: JournalSync | null = null;

  constructor(
    readonly path: string,
    private readonly now: () => Date = () => new Date(),
    private readonly fs: FsOps = realFs,
  ) {}

  /**
   * From now on every write of this file first checks for, and merges, changes from outside; what was
   * read last (its bytes and status, then let go of here) is what "unchanged" means until the next write.
   */
  startSync(store: SyncStore, clock: Clock): JournalSync {
    const decode = (bytes: Uint8Array) => {
      const decoded = decodeJournal(bytes);
      return { journal: decoded.journal, repaired: decoded.repair !== null };
    };
    const sync = new JournalSync({ ...store, decode }, clock, undefined, this.fs);
    sync.noteRead(store.current(), this.lastRead?.bytes ?? new Uint8Array(), this.lastRead?.stats ?? null);
    this.lastRead = null;
    this.sync = sync;
    return sync;
  }

  async read(): Promise<Journal | null> {
    let bytes: Uint8Array;
    try {
      this.lastRead = await readWholeFile(this.path);
      bytes = this.lastRead.bytes;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.existed = false;
        return null;
      }
      throw error;
    }
    this.existed = true;
    const { journal, asParsed, migrated, fromVersion, repair } = decodeJournal(bytes, {
      now: this.now().toISOString(),
    });
    // A file in the store's own layout: the first save takes the unchanged records' lines from it.
    if (asParsed) noteFileLayout(journal, this.lastRead.bytes, this);
    this.migrated = migrated;
    this.fromVersion = fromVersion;
    this.repair = repair;
    this.original = repair ? bytes : null;
    return journal;
  }

  /** lowdb's write: `journal`. */
  write(journal: Journal): Promise<void> {
    return this.writeTaken(() => journal);
  }

  /**
   * Writes the journal `take` gives, asked at the last moment: after the look for changes from outside
   * (and their merge), in the same step as the encoding, so `take` can note which edits the write holds.
   */
  async writeTaken(take: () => Journal): Promise<void> {
    const sync = this.sync;
    if (!sync) {
      // This file is the owner of the encoding cache: each save patches the previous save's bytes.
      await writeFileDurably(this.path, encodeJournal(take(), this), this.fs);
      return;
    }
    // Never overwrite a file we did not read last: if it changed since, it is merged in first, and the
    // merge (now also in memory) is what is written.
    await sync.exclusive(async () => {
      const next = await sync.beforeWrite(this.path, take);
      const pieces = encodeJournal(next, this);
      await writeFileDurably(this.path, pieces, this.fs);
      await sync.noteWritten(this.path, next, pieces);
    });
  }
}

/** What the store lends a file's sync: its journal in memory, and a way to replace it (see SyncHost). */
export type SyncStore = Omit<SyncHost, 'decode'>;

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
