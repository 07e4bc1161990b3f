import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let tempCounter = 0;

/**
 * Writes `data` to `path` so that a crash at any moment leaves either the old or the new file, whole:
 * temp file in the same folder → fsync → rename → fsync of the folder. A string is written as UTF-8.
 *
 * lowdb's own writer renames a temp file into place but never fsyncs, so a power cut right after a save
 * could leave an empty journal; that is why the journal has its own adapter (`journal-file.ts`).
 */
export async function writeFileDurably(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
): Promise<void> {
  const pieces =
    typeof data === 'string' ? [Buffer.from(data, 'utf8')] : data instanceof Uint8Array ? [data] : data;
  const dir = dirname(path);
  // Same folder as the target: rename is only atomic within one file system.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`);
  const handle = await open(temp, 'w', 0o600);
  try {
    // One write call per piece (FileHandle.writeFile would make one per 512 KB).
    let position = 0;
    for (const bytes of pieces) {
      for (let done = 0; done < bytes.length;) {
        done += (await handle.write(bytes, done, bytes.length - done, position + done)).bytesWritten;
      }
      position += bytes.length;
    }
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
