import { resolve } from 'node:path';
import { JOURNAL_PATH_ENV } from '../core/settings/settings';

/**
 * Moves userData (settings, Chromium's caches, the single-instance lock) to another folder, in
 * development only. The e2e suite uses it so a test run never touches, or is blocked by, the person's app.
 */
export const USER_DATA_ENV = 'NETWERKDAGBOEK_USER_DATA';

/** Where this run keeps its things, when told otherwise than the defaults; null: the default. */
export interface StartupPaths {
  userData: string | null;
  journal: string | null;
}

/**
 * Other places for userData and the journal: `--user-data=<path>` and `--journal=<path>` on the command
 * line, in any build; the environment variables only in development (`!isPackaged`). An installed app
 * must not be pointed at another journal by whatever happens to be in its environment (a variable left in
 * a shell profile would silently open, and write, another file), and a second data folder is also how
 * two processes used to end up writing one journal (issue 9). A command-line flag is a deliberate choice.
 */
export function startupPaths(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): StartupPaths {
  const flag = (name: string) => {
    const prefix = `--${name}=`;
    const value = argv.findLast((a) => a.startsWith(prefix))?.slice(prefix.length);
    return value ? resolve(value) : null;
  };
  const fromEnv = (name: string) => (isPackaged ? null : env[name] || null);
  return {
    userData: flag('user-data') ?? fromEnv(USER_DATA_ENV),
    journal: flag('journal') ?? fromEnv(JOURNAL_PATH_ENV),
  };
}
