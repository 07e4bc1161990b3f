/**
 * "Is this the same person?" for names typed by people: before a referral becomes a new contact, the app
 * offers contacts with a similar name to link instead, so the network does not fill up with duplicates.
 */
import { fold } from '../text-search';

// Dutch (and a few neighbouring) tussenvoegsels: "Joost de Vries" and "Joost Vries" are one person to
// this check, and so are "van der Berg" and "Van den Berg". `t` and `s` are what "in 't Veld" and
// "'s-Gravesande" leave once punctuation splits the words.
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'te',
  'ten',
  'ter',
  'in',
  'op',
  's',
  'aan',
  'bij',
  'uit',
  'voor',
  'vd',
  'la',
  'le',
  'du',
  'da',
  'di',
  'dos',
  'von',
  'zu',
]);

/** The words of a name that tell people apart: folded (no case, no diacritics), without tussenvoegsels. */
export function nameWords(name: string): string[] {
  const words = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const core = words.filter((w) => !PARTICLES.has(w));
  // A name made of particles only ("De") is still a name.
  return core.length > 0 ? core : words;
}

/**
 * How alike two names are, from their `nameWords`: 3 the same name, 2 the same first and last word
 * ("Anna Bakker" and "Anna Maria Bakker"), 1 one name's words all within the other's ("Anna" and
 * "Anna Bakker", "Sanne Jansen" and "Sanne Jansen-de Vries"), 0 not similar. Whole words only: "Jan" is
 * not like "Jansen".
 */
export function nameSimilarity(a: readonly string[], b: readonly string[]): 0 | 1 | 2 | 3 {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length === b.length && a.every((w, i) => w === b[i])) return 3;
  if (a.length > 1 && b.length > 1 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1]) return 2;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((w) => longer.includes(w)) ? 1 : 0;
}
