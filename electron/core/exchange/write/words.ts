/**
 * What the exported files say, in each UI language: the CSV's column headers, the names of the files the
 * save dialog suggests, and the titles of the calendar's events. The labels of the domain's lists (kring,
 * warm/lauw/koud, sterkte, a conversation's kind) are the contract's, as everywhere else.
 */
import type { Language } from '../../../contract/contract';

/** The columns of the contacts CSV, in order. */
export const csvColumns = [
  'name',
  'organisation',
  'role',
  'email',
  'moreEmails',
  'phone',
  'morePhones',
  'linkedin',
  'birthday',
  'circle',
  'warmth',
  'strength',
  'howWeMet',
  'aboutThem',
  'canOffer',
  'tags',
  'notes',
  'lastContactOn',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export interface ExportWords {
  columns: Record<CsvColumn, string>;
  /** The file names the save dialog suggests, before the date and extension. */
  fileNames: { csv: string; vcard: string; ics: string; json: string };
  conversationWith(name: string): string;
  /** The alarm of a conversation: it starts soon. */
  conversationAlarm(name: string): string;
  /** Whom a conversation is with when the contact is gone (never left behind by the app itself). */
  someone: string;
}

export const exportWords: Record<Language, ExportWords> = {
  nl: {
    columns: {
      name: 'Naam',
      organisation: 'Organisatie',
      role: 'Functie',
      email: 'E-mail',
      moreEmails: 'Andere e-mailadressen',
      phone: 'Telefoon',
      morePhones: 'Andere telefoonnummers',
      linkedin: 'LinkedIn',
      birthday: 'Verjaardag',
      circle: 'Kring',
      warmth: 'Warm, lauw of koud',
      strength: 'Hoe goed je elkaar kent',
      howWeMet: 'Waar en hoe jullie elkaar ontmoetten',
      aboutThem: 'Wat ik van deze persoon weet',
      canOffer: 'Wat ik zelf kan bieden',
      tags: 'Tags',
      notes: 'Notities',
      lastContactOn: 'Laatste contact',
    },
    fileNames: { csv: 'contacten', vcard: 'contacten', ics: 'agenda', json: 'dagboek-export' },
    conversationWith: (name) => `Netwerkgesprek met ${name}`,
    conversationAlarm: (name) => `Zo meteen: je netwerkgesprek met ${name}`,
    someone: 'iemand',
  },
  en: {
    columns: {
      name: 'Name',
      organisation: 'Organisation',
      role: 'Role',
      email: 'E-mail',
      moreEmails: 'Other e-mail addresses',
      phone: 'Phone',
      morePhones: 'Other phone numbers',
      linkedin: 'LinkedIn',
      birthday: 'Birthday',
      circle: 'Circle',
      warmth: 'Warm, lukewarm or cold',
      strength: 'How well you know each other',
      howWeMet: 'Where and how you met',
      aboutThem: 'What I know about them',
      canOffer: 'What I can offer them',
      tags: 'Tags',
      notes: 'Notes',
      lastContactOn: 'Last contact',
    },
    fileNames: { csv: 'contacts', vcard: 'contacts', ics: 'calendar', json: 'journal-export' },
    conversationWith: (name) => `Networking conversation with ${name}`,
    conversationAlarm: (name) => `Coming up: your networking conversation with ${name}`,
    someone: 'someone',
  },
};
