import type { FileHandle } from 'node:fs/promises';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BYTES_PER_CALL, PIECES_PER_CALL, writeAll, writeFileDurably } from './durable-write';
import { realFs, type FsOps } from './fs-ops';

/** Pieces of assorted sizes (empty ones too), with bytes that tell every position apart. */
function piecesOf(sizes: readonly number[]): Buffer[] {
  let n = 0;
  return sizes.map((size) => Buffer.from(Array.from({ length: size }, () => n++ % 251)));
}

/**
 * A handle that writes into memory and takes at most `most(call)` bytes per writev call, as a system may:
 * the rest of the call's bytes are not written. Records every call's list length and position.
 */
function shortWriter(most: (call: number) => number) {
  const file = Buffer.alloc(1 << 20);
  let length = 0;
  const calls: { pieces: number; position: number; wrote: number }[] = [];
  const handle: Pick<FileHandle, 'writev'> = {
    writev: (async (buffers: readonly Uint8Array[], position: number) => {
      expect(buffers.length).toBeLessThanOrEqual(PIECES_PER_CALL);
      const all = Buffer.concat(buffers);
      const wrote = Math.min(all.length, most(calls.length));
      all.copy(file, position, 0, wrote);
      length = Math.max(length, position + wrote);
      calls.push({ pieces: buffers.length, position, wrote });
      return { bytesWritten: wrote, buffers };
    }) as FileHandle['writev'],
  };
  return { handle, calls, written: () => file.subarray(0, length) };
}

describe('writeAll', () => {
  it('gathers small pieces into one call, up to BYTES_PER_CALL, and writes a larger piece alone', async () => {
    const big = BYTES_PER_CALL + 10;
    const pieces = piecesOf([100, 200, big, 50, BYTES_PER_CALL - 60, 20, 30]);
    const writer = shortWriter(() => Infinity);
    await writeAll(writer.handle, pieces);
    expect(writer.written().equals(Buffer.concat(pieces))).toBe(true);
    expect(writer.calls.map((c) => c.pieces)).toEqual([2, 1, 2, 2]);
  });

  it('writes every piece in one call when the system takes them all', async () => {
    const pieces = piecesOf([3, 0, 700, 1, 0, 250]);
    const writer = shortWriter(() => Infinity);
    await writeAll(writer.handle, pieces);
    expect(writer.written().equals(Buffer.concat(pieces))).toBe(true);
    // The empty pieces are left out of the call.
    expect(writer.calls).toEqual([{ pieces: 4, position: 0, wrote: 954 }]);
  });

  it('goes on where a short write stopped, inside a piece or at its end, until every byte is written', async () => {
    for (const most of [1, 2, 3, 7, 100, 251, 699, 700, 701]) {
      const pieces = piecesOf([3, 0, 700, 1, 0, 250, 5]);
      const writer = shortWriter(() => most);
      await writeAll(writer.handle, pieces);
      expect(writer.written().equals(Buffer.concat(pieces)), `at most ${most} a call`).toBe(true);
      // Each call starts right after the bytes the calls before it wrote.
      let position = 0;
      for (const call of writer.calls) {
        expect(call.position).toBe(position);
        position += call.wrote;
      }
      expect(position).toBe(959);
    }
  });

  it('takes a call that writes a varying part each time (a mix of whole, partial and one-byte writes)', async () => {
    const sizes = Array.from({ length: 40 }, (_, i) => (i * 37) % 91);
    const pieces = piecesOf(sizes);
    const steps = [1, 500, 13, 0.5, 90, 2, 1000];
    const writer = shortWriter((call) => Math.max(1, Math.floor(steps[call % steps.length]!)));
    await writeAll(writer.handle, pieces);
    expect(writer.written().equals(Buffer.concat(pieces))).toBe(true);
  });

  it('gives a system at most PIECES_PER_CALL pieces a call, and goes on with the rest', async () => {
    // Pieces small enough that the byte limit is not what cuts the list.
    const pieces = piecesOf(Array.from({ length: PIECES_PER_CALL * 2 + 5 }, () => 2));
    const writer = shortWriter(() => Infinity);
    await writeAll(writer.handle, pieces);
    expect(writer.written().equals(Buffer.concat(pieces))).toBe(true);
    expect(writer.calls.map((c) => c.pieces)).toEqual([PIECES_PER_CALL, PIECES_PER_CALL, 5]);
  });

  it('fails, instead of looping for ever, when a call writes nothing while bytes remain', async () => {
    const writer = shortWriter((call) => (call === 0 ? 10 : 0));
    await expect(writeAll(writer.handle, piecesOf([50]))).rejects.toThrow(/wrote nothing at byte 10/);
  });

  it('writes nothing at all for no bytes', async () => {
    const writer = shortWriter(() => 0);
    await writeAll(writer.handle, piecesOf([0, 0]));
    expect(writer.calls).toEqual([]);
  });
});

describe('writeFileDurably', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ndb-durable-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** The real file system, with the temp file's handle counting writev calls and cutting each short. */
  function countingFs(most: number) {
    const calls: number[] = [];
    const fs: FsOps = {
      ...realFs,
      open: (async (path: string, flags?: string, mode?: number) => {
        const handle = await realFs.open(path, flags, mode);
        if (!String(path).endsWith('.tmp')) return handle;
        return new Proxy(handle, {
          get: (target, key) => {
            if (key === 'write') throw new Error('a save writes with writev');
            if (key === 'writev') {
              return (buffers: Uint8Array[], position: number) => {
                calls.push(buffers.length);
                const all = Buffer.concat(buffers);
                return target.write(all, 0, Math.min(most, all.length), position);
              };
            }
            const value: unknown = Reflect.get(target, key);
            return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
          },
        });
      }) as FsOps['open'],
    };
    return { fs, calls };
  }

  it('writes the small pieces of a save in one writev call', async () => {
    const pieces = piecesOf(Array.from({ length: 300 }, (_, i) => 1 + (i % 17)));
    const { fs, calls } = countingFs(Infinity);
    const path = join(dir, 'journal.json');
    await writeFileDurably(path, pieces, fs);
    expect((await readFile(path)).equals(Buffer.concat(pieces))).toBe(true);
    expect(calls).toEqual([300]);
  });

  it('lands every byte on disk when the system writes less than asked', async () => {
    const pieces = piecesOf([10, 4000, 1, 333]);
    const { fs, calls } = countingFs(1000);
    const path = join(dir, 'journal.json');
    await writeFileDurably(path, pieces, fs);
    expect((await readFile(path)).equals(Buffer.concat(pieces))).toBe(true);
    expect(calls.length).toBe(5);
  });
});
