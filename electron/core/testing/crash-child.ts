/**
 * The process the crash test kills (`crash.test.ts`): the whole core on a journal, edits through
 * `dispatch` as the renderer makes them, and one line on stdout per edit the app acknowledged as saved.
 * Run with `node --import tsx crash-child.ts <journal> <run> <day>`; stdout is a pipe, which Node writes
 * synchronously on Linux and macOS, so a line is out before the next edit starts.
 */
import { SettingsStore } from '../settings/settings';
import { openNetwerkdagboek } from '../netwerkdagboek';

const [journalPath, run, day] = process.argv.slice(2) as [string, string, string];
// Each run on its own day, so each open makes a daily backup (and a kill may cut one short).
const started = Date.now();
const clock = { now: () => new Date(Date.parse(`${day}T09:00:00Z`) + (Date.now() - started)) };

const app = await openNetwerkdagboek({
  journalPath,
  clock,
  settings: new SettingsStore({ store: {} }),
  systemLanguages: ['nl-NL'],
  openExternal: async () => undefined,
  showInFolder: () => undefined,
  chooseJournalLocation: async () => null,
  appVersion: 'crash-test',
  log: () => undefined,
});
const say = (line: string) => process.stdout.write(`${line}\n`);
say('ready');

// Four edits in flight at a time, as a person typing fast and a reminder firing might make; each
// acknowledged only when its answer came without `saved: false`.
let n = 0;
async function worker(lane: number): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const i = n++;
    if (last && i % 3 === 0) {
      const notes = `lane ${lane} edit ${i}`;
      const answer = await app.dispatch('contacts:update', { id: last, changes: { notes } });
      if (answer.ok && answer.saved !== false) say(`update ${last} ${i}`);
    } else {
      const name = `Run ${run} contact ${i}`;
      const answer = await app.dispatch('contacts:create', { name, notes: `lane ${lane} edit ${i}` });
      if (answer.ok && answer.saved !== false) {
        last = (answer.data as { id: string }).id;
        say(`create ${last} ${i} ${name}`);
      }
    }
  }
}
await Promise.all([0, 1, 2, 3].map(worker));
