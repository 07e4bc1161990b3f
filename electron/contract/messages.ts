/**
 * Sentences for errors, in both UI languages. Main uses them to fill `AppError.message`; the renderer uses
 * the field messages to check a form before it is sent. The names of the domain's values (kinds, channels,
 * circles…) are in `words/labels.ts`; everything else the UI says lives in the renderer's dictionary.
 */
import type { ErrorCode, Language } from './contract';
import type { FieldErrorCode } from './domain';
import type { OsProblem } from './os-problems';

export { osProblems, type OsProblem } from './os-problems';

interface ErrorMessages {
  errors: Record<ErrorCode, string>;
  fields: Record<FieldErrorCode, string>;
}

export const errorMessages: Record<Language, ErrorMessages> = {
  nl: {
    errors: {
      invalid_input: 'Niet alles is goed ingevuld. Kijk de gemarkeerde velden na.',
      not_found: 'Dit item bestaat niet meer. Misschien is het net verwijderd.',
      self_reference: 'Iemand kan niet door zichzelf zijn verwezen.',
      journal_read_only:
        'Je dagboek kan nu niet worden gewijzigd, dus deze wijziging is niet bewaard. De melding bovenin zegt waarom en wat je kunt doen.',
      link_not_allowed:
        'Deze link kan niet worden geopend. Alleen https-, mailto- en tel-links zijn toegestaan.',
      file_exists: 'Daar staat al een bestand. Kies een nieuwe naam, dan wordt er niets overschreven.',
      has_conversations:
        'Met deze persoon heb je gesprekken vastgelegd. Kies of je het contact archiveert, of samen met de gesprekken verwijdert.',
      merge_changed:
        'Samenvoegen kan niet meer ongedaan worden gemaakt: er is intussen iets aan deze contacten of hun gesprekken veranderd. Er is niets gewijzigd.',
      changed_elsewhere:
        'Dit is intussen ook ergens anders gewijzigd, bijvoorbeeld op je andere computer. Er is niets overschreven.',
      record_invalid:
        'Dit item klopt nog niet, dus het is niet teruggezet. Hieronder staat per veld wat er mis is.',
      no_backup: 'Er is geen reservekopie van je dagboek gevonden die nog te lezen is.',
      not_a_journal:
        'Dit bestand is geen dagboek van Netwerkdagboek, of het is beschadigd. Er is niets aan veranderd; kies een ander bestand of open een reservekopie.',
      journal_newer:
        'Dit dagboek is gemaakt met een nieuwere versie van Netwerkdagboek. Werk de app eerst bij; er is niets aan je dagboek veranderd.',
      export_over_journal:
        'Daar staat je dagboek zelf (of een reservekopie ervan). Kies een andere naam of map voor de export; er is niets overschreven.',
      restore_too_large:
        'Dit bestand is groter dan 250 MB. Zo groot wordt een dagboek niet, dus het is waarschijnlijk een ander bestand. Er is niets aan je dagboek veranderd; kies de export of reservekopie die je bedoelt.',
      import_too_large:
        'Dit bestand is groter dan 20 MB, te groot om te importeren. Exporteer minder tegelijk, bijvoorbeeld per groep, en importeer de delen na elkaar.',
      import_empty: 'Dit bestand is leeg. Exporteer je contacten opnieuw en kies het nieuwe bestand.',
      import_not_text:
        'Dit is geen tekstbestand maar bijvoorbeeld een afbeelding, pdf of Excel-bestand. Sla je contacten op als CSV of vCard (.vcf) en kies dat bestand.',
      import_no_rows:
        'In dit bestand staan alleen kolomnamen, nog geen mensen. Kijk of je het goede bestand hebt gekozen.',
      import_unreadable:
        'In dit bestand staat geen enkel contact dat te lezen is; het is misschien niet helemaal opgeslagen. Exporteer je contacten opnieuw en kies het nieuwe bestand.',
      import_no_name_column:
        'Kies welke kolom de naam bevat (of de voornaam en achternaam). Zonder naam kan niemand worden toegevoegd.',
      import_expired:
        'Dit importeren staat niet meer open: het is afgebroken, al gedaan, of je hebt intussen een ander bestand gekozen. Kies het bestand opnieuw.',
      import_read_only:
        'Je dagboek kan nu niet worden gewijzigd, dus er kan niemand in worden geïmporteerd. De melding bovenin zegt waarom en wat je kunt doen; kies het bestand daarna opnieuw.',
      nothing_to_undo:
        'Er is geen import meer die ongedaan kan worden gemaakt. In Instellingen › Reservekopieën kun je de kopie van vandaag terugzetten: je dagboek zoals het was toen je de app vandaag opende, of vlak voor het importeren als de app al langer open stond.',
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
      date_required: 'Vul een datum in.',
      invalid_time: 'Dit is geen geldige tijd.',
      time_required: 'Vul een tijd in.',
      invalid_choice: 'Kies een van de mogelijkheden.',
      in_past: 'Dit moment is al voorbij — kies een later moment.',
      not_later: 'De herinnering staat al op dit moment of later — kies een later moment.',
      in_future: 'Deze dag moet nog komen — kies vandaag of een eerdere dag.',
      last_contact_in_future:
        'Laatste contact kan niet in de toekomst liggen — kies vandaag of een eerdere dag.',
      held_in_future:
        'Een gehouden gesprek kan niet in de toekomst liggen — kies vandaag of een eerdere dag, of zet het op gepland.',
      invalid: 'Deze waarde klopt niet.',
      unknown_field: 'Dit veld kent de app niet. Haal het weg of zet de waarde in een veld dat hij wel kent.',
      unknown_reference: 'Dit verwijst naar iets dat niet in je dagboek staat (of zelf apart is gezet).',
      duplicate_id: 'Een ander item heeft al dit id. Geef dit item een ander id.',
      not_json:
        'Dit is geen geldige JSON-tekst meer. Kijk na of alle aanhalingstekens, komma’s en haakjes kloppen.',
    },
  },
  en: {
    errors: {
      invalid_input: 'Some fields need another look. Check the highlighted ones.',
      not_found: 'This item no longer exists. It may have just been deleted.',
      self_reference: 'Someone cannot have been referred by themselves.',
      journal_read_only:
        'Your journal cannot be changed right now, so this change was not saved. The notice at the top says why and what you can do.',
      link_not_allowed: 'This link cannot be opened. Only https, mailto and tel links are allowed.',
      file_exists: 'There is already a file there. Choose a new name so nothing gets overwritten.',
      has_conversations:
        'You recorded conversations with this person. Choose whether to archive the contact, or delete it together with the conversations.',
      merge_changed:
        'This merge can no longer be undone: these contacts or their conversations have changed since. Nothing was changed.',
      changed_elsewhere:
        'This was changed elsewhere in the meantime, on your other computer for instance. Nothing was overwritten.',
      record_invalid:
        'This item is not right yet, so it was not put back. Below, per field, is what is wrong.',
      no_backup: 'No backup of your journal was found that can still be read.',
      not_a_journal:
        'This file is not a Netwerkdagboek journal, or it is damaged. Nothing was changed; choose another file or open a backup.',
      journal_newer:
        'This journal was made with a newer version of Netwerkdagboek. Update the app first; nothing in your journal was changed.',
      export_over_journal:
        'That is your journal itself (or one of its backups). Choose another name or folder for the export; nothing was overwritten.',
      restore_too_large:
        'This file is larger than 250 MB. A journal never gets that big, so it is probably a different file. Nothing in your journal was changed; choose the export or backup you meant.',
      import_too_large:
        'This file is larger than 20 MB, too big to import. Export fewer contacts at a time, for example one group at a time, and import the parts one after the other.',
      import_empty: 'This file is empty. Export your contacts again and choose the new file.',
      import_not_text:
        'This is not a text file but something like an image, a PDF or an Excel file. Save your contacts as CSV or vCard (.vcf) and choose that file.',
      import_no_rows: 'This file only has column names, no people yet. Check that you chose the right file.',
      import_unreadable:
        'Not a single contact in this file can be read; it may not have been saved completely. Export your contacts again and choose the new file.',
      import_no_name_column:
        'Choose the column that holds the name (or the first and last name). Without a name, nobody can be added.',
      import_expired:
        'This import is no longer open: it was cancelled or already done, or another file was chosen since. Choose the file again.',
      import_read_only:
        "Your journal can't be changed right now, so nobody can be imported into it. The notice at the top says why and what you can do; then choose the file again.",
      nothing_to_undo:
        "There is no import left to undo. In Settings › Backups you can restore today's copy: your journal as it was when you opened the app today, or just before the import if the app had been open longer.",
      internal: 'Something went wrong. Your data was not changed; please try again.',
    },
    fields: {
      required: 'Please fill this in.',
      too_long: 'This text is too long.',
      too_many: 'There are too many of these.',
      invalid_email: 'This does not look like an email address. For example: name@example.com',
      invalid_phone: 'This does not look like a phone number. Use digits, optionally starting with +.',
      invalid_url: 'Enter a full link starting with https://',
      invalid_date: 'This is not a valid date.',
      date_required: 'Please enter a date.',
      invalid_time: 'This is not a valid time.',
      time_required: 'Please enter a time.',
      invalid_choice: 'Choose one of the options.',
      in_past: 'This moment has already passed — choose a later one.',
      not_later: 'The reminder is already due then or later — choose a later moment.',
      in_future: 'This day is still to come — choose today or an earlier day.',
      last_contact_in_future: 'Last contact can’t be in the future — choose today or an earlier day.',
      held_in_future:
        'A conversation that took place can’t be in the future — choose today or an earlier day, or set it to planned.',
      invalid: 'This value is not valid.',
      unknown_field: 'The app does not know this field. Remove it, or put its value in a field it knows.',
      unknown_reference: 'This points to something that is not in your journal (or was set aside itself).',
      duplicate_id: 'Another item already has this id. Give this one a different id.',
      not_json: 'This is no longer valid JSON text. Check that all quotes, commas and brackets match.',
    },
  },
};

