/**
 * `npm run bench:overview`: only Overzicht's rows (4c) and the filter rows (7) of the bench, on the same
 * generated journal as `npm run bench`, in a fraction of its time. Takes the bench's options (--smoke,
 * --strict, --contacts=5000, --conversations, --reminders, --seed; see options.ts).
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, saveErrors } from './app';
import { writeGeneratedJournal } from './generate';
import { measureFilters } from './measure-filters';
import { measureOverview } from './measure-overview';
import {
  clock,
  collect,
  CONTACTS,
  CONVERSATIONS,
  FILTER_ROUNDS,
  FRAME_MS,
  loadAverage,
  REMINDERS,
  SEED,
  SMOKE,
  STRICT,
} from './options';
import { frameRow, infoRow, limitRow, rows } from './rows';
import { median } from './stats';
import { ms, printTable } from './table';

const root = await mkdtemp(join(tmpdir(), 'ndb-bench-overview-'));
try {
  await mkdir(join(root, 'source'));
  const { path: source, journal } = await writeGeneratedJournal(join(root, 'source'), {
    contacts: CONTACTS,
    conversations: CONVERSATIONS,
    reminders: REMINDERS,
    seed: SEED,
  });
  console.log(`Netwerkdagboek benchmark, Overzicht and filter rows only${SMOKE ? ' (smoke run)' : ''}`);
  console.log(`  node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}`);
  console.log(
    `  journal: ${CONTACTS} contacts, ${CONVERSATIONS} conversations, ${journal.touches.length} touches, ` +
      `${REMINDERS} reminders (seed ${SEED})`,
  );
  console.log(`  load average before: ${loadAverage()}\n`);
  const copy = async (name: string) => {
    const folder = join(root, name);
    await mkdir(folder);
    const path = join(folder, 'journal.json');
    await copyFile(source, path);
    return { folder, path };
  };

  const opened = await openApp((await copy('overview')).path);
  const overview = await measureOverview(opened);
  limitRow(
    `Overzicht computed after open (${overview.suggestions} suggestions, ${overview.quiet} verwaterd)`,
    overview.first,
    50,
  );
  infoRow(
    "  of which the contacts' activity (built at open for keeping in touch too)",
    ms(overview.activity),
  );
  limitRow('Overzicht after one change (touch, contact or conversation edit), p95', overview.patchedP95, 5);
  infoRow('  the same, median', ms(overview.patched));
  await opened.store.close();

  const { folder, path: journalPath } = await copy('filters');
  const filters = await measureFilters({
    journalPath,
    folder,
    clock,
    rounds: FILTER_ROUNDS,
    collect,
    log: (error) => saveErrors.push(error),
  });
  frameRow(
    `filter change in Contacten (${CONTACTS} contacts, counts per value, incl. IPC clone), p95`,
    median(filters.p95),
  );
  infoRow(
    '  the first filter change after an edit',
    ms(median(filters.afterEdit)),
    `${(median(filters.afterEdit) / FRAME_MS).toFixed(2)} frame`,
  );

  printTable(rows);
  console.log(`\nLoad average after: ${loadAverage()}`);
  if (saveErrors.length > 0) {
    console.log(`${saveErrors.length} background save error(s): ${String(saveErrors[0])}`);
    process.exitCode = 1;
  }
  const failed = rows.filter((r) => r.result === 'FAIL').length;
  console.log(failed ? `${failed} target(s) missed.` : SMOKE ? 'Ran to the end.' : 'All targets met.');
  if (STRICT && failed) process.exitCode = 1;
} finally {
  await rm(root, { recursive: true, force: true });
}
