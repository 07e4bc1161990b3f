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
 */
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
      let length = 0;
      for (let i = start; i < end; i++) {
        const bytes = line(items[i]);
        lines.push(bytes);
        length += bytes.length;
      }
      blocks.push(Buffer.concat(lines, length));
    }
  }
  return { items, blocks };
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
