/**
 * Who might help with a hulpvraag (issue 14): the active contacts whose organisation, role, tags or what
 * the person wrote about them meet the question's words, or who work where "Mijn doel" points (an
 * organisation marked "wil ik werken", the field or role looked for). Ranked by how much matched, then
 * by whether the tie is strong enough to ask (contract/rules/ask-strength.ts), warmth and strength.
 * The person decides whom to ask; the app only says why it thought of someone, naming the part of the
 * contact that matched (their organisation, a tag, their role, the words of what I know of them).
 *
 * How much a match weighs: their organisation named in the question 5; one of their tags 3; a word of
 * their role 3; a word of what is known about them 2 each (two at most); working at a marked
 * organisation 2; in the field of "Mijn doel" 1. Words match when they are the same, or when one of at
 * least five letters holds the other ("adviseur" is in "beleidsadviseur"). Capitals and accents do not
 * matter. Short words and the common words of a question ("iemand", "kent", "who") do not count.
 */
import type { HelpSuggestion, SuggestionMatch, SuggestionMatchKind } from '../../contract/contract';
import type { Contact, HelpRequest, ProfileFields, Strength, Warmth } from '../../contract/domain';
import { askStrength, askVerdictOrder } from '../../contract/rules/ask-strength';
import { daysBetween } from '../../contract/rules/calendar';
import { organisationSpelling } from '../../contract/rules/organisation-name';
import { fold } from '../text-search';

const weights: Record<SuggestionMatchKind, number> = {
  organisation: 5,
  tag: 3,
  role: 3,
  about: 2,
  target: 2,
  field: 1,
};

/** Words of a question that say nothing about whom to ask. */
const commonWords = new Set(
  (
    'iemand mensen persoon personen werk werken werkt zoek zoeken zoekt kent kennen weet weten wie wat ' +
    'waar welke hoe voor over naar door deze die dat dit een het van bij aan graag wil willen mij mijn ' +
    'meedenken denken kun kunt kunnen zou zouden heb hebt hebben ben bent zijn ook nog maar heel veel ' +
    'someone anyone people person work working works looking know knows who what where which how with ' +
    'about into from that this have does would could help think'
  ).split(' '),
);

export interface SuggestionInput {
  request: HelpRequest;
  contacts: readonly Contact[];
  profile: Pick<ProfileFields, 'lookingFor'> | null;
  /** The organisations marked "wil ik werken", folded. */
  targets: ReadonlySet<string>;
  lastContactOn: (contact: Contact) => string | null;
  /** Contacts who answered a hulpvraag or gave a tip or a name in a conversation. */
  helped: ReadonlySet<string>;
  /** Contacts this hulpvraag was put to already. */
  asked: ReadonlySet<string>;
  today: string;
  limit: number;
}

export function suggestHelpers(input: SuggestionInput): HelpSuggestion[] {
  const question = folded(`${input.request.question} ${input.request.context}`);
  const terms = wordsOf(question);
  const profileTerms = input.profile
    ? wordsOf(
        folded(
          [
            input.profile.lookingFor.role,
            input.profile.lookingFor.field,
            input.profile.lookingFor.organisationKind,
          ].join(' '),
        ),
      )
    : [];
  const found: { suggestion: HelpSuggestion; score: number }[] = [];
  for (const contact of input.contacts) {
    if (contact.archived) continue;
    const { matches, score } = matchesOf(contact, question, terms, profileTerms, input.targets);
    if (matches.length === 0) continue;
    const lastContactOn = input.lastContactOn(contact);
    const ask = askStrength({
      strength: contact.strength,
      warmth: contact.warmth,
      daysSinceContact: lastContactOn === null ? null : Math.max(0, daysBetween(lastContactOn, input.today)),
      helpedBefore: input.helped.has(contact.id),
    });
    found.push({
      score,
      suggestion: {
        contact: {
          id: contact.id,
          name: contact.name,
          organisation: contact.organisation,
          role: contact.role,
          warmth: contact.warmth,
          strength: contact.strength,
          lastContactOn,
        },
        matches,
        ask,
        asked: input.asked.has(contact.id),
      },
    });
  }
  found.sort(
    (a, b) =>
      Number(a.suggestion.asked) - Number(b.suggestion.asked) ||
      b.score - a.score ||
      askVerdictOrder[a.suggestion.ask.verdict] - askVerdictOrder[b.suggestion.ask.verdict] ||
      warmthOrder(a.suggestion.contact.warmth) - warmthOrder(b.suggestion.contact.warmth) ||
      strengthOrder(a.suggestion.contact.strength) - strengthOrder(b.suggestion.contact.strength) ||
      a.suggestion.contact.name.localeCompare(b.suggestion.contact.name, 'nl'),
  );
  return found.slice(0, input.limit).map((f) => f.suggestion);
}

