/**
 * Sentences for errors, in both UI languages. Main uses them to fill `AppError.message`; the renderer uses
 * the field messages to check a form before it is sent. Everything else the UI says lives in the
 * renderer's dictionary.
 */
import type { ErrorCode, Language } from './contract';
import type { FieldErrorCode } from './domain';

interface ErrorMessages {
  errors: Record<ErrorCode, string>;
  fields: Record<FieldErrorCode, string>;
}

export const errorMessages: Record<Language, ErrorMessages> = {
  nl: {
    errors: {
      invalid_input: 'Niet alles is goed ingevuld. Kijk de gemarkeerde velden na.',
      not_found: 'Dit item bestaat niet meer. Misschien is het net verwijderd.',
      self_reference: 'Iemand kan niet door zichzelf zijn voorgesteld.',
      journal_read_only:
        'Je dagboek is alleen-lezen geopend, dus deze wijziging is niet bewaard. Zie de melding bovenin.',
      link_not_allowed:
        'Deze link kan niet worden geopend. Alleen https-, mailto- en tel-links zijn toegestaan.',
      file_exists: 'Daar staat al een bestand. Kies een nieuwe naam, dan wordt er niets overschreven.',
      has_conversations:
        'Met deze persoon heb je gesprekken vastgelegd. Kies of je het contact archiveert, of samen met de gesprekken verwijdert.',
      internal: 'Er ging iets mis. Je gegevens zijn niet gewijzigd; probeer het nog eens.',
    },
    fields: {
      required: 'Vul dit veld in.',
      too_long: 'Deze tekst is te lang.',
      too_many: 'Dit zijn er te veel.',
      invalid_email: 'Dit lijkt geen e-mailadres. Bijvoorbeeld: naam@voorbeeld.nl',
      invalid_phone: 'Dit lijkt geen telefoonnummer. Gebruik cijfers, eventueel met + ervoor.',
      invalid_url: 'Vul een volledige link in die begint met https://',
      invalid_date: 'Dit is geen geldige datum.',
      invalid_choice: 'Kies een van de mogelijkheden.',
      in_past: 'Dit moment is al voorbij. Kies een moment dat nog moet komen.',
      invalid: 'Deze waarde klopt niet.',
    },
  },
  en: {
    errors: {
      invalid_input: 'Some fields need another look. Check the highlighted ones.',
      not_found: 'This item no longer exists. It may have just been deleted.',
      self_reference: 'Someone cannot have been introduced by themselves.',
      journal_read_only:
        'Your journal is open read-only, so this change was not saved. See the notice at the top.',
      link_not_allowed: 'This link cannot be opened. Only https, mailto and tel links are allowed.',
      file_exists: 'There is already a file there. Choose a new name so nothing gets overwritten.',
      has_conversations:
        'You recorded conversations with this person. Choose whether to archive the contact, or delete it together with the conversations.',
      internal: 'Something went wrong. Your data was not changed; please try again.',
    },
    fields: {
      required: 'Please fill this in.',
      too_long: 'This text is too long.',
      too_many: 'There are too many of these.',
      invalid_email: 'This does not look like an e-mail address. For example: name@example.com',
      invalid_phone: 'This does not look like a phone number. Use digits, optionally starting with +.',
      invalid_url: 'Enter a full link starting with https://',
      invalid_date: 'This is not a valid date.',
      invalid_choice: 'Choose one of the options.',
      in_past: 'This moment has already passed. Choose one that is still to come.',
      invalid: 'This value is not valid.',
    },
  },
};
