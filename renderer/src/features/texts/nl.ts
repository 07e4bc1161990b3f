import type { TextsWords } from './words';

export const textsNL: TextsWords = {
  title: {
    bedanken: (name) => `Bedankje voor ${name}`,
    opvolgen: (name) => `Vervolg voor ${name}`,
    hulpvraag: (name) => `Hulpvraag aan ${name}`,
    voortgang: (name) => `Laat ${name} weten hoe het gaat`,
    seizoen: (name) => `Kaartje voor ${name}`,
    'doel-bereikt': (name) => `${name} bedanken voor de hulp`,
  },
  intro:
    'Een voorstel met wat je dagboek weet. Maak het je eigen: mensen onthouden een persoonlijk woord langer dan het kost om te schrijven.',
  medium: 'Vorm',
  media: { kaartje: 'Kaartje', email: 'E-mail', bericht: 'Bericht (LinkedIn, WhatsApp)' },
  voice: 'Aanspreken met',
  voices: { je: 'je', u: 'u' },
  language: 'Taal',
  languages: { nl: 'Nederlands', en: 'Engels' },
  subject: 'Onderwerp',
  body: 'Tekst',
  edited:
    'Je hebt de tekst aangepast. Een andere keuze hierboven vervangt hem pas als je op ‘Opnieuw invullen’ klikt.',
  refill: 'Opnieuw invullen',
  copy: 'Kopiëren',
  copied: 'De tekst staat op het klembord.',
  openMail: 'Openen in e-mail',
  noEmail: 'Er is geen e-mailadres van deze persoon bekend. Kopieer de tekst en plak hem waar je wilt.',
  mailOpened: 'Je e-mailprogramma opent met dit bericht.',
  tooLong:
    'De tekst is te lang om aan je e-mailprogramma mee te geven. Hij staat op het klembord: plak hem in het bericht dat nu opent.',
  markThanked: 'Markeer als bedankt',
  markedThanked: (how) => `Gemarkeerd als bedankt ${how}.`,
  write: 'Bedankje schrijven…',
};
