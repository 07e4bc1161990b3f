/**
 * For tests only: what is wrong between the same words in two or more languages. Used by the word tests
 * of the contract, core, main and the renderer, so every word file is held to the same rules:
 *
 * - the same keys, all the way down (a key missing in one language is a word someone would not see);
 * - no empty text (an empty label shows as a blank button or option);
 * - the same number of items in a list, and functions that take the same number of values;
 * - counted phrases ({ one, other }) with every form the language's plural rules can pick.
 */
import type { Language } from '../contract';
import { localeOf } from '../words/locale';

const pluralCategories = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A counted phrase: only plural categories as keys, `other` among them. */
export function isPluralForms(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.includes('other') && keys.every((k) => pluralCategories.has(k));
}

export interface WordCheck {
  /** Everything wrong, one line each ("en: contacts.title is missing"); empty when all is well. */
  problems: string[];
  /** How many counted phrases were checked, per language. */
  plurals: number;
}

/** Compares the words of every language with each other and checks each on its own. */
export function checkWords(words: Partial<Record<Language, unknown>>): WordCheck {
  const languages = Object.keys(words) as Language[];
  const problems: string[] = [];
  let plurals = 0;

  const walk = (path: string, values: Map<Language, unknown>) => {
    const present = languages.filter((l) => values.get(l) !== undefined);
    for (const language of languages) {
      if (!present.includes(language)) problems.push(`${language}: ${path} is missing`);
    }
    if (present.length === 0) return;
    const kinds = new Set(present.map((l) => kindOf(values.get(l))));
    if (kinds.size > 1) {
      problems.push(`${path} is ${present.map((l) => `${kindOf(values.get(l))} in ${l}`).join(', ')}`);
      return;
    }
    const [kind] = kinds;
    if (kind === 'string') {
      for (const l of present) {
        if ((values.get(l) as string).trim() === '') problems.push(`${l}: ${path} is empty`);
      }
    } else if (kind === 'function') {
      const arities = new Set(present.map((l) => (values.get(l) as (...args: unknown[]) => unknown).length));
      if (arities.size > 1) problems.push(`${path} takes a different number of values per language`);
    } else if (kind === 'array') {
      const lengths = new Set(present.map((l) => (values.get(l) as unknown[]).length));
      if (lengths.size > 1) problems.push(`${path} has a different number of items per language`);
      const longest = Math.max(...present.map((l) => (values.get(l) as unknown[]).length));
      for (let i = 0; i < longest; i++) {
        walk(`${path}[${i}]`, new Map(present.map((l) => [l, (values.get(l) as unknown[])[i]])));
      }
    } else if (kind === 'object') {
      if (present.some((l) => isPluralForms(values.get(l)))) {
        for (const l of present) {
          plurals++;
          const forms = values.get(l) as Record<string, unknown>;
          const needed = new Intl.PluralRules(localeOf(l)).resolvedOptions().pluralCategories;
          for (const category of needed) {
            if (typeof forms[category] !== 'string' || (forms[category] as string).trim() === '') {
              problems.push(`${l}: ${path} has no "${category}" form`);
            }
          }
        }
      }
      const keys = new Set(present.flatMap((l) => Object.keys(values.get(l) as object)));
      for (const key of keys) {
        const child = path === '' ? key : `${path}.${key}`;
        walk(child, new Map(present.map((l) => [l, (values.get(l) as Record<string, unknown>)[key]])));
      }
    } else {
      problems.push(`${path} is a ${kind}, not words`);
    }
  };

  walk('', new Map(languages.map((l) => [l, words[l]])));
  return { problems, plurals };
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}
