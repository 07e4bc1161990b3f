/**
 * The child of move-crash.test.ts: the app's core on a journal, moving it to another file as
 * "Verplaatsen…" does, to be killed by the parent at a random moment. Says `ready` before the move and
 * `moved` after it on stdout. Run with `node --import tsx move-crash-child.ts <folder> <target>`.
 */
import { join } from 'node:path';
import Conf from 'conf';
import { startNetwerkdagboek } from '../app-session';
import { systemClock } from '../clock';
import { journalLocation, SettingsStore } from '../settings/settings';

const [folder, target] = process.argv.slice(2) as [string, string];
const settings = new SettingsStore(new Conf({ cwd: join(folder, 'settings'), projectName: 'ndb-move' }));
const journal = journalLocation(null, settings.get(), folder);
const core = await startNetwerkdagboek({
  journalPath: journal.path,
  mayCreateJournal: !journal.chosen,
  clock: systemClock,
  settings,
  systemLanguages: ['nl-NL'],
  openExternal: async () => undefined,
  showInFolder: () => undefined,
  chooseJournalLocation: async () => target,
  appVersion: '0.1.0',
});
process.stdout.write('ready\n');
const result = await core.dispatch('journal:move', undefined);
process.stdout.write(`moved ${JSON.stringify(result)}\n`);
// Stays until killed, as the app would: the parent decides when it ends.
setInterval(() => undefined, 1_000);
