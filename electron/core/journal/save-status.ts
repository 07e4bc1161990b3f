import type { BackupStatus, JournalStatus, Language, SaveStatus } from '../../contract/contract';
import type { JournalStore } from './journal-store';
import type { BackupProblem } from './journal-store-options';
import { osProblemMessage } from './os-errors';
import type { SaveState } from './saver';
import { setAsideViews } from './set-aside';

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

/** The journal as the page sees it (`app:status`): where it is, whether it can be written, how saving goes. */
export function journalStatus(store: JournalStore, language: Language): JournalStatus {
  const lockedBy = store.lockedBy;
  return {
    path: store.path,
    readOnly: store.readOnly,
    notice: store.notice,
    lockedBy: lockedBy && {
      pid: lockedBy.pid,
      host: lockedBy.host,
      appVersion: lockedBy.appVersion,
      since: lockedBy.since,
    },
    ...setAsideViews(store.data),
    save: saveStatus(store.saveState, language),
    backup: backupStatus(store.backupProblem, language),
  };
}
