/**
 * Search-as-you-type over records, diacritics- and case-insensitive ("muller" finds "Müller").
 *
 * Each record's searchable text is folded once and cached by record identity (records are immutable, so
 * an edit simply yields a new entry). A query matches when every word of it occurs somewhere in that
 * text. We chose this over an inverted-index library (MiniSearch, Fuse): building their index for
 * thousands of records costs more than opening the whole journal is allowed to, and substring matching
 * over a few thousand short folded strings already answers well within a frame.
 */

const MARKS = /\p{M}/gu;
const NON_ASCII = /[\u0080-\uffff]+/g;
// Letters NFKD does not decompose: Scandinavian ø/æ/œ, Turkish dotless ı, Polish ł, South Slavic đ.
const UNDECOMPOSED = /[øœæıłđ]/g;
const LETTERS: Record<string, string> = { ø: 'o', œ: 'oe', æ: 'ae', ı: 'i', ł: 'l', đ: 'd' };

function foldNonAscii(run: string): string {
  return run
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(UNDECOMPOSED, (c) => LETTERS[c] ?? c);
}

/**
 * Lower-cases and strips diacritics, so comparisons ignore both. Only runs of non-ASCII characters go
 * through Unicode normalisation: ASCII just needs lower-casing, and most of a journal is ASCII.
 */
export function fold(text: string): string {
  return text.toLowerCase().replace(NON_ASCII, foldNonAscii);
}

/** The words of a query, folded; an empty query has none. */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

export class TextIndex<T extends object> {
  private readonly folded = new WeakMap<T, string>();

  constructor(private readonly textOf: (record: T) => string) {}

  /** The record's searchable text, folded (cached per record). */
  haystack(record: T): string {
    let text = this.folded.get(record);
    if (text === undefined) {
      text = fold(this.textOf(record));
      this.folded.set(record, text);
    }
    return text;
  }

  /** Folds every record now, so the first keystroke does not pay for it. */
  warm(records: readonly T[]): void {
    for (const record of records) this.haystack(record);
  }

  matches(record: T, words: readonly string[]): boolean {
    if (words.length === 0) return true;
    const text = this.haystack(record);
    return words.every((w) => text.includes(w));
  }
}