/**
 * One sentence per problem: what happened, then what to do. Neutral about what was being done (saving,
 * opening, a backup), so each screen can add its own half ("your changes are kept and saved again").
 * Never the raw English text of the operating system.
 */
export const osProblemMessages: Record<Language, Record<OsProblem, string>> = {
  nl: {
    'disk-full':
      'Je schijf is vol. Maak ruimte vrij, bijvoorbeeld door bestanden te verwijderen of de prullenbak te legen.',
    'no-permission':
      'De app mag hier niet schrijven. Geef jezelf schrijfrechten op de map, of kies een andere plek.',
    'read-only':
      'Deze schijf of map is alleen-lezen. Zet de schrijfbeveiliging uit, of kies een andere plek.',
    'io-error':
      'De schijf meldt een lees- of schrijffout. Controleer of hij goed is aangesloten, of kies een andere plek.',
    gone: 'De map of het bestand is er niet meer, bijvoorbeeld omdat een USB-stick is losgekoppeld of een cloudmap niet beschikbaar is. Sluit hem weer aan, of kies een andere plek.',
    'wrong-kind': 'Op deze plek staat een map waar een bestand hoort, of andersom. Kies een andere plek.',
    busy: 'Het bestand is even niet bereikbaar, omdat het in gebruik is. Wacht even en probeer het opnieuw.',
    unknown:
      'Het bestand kon niet worden gelezen of geschreven. Probeer het opnieuw, of kies een andere plek.',
  },
  en: {
    'disk-full': 'Your disk is full. Make some room, for example by deleting files or emptying the trash.',
    'no-permission':
      'The app is not allowed to write here. Give yourself write access to the folder, or choose another place.',
    'read-only': 'This disk or folder is read-only. Turn off its write protection, or choose another place.',
    'io-error':
      'The disk reports a read or write error. Check that it is connected properly, or choose another place.',
    gone: 'The folder or file is no longer there, for example because a USB stick was unplugged or a cloud folder is not available. Connect it again, or choose another place.',
    'wrong-kind': 'There is a folder where a file should be, or the other way round. Choose another place.',
    busy: 'The file cannot be reached right now because it is in use. Wait a moment and try again.',
    unknown: 'The file could not be read or written. Please try again, or choose another place.',
  },
};
