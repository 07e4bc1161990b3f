/**
 * Built-in question suggestions for a netwerkgesprek, grouped by what they are for. Their words are in the
 * conversations feature's `nl.ts` / `en.ts` (`bankQuestions`), like every other word, so the dictionary test
 * holds them to the same rules: every question in both languages, none empty.
 *
 * The person picks from these (or writes their own, which core keeps in the journal); a picked question is
 * copied into the conversation in the language shown at that moment, so changing the language later never
 * rewrites what was prepared.
 */
import { questionPurposes, type OwnQuestion, type QuestionPurpose } from '$contract/domain';

/** A question as the bank shows it: built in, or one of the person's own (which can be removed). */
export interface BankQuestion {
  id: string;
  purpose: QuestionPurpose;
  text: string;
  own: boolean;
}

export const builtInQuestions = [
  // Asking for tips and names: not for vacancies, but for someone to think along.
  { id: 'tips-1', purpose: 'tips-en-namen' },
  { id: 'tips-2', purpose: 'tips-en-namen' },
  { id: 'tips-3', purpose: 'tips-en-namen' },
  { id: 'tips-4', purpose: 'tips-en-namen' },
  { id: 'tips-5', purpose: 'tips-en-namen' },
  { id: 'tips-6', purpose: 'tips-en-namen' },
  // Exploring a field, a role or an organisation: appeal to their knowledge, not to a job.
  { id: 'explore-1', purpose: 'verkennen' },
  { id: 'explore-2', purpose: 'verkennen' },
  { id: 'explore-3', purpose: 'verkennen' },
  { id: 'explore-4', purpose: 'verkennen' },
  { id: 'explore-5', purpose: 'verkennen' },
  { id: 'explore-6', purpose: 'verkennen' },
  // Probing when the answer is "no": find out why, and what would change it.
  { id: 'probe-1', purpose: 'doorvragen' },
  { id: 'probe-2', purpose: 'doorvragen' },
  { id: 'probe-3', purpose: 'doorvragen' },
  { id: 'probe-4', purpose: 'doorvragen' },
  { id: 'probe-5', purpose: 'doorvragen' },
  // Background, once a real chance appears: how this world works from the inside.
  { id: 'background-1', purpose: 'achtergrond' },
  { id: 'background-2', purpose: 'achtergrond' },
  { id: 'background-3', purpose: 'achtergrond' },
  { id: 'background-4', purpose: 'achtergrond' },
  { id: 'background-5', purpose: 'achtergrond' },
  // Closing well: the end of the conversation is where the names come from.
  { id: 'close-1', purpose: 'afsluiten' },
  { id: 'close-2', purpose: 'afsluiten' },
  { id: 'close-3', purpose: 'afsluiten' },
  { id: 'close-4', purpose: 'afsluiten' },
  { id: 'close-5', purpose: 'afsluiten' },
] as const satisfies readonly { id: string; purpose: QuestionPurpose }[];

/** The id of a built-in suggestion; each language's words have its text (`bankQuestions`). */
export type BuiltInQuestionId = (typeof builtInQuestions)[number]['id'];

/**
 * The bank in the words given (the shown language's `bankQuestions`): built-in suggestions first, then the
 * person's own, per purpose.
 */
export function questionBank(
  words: Readonly<Record<BuiltInQuestionId, string>>,
  own: readonly OwnQuestion[],
): Record<QuestionPurpose, BankQuestion[]> {
  const bank = Object.fromEntries(questionPurposes.map((p) => [p, [] as BankQuestion[]])) as Record<
    QuestionPurpose,
    BankQuestion[]
  >;
  for (const b of builtInQuestions)
    bank[b.purpose].push({ id: b.id, purpose: b.purpose, text: words[b.id], own: false });
  for (const o of own) bank[o.purpose].push({ id: o.id, purpose: o.purpose, text: o.text, own: true });
  return bank;
}
