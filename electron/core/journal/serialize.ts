/**
 * Turns the journal into file bytes, one record per line.
 *
 * A save after one edit has to cost about what the disk write costs, however large the journal. Records
 * are immutable in memory (an edit replaces the object), which allows two caches:
 * - each record's line, as UTF-8, by object identity: an edited record is stringified, no other;
 * - each array's last encoding: when a new version of the array holds mostly the same objects in the
 *   same places, its bytes are the old bytes with the changed lines swapped, copied in a few large
 *   pieces instead of gathered from thousands of small ones.
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

/** An array's lines, each with its separator, and where each line ends in them. */
interface EncodedArray {
  items: readonly unknown[];
  bytes: Buffer;
  ends: Uint32Array;
}

// Beyond this many changed places, gathering every line again is as quick as patching.
const MAX_PATCHES = 32;
const lastEncoding = new WeakMap<object, Map<string, EncodedArray>>();

function encodeArray(items: readonly unknown[], previous: EncodedArray | undefined): EncodedArray {
  if (previous && previous.items.length === items.length) {
    const changed: number[] = [];
    for (let i = 0; i < items.length && changed.length <= MAX_PATCHES; i++) {
      if (items[i] !== previous.items[i]) changed.push(i);
    }
    if (changed.length === 0) return { ...previous, items };
    if (changed.length <= MAX_PATCHES) return patch(previous, items, changed);
  }
  const lines = items.map(line);
  const ends = new Uint32Array(items.length);
  let length = 0;
  lines.forEach((l, i) => (ends[i] = length += l.length));
  return { items, bytes: Buffer.concat(lines, length), ends };
}

/** The previous bytes with the lines at `changed` replaced: unchanged runs are copied whole. */
function patch(previous: EncodedArray, items: readonly unknown[], changed: number[]): EncodedArray {
  const start = (i: number) => (i === 0 ? 0 : previous.ends[i - 1]!);
  const pieces: Buffer[] = [];
  let from = 0; // the first previous byte not yet taken
  let delta = 0;
  const ends = new Uint32Array(previous.ends);
  changed.forEach((i, j) => {
    const fresh = line(items[i]);
    pieces.push(previous.bytes.subarray(from, start(i)), fresh);
    from = previous.ends[i]!;
    delta += fresh.length - (from - start(i));
    // Every line up to the next change ends `delta` bytes later than it did.
    const next = changed[j + 1] ?? items.length;
    for (let k = i; k < next; k++) ends[k] = previous.ends[k]! + delta;
  });
  pieces.push(previous.bytes.subarray(from));
  return { items, bytes: Buffer.concat(pieces, previous.bytes.length + delta), ends };
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
      pieces.push(
        Buffer.from(`${text}[\n  `),
        encoded.bytes.subarray(0, encoded.bytes.length - ROW_END.length),
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
