/**
 * `npm run bench`: how the journal core performs on a large journal, each number next to a raw baseline
 * measured in the same run on the same machine, so the ratios hold on any machine.
 *
 *   npm run bench                      report only; exits 0 unless it crashes
 *   npm run bench -- --strict          exits 1 when a target is missed
 *   npm run bench -- --smoke           the whole bench on a small journal with few repetitions, so
 *                                      `npm test` proves it still runs to the end: timings are printed
 *                                      but not judged (tiny samples on a busy machine say nothing); it
 *                                      exits 1 only when it crashes or a check that is not a timing
 *                                      fails (one armed timer, no failed background save)
 *   options: --contacts=5000 --conversations=25000 --reminders=20000 --seed=1 --keep (keep the temp folder)
 *   npm run bench:lists                only the list rows (search per keystroke, incl. IPC), see lists.ts
 *   npm run bench:overview             only the Overzicht and filter rows (4c, 7), see overview-rows.ts;
 *                                      both print them from overview-section.ts
 *
 * This file runs the sections in order and fills the table; each section is its own module: measure-open.ts
 * (1), measure-saves.ts (2), search.ts (3), measure-open-contact.ts (4), overview-section.ts (4c, 7), due-after-change.ts and
 * scheduler-alone.ts (5), measure-import.ts (6); the options in options.ts, the rows in rows.ts, the report in report.ts.
 */
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Journal } from '../../electron/contract/domain';
import { isActive } from '../../electron/core/reminders/due';
import { openApp, saveErrors } from './app';
import { measureDispatch } from './due-after-change';
import { importRows, measureImport } from './measure-import';
import { writeGeneratedJournal } from './generate';
import { measureOpen } from './measure-open';
import { measureOpenContact } from './measure-open-contact';
import { measureContactAndConversationSaves } from './measure-saves';
import {
  clock,
  collect,
  CONTACTS,
  CONVERSATIONS,
  DISPATCH_CALLS,
  DISPATCH_WARMUP,
  DUE_EDITS,
  DUE_ROUNDS,
  DUE_WARMUP,
  gc,
  IMPORT_REPS,
  KEEP,
  loadAverage,
  mb,
  OPEN_CONTACT_REPS,
  OPEN_REPS,
  REMINDERS,
  SAVE_REPS,
  SEARCH_QUERIES,
  SEARCH_ROUNDS,
  SEARCH_WARMUP_ROUNDS,
  SEED,
  SMOKE,
  TODAY,
} from './options';
import { printReport } from './report';
import { frameRow, infoRow, limitRow, ratioRow, rows } from './rows';
import { measureDue } from './scheduler-alone';
import { measureDuplicates } from './measure-duplicates';
import { filterRows, overviewRows } from './overview-section';
import { measureListSearch } from './search';
import { median } from './stats';
import { ms } from './table';

// ---------------------------------------------------------------------------------------------------------
// Setup

const root = await mkdtemp(join(tmpdir(), 'ndb-bench-'));
let folderCounter = 0;
/** A fresh folder holding a copy of the generated journal (copying is not timed). */
async function freshCopy(source: string): Promise<string> {
  const folder = join(root, `run-${++folderCounter}`);
  await mkdir(folder);
  const path = join(folder, 'journal.json');
  await copyFile(source, path);
  return path;
}

