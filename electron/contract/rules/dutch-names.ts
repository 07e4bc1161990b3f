/**
 * A person's name the Dutch way: given names, tussenvoegsel and surname. Dutch lists sort on the surname
 * without its tussenvoegsel ("Meer, Sjoerd van der" under M), which a name typed as one line ("Sjoerd van
 * der Meer") does not say by itself. Shared by core (which sorts the windowed list) and the renderer
 * (which shows the row as it is sorted), so both read a name the same way.
 */

/**
 * Words that start a surname without being sorted on (voorvoegsels). Dutch ones first; the German,
 * French and Portuguese ones are sorted the same way in Dutch lists. "El" and "Al" are not among them: in
 * the Netherlands "El Amrani" is registered, and sorted, under E (see `sortedOn`).
 */
const particles = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'des',
  'het',
  "'t",
  '’t',
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'aan',
  'uit',
  'onder',
  'bij',
  'voor',
  'over',
  'tot',
  "'s",
  '’s',
  'd',
  "d'",
  'da',
  'di',
  'du',
  'dos',
  'la',
  'le',
  'los',
  'zu',
  'vom',
  'vd',
  'v.d.',
]);

/** First words of a surname that it is sorted on, so that belong to the surname, not the given names. */
const sortedOn = new Set(['el', 'al', 'ben', 'abu', 'ait']);

export interface DutchName {
  /** "Sjoerd", "Jan Peter". */
  given: string;
  /** "van der", "in 't"; empty when there is none. */
  particle: string;
  /** "Meer", "Smit-de Vries". */
  surname: string;
}

function isParticle(word: string): boolean {
  return particles.has(word.toLowerCase());
}

/**
 * Splits a name into given names, tussenvoegsel and surname. The surname starts after the first
 * tussenvoegsel that follows a given name ("Sjoerd van der Meer"); without one, it is the last word
 * ("Jan Peter Balkenende"). A name typed surname first with a comma ("Meer, Sjoerd van der") is read as
 * written. A single word is all surname.
 */
export function splitDutchName(name: string): DutchName {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const comma = trimmed.indexOf(',');
  if (comma > 0) {
    const surname = trimmed.slice(0, comma).trim();
    const rest = trimmed
      .slice(comma + 1)
      .trim()
      .split(' ')
      .filter(Boolean);
    let end = rest.length;
    while (end > 0 && isParticle(rest[end - 1]!)) end--;
    return { given: rest.slice(0, end).join(' '), particle: rest.slice(end).join(' '), surname };
  }
  const words = trimmed === '' ? [] : trimmed.split(' ');
  if (words.length <= 1) return { given: '', particle: '', surname: trimmed };
  let start = words.findIndex((w, i) => i > 0 && isParticle(w));
  let end = start;
  if (start > 0) {
    while (end < words.length - 1 && isParticle(words[end]!)) end++;
    // Only particles after the given name ("Anna de"): the last of them is read as the surname.
    if (isParticle(words[end]!)) start = end = words.length - 1;
  } else {
    start = end = words.length - 1;
    // A double surname joined by a hyphen ("Anna Smit-de Vries") is one surname, and so is one that
    // starts with a word it is sorted on ("Mohammed El Amrani" under E).
    while (start > 1 && (words[start - 1]!.includes('-') || sortedOn.has(words[start - 1]!.toLowerCase())))
      start = end = start - 1;
  }
  return {
    given: words.slice(0, start).join(' '),
    particle: words.slice(start, end).join(' '),
    surname: words.slice(end).join(' '),
  };
}

/** "Sjoerd van der Meer" as a Dutch list shows it: "Meer, Sjoerd van der". */
export function surnameFirst(name: string): string {
  const { given, particle, surname } = splitDutchName(name);
  const rest = [given, particle].filter(Boolean).join(' ');
  return rest ? `${surname}, ${rest}` : surname;
}
