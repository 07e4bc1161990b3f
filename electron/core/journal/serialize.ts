/**
 * Turns the journal into file bytes, one record per line.
 *
 * A save after one edit has to cost about what the disk write costs, however large the journal. Records
 * are immutable in memory (an edit replaces the object), which allows two caches:
 * - each record's line, as UTF-8, by object identity: an edited record is stringified, no other;
 * - each array's last encoding, in blocks of BLOCK records: a block whose records are all the same
 *   objects in the same places as last time is written again as it was; only the blocks around an
 *   edit are gathered anew from their lines. The file is written as the list of blocks, so a save never
 *   copies the whole journal into one new buffer (at 40 MB that copy, and the garbage collections it
 *   sets off, cost more than the write).
 * One record per line also keeps the file readable and diff-friendly for people who look inside.
 *
 * The first save after opening has no lines yet. When the file read was in this layout, its records'
 * lines are taken from the bytes read (`noteFileLayout`), each one that is exactly as JSON.stringify
 * writes its record (canonical-json.ts), so that save stringifies only what changed since opening and
 * writes the rest as stretches of the bytes read, uncopied.
 */
import { keyCount, scanStretch } from './canonical-json';

const ROW_END = Buffer.from(',\n  ');
const lineCache = new WeakMap<object, Buffer>();

/** A record's line as UTF-8, followed by the separator to the next line. */
function line(record: unknown): Buffer {
  if (typeof record !== 'object' || record === null) return Buffer.from(JSON.stringify(record) + ',\n  ');
  let bytes = lineCache.get(record);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(record) + ',\n  ', 'utf8');
    lineCache.set(record, bytes);
  }
  return bytes;
}

/** Records per block: small enough that gathering one is quick, large enough to keep the pieces few. */
export const BLOCK = 256;

/** An array's lines, each with its separator, gathered per BLOCK records. */
interface EncodedArray {
  items: readonly unknown[];
  blocks: Buffer[];
}

const lastEncoding = new WeakMap<object, Map<string, EncodedArray>>();

function encodeArray(items: readonly unknown[], previous: EncodedArray | undefined): EncodedArray {
  const blocks: Buffer[] = [];
  for (let start = 0, b = 0; start < items.length; start += BLOCK, b++) {
    const end = Math.min(start + BLOCK, items.length);
    const before = previous?.blocks[b];
    if (before && previous && sameRecords(previous.items, items, start, end)) blocks.push(before);
    else {
      const lines: Buffer[] = [];
      for (let i = start; i < end; i++) lines.push(line(items[i]));
      blocks.push(gather(lines));
    }
  }
  return { items, blocks };
}

/**
 * The lines as one buffer. Lines that lie one after another in memory already (unchanged lines of the
 * file as read) are one stretch of it, taken as it is; otherwise they are copied together.
 */
function gather(lines: readonly Buffer[]): Buffer {
  let length = lines[0]!.length;
  let adjacent = true;
  for (let i = 1; i < lines.length; i++) {
    const [before, bytes] = [lines[i - 1]!, lines[i]!];
    length += bytes.length;
    if (bytes.buffer !== before.buffer || before.byteOffset + before.length !== bytes.byteOffset)
      adjacent = false;
  }
  if (!adjacent) return Buffer.concat(lines, length);
  const first = lines[0]!;
  return Buffer.from(first.buffer, first.byteOffset, length);
}

/** Whether `before` and `after` hold the same objects at every place in [start, end), and no more in it. */
function sameRecords(
  before: readonly unknown[],
  after: readonly unknown[],
  start: number,
  end: number,
): boolean {
  if (Math.min(before.length, start + BLOCK) !== end) return false;
  for (let i = start; i < end; i++) if (before[i] !== after[i]) return false;
  return true;
}

/**
 * The file's bytes, in pieces to be written one after another, for a document whose arrays hold records
 * and whose other fields are plain values. Pass the same `owner` for successive versions of one journal.
 */
