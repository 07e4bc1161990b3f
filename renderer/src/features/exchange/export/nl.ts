/** Words of exporting and restoring, in Dutch. */
import type { ExportingWords } from './words';

export const exportingNL: ExportingWords = {
  title: 'Exporteren',
  hint: 'Neem je netwerk mee naar een ander programma, of bewaar alles op een plek van jezelf. Je kiest zelf waar het bestand komt; er gaat niets naar internet.',
  formats: {
    csv: {
      label: 'Contacten voor Excel (CSV)…',
      hint: 'Eén regel per contact, voor Excel, Numbers of LibreOffice.',
    },
    vcard: {
      label: 'Contacten voor je adresboek (vCard)…',
      hint: 'Voor Apple Contacten, Google Contacten en je telefoon.',
    },
    ics: {
      label: 'Agenda (ICS)…',
      hint: 'Geplande gesprekken en herinneringen die nog openstaan, elk met een melding. Voor Outlook, Apple en Google Agenda.',
    },
    json: {
      label: 'Alles in één bestand (JSON)…',
      hint: 'Je hele dagboek. Dit bestand kun je later hieronder terugzetten, of als dagboek openen.',
    },
  },
  menu: {
    button: 'Exporteren',
    label: 'Contacten exporteren',
    csv: 'Voor Excel (CSV)…',
    vcard: 'Voor je adresboek (vCard)…',
  },
  saved: {
    csv: { one: '{n} contact', other: '{n} contacten' },
    vcard: { one: '{n} contact', other: '{n} contacten' },
    ics: { one: '{n} afspraak', other: '{n} afspraken' },
    // The whole journal is one file, however much is in it: a count of "items" says nothing to anyone.
    json: { one: 'Je hele dagboek (JSON)', other: 'Je hele dagboek (JSON)' },
  },
  savedWhere: (what, path) => `${what} opgeslagen in ${path}.`,
  showInFolder: 'Toon in map',
  empty: {
    contacts:
      'Er staan nog geen contacten in je dagboek, dus er is niets om te exporteren. Voeg eerst iemand toe of importeer je netwerk.',
    calendar:
      'Er is nog niets voor je agenda: geen geplande gesprekken en geen herinneringen die nog openstaan. Er is geen bestand gemaakt.',
  },
  notSaved: (problem) => `De export is niet opgeslagen. ${problem}`,
  backups: {
    title: 'Reservekopieën',
    hint: 'Elke dag bewaart de app een kopie van je dagboek, zeven dagen lang. Is er iets misgegaan, zet dan een kopie terug. Je dagboek zoals het nu is, wordt eerst apart bewaard.',
    none: 'Er is nog geen reservekopie. Morgen staat hier de eerste.',
    loading: 'Reservekopieën zoeken…',
    holds: (contacts, conversations) => `${contacts}, ${conversations}`,
    contacts: { one: '{n} contact', other: '{n} contacten' },
    conversations: { one: '{n} gesprek', other: '{n} gesprekken' },
    unreadable: 'Niet te lezen',
    restore: 'Terugzetten…',
    restoreLabel: (day) => `Reservekopie van ${day} terugzetten`,
    restoreFile: 'Een export terugzetten…',
    restoreFileHint: 'Kies een bestand dat je met ‘Alles in één bestand’ hebt gemaakt.',
    confirmTitle: (day) => `Reservekopie van ${day} terugzetten?`,
    confirmText: (holds) =>
      `Je dagboek krijgt weer wat er die dag in stond: ${holds}. Wat je daarna hebt ingevuld, staat dan niet meer in je dagboek, maar het gaat niet verloren: je dagboek zoals het nu is, wordt eerst als kopie bewaard.`,
    confirmFileTitle: 'Een export terugzetten?',
    confirmFileText:
      'Je dagboek krijgt de inhoud van het bestand dat je zo kiest. Je dagboek zoals het nu is, wordt eerst als kopie bewaard.',
    confirmButton: 'Terugzetten',
    unsavedTyping:
      'Je hebt iets getypt dat nog niet is opgeslagen. Dat gaat bij het terugzetten verloren. Wil je het houden? Kies Annuleren en sla het eerst op, dan staat het in de kopie.',
    restoredFrom: (day) => `Je dagboek is teruggezet naar de reservekopie van ${day}.`,
    restoredFromFile: 'Je dagboek is teruggezet uit de export.',
    keptAside: (path) => `Je dagboek zoals het was, staat als kopie in ${path}.`,
    showInFolder: 'Toon in map',
  },
};
