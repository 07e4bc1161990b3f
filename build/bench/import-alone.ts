/**
 * `npx tsx build/bench/import-alone.ts [--reps=6] [--contacts=5000] [--ballast]`: only section 6 of the
 * bench (the import's preview and apply, measure-import.ts, as run.ts measures them) on the same generated
 * journal, printing the median and every repetition. `--ballast` keeps one more opened journal in memory
 * beside it, as the full bench does (its section 3 app), for what a larger heap does to the timings.
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from './app';
import { writeGeneratedJournal } from './generate';
import { importRows, measureImport } from './measure-import';
import { CONTACTS, CONVERSATIONS, IMPORT_REPS, loadAverage, REMINDERS, SEED } from './options';
import { rows } from './rows';
import { ms, printTable } from './table';

const reps = Number(process.argv.find((a) => a.startsWith('--reps='))?.slice(7) ?? IMPORT_REPS);
const root = await mkdtemp(join(tmpdir(), 'ndb-import-'));
try {
  await mkdir(join(root, 'source'));
  const { path: source } = await writeGeneratedJournal(join(root, 'source'), {
    contacts: CONTACTS,
    conversations: CONVERSATIONS,
    reminders: REMINDERS,
    seed: SEED,
  });
  let n = 0;
  const errors: unknown[] = [];
  const fresh = async () => {
    const folder = join(root, `run-${++n}`);
    await mkdir(folder);
    const path = join(folder, 'journal.json');
    await copyFile(source, path);
    return path;
  };
  // --ballast: one opened journal kept alive beside the import, as the full bench has (section 3's app).
  const ballast = process.argv.includes('--ballast') ? await openApp(await fresh()) : null;
  if (ballast) await ballast.conversations.prepareSearch();
  console.log(`load average before: ${loadAverage()}`);
  const m = await measureImport({
    freshCopy: fresh,
    reps,
    log: (error) => errors.push(error),
  });
  importRows(m);
  printTable(rows);
  console.log(
    `each repetition: preview ${m.previewMs.map(ms).join(', ')}; apply ${m.applyMs.map(ms).join(', ')}`,
  );
  await ballast?.store.close();
  console.log(`load average after: ${loadAverage()}; errors ${errors.length}`);
} finally {
  await rm(root, { recursive: true, force: true });
}
