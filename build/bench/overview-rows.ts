/**
 * `npm run bench:overview`: only Overzicht's rows (4c) and the filter rows (7) of the bench, on the same
 * generated journal as `npm run bench`, in a fraction of its time; the rows are overview-section.ts's,
 * which run.ts prints too. Takes the bench's options (--smoke, --strict, --contacts=5000, --conversations,
 * --reminders, --seed; see options.ts).
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, saveErrors } from './app';
import { writeGeneratedJournal } from './generate';
import { CONTACTS, CONVERSATIONS, loadAverage, REMINDERS, SEED, SMOKE, STRICT } from './options';
import { filterRows, overviewRows } from './overview-section';
import { rows } from './rows';
import { printTable } from './table';

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

  let copies = 0;
  const opened = await openApp((await copy('overview')).path);
  await overviewRows(opened, async () => (await copy(`overview-${++copies}`)).path);
  await opened.store.close();
  const { folder, path: journalPath } = await copy('filters');
  await filterRows(journalPath, folder);

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
