/**
 * Suggested texts for a thank-you, a follow-up, a hulpvraag, a progress update, a seasonal card and the
 * thanks once the goal is reached (issue 14), filled from what the journal knows about the person. The
 * person edits the text before using it, so it only has to be a good start; what it must never do is
 * show a gap: a sentence whose facts are missing is left out, never written with an empty spot or a
 * `{placeholder}`. The same holds for the person's own templates (`fillOwnTemplate`).
 *
 * A rule, so the page can switch between card, e-mail and message, or je and u, without asking core again:
 * core gathers the facts (`MessageFacts`), this turns them into words.
 */
import type { Language } from '../contract';
import type { TrailContribution } from '../trail';
import { daysBetween } from './calendar';
import { splitDutchName } from './dutch-names';
import { englishTexts } from './message-texts-en';
import { dutchTexts } from './message-texts-nl';
import type {
  BuiltInTexts,
  MessageFacts,
  MessageMedium,
  MessageOccasion,
  MessageText,
  MessageVoice,
  Said,
} from './message-text-kinds';

export * from './message-text-kinds';

/** Trimmed, single spaces inside; null when nothing is left. */
function words(value: string | undefined | null): string | null {
  const cleaned = (value ?? '').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

/** A text to go inside a sentence: without its own final full stop, which the sentence brings. */
function clause(value: string | undefined | null): string | null {
  const cleaned = words(value)?.replace(/[.\s]+$/u, '') ?? null;
  return cleaned === '' ? null : cleaned;
}

function calendarDate(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

function formatDate(date: string, language: Language, weekday: boolean): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: weekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(calendarDate(date));
}

function listOf(names: readonly string[] | undefined, language: Language): string | null {
  const cleaned = (names ?? []).map(words).filter((name): name is string => name !== null);
  if (cleaned.length === 0) return null;
  return new Intl.ListFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    type: 'conjunction',
  }).format(cleaned);
}

const whenWords = {
  nl: { today: 'vandaag', yesterday: 'gisteren', on: 'op', at: 'bij', from: 'vanaf' },
  en: { today: 'today', yesterday: 'yesterday', on: 'on', at: 'at', from: 'from' },
} as const;

/** The facts as words in `language`. */
export function said(facts: MessageFacts, language: Language): Said {
  const w = whenWords[language];
  const full = words(facts.name);
  const given = full === null ? null : words(splitDutchName(full).given);
  const myName = words(facts.myName);
  const myGiven = myName === null ? null : words(splitDutchName(myName).given);
  const on = facts.conversationOn ?? null;
  let when: string | null = null;
  if (on !== null) {
    const ago = daysBetween(on, facts.today);
    when =
      ago === 0
        ? w.today
        : ago === 1
          ? w.yesterday
          : `${w.on} ${formatDate(on, language, Math.abs(ago) < 60)}`;
  }
  const rawQuestion = words(facts.question);
  const question =
    rawQuestion === null ? null : /[.?!]$/u.test(rawQuestion) ? rawQuestion : `${rawQuestion}?`;
  const reached = facts.reached ?? null;
  const what = clause(reached?.what);
  const where = clause(reached?.where);
  const from = reached?.from ?? null;
  const place = [what, where === null ? null : what === null ? where : `${w.at} ${where}`]
    .filter((part) => part !== null)
    .join(' ');
  const newPlace =
    place === '' ? null : from === null ? place : `${place}, ${w.from} ${formatDate(from, language, false)}`;
  const year = Number(facts.today.slice(0, 4));
  const month = Number(facts.today.slice(5, 7));
  return {
    first: given ?? full,
    full,
    when,
    date: on === null ? null : formatDate(on, language, false),
    goal: clause(facts.conversationGoal),
    tip: clause(facts.tips?.map(words).find((tip) => tip !== null)),
    referrals: listOf(facts.referrals, language),
    offered: clause(facts.offered),
    nextStep: clause(facts.nextStep),
    question,
    lookingFor: clause(facts.lookingFor),
    // As typed: after "Mijn nieuwe plek:" a job title reads in lower case, an organisation's name not.
    newPlace,
    contribution: clause(facts.contribution),
    myName,
    myFirst: myGiven ?? myName,
    newYear: String(month >= 7 ? year + 1 : year),
  };
}

