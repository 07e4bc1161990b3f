import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { realFs, type FsOps } from './fs-ops';

let tempCounter = 0;

/**
 * The temp file a save of `path` writes first: `.<name>.<pid>.<n>.tmp` in the same folder. `tempFilePattern`
 * recognises exactly these names, so cleaning up after a crash never touches anyone else's file.
 */
function tempFileFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`);
}

/** Matches the temp files `writeFileDurably` makes for a file named `name` (any process, any count). */
export function tempFilePattern(name: string): RegExp {
  return new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d+\\.\\d+\\.tmp$`);
}

/**
 * Writes `data` to `path` so that a crash at any moment leaves either the old or the new file, whole:
 * temp file in the same folder → fsync → rename → fsync of the folder. A string is written as UTF-8.
 *
 * The file keeps its nature: a symlink is written through to its target (the temp file goes beside the
 * target and is renamed onto it, so the link stays a link), and an existing file keeps its permissions
 * (a 0644 or 0640 file stays so); a new file is private (0600).
 *
 * lowdb's own writer renames a temp file into place but never fsyncs, so a power cut right after a save
 * could leave an empty journal; that is why the journal has its own adapter (`journal-file.ts`).
 */
export async function writeFileDurably(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
  fs: FsOps = realFs,
): Promise<void> {
  const pieces =
    typeof data === 'string' ? [Buffer.from(data, 'utf8')] : data instanceof Uint8Array ? [data] : data;
  const { target, mode } = await whereToWrite(path, fs);
  const dir = dirname(target);
  // Same folder as the target: rename is only atomic within one file system.
  const temp = tempFileFor(target);
  const handle = await fs.open(temp, 'w', 0o600);
  try {
    // The umask does not apply to chmod, so the old file's mode comes back exactly.
    if (mode !== null && mode !== 0o600) await handle.chmod(mode);
    await writeAll(handle, pieces);
    await handle.sync();
    await handle.close();
    await fs.rename(temp, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dir, fs);
}

/** At most this many pieces per writev call: Linux's IOV_MAX (a longer list is cut short there anyway). */
export const PIECES_PER_CALL = 1024;
/**
 * Bytes per writev call, about: small pieces are gathered into one call up to this much, a larger piece
 * goes alone. Not one call for everything: a save of the 51 MB bench journal as one writev took 230 ms
 * to write and fsync, in calls of about this size 55-110 ms (as in one call per ~200 KB piece before):
 * the disk can start on the first calls' bytes while the later ones are made, leaving fsync less to do.
 */
export const BYTES_PER_CALL = 256 * 1024;

/**
 * Writes `pieces` one after another from the start of the file, in as few calls as the sizes above
 * allow (FileHandle.writeFile would make one call per 512 KB of one buffer, and a call per small piece
 * costs a trip through the thread pool each). A call may write less than it was given (a list longer
 * than the system's limit, a signal, a file system that writes in parts): the next call starts where it
 * stopped, inside a piece if need be, until every byte is written. A call that writes nothing while bytes
 * remain is an error, never a loop without end.
 */
export async function writeAll(
  handle: Pick<FileHandle, 'writev'>,
  pieces: readonly Uint8Array[],
): Promise<void> {
  let rest = pieces.filter((p) => p.length > 0);
  let position = 0;
  while (rest.length > 0) {
    let count = 1;
    let bytes = rest[0]!.length;
    while (count < rest.length && count < PIECES_PER_CALL && bytes + rest[count]!.length <= BYTES_PER_CALL)
      bytes += rest[count++]!.length;
    const { bytesWritten } = await handle.writev(
      count === rest.length ? rest : rest.slice(0, count),
      position,
    );
    if (!(bytesWritten > 0)) throw new Error(`A write of the journal wrote nothing at byte ${position}.`);
    position += bytesWritten;
    rest = after(rest, bytesWritten);
  }
}

/** `pieces` without their first `count` bytes (a piece written in part goes on from where it stopped). */
function after(pieces: Uint8Array[], count: number): Uint8Array[] {
  let i = 0;
  let left = count;
  while (i < pieces.length && left >= pieces[i]!.length) left -= pieces[i++]!.length;
  if (i === pieces.length) {
    if (left > 0) throw new Error('A write of the journal reported more bytes than it was given.');
    return [];
  }
  const rest = pieces.slice(i);
  if (left > 0) rest[0] = rest[0]!.subarray(left);
  return rest;
}

/** The real file behind `path` (through any symlinks) and its permission bits; null for a new file. */
async function whereToWrite(path: string, fs: FsOps): Promise<{ target: string; mode: number | null }> {
  try {
    const target = await fs.realpath(path);
    return { target, mode: (await fs.stat(target)).mode & 0o777 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // A dangling symlink: write where it points, so it stops dangling rather than being replaced.
    const link = await fs.lstat(path).catch(() => null);
    if (link?.isSymbolicLink()) {
      return { target: resolve(dirname(path), await fs.readlink(path)), mode: null };
    }
    return { target: path, mode: null };
  }
}

/** Makes the rename itself durable. Windows cannot open a folder for syncing (and does not need it). */
async function syncFolder(dir: string, fs: FsOps): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
