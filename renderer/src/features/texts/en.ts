import type { TextsWords } from './words';

export const textsEN: TextsWords = {
  title: {
    bedanken: (name) => `Thank-you for ${name}`,
    opvolgen: (name) => `Follow-up for ${name}`,
    hulpvraag: (name) => `Ask ${name} for help`,
    voortgang: (name) => `Let ${name} know how it is going`,
    seizoen: (name) => `A card for ${name}`,
    'doel-bereikt': (name) => `Thank ${name} for their help`,
  },
  intro:
    'A suggestion from what your journal knows. Make it your own: people remember a personal word longer than it takes to write.',
  medium: 'Form',
  media: { kaartje: 'Card', email: 'Email', bericht: 'Message (LinkedIn, WhatsApp)' },
  voice: 'Address as',
  voices: { je: 'je (informal)', u: 'u (formal)' },
  language: 'Language',
  languages: { nl: 'Dutch', en: 'English' },
  subject: 'Subject',
  body: 'Text',
  edited: 'You have changed the text. Another choice above only replaces it when you click ‘Fill in again’.',
  refill: 'Fill in again',
  copy: 'Copy',
  copied: 'The text is on the clipboard.',
  openMail: 'Open in email',
  noEmail: 'No email address is known for this person. Copy the text and paste it wherever you like.',
  mailOpened: 'Your email app opens with this message.',
  tooLong:
    'The text is too long to hand to your email app. It is on the clipboard: paste it into the message that opens now.',
  markThanked: 'Mark as thanked',
  markedThanked: (how) => `Marked as thanked ${how}.`,
  write: 'Write a thank-you…',
};
