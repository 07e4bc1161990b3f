import type { BackupStatus, Language, SaveStatus } from '../../contract/contract';
import type { BackupProblem } from './journal-store-options';
import { osProblemMessage } from './os-errors';
import type { SaveState } from './saver';

/** The store's save state as the page sees it: the problem in words, instants as ISO text. */
export function saveStatus(state: SaveState, language: Language): SaveStatus {
  if (state.state === 'saved') return { state: 'saved' };
  return {
    state: 'failing',
    problem: state.problem,
    message: osProblemMessage(state.problem, language),
    since: state.since.toISOString(),
    retryAt: state.retryAt.toISOString(),
  };
}

/** The daily backup's failure as the page sees it. */
export function backupStatus(problem: BackupProblem | null, language: Language): BackupStatus | null {
  if (!problem) return null;
  return {
    problem: problem.problem,
    message: osProblemMessage(problem.problem, language),
    since: problem.since.toISOString(),
  };
}
