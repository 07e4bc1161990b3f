/**
 * `npm run bench:lists`: only the list rows of the bench (search per keystroke through `contacts:list` and
 * `conversations:list`, incl. the IPC clone), on the same generated journal as `npm run bench`, in a
 * fraction of its time. Takes the same options: --smoke, --strict, --contacts=5000, --conversations,
 * --reminders, --seed.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Clock } from '../../electron/core/clock';
import { ContactBook } from '../../electron/core/contacts/contact-book';
import { ConversationBook } from '../../electron/core/conversations/conversation-book';
import { JournalStore } from '../../electron/core/journal/journal-store';
import { writeGeneratedJournal } from './generate';
import { measureListSearch } from './search';
import { printTable } from './table';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
};
const SMOKE = flag('smoke');
const STRICT = flag('strict') && !SMOKE;
const CONTACTS = option('contacts', SMOKE ? 200 : 5000);
const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

const root = await mkdtemp(join(tmpdir(), 'ndb-bench-lists-'));
try {
  await mkdir(join(root, 'source'));
  const { path } = await writeGeneratedJournal(join(root, 'source'), {
    contacts: CONTACTS,
    conversations: option('conversations', 5 * CONTACTS),
    reminders: option('reminders', 4 * CONTACTS),
    seed: option('seed', 1),
  });
  console.log(`Netwerkdagboek benchmark, list rows only${SMOKE ? ' (smoke run: timings not judged)' : ''}`);
  console.log(`  node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}`);
  console.log(
    `  load average before: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const store = await JournalStore.open({ path, clock });
  const book = new ContactBook(store, clock);
  const conversations = new ConversationBook(store, book, clock);
  const search = await measureListSearch(
    { store, book, conversations },
    {
      smoke: SMOKE,
      warmupRounds: SMOKE ? 0 : 2,
      rounds: SMOKE ? 1 : 7,
      queries: SMOKE ? 40 : 200,
      collect: () => gc?.(),
    },
  );
  await store.close();
  console.log(
    `  journal: ${store.data.contacts.length} contacts, ${store.data.conversations.length} conversations\n`,
  );
  printTable(search.rows);
  console.log('');
  for (const line of search.notes) console.log(line);
  console.log(
    `Load average after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const failed = search.rows.filter((r) => r.result === 'FAIL').length;
  console.log(failed ? `${failed} target(s) missed.` : SMOKE ? 'Ran to the end.' : 'All targets met.');
  if (STRICT && failed) process.exitCode = 1;
} finally {
  await rm(root, { recursive: true, force: true });
}
