import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let tempCounter = 0;

/**
 * Writes `text` to `path` so that a crash at any moment leaves either the old or the new file, whole:
 * temp file in the same folder → fsync → rename → fsync of the folder.
 *
 * lowdb's own writer renames a temp file into place but never fsyncs, so a power cut right after a save
 * could leave an empty journal; that is why the journal has its own adapter (`journal-file.ts`).
 */
export async function writeFileDurably(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  // Same folder as the target: rename is only atomic within one file system.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`);
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    await rename(temp, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dir);
}

/** Makes the rename itself durable. Windows cannot open a folder for syncing (and does not need it). */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
