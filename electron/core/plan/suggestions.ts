/**
 * Who might help with a hulpvraag (issue 14): the active contacts whose organisation, role, tags or what
 * the person wrote about them meet the question's words, or who work where "Mijn doel" points (an
 * organisation marked "wil ik werken", the field or role looked for). Ranked by how much matched, then
 * by whether the tie is strong enough to ask (contract/rules/ask-strength.ts), warmth and strength.
 * The person decides whom to ask; the app only says why it thought of someone.
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
  profile: ProfileFields | null;
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
    const matches = matchesOf(contact, question, terms, profileTerms, input.targets);
    if (matches.length === 0) continue;
    const lastContactOn = input.lastContactOn(contact);
    const ask = askStrength({
      strength: contact.strength,
      warmth: contact.warmth,
      daysSinceContact: lastContactOn === null ? null : Math.max(0, daysBetween(lastContactOn, input.today)),
      helpedBefore: input.helped.has(contact.id),
    });
    found.push({
      score: matches.reduce((sum, m) => sum + weights[m.kind], 0),
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

function matchesOf(
  contact: Contact,
  question: string,
  terms: readonly string[],
  profileTerms: readonly string[],
  targets: ReadonlySet<string>,
): SuggestionMatch[] {
  const matches: SuggestionMatch[] = [];
  const organisation = folded(contact.organisation);
  if (organisation.length >= 2 && ` ${question} `.includes(` ${organisation} `)) {
    matches.push({ kind: 'organisation', text: organisationSpelling(contact.organisation) });
  }
  for (const tag of contact.tags) {
    const t = folded(tag);
    if (t.length >= 2 && (` ${question} `.includes(` ${t} `) || terms.some((w) => wordsMatch(w, t)))) {
      matches.push({ kind: 'tag', text: tag });
      break;
    }
  }
  const roleWord = firstMatching(wordsOf(folded(contact.role)), terms);
  if (roleWord) matches.push({ kind: 'role', text: roleWord });
  const aboutWords = wordsOf(folded(`${contact.aboutThem} ${contact.canOffer} ${contact.notes}`));
  let about = 0;
  for (const term of terms) {
    if (about === 2) break;
    if (aboutWords.some((w) => wordsMatch(w, term))) {
      matches.push({ kind: 'about', text: term });
      about++;
    }
  }
  if (organisation && targets.has(organisation)) {
    matches.push({ kind: 'target', text: organisationSpelling(contact.organisation) });
  }
  if (!matches.some((m) => m.kind === 'role' || m.kind === 'organisation')) {
    const own = wordsOf(folded(`${contact.role} ${contact.organisation} ${contact.tags.join(' ')}`));
    const field = firstMatching(own, profileTerms);
    if (field) matches.push({ kind: 'field', text: field });
  }
  return matches;
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
