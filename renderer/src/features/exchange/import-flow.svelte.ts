/**
 * The import dialog's state (issue 12): a file from the file input or dropped on the window, checked for
 * size before a byte is read, sent to core as base64 (`import:read`), its columns mapped when core does not
 * know the file (`import:map`), the preview looked at a window at a time (`import:rows`), some rows left
 * out, applied in one write (`import:apply`) and undone as a whole from the toast (`import:undo`).
 * The page never sees a path: only the bytes of the file the person chose.
 */
import {
  IMPORT_MAX_BYTES,
  IMPORT_ROWS_MAX,
  type ColumnMapping,
  type ImportCounts,
  type ImportPreview,
  type ImportRow,
  type ImportStatus,
} from '$contract/exchange';
import { app } from '../../app/app.svelte';
import { api, unwrap } from '../../shared/api';
import { i18n } from '../../shared/i18n/i18n.svelte';
import { SvelteSet } from 'svelte/reactivity';
import { ListRows } from '../../shared/ui/list-rows.svelte';
import {
  actingStatuses as acting,
  canChoose,
  choosableCount,
  megabytes,
  nothingToImport,
  tooBigToRead,
} from './import-rules';
import { unsorted } from './sort-in.svelte';

const noCounts: ImportCounts = { nieuw: 0, bijwerken: 0, aanwezig: 0, overgeslagen: 0 };

export type ImportStep = 'choose' | 'reading' | 'mapping' | 'preview' | 'applying';

/** A file's bytes as base64, read by the browser itself (quick for a 20 MB file, no loop over bytes). */
function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

class ImportFlow {
  open = $state(false);
  step = $state<ImportStep>('choose');
  /** What went wrong with the file, in the person's language; the step stays where it was. */
  problem = $state<string | null>(null);
  fileName = $state('');
  preview = $state<ImportPreview | null>(null);
  /** The mapping being chosen for a CSV core does not know. */
  mapping = $state<ColumnMapping>({});
  /** A column was picked, or "Verder" tried: from then on a mapping without a name says so. */
  mappingTouched = $state(false);
  /** Which statuses the list shows; null: all. */
  filter = $state<ImportStatus | null>(null);
  /** The rows (ImportRow.at) the person left out. */
  readonly excluded = new SvelteSet<number>();
  /** The new rows the person chose to add to the contact they look like (ImportRow.lookalike). */
  readonly instead = new SvelteSet<number>();
  /** The row the keyboard is on in the preview list. */
  active = $state<string | null>(null);
  /** A file dropped while another one is read or looked at: held until the person says which to import. */
  waiting = $state<File | null>(null);
  /** Counts the reads, so the answer to a file that was replaced meanwhile is let go, not shown. */
  private reads = 0;

  readonly rows = new ListRows<ImportRow, ImportCounts>(
    (offset, limit) => {
      const importId = this.preview?.importId;
      if (!importId) return Promise.resolve({ total: 0, rows: [], extra: noCounts });
      return unwrap(api.import.rows({ importId, status: this.filter, offset, limit })).then((answer) => ({
        total: answer.total,
        rows: answer.rows,
        extra: answer.counts,
      }));
    },
    { key: (r) => String(r.at), windowSize: 200 },
  );

  counts = $derived<ImportCounts>(this.preview?.counts ?? noCounts);
  /** How many contacts the import will make or fill in, with what is left out taken off. */
  chosen = $derived(this.counts.nieuw + this.counts.bijwerken - this.excluded.size);
  /** Why the file brings nobody to import (everyone already there…), or null when it brings someone. */
  nothingNew = $derived(this.step === 'preview' ? nothingToImport(this.counts) : null);
  /**
   * The person chose something that is not applied yet and would be lost: leaving asks first. A preview
   * as it came (every row ticked, nothing added to a look-alike) loses nothing but the reading, so it
   * closes straight away (trial s6); so does one with nobody to import. The mapping step asks: its
   * columns are the person's to check.
   */
  halfDone = $derived(
    this.step === 'mapping' ||
      (this.step === 'preview' &&
        choosableCount(this.counts) > 0 &&
        (this.excluded.size > 0 || this.instead.size > 0)),
  );
  /** A file is read with people to import: another file dropped now asks which one to go on with. */
  inProgress = $derived(
    this.step === 'mapping' || (this.step === 'preview' && choosableCount(this.counts) > 0),
  );

