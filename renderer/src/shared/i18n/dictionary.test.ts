import { describe, expect, it } from 'vitest';
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
});
