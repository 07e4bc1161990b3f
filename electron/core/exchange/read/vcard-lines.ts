/**
 * The lines of a vCard file, as Apple Contacts, Google Contacts, Outlook and Android write them, read
 * tolerantly: cards found by BEGIN/END (one card without END costs that card, not the file), folded
 * lines joined, vCard 2.1's quoted-printable values decoded with their CHARSET (soft line breaks too,
 * which Android and Outlook do not indent), 2.1's bare parameters (`TEL;CELL;PREF`) read as types,
 * `\,` `\;` `\n` unescaped, photos and other binary left out.
 *
 * Written here rather than taken from a library: `vcf` leaves quoted-printable undecoded (by choice,
 * jhermsmeier/node-vcf#50), loses a value at an unindented soft line break and keeps `\,` and `\n`
 * in text; ical.js refuses vCard 2.1 (`Invalid parameters in 'TEL;CELL;PREF'`, kewisch/ical.js#187),
 * fails the whole file on one card without END and keeps `\;` in a NOTE. Both would have needed the
 * 2.1 step and the card splitting below anyway, which is most of the work.
 */
import iconv from 'iconv-lite';

/** One property of a card: `item1.EMAIL;TYPE=work,pref:anna@example.nl`. */
export interface VCardProperty {
  /** Upper case, without its group (`EMAIL`). */
  name: string;
  /** Parameter names in upper case; values as written (a bare 2.1 parameter is a TYPE). */
  params: ReadonlyMap<string, string[]>;
  /** The TYPE values in lower case (`work`, `pref`, `cell`). */
  types: readonly string[];
  /** The value, decoded (quoted-printable) but still escaped: split and unescape it with the helpers. */
  value: string;
}

export interface VCardText {
  /** Where in the file: the card's number, from 1. */
  at: number;
  /** The card's logical lines (unfolded), for telling identical cards apart. */
  lines: string[];
  properties: VCardProperty[];
  /** The same properties by name, in card order. */
  byName: Map<string, VCardProperty[]>;
  /** False when the file ends (or the next card begins) before this card's END:VCARD. */
  complete: boolean;
  /** Whether the card has a PHOTO (left out of `properties`, as binary; the preview says so). */
  photo: boolean;
}

/** Properties that hold pictures, sounds or keys: never imported, and often large. */
const binary = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

/** Whether `text` is a vCard file: its first line that is not blank begins one. */
export function isVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD\s*$/im.test(
    text
      .slice(0, 4096)
      .split(/\r\n|\r|\n/, 20)
      .join('\n'),
  );
}

function isQuotedPrintable(line: string): boolean {
  if (!/QUOTED-PRINTABLE/i.test(line)) return false;
  const head = line.slice(0, line.indexOf(':') + 1);
  return /;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(head);
}

/**
 * Logical lines: a line that begins with a space or tab continues the one before (RFC 6350 3.2); a
 * quoted-printable value that ends in `=` continues on the next line whatever it begins with.
 */
function unfold(physical: string[]): string[] {
  const logical: string[] = [];
  let qpOpen = false;
  for (const line of physical) {
    const last = logical.length - 1;
    if (qpOpen && last >= 0) {
      logical[last] = (logical[last] ?? '').slice(0, -1) + line;
    } else if ((line.startsWith(' ') || line.startsWith('\t')) && last >= 0) {
      logical[last] = (logical[last] ?? '') + line.slice(1);
    } else if (line.trim() !== '') {
      logical.push(line);
    } else {
      continue;
    }
    const current = logical[logical.length - 1] ?? '';
    qpOpen = current.endsWith('=') && isQuotedPrintable(current);
  }
  return logical;
}

/** Splits at `separator` outside double quotes (parameter values may be quoted and hold `;` or `:`). */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The index of the colon that ends name and parameters, outside quotes; -1 when there is none. */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return i;
  }
  return -1;
}

