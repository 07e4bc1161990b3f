/**
 * From what a row or card holds to an ImportedPerson: every format first gathers what it found (a
 * FoundPerson), and this one place joins names, keeps only e-mail addresses and phone numbers the contact
 * form would accept, normalises the LinkedIn link, cuts text to the journal's limits and decides what is
 * skipped. So a vCard, a LinkedIn row and a mapped CSV row become a contact by the same rules.
 */
import type { ImportedPerson, OwnFields, SkippedRow, SkipReason } from '../../../contract/exchange';
import { isEmailAddress } from '../../../contract/records/contacts';
import { limits } from '../../../contract/records/fields';
import { linkedInProfile } from '../../../contract/rules/linkedin-profile';

type Day = string;

/** What one row or card says about a person, as found; anything may be missing or empty. */
export interface FoundPerson {
  name?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  organisation?: string;
  department?: string;
  role?: string;
  emails?: string[];
  phones?: string[];
  /** Any links: the LinkedIn profile among them becomes `linkedin`, the others a line in the notes. */
  links?: string[];
  tags?: string[];
  notes?: string[];
  birthday?: Day | null;
  connectedOn?: Day | null;
  /** Only from this app's own CSV export (own-csv.ts). */
  own?: OwnFields;
}

/**
 * A spreadsheet formula rather than a value: `=…` (also `=HYPERLINK(…)`, DDE `=cmd|…`), or `+`, `-`, `@`
 * followed by a function call (`@SUM(`, `+HYPERLINK(`). A phone number (`+31 6…`), a dash standing for
 * nothing or a handle (`@anna`) is not one.
 */
export function isFormula(cell: string): boolean {
  const text = cell.trimStart();
  return text.startsWith('=') || /^[+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\(/.test(text);
}

// The contact form's own checks (records/contacts.ts), so nothing imported is refused later on: the
// e-mail rule itself, and the phone rule's pattern.
const phoneShape = /^\+?\(?[0-9][0-9 ()./-]{4,}$/;
const PHONE_MAX = 60;

function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : trimmed.slice(0, max).trimEnd();
}

/** One space between words, none around: names and organisations as a person would type them. */
function tidy(text: string | undefined): string {
  const trimmed = (text ?? '').trim();
  // Most cells need nothing; the test is cheaper than the replace (5,000 rows × every field).
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

function unique(values: string[], key: (v: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (k === '' || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function emailsOf(found: string[]): string[] {
  const valid = found.map((e) => e.trim().replace(/^mailto:/i, '')).filter(isEmailAddress);
  return unique(valid, (e) => e.toLowerCase()).filter((e) => e.length <= limits.shortText);
}

function phonesOf(found: string[]): string[] {
  // vCard 4.0 writes `tel:+31-6-…` URIs; Outlook and Google write what the person typed.
  const valid = found
    .map((p) => tidy(p.replace(/^tel:/i, '')))
    .filter((p) => p.length <= PHONE_MAX && phoneShape.test(p));
  return unique(valid, (p) => p.replace(/[^0-9+]/g, ''));
}

function tagsOf(found: string[]): string[] {
  const tags = found.map((t) => clip(tidy(t), limits.tag)).filter((t) => t !== '');
  return unique(tags, (t) => t.toLocaleLowerCase('nl')).slice(0, limits.tags);
}

/** The person's name as one line: the full name when given, else first, middle and last name. */
function nameOf(found: FoundPerson): string {
  const full = tidy(found.name);
  if (full !== '') return full;
  return tidy([found.firstName, found.middleName, found.lastName].filter(Boolean).join(' '));
}

/** An ImportedPerson from what was found, or why it is skipped. */
export function toPerson(at: number, found: FoundPerson): ImportedPerson | 'no_name' {
  const name = clip(nameOf(found), limits.shortText);
  if (name === '') return 'no_name';
  const links = (found.links ?? []).map((l) => l.trim()).filter((l) => l !== '');
  const linkedin = links.map(linkedInProfile).find((l) => l !== '') ?? '';
  const otherLinks = links.filter((l) => linkedInProfile(l) === '');
  const department = tidy(found.department);
  const role = [tidy(found.role), department].filter((r) => r !== '').join(', ');
  // Line breaks as the journal keeps them: Outlook and quoted-printable write `\r\n`.
  const notes = [...(found.notes ?? []).map((n) => n.replace(/\r\n?/g, '\n').trim()), ...otherLinks]
    .filter((n) => n !== '')
    .join('\n');
  return {
    at,
    name,
    organisation: clip(tidy(found.organisation), limits.shortText),
    role: clip(role, limits.shortText),
    emails: emailsOf(found.emails ?? []),
    phones: phonesOf(found.phones ?? []),
    linkedin: linkedin.length <= 500 ? linkedin : '',
    tags: tagsOf(found.tags ?? []),
    notes: clip(notes, limits.notes),
    connectedOn: found.connectedOn ?? null,
    birthday: found.birthday ?? null,
    ...(found.own ? { own: ownOf(found.own) } : {}),
  };
}

/** The texts of our own export cut to the journal's limits, as any other text read. */
function ownOf(own: OwnFields): OwnFields {
  const text = (value: string, max: number) => clip(value.replace(/\r\n?/g, '\n'), max);
  return {
    ...own,
    howWeMet: text(own.howWeMet, limits.longText),
    aboutThem: text(own.aboutThem, limits.longText),
    canOffer: text(own.canOffer, limits.longText),
  };
}

const EXCERPT_MAX = 120;

/** The start of a row or card, on one line, to recognise it by in the preview. */
export function excerptOf(parts: string[]): string {
  const line = parts
    .map((p) => tidy(p))
    .filter((p) => p !== '')
    .join(', ');
  return line.length <= EXCERPT_MAX ? line : `${line.slice(0, EXCERPT_MAX - 1)}…`;
}

/** Collects the people of a file and the rows it skips, in file order. */
export class PeopleCollector {
  readonly people: ImportedPerson[] = [];
  readonly skipped: SkippedRow[] = [];
  private readonly seen = new Set<string>();

  /**
   * Adds row or card `at`: skipped when `raw` (its cells or text) repeats an earlier one exactly, when
   * any of `cells` is a formula, or when it has no name; `shown` gives what the excerpt of a skip shows (asked only then).
   */
  add(
    at: number,
    raw: string,
    cells: string[],
    found: () => FoundPerson,
    shown: () => string[] = () => cells,
  ): void {
    if (this.seen.has(raw)) {
      this.skip(at, 'same_as_earlier_row', shown);
      return;
    }
    this.seen.add(raw);
    if (cells.some(isFormula)) {
      this.skip(at, 'formula', shown);
      return;
    }
    const person = toPerson(at, found());
    if (person === 'no_name') this.skip(at, 'no_name', shown);
    else this.people.push(person);
  }

  private skip(at: number, reason: SkipReason, shown: () => string[]): void {
    this.skipped.push({ at, reason, excerpt: excerptOf(shown()) });
  }

  /** What was collected, as PeopleInFile holds it. */
  found(): { people: ImportedPerson[]; skipped: SkippedRow[] } {
    return { people: this.people, skipped: this.skipped };
  }

  unreadable(at: number, parts: string[]): void {
    this.skip(at, 'unreadable', () => parts);
  }
}
