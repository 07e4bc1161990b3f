/**
 * What Contacten's search looks in (issue 13): everything a person writes about someone, and what was
 * written for the conversations they took part in, and where in all that a row's match lies ("… weet
 * veel van zorg in Utrecht"), so the list can say why someone is found.
 *
 * The contact's own fields are one folded text per record (see TextIndex). Conversations are not copied
 * into it: 25,000 conversations would make every keystroke read some 17 million characters. Instead a
 * word a contact's own text lacks is looked up in the conversation list's index (substring-index.ts),
 * which answers per conversation without reading its text.
 */
import type { Contact } from '../../contract/domain';
import type { ContactSearchField, FoundIn } from '../../contract/views';
import { fold } from '../text-search';

/** The fields searched, in the order they are written into the search text. */
const fields: readonly ContactSearchField[] = [
  'name',
  'organisation',
  'role',
  'email',
  'tags',
  'howWeMet',
  'aboutThem',
  'canOffer',
  'notes',
];

/** The fields a row shows anyway: a match there needs no explaining. */
const shownInRow = new Set<ContactSearchField>(['name', 'organisation', 'role']);

/** Which field's match explains the row best: what the person wrote about them first. */
const explainOrder: readonly ContactSearchField[] = [
  'aboutThem',
  'canOffer',
  'howWeMet',
  'notes',
  'tags',
  'email',
];

function fieldText(c: Contact, field: ContactSearchField): string {
  switch (field) {
    case 'email':
      return [c.email, ...c.moreEmails].join(' ');
    case 'tags':
      return c.tags.join(', ');
    case 'conversation':
    case 'touch':
      return '';
    default:
      return c[field];
  }
}

/** A contact's own searchable text (folded by TextIndex): every field, one per line. */
export function contactSearchText(c: Contact): string {
  return fields.map((f) => fieldText(c, f)).join('\n');
}

/** The ids of the people of the conversations whose text has a word (folded); see ConversationListView. */
export type ConversationWords = (word: string) => Pick<ReadonlySet<string>, 'has'>;

/** A text about a contact outside their own fields: a conversation they took part in, a touch's note. */
export interface ElsewhereText {
  field: 'conversation' | 'touch';
  /** Its date: the row says which conversation or touch it was. */
  on: string;
  /** Made only when the row is explained by it. */
  text: () => string;
  /** False when the text surely lacks the (folded) word, so it need not be made; absent: it may have it. */
  mayHave?: (word: string) => boolean;
}

/**
 * How long an excerpt is, roughly, and how much of it comes before the first match: little, since the
 * row is narrow and cuts the line off at its end; the match must be in view.
 */
const EXCERPT = 90;
const BEFORE = 14;
/** About what a row shows of the line in a narrow list. */
const SHOWN = 40;

/**
 * Why a contact matched the words, for the row: the field (or conversation) holding a word that name,
 * organisation and role don't show, with an excerpt around it and the matches marked. Null when what the
 * row shows already explains it.
 */
export function foundIn(
  c: Contact,
  words: readonly string[],
  /** Latest first; made only when the contact's own fields do not explain the row. */
  elsewhere: readonly ElsewhereText[] | (() => readonly ElsewhereText[]),
): FoundIn | null {
  const shown = [...shownInRow].map((f) => fold(fieldText(c, f))).join('\n');
  const unexplained = words.filter((w) => !shown.includes(w));
  if (unexplained.length === 0) return null;
  for (const field of explainOrder) {
    const text = fieldText(c, field);
    if (text === '') continue;
    const folded = fold(text);
    const word = unexplained.find((w) => folded.includes(w));
    if (word !== undefined) return { field, on: null, ...excerpt(lineWith(text, word), word, words) };
  }
  // Not in their own fields: in the latest conversation they took part in, or touch, that has the word.
  for (const { field, on, text: textOf, mayHave } of typeof elsewhere === 'function'
    ? elsewhere()
    : elsewhere) {
    if (mayHave && !unexplained.some(mayHave)) continue;
    const text = textOf();
    const folded = fold(text);
    const word = unexplained.find((w) => folded.includes(w));
    if (word !== undefined) return { field, on, ...excerpt(lineWith(text, word), word, words) };
  }
  return null;
}