  /** Opens the dialog at its first step. */
  start(): void {
    this.reset();
    this.open = true;
  }

  private reset(): void {
    this.reads++;
    this.waiting = null;
    this.step = 'choose';
    this.problem = null;
    this.preview = null;
    this.mapping = {};
    this.mappingTouched = false;
    this.filter = null;
    this.excluded.clear();
    this.instead.clear();
    this.active = null;
  }

  /**
   * Reads a file the person chose or dropped: refused here when it is too large (nothing read), else its
   * bytes go to core, which tells the format and answers with the preview or the columns to map.
   */
  async read(file: File): Promise<void> {
    this.open = true;
    const previous = this.preview?.importId;
    this.reset();
    if (previous) void api.import.cancel({ importId: previous });
    this.fileName = file.name;
    if (tooBigToRead(file)) {
      this.problem = i18n.t.exchange.import.tooBig(
        megabytes(file.size, i18n.t.locale),
        megabytes(IMPORT_MAX_BYTES, i18n.t.locale),
      );
      return;
    }
    this.step = 'reading';
    const read = this.reads;
    try {
      const data = await base64Of(file);
      // Replaced while its bytes were read: not sent at all, or core would let the newer import go.
      if (read !== this.reads) return;
      const preview = await unwrap(api.import.read({ fileName: file.name.slice(0, 300) || 'import', data }));
      if (read !== this.reads) {
        void api.import.cancel({ importId: preview.importId });
        return;
      }
      await this.showPreview(preview);
    } catch (error) {
      if (read !== this.reads) return;
      this.step = 'choose';
      this.problem = (error as Error).message;
    }
  }

  /**
   * A file dropped on the window. Nothing under way: it is read. A file being read, or read and not yet
   * applied: the person is asked first (`waiting`) whether to keep that one or take this one. While an
   * import is being applied nothing is replaced: the file is refused with a word why.
   */
  async offer(file: File): Promise<void> {
    if (this.open && this.step === 'applying') {
      this.problem = i18n.t.exchange.import.busyApplying(file.name);
      return;
    }
    if (this.open && (this.step === 'reading' || this.inProgress)) {
      this.waiting = file;
      return;
    }
    await this.read(file);
  }

  /** The answer to `waiting`: read the dropped file in place of the current one, or keep the current. */
  async replace(take: boolean): Promise<void> {
    const file = this.waiting;
    this.waiting = null;
    if (take && file && this.step !== 'applying') await this.read(file);
  }

  private async showPreview(preview: ImportPreview): Promise<void> {
    this.preview = preview;
    if (preview.columns && !preview.mapping) {
      this.mapping = { ...preview.columns.suggested };
      this.step = 'mapping';
      return;
    }
    this.step = 'preview';
    await this.rows.reset();
  }

  /** Whether the mapping gives each person a name: a column for it, or for first or last name. */
  get mappingHasName(): boolean {
    const m = this.mapping;
    return m.name !== undefined || m.firstName !== undefined || m.lastName !== undefined;
  }

  /** Sends the chosen columns; core answers with the preview of the file read that way. */
  async applyMapping(): Promise<void> {
    const importId = this.preview?.importId;
    this.mappingTouched = true;
    if (!importId || !this.mappingHasName) return;
    this.problem = null;
    try {
      await this.showPreview(await unwrap(api.import.map({ importId, mapping: this.mapping })));
    } catch (error) {
      this.problem = (error as Error).message;
    }
  }

