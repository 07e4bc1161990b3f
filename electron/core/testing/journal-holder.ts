/**
 * A second app process for journal-sync.test.ts: opens the journal named on the command line as the app
 * does, adds one contact, saves, says so on stdout as one JSON line, and then holds the journal open
 * until it is killed (or told "close" on stdin, when it closes the journal as a quitting app does).
 */
import { ContactFields } from '../../contract/domain';
import { JournalStore } from '../journal/journal-store';

const path = process.argv[2]!;
const store = await JournalStore.open({ path, clock: { now: () => new Date() }, appVersion: 'child' });
const at = new Date().toISOString();
store.update((j) => ({
  ...j,
  contacts: [
    ...j.contacts,
    {
      id: 'from-child',
      ...ContactFields.parse({ name: 'Uit het andere proces' }),
      archived: false,
      importedAt: null,
      createdAt: at,
      updatedAt: at,
    },
  ],
}));
await store.flush();
process.stdout.write(JSON.stringify({ pid: process.pid, readOnly: store.readOnly }) + '\n');
const keepAlive = setInterval(() => undefined, 60_000);
process.stdin.on('data', (chunk) => {
  if (String(chunk).trim() !== 'close') return;
  void store.close().then(() => {
    clearInterval(keepAlive);
    process.exit(0);
  });
});
