/**
 * An import file's bytes as text. Address books write UTF-8 (with or without a byte-order mark), Outlook
 * and Excel "Unicode" CSV is UTF-16, and an older Outlook or Excel on Windows writes Windows-1252 — with
 * nothing in the file saying which. So the encoding is detected, never assumed: a byte-order mark, else
 * the pattern of zero bytes UTF-16 makes in mostly-Latin text, else UTF-8 if every byte sequence is valid
 * UTF-8 (text in another encoding almost never is), else Windows-1252, which gives every byte a character.
 *
 * Node's TextDecoder decodes UTF-8 and UTF-16 (and checks UTF-8 strictly). Windows-1252 goes through
 * iconv-lite: Node's TextDecoder reads `windows-1252` as Latin-1 since 20.18.3 / 22.13.0, so `€`, `’`
 * and `…` (bytes 0x80–0x9F, just what Outlook and Excel write) would come out as control characters
 * (nodejs/node#60888, #56542; the test of excel-list-nl-1252.csv fails with TextDecoder).
 */
import iconv from 'iconv-lite';
import type { ImportEncoding } from '../../../contract/exchange';
import { DomainError } from '../../errors';

export interface DecodedText {
  text: string;
  encoding: ImportEncoding;
}

/** File signatures of what people most often rename or pick by mistake: images, PDF, zip (xlsx, numbers). */
const signatures: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // zip: .xlsx, .docx, .numbers, .ods
  [0xd0, 0xcf, 0x11, 0xe0], // old Office (.xls)
  [0x52, 0x49, 0x46, 0x46], // RIFF: .webp, .wav
  [0x42, 0x4d], // BMP
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a byte-order mark: in Latin text every other byte is zero, on the odd (LE) or even (BE) side. */
function utf16Without(bytes: Uint8Array): ImportEncoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function detect(bytes: Uint8Array): { encoding: ImportEncoding; skip: number } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  const utf16 = utf16Without(bytes);
  if (utf16 !== null) return { encoding: utf16, skip: 0 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', skip: 0 };
  } catch {
    return { encoding: 'windows-1252', skip: 0 };
  }
}

/**
 * Control characters other than tab, line breaks and form feed: text files have next to none, binary
 * files (an image with its signature cut off, a database) are full of them.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  return control > sample.length * 0.02;
}

/** The file's text and its encoding; refuses (DomainError) a file that is empty or not text at all. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new DomainError('import_empty');
  if (signatures.some((s) => startsWith(bytes, s))) throw new DomainError('import_not_text');
  const { encoding, skip } = detect(bytes);
  const body = bytes.subarray(skip);
  const text =
    encoding === 'windows-1252'
      ? iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'windows-1252')
      : new TextDecoder(encoding).decode(body);
  if (looksBinary(text)) throw new DomainError('import_not_text');
  if (text.trim() === '') throw new DomainError('import_empty');
  return { text, encoding };
}