const builtIn: Record<Language, BuiltInTexts> = { nl: dutchTexts, en: englishTexts };

/** A built-in text for the occasion, filled from the facts. */
export function messageText(
  occasion: MessageOccasion,
  medium: MessageMedium,
  language: Language,
  voice: MessageVoice,
  facts: MessageFacts,
): MessageText {
  return compose(occasion, medium, language, voice, said(facts, language));
}

/** The built-in text on `s`: greeting, the sentences whose facts are there, closing and name. */
function compose(
  occasion: MessageOccasion,
  medium: MessageMedium,
  language: Language,
  voice: MessageVoice,
  s: Said,
): MessageText {
  const text = builtIn[language].text(occasion, medium, language === 'en' ? 'je' : voice, s);
  const lines = text.lines.filter((line): line is string => line !== null && line !== '');
  // The sentences as one paragraph between greeting and closing; a card or an e-mail leaves a line open
  // around it, a message is one block.
  const gap = medium === 'bericht' ? '\n' : '\n\n';
  // A message with je (and every English one, which says "Best,") is signed with the first name; a card,
  // an e-mail and a message with u with the whole name.
  const signedFirst = medium === 'bericht' && (language === 'en' || voice === 'je');
  const signature = [text.closing, signedFirst ? s.myFirst : s.myName].filter(
    (part) => part !== null && part !== '',
  );
  const body = [text.greeting, lines.join(' '), signature.join('\n')].join(gap);
  return { subject: medium === 'email' ? text.subject : null, body };
}

/**
 * The placeholders a person's own template may use, under a Dutch and an English name, so a template
 * works whichever language the app is in.
 */
const placeholderPairs: readonly (readonly [nl: string, en: string, fact: keyof Said])[] = [
  ['naam', 'name', 'full'],
  ['voornaam', 'first-name', 'first'],
  ['wanneer', 'when', 'when'],
  ['datum', 'date', 'date'],
  ['doel', 'goal', 'goal'],
  ['tip', 'tip', 'tip'],
  ['verwijzingen', 'referrals', 'referrals'],
  ['aangeboden', 'offered', 'offered'],
  ['volgende-stap', 'next-step', 'nextStep'],
  ['hulpvraag', 'question', 'question'],
  ['mijn-doel', 'my-goal', 'lookingFor'],
  ['nieuwe-plek', 'new-place', 'newPlace'],
  ['bijdrage', 'contribution', 'contribution'],
  ['mijn-naam', 'my-name', 'myName'],
  ['mijn-voornaam', 'my-first-name', 'myFirst'],
  ['nieuw-jaar', 'new-year', 'newYear'],
];

/** The placeholders' names per language, as the template editor lists them. */
export const placeholderNames: Record<Language, string[]> = {
  nl: placeholderPairs.map(([nl]) => nl),
  en: placeholderPairs.map(([, en]) => en),
};

/** Every placeholder name, Dutch and English, and the fact it stands for (a Map: no `{constructor}`). */
export const placeholders: ReadonlyMap<string, keyof Said> = new Map(
  placeholderPairs.flatMap(([nl, en, fact]) => [
    [nl, fact],
    [en, fact],
  ]),
);

/**
 * The built-in text with a `{…}` wherever a fact goes: where an own text starts from. Every sentence is
 * in it; when the text is used, one whose fact is missing is left out (`fillOwnTemplate`).
 */
export function builtInTemplate(
  occasion: MessageOccasion,
  medium: MessageMedium,
  language: Language,
  voice: MessageVoice,
): MessageText {
  const nl = language === 'nl';
  const marks: Said = {
    first: nl ? '{voornaam}' : '{first-name}',
    full: nl ? '{naam}' : '{name}',
    when: nl ? '{wanneer}' : '{when}',
    date: nl ? '{datum}' : '{date}',
    goal: nl ? '{doel}' : '{goal}',
    tip: '{tip}',
    referrals: nl ? '{verwijzingen}' : '{referrals}',
    offered: nl ? '{aangeboden}' : '{offered}',
    nextStep: nl ? '{volgende-stap}' : '{next-step}',
    question: nl ? '{hulpvraag}' : '{question}',
    lookingFor: nl ? '{mijn-doel}' : '{my-goal}',
    newPlace: nl ? '{nieuwe-plek}' : '{new-place}',
    contribution: nl ? '{bijdrage}' : '{contribution}',
    myName: nl ? '{mijn-naam}' : '{my-name}',
    myFirst: nl ? '{mijn-voornaam}' : '{my-first-name}',
    newYear: nl ? '{nieuw-jaar}' : '{new-year}',
  };
  return compose(occasion, medium, language, voice, marks);
}