try {
  await mkdir(join(root, 'source'));
  // Only the file is kept: the generated objects would otherwise weigh on every timing's garbage collections.
  const { source, generateMs, introduced, touches, activeReminders } = await (async () => {
    const start = performance.now();
    const { path, journal } = await writeGeneratedJournal(join(root, 'source'), {
      contacts: CONTACTS,
      conversations: CONVERSATIONS,
      reminders: REMINDERS,
      seed: SEED,
    });
    const generateMs = performance.now() - start;
    return {
      source: path,
      generateMs,
      introduced: journal.contacts.filter((c) => c.introducedById).length,
      touches: journal.touches.length,
      activeReminders: journal.reminders.filter(isActive).length,
    };
  })();
  const check = Journal.safeParse(JSON.parse(readFileSync(source, 'utf8')));
  if (!check.success) throw new Error(`Generated journal fails the schema: ${check.error.message}`);
  const size = (await stat(source)).size;

  console.log(`Netwerkdagboek benchmark${SMOKE ? ' (smoke run: timings not judged)' : ''}`);
  console.log(
    `  node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}, temp folder ${root}`,
  );
  console.log(
    `  journal: ${CONTACTS} contacts (seed ${SEED}, ${introduced} introduced by another), ` +
      `${CONVERSATIONS} conversations, ${touches} touches, ${REMINDERS} reminders (${activeReminders} open or ` +
      `snoozed), ${mb(size)}, generated and written in ${ms(generateMs)}`,
  );
  console.log(
    `  load average before: ${loadAverage()} (other work on the machine makes the numbers noisier)`,
  );
  console.log(
    `  repetitions (after warm-up): open ${OPEN_REPS}, save ${SAVE_REPS}, search ${SEARCH_ROUNDS} rounds × ` +
      `${SEARCH_QUERIES} queries, open a contact ${OPEN_CONTACT_REPS}, due after a change ` +
      `${DUE_ROUNDS} rounds × ${DISPATCH_CALLS} dispatched changes (and the scheduler alone ` +
      `${DUE_ROUNDS} rounds × ${DUE_EDITS} edits); ` +
      `medians unless said otherwise` +
      `${gc ? '; GC between open and search repetitions' : ''}`,
  );
  console.log('');

  // -------------------------------------------------------------------------------------------------------
  // 0. What is due after a change (reported under 5): measured first, while this app is the only journal in
  //    memory, as in the real app; later sections keep other opened journals alive, whose collections
  //    would land in these short timings.

  const changes = await (async () => {
    const folder = join(root, `run-${++folderCounter}`);
    await mkdir(folder);
    const journalPath = join(folder, 'journal.json');
    await copyFile(source, journalPath);
    collect();
    return measureDispatch({
      journalPath,
      folder,
      clock,
      today: TODAY,
      warmup: DISPATCH_WARMUP,
      rounds: DUE_ROUNDS,
      perRound: DISPATCH_CALLS,
      collect,
      log: (error) => saveErrors.push(error),
    });
  })();

  // -------------------------------------------------------------------------------------------------------
  // 1. Open: read + parse + validate + daily backup + search index, against JSON.parse(readFileSync()).

  const workspace = { root, source, freshCopy };
  const opens = await measureOpen(workspace);
  const { openFirst, openAgain, openBase, firstSave, firstSaveBase, firstList, split } = opens;
  ratioRow('open, first of the day (incl. daily backup copy)', median(openFirst), median(openBase), 2);
  ratioRow('open, backup already made today', median(openAgain), median(openBase), null);

  // -------------------------------------------------------------------------------------------------------
  // 2. Save after one edit: update + flush, against the same bytes written with the same syscalls.

  const saves = await measureContactAndConversationSaves(workspace);
  ratioRow(
    'save after one contact edit (update + flush)',
    median(saves.contacts.app),
    median(saves.contacts.base),
    1.3,
  );
  ratioRow(
    'save after one conversation edit (update + flush)',
    median(saves.conversations.app),
    median(saves.conversations.base),
    1.3,
  );
  ratioRow('first save after open (serializer cache cold)', median(firstSave), median(firstSaveBase), null);

  // -------------------------------------------------------------------------------------------------------
  // 3. Search per keystroke: contacts.list per prefix, against a bare scan of pre-folded strings.

  const opened = await openApp(await freshCopy(source));
  const { store } = opened;
  const search = await measureListSearch(opened, {
    smoke: SMOKE,
    warmupRounds: SEARCH_WARMUP_ROUNDS,
    rounds: SEARCH_ROUNDS,
    queries: SEARCH_QUERIES,
    collect,
  });
  rows.push(...search.rows.slice(0, 3));
  infoRow('first contact list after open (builds sorted views)', ms(median(firstList)));
  rows.push(...search.rows.slice(3));
  infoRow('first conversation list after open (sorts 25,000)', ms(search.firstConversationListMs));
  infoRow('conversation search prepared in the background after open', ms(search.prepareMs));

  // -------------------------------------------------------------------------------------------------------
  // 4. Opening a contact with 50 conversations: timeline + get + chain, the script work behind the page.

  const contact = await measureOpenContact(opened);
  frameRow('open a contact with 50 conversations, right after an edit', median(contact.openAfterEdit));
  frameRow('open a contact with 50 conversations, again', median(contact.openWarm));
  infoRow('open a contact with 50 conversations, incl. IPC structured clone', ms(median(contact.openIpc)));

  // 4b. Likely duplicates (issue 12): all pairs after a contact edit, asked again, and one merge.

  const duplicates = await measureDuplicates(opened);
  limitRow(`find likely duplicates among ${CONTACTS} contacts, after a contact edit`, duplicates.find, 100);
  infoRow(`  the same asked again, nothing changed (${duplicates.pairs} pairs)`, ms(duplicates.cached));
  limitRow(
    'merge two contacts, every reference moved (journal change, without its save)',
    duplicates.merge,
    100,
  );

  // 4c. Overzicht (issue 13): the model after open, and after one change (overview-section.ts).

  await overviewRows(opened, () => freshCopy(source));

  // -------------------------------------------------------------------------------------------------------
  // 5. Reminders: what is due after a change, as the app works it out (measured first, see 0.), then the
  //    scheduler on its own.

  const due = measureDue(store);
  await store.close();
  limitRow(
    'recompute what is due after a change (dispatch minus its save, incl. reminder rules + scheduler), p95',
    median(changes.p95),
  );
  limitRow(
    'recompute what is due after a change (dispatch minus its save, incl. reminder rules + scheduler), median',
    median(changes.p50),
  );
  infoRow(
    '  the save each change is answered after (not in the rows above; see the save rows), median',
    ms(changes.saveWaitP50),
  );
  const share = median(changes.rulesShare);
  infoRow('  of which reminder rules + scheduler (follow() + changed()), p95', ms(median(changes.rulesP95)));
  infoRow(
    '  of which reminder rules + scheduler (follow() + changed()), median',
    ms(median(changes.rulesP50)),
    `${(share * 100).toFixed(0)}% of time`,
  );
  infoRow(
    `open through openNetwerkdagboek (keep-in-touch for ${CONTACTS} contacts, launch look)`,
    ms(changes.openMs),
  );
  infoRow('scheduler alone: one reminder edited (store.update + changed), p95', ms(median(due.p95)));
  infoRow('scheduler.changed() alone after the edit, p95', ms(median(due.changedP95)));
  infoRow(`scheduler start: launch look over ${store.data.reminders.length} reminders`, ms(due.startMs));
  const oneTimer =
    due.mostArmed === 1 && due.armedAtEnd === 1 && changes.mostArmed === 1 && changes.armedAtEnd === 1;
  rows.push({
    metric:
      `armed timers, most at once (app: open + ${changes.calls} calls; scheduler alone: start + ` +
      `${DUE_WARMUP + DUE_ROUNDS * DUE_EDITS} changes)`,
    measured: String(Math.max(due.mostArmed, changes.mostArmed)),
    baseline: '—',
    ratio: '—',
    target: '= 1',
    result: oneTimer ? 'PASS' : 'FAIL',
  });

  // -------------------------------------------------------------------------------------------------------
  // 6. Importing a file of as many people as there are contacts: preview and apply (measure-import.ts).

  const imported = await measureImport({
    freshCopy: () => freshCopy(source),
    reps: IMPORT_REPS,
    log: (error) => saveErrors.push(error),
  });
  importRows(imported);

  // -------------------------------------------------------------------------------------------------------
  // 7. Contacten's filters (issue 13) and a search word only conversations hold (overview-section.ts).

  await (async () => {
    const folder = join(root, `run-${++folderCounter}`);
    await mkdir(folder);
    const journalPath = join(folder, 'journal.json');
    await copyFile(source, journalPath);
    await filterRows(journalPath, folder);
  })();

  // -------------------------------------------------------------------------------------------------------
  // Report

  printReport({ split, saves, searchNotes: search.notes, contact, due, changes });
} finally {
  if (KEEP) console.log(`Kept ${root}`);
  else await rm(root, { recursive: true, force: true });
}
