import { describe, expect, it } from 'vitest';
import { errorMessages } from '$contract/messages';
import { labels } from '$contract/words/labels';
import { checkWords } from '$contract/testing/word-check';
import { dictionaries, type Dictionary } from './dictionary';

describe('the dictionary', () => {
  it('has every word in Dutch and in English, none empty, every count in all its plural forms', () => {
    const { problems, plurals } = checkWords(dictionaries);
    expect(problems).toEqual([]);
    // The check found the counted phrases (in both languages), so it really looked at them.
    expect(plurals).toBeGreaterThan(40);
  });

  it('would fail if a word were missing in one language, deep down', () => {
    const en: Dictionary = {
      ...dictionaries.en,
      reminders: {
        ...dictionaries.en.reminders,
        keepInTouch: { ...dictionaries.en.reminders.keepInTouch, dueHint: undefined as unknown as string },
      },
    };
    expect(checkWords({ nl: dictionaries.nl, en }).problems).toEqual([
      'en: reminders.keepInTouch.dueHint is missing',
    ]);
  });

  it('would fail if a count lost a plural form or a word were left empty', () => {
    const nl: Dictionary = {
      ...dictionaries.nl,
      contacts: {
        ...dictionaries.nl.contacts,
        count: { other: '{n} contacten' } as Dictionary['contacts']['count'],
        title: '',
      },
    };
    expect(checkWords({ nl, en: dictionaries.en }).problems).toEqual(
      expect.arrayContaining(['nl: contacts.title is empty', 'nl: contacts.count has no "one" form']),
    );
  });

  it("names the domain's values with the contract's labels, the ones core and main use", () => {
    expect(dictionaries.nl.labels).toBe(labels.nl);
    expect(dictionaries.en.labels).toBe(labels.en);
  });

  it('formats in the locale of its language', () => {
    expect(dictionaries.nl.locale).toBe('nl-NL');
    expect(dictionaries.en.locale).toBe('en-GB');
  });

  it('writes ‘email’ in English, as British English does now, never ‘e-mail’ (the merge dialog said E-mail)', () => {
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') {
        const fn = value as (...args: unknown[]) => unknown;
        try {
          walk(fn(...Array.from({ length: fn.length }, () => 'X')));
        } catch {
          // A word that needs more than text to say (a count, a list): its strings are walked elsewhere.
        }
      } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(dictionaries.en);
    walk(errorMessages.en);
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((text) => /e-mail/i.test(text))).toEqual([]);
    expect(texts).toContain('Email');
  });
});