export function encodeJournal(journal: object, owner: object = journal): Buffer[] {
  let previous = lastEncoding.get(owner);
  if (!previous) lastEncoding.set(owner, (previous = new Map()));
  const read = readFiles.get(owner);
  if (read) {
    readFiles.delete(owner);
    for (const lines of linesOf(read.journal, read.bytes)?.values() ?? []) adoptLines(lines);
  }
  const pieces: Buffer[] = [];
  let text = '{\n'; // the small pieces between arrays gather here
  let first = true;
  for (const [key, value] of Object.entries(journal)) {
    text += `${first ? '' : ',\n'}${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value) && value.length > 0) {
      const encoded = encodeArray(value, previous.get(key));
      previous.set(key, encoded);
      const last = encoded.blocks[encoded.blocks.length - 1]!;
      pieces.push(
        Buffer.from(`${text}[\n  `),
        ...encoded.blocks.slice(0, -1),
        // The last record has no separator after it.
        last.subarray(0, last.length - ROW_END.length),
      );
      text = '\n]';
    } else {
      previous.delete(key);
      text += JSON.stringify(value);
    }
  }
  pieces.push(Buffer.from(`${text}\n}\n`));
  return pieces;
}

/** The same file as text. */
export function serializeJournal(journal: object): string {
  return Buffer.concat(encodeJournal(journal)).toString('utf8');
}

/** A journal array's records as read, and where each one's line is in the bytes read. */
interface ReadLines {
  items: readonly unknown[];
  bytes: Buffer;
  /** Line i is bytes[starts[i], ends[i]); a separator `,\n  ` follows each line but the last. */
  starts: number[];
  ends: number[];
}

/** The file each owner read last, until its first encoding: the journal and the bytes it was parsed from. */
const readFiles = new WeakMap<object, { journal: object; bytes: Buffer }>();

/**
 * Called with the bytes of a file and the journal that is exactly what JSON.parse made of them (not
 * migrated, repaired or validated into new objects; records are never changed in place): the first
 * encoding for `owner` takes each unchanged record's line from `bytes` when the file is in this layout
 * (and stringifies every record when it is not). Costs nothing until then.
 */
export function noteFileLayout(journal: object, bytes: Buffer, owner: object): void {
  readFiles.set(owner, { journal, bytes });
}

/** Where each record's line is in `bytes`, per array; null when the file is not in this layout. */
function linesOf(journal: object, bytes: Buffer): Map<string, ReadLines> | null {
  const arrays = new Map<string, ReadLines>();
  let at = 0;
  const expect = (text: string) => {
    const want = Buffer.from(text, 'utf8');
    if (at + want.length > bytes.length || !bytes.subarray(at, at + want.length).equals(want)) return false;
    at += want.length;
    return true;
  };
  if (!expect('{\n')) return null;
  let first = true;
  for (const [key, value] of Object.entries(journal)) {
    if (!expect(`${first ? '' : ',\n'}${JSON.stringify(key)}: `)) return null;
    first = false;
    if (!Array.isArray(value) || value.length === 0) {
      if (!expect(JSON.stringify(value))) return null;
      continue;
    }
    if (!expect('[\n  ')) return null;
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < value.length; i++) {
      const lineEnd = bytes.indexOf(0x0a, at);
      if (lineEnd < 0) return null;
      const last = i === value.length - 1;
      // Between lines exactly `,\n  `; after the last one `\n]`.
      const between = last
        ? bytes[lineEnd + 1] === 0x5d
        : bytes[lineEnd - 1] === 0x2c && bytes[lineEnd + 1] === 0x20 && bytes[lineEnd + 2] === 0x20;
      if (!between) return null;
      starts.push(at);
      ends.push(last ? lineEnd : lineEnd - 1);
      at = last ? lineEnd + 2 : lineEnd + 3;
    }
    arrays.set(key, { items: value, bytes, starts, ends });
  }
  return expect('\n}\n') && at === bytes.length ? arrays : null;
}

/**
 * At the first encoding for the owner after `noteFileLayout`, per array of the file: every line as read is checked
 * to be one JSON value (else the lines are not what they seem, and none of them is used), and each one
 * that is exactly its record as JSON.stringify writes it becomes that record's line. Records edited since
 * reading are other objects, so their lines are not taken.
 */
function adoptLines(read: ReadLines): void {
  const { items, bytes, starts, ends } = read;
  const usable: boolean[] = [];
  for (let i = 0; i < items.length; i++) {
    const stretch = scanStretch(bytes, starts[i]!, ends[i]!);
    if (!stretch.oneValue) return;
    usable.push(stretch.canonical && stretch.keys === keyCount(items[i]));
  }
  const last = items.length - 1;
  for (let i = 0; i < items.length; i++) {
    const record = items[i];
    if (!usable[i] || typeof record !== 'object' || record === null || lineCache.has(record)) continue;
    // The separator is in the bytes after every line but the last.
    const bytesOfLine =
      i < last
        ? bytes.subarray(starts[i]!, ends[i]! + ROW_END.length)
        : Buffer.concat([bytes.subarray(starts[i]!, ends[i]!), ROW_END]);
    lineCache.set(record, bytesOfLine);
  }
}
