import { describe, expect, it } from 'vitest';
import type { OwnQuestion } from '$contract/domain';
import { dictionaries } from '../../shared/i18n/dictionary';
import { builtInQuestions, questionBank } from './question-bank';

const own: OwnQuestion = {
  id: 'own-1',
  purpose: 'afsluiten',
  text: 'Mag ik je over een maand nog eens bellen?',
  createdAt: '2026-11-01T10:00:00.000Z',
};

describe('the question bank', () => {
  it('shows the built-in questions in the language given, grouped by purpose', () => {
    const nl = questionBank(dictionaries.nl.conversations.bankQuestions, []);
    const en = questionBank(dictionaries.en.conversations.bankQuestions, []);
    expect(nl['tips-en-namen'][0]).toEqual({
      id: 'tips-1',
      purpose: 'tips-en-namen',
      text: 'Wie zou ik volgens jou nog meer moeten spreken over dit vak?',
      own: false,
    });
    expect(en['tips-en-namen'][0]!.text).toBe(
      'Who else do you think I should talk to about this line of work?',
    );
    expect(Object.values(nl).flat()).toHaveLength(builtInQuestions.length);
  });

  it("puts the person's own questions after the built-in ones of their purpose", () => {
    const closing = questionBank(dictionaries.nl.conversations.bankQuestions, [own]).afsluiten;
    expect(closing.at(-1)).toEqual({ id: 'own-1', purpose: 'afsluiten', text: own.text, own: true });
    expect(closing.slice(0, -1).every((q) => !q.own)).toBe(true);
  });

  it('has words for exactly the built-in questions, in both languages', () => {
    const ids = builtInQuestions.map((q) => q.id).sort();
    expect(Object.keys(dictionaries.nl.conversations.bankQuestions).sort()).toEqual(ids);
    expect(Object.keys(dictionaries.en.conversations.bankQuestions).sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