/** The parts of a contact that say what the person knows of them, in the order they are looked in. */
const aboutFields = ['aboutThem', 'canOffer', 'notes'] as const;

function matchesOf(
  contact: Contact,
  question: string,
  terms: readonly string[],
  profileTerms: readonly string[],
  targets: ReadonlySet<string>,
): { matches: SuggestionMatch[]; score: number } {
  const matches: SuggestionMatch[] = [];
  let score = 0;
  const add = (match: SuggestionMatch, weight = weights[match.kind]) => {
    matches.push(match);
    score += weight;
  };
  const organisation = folded(contact.organisation);
  if (organisation.length >= 2 && ` ${question} `.includes(` ${organisation} `)) {
    add({ kind: 'organisation', text: organisationSpelling(contact.organisation), field: 'organisation' });
  }
  for (const tag of contact.tags) {
    const t = folded(tag);
    if (t.length >= 2 && (` ${question} `.includes(` ${t} `) || terms.some((w) => wordsMatch(w, t)))) {
      add({ kind: 'tag', text: tag, field: 'tags' });
      break;
    }
  }
  if (firstMatching(wordsOf(folded(contact.role)), terms)) {
    add({ kind: 'role', text: asWritten(contact.role), field: 'role' });
  }
  // What I know of them: two words of the question at most count, each where it is first found; the
  // reason quotes the words around it, once per part ("Wat ik weet: … werkt in de zorg …").
  let about = 0;
  const quoted = new Set<string>();
  for (const term of terms) {
    if (about === 2) break;
    for (const field of aboutFields) {
      const around = excerpt(contact[field], term);
      if (around === null) continue;
      about++;
      if (quoted.has(field)) score += weights.about;
      else {
        quoted.add(field);
        add({ kind: 'about', text: around, field });
      }
      break;
    }
  }
  if (organisation && targets.has(organisation)) {
    add({ kind: 'target', text: organisationSpelling(contact.organisation), field: 'organisation' });
  }
  if (!matches.some((m) => m.kind === 'role' || m.kind === 'organisation')) {
    // The field of Mijn doel, in their role, their organisation or a tag: the one that has it is named.
    const parts = [
      ['role', contact.role, asWritten(contact.role)],
      ['organisation', contact.organisation, organisationSpelling(contact.organisation)],
      ...contact.tags.map((tag) => ['tags', tag, tag] as const),
    ] as const;
    const hit = parts.find(([, value]) => firstMatching(wordsOf(folded(value)), profileTerms) !== null);
    if (hit) add({ kind: 'field', text: hit[2], field: hit[0] });
  }
  return { matches, score };
}

/** Trimmed, single spaces inside: a contact's words as they wrote them. */
function asWritten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How many words either side of the match the reason quotes. */
const EXCERPT_WORDS = 3;

/**
 * The words around the first word of `text` that matches `term`, as written, with "…" where the text goes
 * on; null when no word matches.
 */
function excerpt(text: string, term: string): string | null {
  const found = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const at = found.findIndex((m) => {
    const word = folded(m[0]);
    return word.length >= 4 && wordsMatch(word, term);
  });
  if (at === -1) return null;
  const first = found[Math.max(0, at - EXCERPT_WORDS)]!;
  const last = found[Math.min(found.length - 1, at + EXCERPT_WORDS)]!;
  const inner = asWritten(text.slice(first.index, last.index + last[0].length));
  const before = at - EXCERPT_WORDS > 0 ? '… ' : '';
  const after = at + EXCERPT_WORDS < found.length - 1 ? ' …' : '';
  return `${before}${inner}${after}`;
}

/** Lower case without accents, single spaces, punctuation as space. */
export function folded(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function wordsOf(text: string): string[] {
  return [...new Set(text.split(' ').filter((w) => w.length >= 4 && !commonWords.has(w)))];
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && (a.includes(b) || b.includes(a));
}

function firstMatching(words: readonly string[], terms: readonly string[]): string | null {
  return words.find((w) => terms.some((t) => wordsMatch(w, t))) ?? null;
}

const warmthOrder = (w: Warmth | null) => (w === 'warm' ? 0 : w === 'lauw' ? 1 : w === 'koud' ? 3 : 2);
const strengthOrder = (s: Strength | null) => (s === 'heel-goed' ? 0 : s === 'goed' ? 1 : s ? 2 : 3);
