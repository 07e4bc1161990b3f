/**
 * Whether a stretch of a JSON file is one value written exactly as `JSON.stringify` writes it: the test
 * that lets a journal file's record lines be written again as they were read (serialize.ts), instead of
 * stringifying every record once more on the first save after opening.
 *
 * The bytes come from a file that parsed as JSON as a whole and are cut at its line ends. A line end can
 * only be whitespace between tokens (a JSON string holds no raw line break), so each stretch starts and
 * ends between tokens, which is what lets this walk them with a few bytes of state.
 *
 * JSON.stringify of what JSON.parse made of a text gives that text back unless the text has whitespace
 * between tokens, an escape that stringify writes otherwise (`\/`, `\u00e9`, `\u000a`, capitals in
 * `\u001F`, any escaped surrogate), a number written otherwise (`1.0`, `1e3`, `-0`, `010` is not JSON),
 * a key that is an array index (parse puts those first), or a key twice in one object (parse keeps one).
 * The first four are seen here; the last needs the parsed value (`keyCount`, compared with `keys`).
 * Anything this is not sure of counts as not canonical: the record is then stringified, as before.
 */

export interface Stretch {
  /** The stretch is exactly one JSON value, nothing before or after it. */
  oneValue: boolean;
  /** ...and written as JSON.stringify writes it, if its objects have no key twice (see `keys`). */
  canonical: boolean;
  /** How many keys the stretch's objects have in the text, all of them together (when canonical). */
  keys: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ZERO = 0x30;
const NINE = 0x39;
const MINUS = 0x2d;

/** One value and how it is written, for `bytes[start, end)`. */
export function scanStretch(bytes: Uint8Array, start: number, end: number): Stretch {
  let depth = 0;
  let canonical = true;
  let keys = 0;
  let i = start;
  while (i < end) {
    // A value that ended before the stretch does: more than one value (or whitespace after it).
    if (depth === 0 && i > start) return { oneValue: false, canonical: false, keys };
    const c = bytes[i]!;
    if (c === QUOTE) {
      const first = i + 1;
      i = first;
      for (;;) {
        let s = bytes[i]!;
        // Most of a journal is text: the plain bytes of a string go by in this loop.
        while (s !== QUOTE && s !== BACKSLASH && i < end) s = bytes[++i]!;
        if (i >= end) return { oneValue: false, canonical: false, keys };
        if (s === QUOTE) break;
        {
          const e = bytes[i + 1];
          if (e === 0x75 /* u */) {
            if (!shortUnicodeEscape(bytes, i + 2)) canonical = false;
            i += 6;
          } else {
            // \" \\ \b \f \n \r \t are stringify's own; \/ is not.
            if (e === 0x2f) canonical = false;
            i += 2;
          }
        }
      }
      i++; // the closing quote
      if (bytes[i] === 0x3a /* : */ && i < end) {
        keys++;
        // A key that is an array index ("0", "12") comes first in what JSON.parse makes.
        const k = bytes[first]!;
        if (k >= ZERO && k <= NINE) canonical = false;
        i++;
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth < 0) return { oneValue: false, canonical: false, keys };
      i++;
    } else if (c === 0x3a /* : */) {
      // After whitespace behind a key (right behind it, the key's own branch took it): not canonical.
      canonical = false;
      i++;
    } else if (c === 0x2c /* , */) {
      if (depth === 0) return { oneValue: false, canonical: false, keys };
      i++;
    } else if (c === MINUS || (c >= ZERO && c <= NINE)) {
      let j = i + 1;
      while (j < end && isNumberByte(bytes[j]!)) j++;
      if (!canonicalNumber(bytes, i, j)) canonical = false;
      i = j;
    } else if (c === 0x74 /* true */ || c === 0x6e /* null */) {
      i += 4;
    } else if (c === 0x66 /* false */) {
      i += 5;
    } else {
      // Whitespace between tokens (stringify writes none), or a byte no JSON token starts with.
      canonical = false;
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return { oneValue: false, canonical: false, keys };
      i++;
    }
  }
  const oneValue = depth === 0 && i === end && end > start;
  return { oneValue, canonical: canonical && oneValue, keys };
}

/** `\u00XX` for a control character without a short escape, in small letters: as stringify writes it. */
function shortUnicodeEscape(bytes: Uint8Array, at: number): boolean {
  if (bytes[at] !== ZERO || bytes[at + 1] !== ZERO) return false;
  const high = bytes[at + 2]!;
  const low = bytes[at + 3]!;
  if (high !== ZERO && high !== 0x31) return false;
  const digit = low >= ZERO && low <= NINE ? low - ZERO : low >= 0x61 && low <= 0x66 ? low - 0x61 + 10 : -1;
  if (digit < 0) return false;
  const code = (high - ZERO) * 16 + digit;
  // \b \t \n \f \r have short escapes, which stringify writes instead.
  return code !== 0x08 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}

function isNumberByte(b: number): boolean {
  return (b >= ZERO && b <= NINE) || b === 0x2e || b === 0x65 || b === 0x45 || b === 0x2b || b === MINUS;
}

/** Whether the number token `bytes[start, end)` is as JavaScript writes that number. */
function canonicalNumber(bytes: Uint8Array, start: number, end: number): boolean {
  // Quick: a whole number of at most 15 digits, no leading zero, not -0.
  let i = bytes[start] === MINUS ? start + 1 : start;
  const digits = end - i;
  if (digits >= 1 && digits <= 15) {
    let whole = true;
    for (let j = i; j < end; j++) if (bytes[j]! < ZERO || bytes[j]! > NINE) whole = false;
    if (whole) return digits === 1 ? !(bytes[i] === ZERO && i > start) : bytes[i] !== ZERO;
  }
  let text = '';
  for (i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  return String(Number(text)) === text;
}

/**
 * How many keys `value` has, in all its objects together: what JSON.parse kept of the text's keys. Fewer
 * than the text's (`Stretch.keys`) means a key was there twice.
 */
export function keyCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) count += keyCount(value[i]);
    return count;
  }
  for (const key in value) count += 1 + keyCount((value as Record<string, unknown>)[key]);
  return count;
}
