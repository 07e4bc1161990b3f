/**
 * The contacts as vCard 4.0 (RFC 6350), one card per contact, for Apple Contacts, Google Contacts and
 * phones. Written with ical.js, which knows the vCard design set: it escapes `\`, `,`, `;` and line breaks
 * per property (structured ones like N and ORG differ from plain text), and folds long lines.
 *
 * Only what an address book has a place for goes in: the name (also split the Dutch way into N, so
 * "Sjoerd van der Meer" sorts under M), organisation, role, every e-mail address and phone number, the
 * birthday, the LinkedIn profile as a URL,
 * the tags as CATEGORIES and the notes. What only this app knows (kring, warm/lauw/koud, conversations)
 * stays in the full JSON export.
 */
import ICAL from 'ical.js';
import type { Contact } from '../../../contract/domain';
import { splitDutchName } from '../../../contract/rules/dutch-names';

/** ical.js's own timestamp form: `20261123T090000Z`. */
function revision(timestamp: string): string {
  return `${new Date(timestamp).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * N's five parts. One word ("Bram") is how a person is called, so it is the given name (`N:;Bram;;;`), as
 * Apple and Google write a card with only a first name; as the family name an address book listed and
 * greeted him as a surname (trial s7). "Meer, Sjoerd"-style names say which part is which themselves.
 */
function nameParts(name: string): [string, string, string, string, string] {
  const { given, particle, surname } = splitDutchName(name);
  if (given === '' && particle === '' && !name.includes(',')) return ['', surname, '', '', ''];
  return [[particle, surname].filter(Boolean).join(' '), given, '', '', ''];
}

function card(contact: Contact): InstanceType<typeof ICAL.Component> {
  const c = new ICAL.Component('vcard');
  c.addPropertyWithValue('version', '4.0');
  // A stable UID: importing the file again updates these cards in an address book instead of doubling them.
  c.addPropertyWithValue('uid', `urn:uuid:${contact.id}`);
  c.addPropertyWithValue('fn', contact.name);
  // family; given; additional; prefixes; suffixes. The tussenvoegsel goes with the surname, as Apple and
  // Google show it ("van der Meer"), rather than as an honorific prefix.
  const n = new ICAL.Property('n');
  n.setValue(nameParts(contact.name) as unknown as string);
  c.addProperty(n);
  if (contact.organisation !== '') {
    const org = new ICAL.Property('org');
    // An array: ORG is structured (name;unit), so a ';' in the name is escaped, not read as a unit.
    org.setValue([contact.organisation] as unknown as string);
    c.addProperty(org);
  }
  if (contact.role !== '') c.addPropertyWithValue('title', contact.role);
  // The main address and number first (PREF=1, which readers take as the main one), then the others.
  const emails = [contact.email, ...contact.moreEmails].filter((e) => e !== '');
  emails.forEach((email, i) => {
    const property = c.addPropertyWithValue('email', email);
    if (i === 0 && emails.length > 1) property.setParameter('pref', '1');
  });
  const phones = [contact.phone, ...contact.morePhones].filter((p) => p !== '');
  phones.forEach((phone, i) => {
    // As typed ("06 12 34 56 78"), so as text: a tel: URI may not hold spaces or a "(0)".
    const property = c.addPropertyWithValue('tel', phone);
    property.setParameter('value', 'text');
    if (i === 0 && phones.length > 1) property.setParameter('pref', '1');
  });
  // A date without time, as RFC 6350 writes it (BDAY:19900412); readers take it as the day.
  if (contact.birthday !== null) {
    c.addPropertyWithValue('bday', contact.birthday.replace(/-/g, '')).setParameter('value', 'date');
  }
  if (contact.linkedin !== '') c.addPropertyWithValue('url', contact.linkedin);
  if (contact.tags.length > 0) {
    const categories = new ICAL.Property('categories');
    categories.setValues(contact.tags);
    c.addProperty(categories);
  }
  if (contact.notes !== '') c.addPropertyWithValue('note', contact.notes);
  c.addPropertyWithValue('rev', revision(contact.updatedAt));
  return c;
}

/** The contacts as one vCard 4.0 file (CRLF line ends, as RFC 6350 asks). */
export function contactsVcard(contacts: readonly Contact[]): string {
  return contacts.map((contact) => `${card(contact).toString()}\r\n`).join('');
}
