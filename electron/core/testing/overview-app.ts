/**
 * A whole core on a temp journal for the Overzicht tests (core/overview/): a manual clock, the
 * channels as the page calls them, and helpers that make the records a fixture needs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import type { AppEvent, OverviewModel, Result } from '../../contract/contract';
import type { Contact, Conversation, Touch } from '../../contract/domain';
import { openNetwerkdagboek, type Netwerkdagboek } from '../netwerkdagboek';
import { SettingsStore } from '../settings/settings';
import { ManualClock } from './manual-clock';

export interface OverviewApp {
  app: Netwerkdagboek;
  clock: ManualClock;
  settings: SettingsStore;
  /** What core told main without being asked (the change events). */
  events: AppEvent[];
  call<T>(channel: string, payload?: unknown): Promise<T>;
  contact(fields: Record<string, unknown>): Promise<Contact>;
  conversation(fields: Record<string, unknown>): Promise<Conversation>;
  touch(fields: Record<string, unknown>): Promise<Touch>;
  model(): Promise<OverviewModel>;
  close(): Promise<void>;
}

/** A core whose clock stands at `start` (Europe/Amsterdam), on a new journal in a temp folder. */
export async function openOverviewApp(start: string): Promise<OverviewApp> {
  const dir = await mkdtemp(join(tmpdir(), 'ndb-overview-'));
  const clock = new ManualClock(start, 'Europe/Amsterdam');
  const settings = new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'ndb-overview' }));
  const events: AppEvent[] = [];
  const app = await openNetwerkdagboek({
    emit: (event) => events.push(event),
    journalPath: join(dir, 'journal.json'),
    clock,
    timers: clock,
    watchTimers: clock,
    settings,
    systemLanguages: ['nl-NL'],
    openExternal: async () => undefined,
    showInFolder: () => undefined,
    chooseJournalLocation: async () => null,
    appVersion: '1.0.0',
  });
  const call = async <T>(channel: string, payload?: unknown): Promise<T> => {
    const result: Result<unknown> = await app.dispatch(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };
  return {
    app,
    clock,
    settings,
    events,
    call,
    contact: (fields) => call('contacts:create', fields),
    // Thanked unless said otherwise: most fixtures are about something else than thank-yous.
    conversation: (fields) =>
      call('conversations:create', {
        status: 'gehouden',
        thanks: { thanked: true, how: 'email', on: fields['date'] },
        ...fields,
      }),
    touch: (fields) => call('touches:add', { channel: 'bericht', ...fields }),
    model: () => call('overview:get'),
    close: async () => {
      await app.close();
      // Retried: on a busy machine a file the closed core just finished (a backup, settings) can still be
      // settling in the folder, and one rm then fails with ENOTEMPTY (seen once on overview-today).
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    },
  };
}
