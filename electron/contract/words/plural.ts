/**
 * Counted words ("1 contact", "3 contacten") in every process the same way: each language's forms, picked
 * by that language's own plural rules (Intl.PluralRules), never by a hand-written `n === 1`.
 */
import type { Language } from '../contract';
import { localeOf } from './locale';

/**
 * The forms of a counted phrase; `{n}` stands for the number. Dutch and English need `one` and `other`
 * only (a test checks every form the locale's rules can pick is there).
 */
export interface Plural {
  one: string;
  other: string;
}

// Intl objects are costly to make and cheap to use: one per language, made on first use.
const rules = new Map<Language, Intl.PluralRules>();
const numbers = new Map<Language, Intl.NumberFormat>();

/** The plural rules of a UI language. */
export function pluralRules(language: Language): Intl.PluralRules {
  let made = rules.get(language);
  if (!made) {
    made = new Intl.PluralRules(localeOf(language));
    rules.set(language, made);
  }
  return made;
}

export function numberFormat(language: Language): Intl.NumberFormat {
  let made = numbers.get(language);
  if (!made) {
    made = new Intl.NumberFormat(localeOf(language));
    numbers.set(language, made);
  }
  return made;
}

/** "{n} contacten" with the form the language's rules pick for n, and n written the language's way. */
export function plural(forms: Plural, n: number, language: Language): string {
  const form = pluralRules(language).select(n) === 'one' ? forms.one : forms.other;
  return form.replaceAll('{n}', numberFormat(language).format(n));
}