  /** Back from the preview to the columns (only for a file that needed mapping). */
  backToMapping(): void {
    if (this.preview?.columns) {
      this.excluded.clear();
      this.instead.clear();
      this.step = 'mapping';
    }
  }

  async showStatus(status: ImportStatus | null): Promise<void> {
    this.filter = status;
    this.active = null;
    await this.rows.reset();
  }

  isIncluded(row: ImportRow): boolean {
    return canChoose(row) && !this.excluded.has(row.at);
  }

  toggle(row: ImportRow): void {
    if (!canChoose(row)) return;
    if (this.excluded.has(row.at)) this.excluded.delete(row.at);
    else this.excluded.add(row.at);
  }

  /** Whether a new row goes into the contact it looks like rather than becoming one. */
  addsToLookalike(row: ImportRow): boolean {
    return row.lookalike !== null && this.instead.has(row.at);
  }

  /** The person's answer for a new row with a look-alike: add it to them (true) or make a new contact. */
  chooseLookalike(row: ImportRow, same: boolean): void {
    if (!row.lookalike) return;
    if (same) this.instead.add(row.at);
    else this.instead.delete(row.at);
  }

  /** Every row of the list as shown (all, or one status) in or out. */
  async chooseAll(included: boolean): Promise<void> {
    const importId = this.preview?.importId;
    if (!importId) return;
    const next: number[] = [];
    const leftIn: number[] = [];
    for (const status of this.filter ? [this.filter] : acting) {
      if (!acting.includes(status)) continue;
      for (let offset = 0; ; offset += IMPORT_ROWS_MAX) {
        const answer = await unwrap(api.import.rows({ importId, status, offset, limit: IMPORT_ROWS_MAX }));
        for (const row of answer.rows) (included ? leftIn : next).push(row.at);
        if (offset + answer.rows.length >= answer.total || answer.rows.length === 0) break;
      }
    }
    // Gathered first, then changed at once: the count on the button moves one time, not per window.
    for (const at of leftIn) this.excluded.delete(at);
    for (const at of next) this.excluded.add(at);
  }

  /**
   * Applies the import in one write. The toast says "opgeslagen" only once core answered (and says
   * otherwise when the write is still pending); its undo takes the whole import back.
   */
  async apply(): Promise<void> {
    const importId = this.preview?.importId;
    if (!importId || this.step !== 'preview' || this.chosen <= 0) return;
    this.step = 'applying';
    this.problem = null;
    try {
      const done = await unwrap(
        api.import.apply({ importId, exclude: [...this.excluded], update: [...this.instead] }),
      );
      this.open = false;
      this.preview = null;
      const number = new Intl.NumberFormat(i18n.t.locale);
      const count = (n: number) => (n > 0 ? number.format(n) : null);
      app.view = 'contacts';
      app.say(
        i18n.t.exchange.import.doneToast(count(done.created), count(done.updated)),
        () => void this.undo(importId),
      );
      await unsorted.refresh().catch(() => undefined);
      unsorted.offer = unsorted.count > 0 && done.created > 0;
    } catch (error) {
      this.step = 'preview';
      this.problem = (error as Error).message;
    }
  }

  private async undo(importId: string): Promise<void> {
    try {
      const undone = await unwrap(api.import.undo({ importId }));
      unsorted.offer = false;
      const words = i18n.t.exchange.import;
      app.say(undone.kept > 0 ? i18n.plural(words.undoneKept, undone.kept) : words.undone);
    } catch (error) {
      app.say((error as Error).message);
    }
  }

  /** Closes the dialog; a half-done import is let go in core too (the caller asked first). */
  close(): void {
    const importId = this.preview?.importId;
    if (importId) void api.import.cancel({ importId });
    this.open = false;
    this.reset();
  }
}

export const importFlow = new ImportFlow();
