/**
 * The copies sync tools make beside a journal when two computers changed it at once:
 *
 *   Dropbox            journal (conflicted copy 2026-12-01).json, journal (Jan's conflicted copy 2026-12-01).json
 *   Nextcloud/ownCloud journal (conflicted copy 2026-12-01 101010).json
 *   OneDrive           journal-DESKTOP-ABC.json, journal-LAPTOP-1.json   (the computer's name, in capitals)
 *   Syncthing          journal.sync-conflict-20261201-101010-ABCDEFG.json
 *   Google Drive       journal (1).json
 *
 * Never the app's own files (backups/ holds journal-YYYY-MM-DD.json, damaged copies are
 * journal.damaged-….json) and never another journal: a candidate must decode as a journal and share at
 * least one record with this one, as a copy of the same journal does. Merging uses the same per-record
 * merge as an outside change (without a base: the copy's common ancestor is not known, so every record
 * that differs keeps both versions, as a conflict to choose). Afterwards the copy is not deleted but
 * renamed to journal.merged-<time>.json (or journal.ignored-<time>.json for "Negeren"), so nothing is lost
 * and it is not offered again.
 */
import { readdir, readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ConflictCopy } from '../../contract/contract';
import { recordCollections, type Journal } from '../../contract/domain';
import { DomainError } from '../errors';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `name` is what a sync tool calls a conflict copy of the journal named `journalName`. */
export function isConflictCopyName(name: string, journalName: string): boolean {
  const ext = extname(journalName) || '.json';
  const stem = escape(basename(journalName, ext));
  const e = escape(ext);
  const patterns = [
    // Dropbox, Nextcloud, ownCloud: "(conflicted copy …)", maybe with whose copy, maybe numbered after.
    new RegExp(`^${stem} \\((?:[^()]+'s )?conflicted copy[^()]*\\)(?: \\(\\d+\\))?${e}$`, 'i'),
    // OneDrive: the computer's name (Windows names are capitals, digits and dashes, at most 15).
    new RegExp(`^${stem}-(?!\\d{4}-\\d{2}-\\d{2}${e}$)[A-Z0-9][A-Z0-9-]{0,14}${e}$`),
    // Syncthing.
    new RegExp(`^${stem}\\.sync-conflict-\\d{8}-\\d{6}-[A-Z0-9]{7}${e}$`),
    // Google Drive (and "Keep both" in many file managers).
    new RegExp(`^${stem} \\(\\d{1,3}\\)${e}$`),
  ];
  return patterns.some((p) => p.test(name));
}

/** Copies with the same records' ids as ours are copies of this journal, not another one. */
function sharesRecords(a: Journal, b: Journal): boolean {
  for (const collection of recordCollections) {
    const ids = new Set((a[collection] as readonly { id: string }[]).map((r) => r.id));
    if ((b[collection] as readonly { id: string }[]).some((r) => ids.has(r.id))) return true;
  }
  return false;
}

/** Looks in the journal's folder for sync tools' conflict copies of it. */
export class ConflictCopies {
  /** What each name held when last decoded, so an unchanged copy is not read again at every look. */
  private readonly seen = new Map<string, { key: string; copy: ConflictCopy | null }>();
  private found: ConflictCopy[] = [];

  constructor(
    private readonly journalPath: () => string,
    private readonly decode: (text: string) => Journal,
  ) {}

  /** The copies found at the last look. */
  get copies(): ConflictCopy[] {
    return this.found;
  }

  /** Looks again; returns true when the list changed. */
  async look(ours: Journal): Promise<boolean> {
    const path = this.journalPath();
    let names: string[];
    try {
      names = await readdir(dirname(path));
    } catch {
      names = [];
    }
    const found: ConflictCopy[] = [];
    for (const name of names.filter((n) => isConflictCopyName(n, basename(path))).sort()) {
      const file = join(dirname(path), name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      const key = `${info.size}:${info.mtimeMs}`;
      let entry = this.seen.get(name);
      if (entry?.key !== key) {
        entry = { key, copy: await this.candidate(file, info.mtime, ours) };
        this.seen.set(name, entry);
      }
      if (entry.copy) found.push(entry.copy);
    }
    const changed = JSON.stringify(found) !== JSON.stringify(this.found);
    this.found = found;
    return changed;
  }

  private async candidate(file: string, modified: Date, ours: Journal): Promise<ConflictCopy | null> {
    try {
      const copy = this.decode(await readFile(file, 'utf8'));
      return sharesRecords(ours, copy) ? { name: basename(file), modifiedAt: modified.toISOString() } : null;
    } catch {
      return null;
    }
  }

  /** Reads an offered copy (by name only: a name not offered is refused, so no other file is read). */
  async read(name: string): Promise<Journal> {
    if (!this.found.some((c) => c.name === name)) throw new DomainError('not_found');
    try {
      return this.decode(await readFile(join(dirname(this.journalPath()), name), 'utf8'));
    } catch {
      throw new DomainError('not_found');
    }
  }

  /** Renames an offered copy to `<journal>.<how>-<time>.json`, beside the journal, so it is not offered again. */
  async putAside(name: string, how: 'merged' | 'ignored', now: Date): Promise<void> {
    if (!this.found.some((c) => c.name === name)) throw new DomainError('not_found');
    const path = this.journalPath();
    const ext = extname(path) || '.json';
    const time = now.toISOString().replace(/[:.]/g, '-');
    await rename(
      join(dirname(path), name),
      join(dirname(path), `${basename(path, ext)}.${how}-${time}${ext}`),
    );
    this.found = this.found.filter((c) => c.name !== name);
    this.seen.delete(name);
  }
}