/**
 * The line (a conversation's goal, one answer, one paragraph of a note) that holds the word: an excerpt
 * that ran on into the next part would read as one sentence ("…aan werkt. Concreet Kijk naar…").
 */
function lineWith(text: string, word: string): string {
  if (!text.includes('\n')) return text;
  return text.split('\n').find((line) => fold(line).includes(word)) ?? text;
}

/**
 * A line of `text` around the first occurrence of `first`, white space collapsed, cut at word
 * boundaries, with every occurrence of any of `words` marked as [start, end) in the line.
 */
function excerpt(
  text: string,
  first: string,
  words: readonly string[],
): { text: string; marks: [number, number][] } {
  const at = positionOf(text, first);
  // From the start when the match lies where the row shows it anyway.
  let start = at + first.length <= SHOWN ? 0 : Math.max(0, at - BEFORE);
  // Begin at a word: the one that point lies in when it starts close by, else the next one (the
  // match's own word at the latest).
  if (start > 0 && /\S/.test(text[start - 1]!)) {
    const wordStart = text.slice(0, start).search(/\S+$/);
    if (start - wordStart <= 16) start = wordStart;
    else {
      const space = text.slice(start, at).search(/\s/);
      start = space < 0 ? at : start + space + 1;
    }
  }
  let end = Math.min(text.length, start + EXCERPT);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at + first.length) end = space;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const before = start > 0 ? '…' : '';
  // Marked in the body alone: folding turns '…' into three dots, and a line whose length folding
  // changes is mapped character by character (most of explaining a row, when every excerpt had one).
  const marks = marksIn(body, words).map(([from, to]): [number, number] => [
    from + before.length,
    to + before.length,
  ]);
  return { text: before + body + (end < text.length ? '…' : ''), marks };
}

/** Where a folded word first occurs in `text`, as a position in `text` itself. */
function positionOf(text: string, word: string): number {
  const folded = fold(text);
  // Folding mostly keeps the length, and then positions are the same: no map of a long note needed.
  if (folded.length === text.length) return Math.max(0, folded.indexOf(word));
  const { folded: mapped, origin } = foldWithOrigins(text);
  return origin[mapped.indexOf(word)] ?? 0;
}

/** Where the words occur in `line`, merged where they overlap, in order. */
function marksIn(line: string, words: readonly string[]): [number, number][] {
  const whole = fold(line);
  // Folding kept the length: positions are the same, no map of them needed.
  const { folded, origin } =
    whole.length === line.length ? { folded: whole, origin: null } : foldWithOrigins(line);
  const spans: [number, number][] = [];
  for (const w of words) {
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
      // Up to where the next folded character came from, so an accent mark after the word is marked too.
      if (origin === null) spans.push([i, i + w.length < line.length ? i + w.length : line.length]);
      else spans.push([origin[i]!, origin[i + w.length] ?? line.length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && span[0] <= previous[1]) previous[1] = Math.max(previous[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/**
 * The folded text and, per folded character, the index in `text` it came from. Folding may change the
 * length ("ß" becomes "ss", a letter with a separate accent mark becomes one letter), so positions found
 * in the folded text are taken back through this map. When nothing changes length, positions are equal.
 */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  const whole = fold(text);
  if (whole.length === text.length)
    return { folded: whole, origin: Array.from({ length: whole.length }, (_, i) => i) };
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    // A base letter takes its accent marks with it: they fold away together.
    let next = i + size;
    while (next < text.length && /\p{M}/u.test(text[next]!)) next++;
    const piece = fold(text.slice(i, next));
    for (let k = 0; k < piece.length; k++) origin.push(i);
    folded += piece;
    i = next;
  }
  return { folded, origin };
}