const placeholder = /\{\s*([a-z-]+)\s*\}/giu;

/** The `{…}` in a template that are no placeholder, to point out before it is saved ("{naaam}"). */
export function unknownPlaceholders(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(placeholder)) {
    const key = (match[1] ?? '').toLowerCase();
    if (!placeholders.has(key)) unknown.add(match[0]);
  }
  return [...unknown];
}

/**
 * A person's own template filled in. A sentence with a placeholder the journal has nothing for is left
 * out, as a built-in sentence would be, and a line left empty by that goes too, so the text never shows
 * an empty spot; an unknown `{…}` is kept as typed (saving a template refuses one: `unknownPlaceholders`).
 */
export function fillOwnTemplate(template: string, language: Language, facts: MessageFacts): string {
  const s = said(facts, language);
  const lines: string[] = [];
  for (const line of template.split(/\r?\n/u)) {
    if (line.trim() === '') {
      lines.push('');
      continue;
    }
    const kept: string[] = [];
    for (const sentence of line.split(/(?<=[.!?])\s+/u)) {
      let missing = false;
      const filled = sentence.replace(placeholder, (whole: string, name: string) => {
        const key = name.toLowerCase();
        const fact = placeholders.get(key);
        if (fact === undefined) return whole;
        const value = s[fact];
        if (value === null) missing = true;
        return value ?? '';
      });
      if (!missing) kept.push(filled);
    }
    if (kept.length > 0) lines.push(kept.join(' '));
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

const contributionWords = {
  je: {
    brought: (names: string) => `je bracht me in contact met ${names}`,
    answered: (question: string) => `je dacht mee over mijn vraag ‘${question}’`,
    tip: (tip: string) => `je gaf me de tip ‘${tip}’`,
    conversations: (n: number) =>
      n === 1 ? 'je nam de tijd voor een gesprek' : `je nam ${n} keer de tijd voor een gesprek`,
    and: ' en ',
  },
  u: {
    brought: (names: string) => `u bracht me in contact met ${names}`,
    answered: (question: string) => `u dacht mee over mijn vraag ‘${question}’`,
    tip: (tip: string) => `u gaf me de tip ‘${tip}’`,
    conversations: (n: number) =>
      n === 1 ? 'u nam de tijd voor een gesprek' : `u nam ${n} keer de tijd voor een gesprek`,
    and: ' en ',
  },
  en: {
    brought: (names: string) => `you put me in touch with ${names}`,
    answered: (question: string) => `you thought along with my question ‘${question}’`,
    tip: (tip: string) => `you gave me the tip ‘${tip}’`,
    conversations: (n: number) =>
      n === 1 ? 'you made time for a conversation' : `you made time for ${n} conversations`,
    and: ' and ',
  },
} as const;

/**
 * What someone did on the way to the goal (the trail's contributions), as words for a thank-you: the two
 * most telling, "je bracht me in contact met Karin Smit en je gaf me de tip ‘…’". Undefined when the
 * journal shows nothing, so the text says it more generally.
 */
export function contributionText(
  contributions: readonly TrailContribution[],
  language: Language,
  voice: MessageVoice,
): string | undefined {
  const w = contributionWords[language === 'en' ? 'en' : voice];
  const parts: string[] = [];
  const brought = contributions.flatMap((c) =>
    c.kind === 'introduced' || c.kind === 'referred' ? c.names : [],
  );
  const names = listOf([...new Set(brought)], language);
  if (names !== null) parts.push(w.brought(names));
  for (const c of contributions) {
    const question = c.kind === 'answered' ? clause(c.question.replace(/[?!]+$/u, '')) : null;
    if (question !== null) parts.push(w.answered(question));
    const tip = c.kind === 'tips' ? clause(c.tips[0]) : null;
    if (tip !== null) parts.push(w.tip(tip));
    if (c.kind === 'conversations' && c.count > 0) parts.push(w.conversations(c.count));
  }
  return parts.length === 0 ? undefined : parts.slice(0, 2).join(w.and);
}
