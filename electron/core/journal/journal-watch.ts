import { watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';
import type { Timers } from '../clock';

/** How often the file is looked at when no watch event came: a stat call, so cheap. */
export const POLL_MS = 5_000;
/** Events of one save (create temp, write, rename) come in a burst: looked at once, this long after. */
const SETTLE_MS = 150;

/**
 * Calls `look` when the journal's folder may have changed: on file-system events, and every POLL_MS.
 *
 * The folder is watched, not the file: saves (ours, an editor's, a sync tool's) replace the file by
 * renaming another onto it, and a watch on the file itself follows the old inode and goes quiet. Watch
 * events are not delivered everywhere (network drives, some FUSE cloud mounts, WSL), so a poll backs them
 * up. `look` runs one at a time; a look asked for while one runs happens after it.
 */
export function watchFolder(
  path: string,
  timers: Timers,
  look: () => Promise<void>,
  log: (error: unknown) => void,
): { stop(): void } {
  let stopped = false;
  let soon: unknown = null;
  let poll: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;

  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = look()
      .catch(log)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const schedulePoll = () => {
    poll = timers.set(() => {
      run();
      if (!stopped) schedulePoll();
    }, POLL_MS);
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dirname(path), { persistent: false }, () => {
      if (stopped || soon !== null) return;
      soon = timers.set(() => {
        soon = null;
        run();
      }, SETTLE_MS);
    });
    // A folder that is removed or unmounted ends the watch; the poll carries on.
    watcher.on('error', () => watcher?.close());
  } catch {
    // No watching here (too many watches, an exotic file system): the poll alone.
  }
  schedulePoll();

  return {
    stop() {
      stopped = true;
      watcher?.close();
      if (soon !== null) timers.clear(soon);
      if (poll !== null) timers.clear(poll);
    },
  };
}
