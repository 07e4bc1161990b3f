/**
 * Taking the journal out and bringing people in (issue 12), as one part of core's handler map: the
 * exports and restores (write/export-handlers.ts) and the import flow (import-flow.ts).
 */
import { ImportFlow } from './import-flow';
import { exportHandlers, type ExportDeps } from './write/export-handlers';

export type { ExportPorts } from './write/export-handlers';

/** The export and import channels' handlers, for core's handler map. */
export function exchangeHandlers(deps: ExportDeps) {
  const imports = new ImportFlow({ store: deps.store, clock: deps.clock, language: deps.language });
  return { ...exportHandlers(deps), ...imports.handlers };
}
