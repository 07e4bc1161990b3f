import type { FileHandle } from 'node:fs/promises';
import { realFs, type FsOps } from '../journal/fs-ops';

/** A step of a durable write where a fault can be injected. */
export type FaultStep = 'open' | 'write' | 'sync' | 'rename' | 'utimes';

/** An error as Node's file system gives it: `code`, `errno`, `syscall` and its English text. */
export function fsError(code: string, syscall: string, path = ''): NodeJS.ErrnoException {
  const texts: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EACCES: 'permission denied',
    EROFS: 'read-only file system',
    EIO: 'i/o error',
    ENOENT: 'no such file or directory',
  };
  return Object.assign(new Error(`${code}: ${texts[code] ?? 'error'}, ${syscall} '${path}'`), {
    code,
    syscall,
    path,
  });
}

/**
 * The real file system with faults on demand, for tests of what a failing disk does to saving: a full
 * disk, a folder that became read-only, an I/O error halfway through the bytes, a rename refused. Only
 * writes to temp files (`*.tmp`) and renames fail; reading the journal keeps working, as it does when a
 * disk is full. Counts the saves that reached the disk.
 */
export class FaultyFs implements FsOps {
  /** The fault to inject, until cleared; `null` lets everything through. */
  fault: { step: FaultStep; code: string } | null = null;
  /** Temp files opened for writing (one per save attempt, journal and backups alike). */
  attempts = 0;
  /** How often the fault was thrown: proof that the code under test went through this file system. */
  faultsThrown = 0;
  /** While set, temp files (those `only` picks, or all) wait for it to open: a write held up (a slow disk). */
  held: { until: Promise<void>; only?: (tempPath: string) => boolean } | null = null;

  access = realFs.access;
  rm = realFs.rm;
  stat = realFs.stat;
  lstat = realFs.lstat;
  realpath = realFs.realpath;
  chmod = realFs.chmod;
  readdir = realFs.readdir;
  readlink = realFs.readlink;

  open = (async (path: string, flags?: string, mode?: number) => {
    const temp = String(path).endsWith('.tmp');
    if (temp) {
      this.attempts++;
      if (this.held && (this.held.only?.(String(path)) ?? true)) await this.held.until;
      this.throwAt('open', 'open', String(path));
    }
    const handle = await realFs.open(path, flags, mode);
    return temp ? this.wrap(handle, String(path)) : handle;
  }) as FsOps['open'];

  utimes = (async (path: string, atime: Date, mtime: Date) => {
    this.throwAt('utimes', 'utime', String(path));
    await realFs.utimes(path, atime, mtime);
  }) as FsOps['utimes'];

  rename = (async (from: string, to: string) => {
    this.throwAt('rename', 'rename', String(from));
    await realFs.rename(from, to);
  }) as FsOps['rename'];

  private throwAt(step: FaultStep, syscall: string, path: string): void {
    if (this.fault?.step !== step) return;
    this.faultsThrown++;
    throw fsError(this.fault.code, syscall, path);
  }

  /** A handle whose write (or writev) stops halfway (the first half of the bytes lands, as on a disk that fills up). */
  private wrap(handle: FileHandle, path: string): FileHandle {
    return new Proxy(handle, {
      get: (target, key, receiver) => {
        if (key === 'write') {
          return async (buffer: Uint8Array, offset = 0, length = buffer.length, position = 0) => {
            if (this.fault?.step === 'write') {
              const half = Math.floor(length / 2);
              if (half > 0) await target.write(buffer, offset, half, position);
              throw fsError(this.fault.code, 'write', path);
            }
            return target.write(buffer, offset, length, position);
          };
        }
        if (key === 'writev') {
          return async (buffers: Uint8Array[], position = 0) => {
            if (this.fault?.step === 'write') {
              const all = Buffer.concat(buffers);
              const half = Math.floor(all.length / 2);
              if (half > 0) await target.write(all, 0, half, position);
              throw fsError(this.fault.code, 'write', path);
            }
            return target.writev(buffers, position);
          };
        }
        if (key === 'sync') {
          return async () => {
            if (this.fault?.step === 'sync') throw fsError(this.fault.code, 'fsync', path);
            return target.sync();
          };
        }
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }
}