function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      // Already a character (the file itself was decoded): keep it as UTF-8 bytes.
      bytes.push(...new TextEncoder().encode(value[i]));
    }
  }
  const buffer = Buffer.from(bytes);
  const label = (charset ?? '').toLowerCase();
  if (label !== '' && label !== 'utf-8' && label !== 'utf8' && iconv.encodingExists(label)) {
    return iconv.decode(buffer, label);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // No charset and no valid UTF-8: Outlook's 2.1 cards on Windows are in the system's code page.
    return iconv.decode(buffer, 'windows-1252');
  }
}

const noParams: ReadonlyMap<string, string[]> = new Map();
const noTypes: readonly string[] = [];

function parseParams(raw: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const param of splitOutsideQuotes(raw, ';')) {
    const eq = param.indexOf('=');
    // 2.1 writes types bare (`TEL;CELL;PREF`) and the encoding too (`NOTE;QUOTED-PRINTABLE:…`).
    const bare = param.trim();
    const key =
      eq >= 0
        ? param.slice(0, eq).trim().toUpperCase()
        : /^(QUOTED-PRINTABLE|BASE64|8BIT|7BIT)$/i.test(bare)
          ? 'ENCODING'
          : 'TYPE';
    const values = params.get(key) ?? [];
    for (const v of (eq < 0 ? bare : param.slice(eq + 1)).split(',')) {
      const value = v.trim().replace(/^"|"$/g, '');
      if (value !== '') values.push(value);
    }
    params.set(key, values);
  }
  return params;
}

function parseProperty(line: string): VCardProperty | null {
  const colon = line.includes('"') ? valueStart(line) : line.indexOf(':');
  if (colon <= 0) return null;
  const firstSemi = line.indexOf(';');
  const nameEnd = firstSemi >= 0 && firstSemi < colon ? firstSemi : colon;
  const grouped = line.slice(0, nameEnd);
  const name = grouped
    .slice(grouped.lastIndexOf('.') + 1)
    .trim()
    .toUpperCase();
  if (name === '') return null;
  const params = nameEnd < colon ? parseParams(line.slice(nameEnd + 1, colon)) : noParams;
  let value = line.slice(colon + 1);
  const encoding = params.get('ENCODING');
  if (encoding !== undefined) {
    const kind = encoding.map((e) => e.toUpperCase());
    if (kind.includes('QUOTED-PRINTABLE')) value = decodeQuotedPrintable(value, params.get('CHARSET')?.[0]);
    else if (kind.includes('B') || kind.includes('BASE64')) return null;
  }
  const types = params.get('TYPE')?.map((t) => t.toLowerCase()) ?? noTypes;
  return { name, params, types, value };
}

/** Every card in `text`, in file order. */
export function vCardsIn(text: string): VCardText[] {
  const cards: VCardText[] = [];
  let open: string[] | null = null;
  const close = (complete: boolean) => {
    if (open === null) return;
    const lines = unfold(open);
    const properties: VCardProperty[] = [];
    const byName = new Map<string, VCardProperty[]>();
    let photo = false;
    for (const line of lines) {
      if (/^(?:[^:;.]+\.)?PHOTO[;:]/i.test(line)) photo = true;
      const property = parseProperty(line);
      if (property === null || binary.has(property.name)) continue;
      properties.push(property);
      const same = byName.get(property.name);
      if (same) same.push(property);
      else byName.set(property.name, [property]);
    }
    cards.push({ at: cards.length + 1, lines, properties, byName, complete, photo });
    open = null;
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    // Only short lines can be markers: spares upper-casing every line of a large file.
    const marker = line.length <= 20 ? line.trim().toUpperCase() : '';
    if (marker === 'BEGIN:VCARD') {
      close(false);
      open = [];
    } else if (marker === 'END:VCARD') {
      close(true);
    } else if (open !== null) {
      open.push(line);
    }
  }
  close(false);
  return cards;
}

/** `value` split at separators that are not escaped (`;` of N and ORG, `,` of CATEGORIES). */
export function splitValue(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === separator) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/** Text with vCard's escapes read: `\n` a line break, `\,` `\;` `\\` the character itself. */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\(.)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
