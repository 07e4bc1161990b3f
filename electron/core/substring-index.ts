/**
 * Which texts contain a word, fast enough to search 25,000 conversation notes at every keystroke.
 *
 * Scanning the notes themselves means going through some 17 million characters per keystroke, several
 * frames' worth. But a search word never holds a space, so it occurs in a text exactly when it occurs
 * within one of the text's space-separated tokens. The index keeps each distinct token once, in one
 * long string (the vocabulary, far shorter than the texts), and per token the texts that have it. A
 * search looks through the vocabulary for tokens containing the word and collects their texts: exact
 * substring matching ("rabo" finds "rabobank", "bank" finds it too) without reading any note.
 *
 * Words of one or two letters or digits are contained in nearly every token; for those each text keeps
 * a bit per character and per pair of adjacent characters, which answers them exactly and at once.
 *
 * Texts are added folded (see `fold` in text-search.ts) and get a slot number. A text that is replaced
 * is retired rather than removed from the lists (removing would mean going through long lists); its
 * slot is simply never asked about again.
 */

const CLASSES = 37; // a–z, 0–9, everything else
const OTHER = 36;
const PAIRS_AT = CLASSES;
/** 32-bit words per text for the character and pair bits. */
const BIT_WORDS = Math.ceil((CLASSES + CLASSES * CLASSES) / 32);

const ASCII_CLASS = new Uint8Array(128).fill(OTHER);
for (let c = 0; c < 26; c++) ASCII_CLASS[97 + c] = c;
for (let d = 0; d < 10; d++) ASCII_CLASS[48 + d] = 26 + d;
const classAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII_CLASS[code]! : OTHER;
};

/** A search word prepared for `SubstringIndex.has`. */
export interface WordQuery {
  word: string;
  /** For a word of one or two letters/digits: the bit that answers it. */
  bit: number;
  /** For other words: which slots contain it (1) or not (0). */
  slots: Uint8Array | null;
}

export class SubstringIndex {
  /** Every distinct token, each followed by a newline (which no search word contains). */
  private vocabulary = '';
  private readonly tokenStarts: number[] = [];
  private readonly tokenIds = new Map<string, number>();
  /** Per token, the slots whose text has it, in slot order. */
  private readonly postings: number[][] = [];
  private bits = new Uint32Array(1024 * BIT_WORDS);
  private slots = 0;

  /** How many slots were given out (texts added). */
  get size(): number {
    return this.slots;
  }

  /** Indexes a folded text; returns its slot. */
  add(text: string): number {
    const slot = this.slots++;
    if (this.bits.length < this.slots * BIT_WORDS) {
      const grown = new Uint32Array(this.bits.length * 2);
      grown.set(this.bits);
      this.bits = grown;
    }
    // One pass: the character and pair bits, and the tokens between spaces.
    const bits = this.bits;
    const at = slot * BIT_WORDS;
    let previous = -1;
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      // Only ASCII white space ends a token. Words never hold any white space, so a token that still
      // holds a rarer kind (a no-break space) only makes the word lists a little longer, never wrong.
      if (code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11) {
        if (start >= 0) this.addToken(text.slice(start, i), slot);
        start = -1;
      } else if (start < 0) start = i;
      if (i === text.length) break;
      const c = code < 128 ? ASCII_CLASS[code]! : OTHER;
      bits[at + (c >>> 5)]! |= 1 << (c & 31);
      if (previous >= 0) {
        const pair = PAIRS_AT + previous * CLASSES + c;
        bits[at + (pair >>> 5)]! |= 1 << (pair & 31);
      }
      previous = c;
    }
    return slot;
  }

  private addToken(token: string, slot: number): void {
    let id = this.tokenIds.get(token);
    if (id === undefined) {
      id = this.postings.length;
      // A copy: a slice would keep the whole text it came from alive for as long as the index.
      this.tokenIds.set((' ' + token).slice(1), id);
      this.tokenStarts.push(this.vocabulary.length);
      this.vocabulary += `${token}\n`;
      this.postings.push([slot]);
    } else {
      const list = this.postings[id]!;
      if (list[list.length - 1] !== slot) list.push(slot);
    }
  }

  /** Prepares a folded word (no spaces) for `has`. */
  query(word: string): WordQuery {
    let short = word.length <= 2;
    for (let i = 0; i < word.length; i++) if (classAt(word, i) === OTHER) short = false;
    if (short) {
      const a = classAt(word, 0);
      const bit = word.length === 1 ? a : PAIRS_AT + a * CLASSES + classAt(word, 1);
      return { word, bit, slots: null };
    }
    const slots = new Uint8Array(this.slots);
    const vocabulary = this.vocabulary;
    for (let from = 0; ;) {
      const found = vocabulary.indexOf(word, from);
      if (found < 0) break;
      const token = this.tokenAt(found);
      for (const slot of this.postings[token]!) slots[slot] = 1;
      from = this.tokenStarts[token + 1] ?? vocabulary.length;
    }
    return { word, bit: -1, slots };
  }

  /**
   * Calls `each` for the slots whose text contains a folded word of three or more characters (a slot
   * may come more than once), going only through the tokens that hold it: the cost follows the matches,
   * not the number of texts.
   */
  eachSlotWith(word: string, each: (slot: number) => void): void {
    const vocabulary = this.vocabulary;
    for (let from = 0; ;) {
      const found = vocabulary.indexOf(word, from);
      if (found < 0) break;
      const token = this.tokenAt(found);
      for (const slot of this.postings[token]!) each(slot);
      from = this.tokenStarts[token + 1] ?? vocabulary.length;
    }
  }

  /** Whether the text in `slot` contains the word. */
  has(slot: number, query: WordQuery): boolean {
    if (query.slots) return query.slots[slot] === 1;
    return (this.bits[slot * BIT_WORDS + (query.bit >>> 5)]! & (1 << (query.bit & 31))) !== 0;
  }

  /** The token whose text in the vocabulary holds position `at`. */
  private tokenAt(at: number): number {
    let low = 0;
    let high = this.tokenStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.tokenStarts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
