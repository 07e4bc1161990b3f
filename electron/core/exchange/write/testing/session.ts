/**
 * A core opened as main opens it (app-session.ts), on a journal in a fresh temp folder, with the save and
 * open dialogs answered from `answers`: for the restore and round-trip tests, where restoring really
 * closes one core and opens the next.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import type { Result } from '../../../../contract/contract';
import { startNetwerkdagboek } from '../../../app-session';
import type { Netwerkdagboek } from '../../../netwerkdagboek';
import { SettingsStore } from '../../../settings/settings';
import { ManualClock } from '../../../testing/manual-clock';

export interface Session {
  dir: string;
  journalPath: string;
  clock: ManualClock;
  /** What the dialogs answer: the file chosen to open or restore, where an export is saved. */
  answers: { file: string | null; exportTo: string | null };
  app: Netwerkdagboek;
  /**
   * Closes the core and opens the same journal again, as quitting and starting the app does; `meanwhile`
   * runs in between, while no core has the file (another program writing it).
   */
  reopen(meanwhile?: () => Promise<void>): Promise<Netwerkdagboek>;
  close(): Promise<void>;
}

/** Starts a core at `start` (Europe/Amsterdam) on `journal.json` in a new temp folder. */
export async function startSession(start: string): Promise<Session> {
  const dir = await mkdtemp(join(tmpdir(), 'ndb-session-'));
  const journalPath = join(dir, 'journal.json');
  const clock = new ManualClock(start);
  const answers: Session['answers'] = { file: null, exportTo: null };
  const open = () =>
    startNetwerkdagboek({
      journalPath,
      clock,
      timers: clock,
      watchTimers: clock,
      settings: new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'ndb-test' })),
      systemLanguages: ['nl-NL'],
      openExternal: async () => undefined,
      showInFolder: () => undefined,
      chooseJournalLocation: async () => null,
      chooseJournalFile: async () => answers.file,
      chooseExportLocation: async () => answers.exportTo,
      appVersion: '0.1.0',
    });
  const session: Session = {
    dir,
    journalPath,
    clock,
    answers,
    app: await open(),
    async reopen(meanwhile) {
      await session.app.close();
      await meanwhile?.();
      return (session.app = await open());
    },
    async close() {
      await session.app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return session;
}

/** The answer of `channel`, or a test failure saying which error came back. */
export async function call<T>(app: Netwerkdagboek, channel: string, payload?: unknown): Promise<T> {
  const result = (await app.dispatch(channel, payload)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.data;
}
