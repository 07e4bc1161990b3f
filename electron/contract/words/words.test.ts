import { describe, expect, it } from 'vitest';
import { errorMessages, osProblemMessages } from '../messages';
import * as domain from '../domain';
import { snoozeOptions } from '../contract';
import { checkWords } from '../testing/word-check';
import { labels, type DomainLabels } from './labels';
import { localeOf, locales } from './locale';
import { plural, pluralRules } from './plural';

describe('the word check itself', () => {
  const nl = {
    title: 'Titel',
    count: { one: '{n} ding', other: '{n} dingen' },
    steps: ['a', 'b'],
    f: (x: string) => x,
  };

  it('passes words that match', () => {
    expect(checkWords({ nl, en: { ...nl, title: 'Title' } })).toEqual({ problems: [], plurals: 2 });
  });

  it('finds a key missing in one language, however deep', () => {
    const { problems } = checkWords({ nl: { a: { b: { c: 'x', d: 'y' } } }, en: { a: { b: { c: 'x' } } } });
    expect(problems).toEqual(['en: a.b.d is missing']);
  });

  it('finds an empty text, a missing plural form, a list or function that differs', () => {
    const { problems } = checkWords({
      nl,
      en: { title: ' ', count: { other: '{n} things' }, steps: ['a'], f: () => 'x' },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'en: title is empty',
        'en: count has no "one" form',
        'en: count.one is missing',
        'steps has a different number of items per language',
        'f takes a different number of values per language',
      ]),
    );
  });

  it('finds a value that is no words at all, or not the same sort in each language', () => {
    const { problems } = checkWords({ nl: { n: 3, t: 'x' }, en: { n: 3, t: ['x'] } });
    expect(problems).toEqual(['n is a number, not words', 't is string in nl, array in en']);
  });
});

describe('the labels of the domain', () => {
  it('are the same list in Dutch and English, with no empty label', () => {
    expect(checkWords(labels).problems).toEqual([]);
  });

  // The type already demands every value; this catches a label kept for a value the domain dropped.
  it.each<[keyof DomainLabels, readonly string[]]>([
    ['circles', domain.circles],
    ['warmths', domain.warmths],
    ['warmthOptions', domain.warmths],
    ['strengths', domain.strengths],
    ['cadences', domain.cadences],
    ['conversationStatuses', domain.conversationStatuses],
    ['conversationChannels', domain.conversationChannels],
    ['conversationKinds', domain.conversationKinds],
    ['threeBs', domain.threeBs],
    ['threeBHints', domain.threeBs],
    ['thanksMethods', domain.thanksMethods],
    ['thanksVia', domain.thanksMethods],
    ['touchChannels', domain.touchChannels],
    ['questionPurposes', domain.questionPurposes],
    ['reminderKinds', domain.reminderKinds],
    ['snoozeOptions', snoozeOptions],
    ['records', domain.recordCollections],
  ])('name exactly the values of %s', (list, values) => {
    expect(Object.keys(labels.nl[list]).sort()).toEqual([...values].sort());
  });

  it('give every conversation kind one name per language, different from the other kinds', () => {
    for (const language of ['nl', 'en'] as const) {
      const names = Object.values(labels[language].conversationKinds);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(labels.en.conversationKinds.bijpraten).toBe('Catching up');
  });
});

describe('the error sentences', () => {
  it('are there in both languages, none empty', () => {
    expect(checkWords(errorMessages).problems).toEqual([]);
    expect(checkWords(osProblemMessages).problems).toEqual([]);
  });
});

describe('the locale of a UI language', () => {
  it('is Dutch as in the Netherlands and English as in Britain, both known to Intl', () => {
    expect(localeOf('nl')).toBe('nl-NL');
    expect(localeOf('en')).toBe('en-GB');
    expect(Intl.DateTimeFormat.supportedLocalesOf(Object.values(locales))).toEqual(['nl-NL', 'en-GB']);
  });
});

describe('counted words', () => {
  const contacts = { one: '{n} contact', other: '{n} contacten' };

  it("pick the form by the language's plural rules", () => {
    expect(plural(contacts, 1, 'nl')).toBe('1 contact');
    expect(plural(contacts, 0, 'nl')).toBe('0 contacten');
    expect(plural(contacts, 2, 'en')).toBe('2 contacten');
    expect(pluralRules('en').select(1)).toBe('one');
  });

  it('write the number the way the language does', () => {
    expect(plural(contacts, 1500, 'nl')).toBe('1.500 contacten');
    expect(plural(contacts, 1500, 'en')).toBe('1,500 contacten');
  });
});
