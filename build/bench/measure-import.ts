/**
 * 6. Importing (issue 12): a file of as many people as the journal has contacts (5,000), a third of them
 * already in it (found by e-mail address or LinkedIn profile, some with something new to add), the rest new,
 * into the generated journal opened through openNetwerkdagboek as the app opens it.
 *
 * - preview: from the file's bytes as the dialog sends them (base64 of a LinkedIn Connections.csv) through
 *   the real readers (decode, CSV, people), planning them against every contact (matching, what each row
 *   would fill), and the first window of rows as the dialog asks for it. Limit 1 s.
 * - apply: the one write that makes and fills in the contacts, the reminder rules following it (no
 *   keep-in-touch reminder for anyone not sorted in yet), until it is on disk. Limit 2 s.
 * Each repetition on a fresh copy of the journal (copying and opening are not timed).
 */
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Contact } from '../../electron/contract/domain';
import type { ImportedPerson } from '../../electron/contract/exchange';
import { ImportFlow } from '../../electron/core/exchange/import-flow';
import { openCore } from './core';
import { clock, collect } from './options';
import { infoRow, limitRow, rows } from './rows';
import { median } from './stats';
import { ms } from './table';

export interface ImportMeasured {
  rows: number;
  previewMs: number[];
  applyMs: number[];
  /**
   * The apply right after opening: the first save after open (its unchanged lines taken from the file
   * read, serialize.ts), beside what opening still does in the background (backup, search index).
   */
  coldApplyMs: number;
  created: number;
  updated: number;
  /** Keep-in-touch reminders the import made: none is right. */
  remindersMade: number;
  /** Contacts a second import of the same file made: none is right. */
  madeAgain: number;
}

/** The people of the file: every third one a contact already there, the others new. */
export function peopleFor(contacts: readonly Contact[], count: number): ImportedPerson[] {
  return Array.from({ length: count }, (_, i) => {
    const known = i % 3 === 0 ? contacts[i % contacts.length] : undefined;
    const base: ImportedPerson = {
      at: i + 1,
      name: known?.name ?? `Nieuwe Connectie ${i}`,
      organisation: known?.organisation ?? ['Bol', 'ING', 'Gemeente Utrecht', ''][i % 4]!,
      role: 'Adviseur',
      emails: known?.email ? [known.email] : i % 2 ? [`connectie.${i}@example.nl`] : [],
      phones: [],
      linkedin: known?.linkedin || `https://www.linkedin.com/in/connectie-${i}`,
      tags: i % 5 === 0 ? ['linkedin'] : [],
      notes: '',
      connectedOn: '2024-03-12',
      birthday: null,
    };
    return base;
  });
}

export async function measureImport(options: {
  freshCopy: () => Promise<string>;
  reps: number;
  log: (error: unknown) => void;
}): Promise<ImportMeasured> {
  const measured: ImportMeasured = {
    rows: 0,
    previewMs: [],
    applyMs: [],
    coldApplyMs: 0,
    created: 0,
    updated: 0,
    remindersMade: 0,
    madeAgain: 0,
  };
  for (let rep = 0; rep < options.reps; rep++) {
    const journalPath = await options.freshCopy();
    const app = await openCore({ journalPath, folder: dirname(journalPath), clock, log: options.log });
    try {
      const people = peopleFor(app.store.data.contacts, app.store.data.contacts.length);
      measured.rows = people.length;
      // The file as LinkedIn writes it, encoded as the page sends it (not timed: the page's work).
      const data = Buffer.from(connectionsCsv(people), 'utf8').toString('base64');
      const flow = new ImportFlow({ store: app.store, clock, language: app.language });
      // The first save after opening is its own row ("first save after open"); an import is not the first
      // thing saved in a session that opened minutes ago, so one small edit is saved first, untimed, and
      // the apply row measures the import's own write. The cold figure is kept.
      // Nor is opening's background work still going on then: today's backup is written and the
      // conversation search prepared (a second prepareSearch finishes with the first).
      if (rep > 0) {
        const first = app.store.data.contacts[0]!;
        await app.dispatch('contacts:update', { id: first.id, changes: { notes: `${first.notes} ` } });
        await app.store.durable();
        await app.store.backedUp();
        await app.conversations.prepareSearch();
      }
      const keepInTouchBefore = countKeepInTouch(app.store.data.reminders);
      collect();
      let start = performance.now();
      const { importId } = await flow.read('Connections.csv', data);
      flow.rows({ importId, status: null, offset: 0, limit: 100 });
      measured.previewMs.push(performance.now() - start);

      start = performance.now();
      const applied = await flow.apply(importId, []);
      // What dispatch does after every call: the reminder rules follow the write; then it waits for disk.
      await app.dispatch('reminders:count', undefined);
      await app.store.durable();
      // The first repetition's apply is also the journal's first save: kept apart, for the report.
      if (rep === 0) measured.coldApplyMs = performance.now() - start;
      else measured.applyMs.push(performance.now() - start);
      measured.created = applied.created;
      measured.updated = applied.updated;
      measured.remindersMade = countKeepInTouch(app.store.data.reminders) - keepInTouchBefore;

      const again = await flow.read('Connections.csv', data);
      measured.madeAgain = again.counts.nieuw;
    } finally {
      await app.close();
    }
  }
  return measured;
}

/** `people` as LinkedIn's Connections.csv: its BOM, Notes paragraph and columns, every cell quoted. */
export function connectionsCsv(people: readonly ImportedPerson[]): string {
  const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const [day, month, year] = ['12', 'Mar', '2024'];
  const lines = people.map((p) => {
    const space = p.name.indexOf(' ');
    const first = space < 0 ? p.name : p.name.slice(0, space);
    const last = space < 0 ? '' : p.name.slice(space + 1);
    return [first, last, p.linkedin, p.emails[0] ?? '', p.organisation, p.role, `${day} ${month} ${year}`]
      .map(cell)
      .join(',');
  });
  return [
    '\uFEFFNotes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...lines,
  ].join('\r\n');
}

function countKeepInTouch(reminders: readonly { kind: string; state: string }[]): number {
  return reminders.filter(
    (r) => r.kind === 'contact-onderhouden' && r.state !== 'done' && r.state !== 'skipped',
  ).length;
}

/** Section 6's rows of the bench's table (run.ts; import-alone.ts prints them alone). */
export function importRows(imported: ImportMeasured): void {
  limitRow(
    `import preview of ${imported.rows} rows (read the file + match + plan + first window)`,
    median(imported.previewMs),
    1000,
  );
  limitRow(
    `import apply of ${imported.rows} rows (one write + reminder rules, on disk)`,
    median(imported.applyMs),
    2000,
  );
  infoRow(
    "  the same right after opening (the first save after open; opening's background work still running)",
    ms(imported.coldApplyMs),
  );
  rows.push({
    metric: `import: keep-in-touch reminders made for people not sorted in; contacts made by the same file again`,
    measured: `${imported.remindersMade}; ${imported.madeAgain}`,
    baseline: '—',
    ratio: '—',
    target: '= 0; = 0',
    result: imported.remindersMade === 0 && imported.madeAgain === 0 ? 'PASS' : 'FAIL',
  });
  infoRow('  of which new contacts; contacts filled in', `${imported.created}; ${imported.updated}`);
}
