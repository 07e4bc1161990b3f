/**
 * vCard 2.1, 3.0 and 4.0 (`.vcf`), one card per person, many in one file: what each card says about the
 * person, by property name. FN is the name, else N (family; given; additional); ORG's first part the
 * organisation and the rest departments; TITLE (else ROLE) the role; every EMAIL and TEL, the preferred
 * one first and faxes left out; URL and LinkedIn's X-SOCIALPROFILE as links; CATEGORIES as tags
 * (without Google's own `myContacts` and `starred`); NOTE; BDAY.
 */
import type { LeftOut } from '../../../contract/exchange';
import { DomainError } from '../../errors';
import { readDay } from './dates';
import type { FoundPerson, PeopleCollector } from './person';
import { splitValue, unescapeText, vCardsIn, type VCardProperty, type VCardText } from './vcard-lines';

/** Groups Google Contacts gives every contact; not tags a person chose. */
const systemGroups = new Set(['mycontacts', 'starred']);
/** Lines that differ between two copies of one card (ids, times), left out when comparing cards. */
const bookkeeping = /^(?:[^:;.]+\.)?(UID|REV|PRODID|X-ABUID)[;:]/i;

/** Preferred first: TYPE=pref (3.0, and 2.1's bare PREF), or PREF=1 (4.0). */
function preferredFirst(properties: VCardProperty[]): VCardProperty[] {
  const isPreferred = (p: VCardProperty) => p.types.includes('pref') || p.params.get('PREF')?.[0] === '1';
  return [...properties.filter(isPreferred), ...properties.filter((p) => !isPreferred(p))];
}

function all(card: VCardText, name: string): VCardProperty[] {
  return card.byName.get(name) ?? [];
}

function texts(card: VCardText, name: string): string[] {
  return all(card, name).map((p) => unescapeText(p.value).trim());
}

function first(card: VCardText, name: string): string {
  return texts(card, name).find((t) => t !== '') ?? '';
}

/** Apple writes `X-SOCIALPROFILE;type=linkedin;x-user=anna:http://www.linkedin.com/in/anna`. */
function linkedInProfiles(card: VCardText): string[] {
  return [
    ...all(card, 'X-SOCIALPROFILE').filter((p) => p.types.includes('linkedin')),
    ...all(card, 'X-LINKEDIN'),
  ].map((p) => {
    const value = unescapeText(p.value).trim();
    const user = p.params.get('X-USER')?.[0];
    return /linkedin\.com/i.test(value) || user === undefined ? value : `linkedin.com/in/${user}`;
  });
}

function foundIn(card: VCardText): FoundPerson {
  const n = all(card, 'N')[0];
  const [lastName = '', firstName = '', middleName = ''] = n
    ? splitValue(n.value, ';').map((part) => unescapeText(part).trim())
    : [];
  const org = all(card, 'ORG')[0];
  const [organisation = '', ...departments] = org
    ? splitValue(org.value, ';').map((part) => unescapeText(part).trim())
    : [];
  const emails = preferredFirst(all(card, 'EMAIL'));
  const phones = preferredFirst(
    all(card, 'TEL').filter((p) => !(p.types.includes('fax') && !p.types.includes('voice'))),
  );
  const tags = all(card, 'CATEGORIES')
    .flatMap((p) => splitValue(p.value, ','))
    .map((t) => unescapeText(t).trim())
    .filter((t) => !systemGroups.has(t.toLowerCase()));
  const birthday = first(card, 'BDAY');
  return {
    name: first(card, 'FN'),
    firstName,
    middleName,
    lastName,
    organisation,
    department: departments.filter((d) => d !== '').join(', '),
    role: first(card, 'TITLE') || first(card, 'ROLE'),
    emails: emails.map((p) => unescapeText(p.value)),
    phones: phones.map((p) => unescapeText(p.value)),
    links: [...linkedInProfiles(card), ...texts(card, 'URL')],
    tags,
    notes: texts(card, 'NOTE'),
    birthday: birthday === '' ? null : readDay(birthday),
  };
}

/** What identifies a card to the person in the preview: its name, organisation and e-mail. */
function excerptParts(card: VCardText): string[] {
  const parts = ['FN', 'ORG', 'EMAIL', 'TEL'].map((name) => first(card, name).replace(/;+/g, ' '));
  return parts.some((p) => p !== '') ? parts : card.lines.filter((l) => !/^VERSION:/i.test(l));
}

/**
 * Every card of a vCard file into `people`; refuses a file in which not one card is whole. Says how many
 * of the cards read have a photo (PHOTO) or a postal address (ADR), which a contact has no field for.
 */
export function readVCards(text: string, people: PeopleCollector): LeftOut {
  const cards = vCardsIn(text);
  if (!cards.some((c) => c.complete)) throw new DomainError('import_unreadable');
  const leftOut: LeftOut = { photos: 0, addresses: 0 };
  for (const card of cards) {
    if (!card.complete || card.properties.length === 0) {
      people.unreadable(card.at, excerptParts(card));
      continue;
    }
    if (card.photo) leftOut.photos++;
    if (card.byName.has('ADR')) leftOut.addresses++;
    const identity = card.lines.filter((l) => !bookkeeping.test(l)).join('\n');
    // Formulas are looked for where a spreadsheet would show them as cells: names, work, addresses.
    const cells = ['FN', 'N', 'ORG', 'TITLE', 'EMAIL', 'TEL'].flatMap((name) => texts(card, name));
    people.add(
      card.at,
      identity,
      cells,
      () => foundIn(card),
      () => excerptParts(card),
    );
  }
  return leftOut;
}
