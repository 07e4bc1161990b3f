/**
 * Taking the journal out and bringing people in (issue 12), as one part of core's handler map: the
 * exports and restores (write/export-handlers.ts) and the import flow (import-flow.ts).
 */
import type { ReminderBook } from '../reminders/reminder-book';
import { ImportFlow } from './import-flow';
import { exportHandlers, type ExportDeps } from './write/export-handlers';

export type { ExportPorts } from './write/export-handlers';

/** The export and import channels' handlers, for core's handler map. */
export function exchangeHandlers(
  deps: Omit<ExportDeps, 'describe'> & { reminders: Pick<ReminderBook, 'describe' | 'untouched'> },
) {
  const { store, clock, language, reminders } = deps;
  const imports = new ImportFlow({ store, clock, language, untouched: (r) => reminders.untouched(r) });
  return {
    ...exportHandlers({ ...deps, describe: (r, l) => reminders.describe(r, l) }),
    ...imports.handlers,
  };
}
