/** Words about the journal file itself: what was repaired or set aside, and what to do when it is not there. */
import type { RepairChange } from '$contract/contract';
import type { JournalWords, NoticeWords, SavingWords, SyncWords } from './words';

export const journalNL: JournalWords = {
  repairedTitle: 'Je dagboek is geopend, maar niet alles kon worden gebruikt',
  repairedKept: (path: string) => `Je bestand zoals het was, staat ongewijzigd apart: ${path}`,
  repairedNotKept: (problem: string) =>
    `Het originele bestand kon niet apart worden gezet, dus de app heeft niets gewijzigd en je dagboek alleen-lezen geopend. ${problem}`,
  changesTitle: 'Dit heeft de app zelf hersteld:',
  change: (c: RepairChange): string => {
    switch (c.change) {
      case 'reference-cleared':
        return `de koppeling met ‘${c.missing}’ (${c.field}) is weggehaald, want dat contact staat niet in je dagboek`;
      case 'id-renamed':
        return `een ander item had hetzelfde id (${c.id}); dit item heeft nu het id ${c.newId}`;
      case 'duplicate-removed':
        return 'stond er twee keer precies hetzelfde in; één keer is genoeg';
      case 'unreadable-characters':
        return 'bevat tekens die niet te lezen waren (nu getoond als �); kijk de tekst even na';
    }
  },
  moreChanges: { one: '… en nog {n} andere.', other: '… en nog {n} andere.' },
  setAsideTitle: {
    one: '{n} item apart gezet, dat je zelf kunt herstellen',
    other: '{n} items apart gezet, die je zelf kunt herstellen',
  },
  setAsideText:
    'Deze items stonden in je dagboekbestand, maar klopten niet. Ze zijn bewaard tot je besluit: pas de tekst aan en zet het item terug, of gooi het weg.',
  moreSetAside: {
    one: 'En nog {n} item; dat verschijnt hier als je deze hebt afgehandeld.',
    other: 'En nog {n} items; die verschijnen hier als je deze hebt afgehandeld.',
  },
  fixOrDrop: 'Tekst bekijken, aanpassen of weggooien',
  whatIsWrong: 'Wat klopt er niet:',
  rawLabel: (label: string) => `Tekst van ${label}`,
  copy: 'Tekst kopiëren',
  copied: 'De tekst staat op het klembord.',
  restore: 'Terugzetten',
  drop: 'Weggooien',
  dropTitle: 'Dit item weggooien?',
  dropText: (label: string) =>
    `‘${label}’ verdwijnt dan voorgoed uit je dagboek. Het originele bestand dat apart is gezet, blijft bestaan.`,
  keep: 'Bewaren',
  restored: 'Teruggezet in je dagboek.',
  restoredWith: {
    one: 'Teruggezet in je dagboek, samen met {n} die erbij hoort.',
    other: 'Teruggezet in je dagboek, samen met {n} die erbij horen.',
  },
  dropped: 'Weggegooid.',
  missingTitle: 'Je dagboek is niet gevonden',
  missingText: (path: string) =>
    `De app zocht je dagboek op ${path}, maar daar staat het nu niet. Staat het op een USB-stick of in een cloudmap? Sluit die aan of wacht tot hij klaar is met synchroniseren, en probeer het dan opnieuw. De app begint niet op eigen houtje een nieuw, leeg dagboek.`,
  unavailableTitle: 'Je dagboek kan niet worden geopend',
  unavailableText: (path: string, problem: string) => `${problem} (${path}) De app heeft niets gewijzigd.`,
  damagedInPlaceTitle: 'Je dagboekbestand is beschadigd',
  damagedInPlaceText: (path: string, problem: string) =>
    `Het beschadigde bestand (${path}) kon niet apart worden gezet, dus het is niet aangeraakt. ${problem}`,
  damagedInPlaceBackup: (backup: string) =>
    `Je ziet nu de meest recente goede reservekopie (${backup}), alleen-lezen.`,
  damagedInPlaceEmpty: 'Er is geen bruikbare reservekopie, dus je ziet een leeg dagboek, alleen-lezen.',
  backupTitle: 'Je bekijkt een reservekopie',
  backupText: (path: string) =>
    `Dit is ${path}, alleen-lezen. Wil je ermee verder, bewaar het dan als je dagboek op een plek naar keuze.`,
  readOnly: 'Tot je een keuze maakt, kun je niets wijzigen.',
  choicesLabel: 'Wat wil je doen?',
  retry: 'Opnieuw proberen',
  open: 'Bestand kiezen…',
  openBackup: 'Reservekopie openen',
  startNew: 'Nieuw dagboek op een andere plek…',
  keepAsJournal: 'Als mijn dagboek bewaren…',
};

/** Words about saving the journal: the banner when saving fails, the backup notice, read-only journals. */
export const savingNL: SavingWords = {
  failingTitle: 'Je wijzigingen zijn nog niet opgeslagen',
  kept: 'Alles wat je invoert, blijft in de app bewaard en wordt vanzelf opnieuw opgeslagen zodra het kan. Sluit de app niet af voordat deze melding weg is, of kies ‘Opslaan als…’ om je dagboek op een andere plek op te slaan.',
  since: (time: string) => `Mislukt sinds ${time}.`,
  retry: 'Opnieuw proberen',
  retrying: 'Bezig met opslaan…',
  saveAs: 'Opslaan als…',
  savedAgain: 'Alles is weer opgeslagen.',
  savedElsewhere: (path: string) => `Je dagboek is opgeslagen in ${path} en wordt voortaan daar bewaard.`,
  stillFailing: 'Opslaan lukt nog steeds niet. De app blijft het proberen.',
  notYetSaved:
    'Je wijziging staat in de app, maar is nog niet op schijf opgeslagen. Dat gebeurt vanzelf zodra het weer kan (zie de melding bovenin).',
  backupTitle: 'De reservekopie van vandaag is niet gemaakt',
  backupText: (problem: string) =>
    `${problem} Je dagboek zelf is in orde en wordt gewoon opgeslagen; de app probeert de reservekopie bij de volgende start opnieuw.`,
  readOnlyTitle: 'Je dagboek is alleen-lezen geopend',
  readOnlyFile:
    'Het bestand is alleen-lezen gemaakt, dus de app verandert er niets aan: je kunt alles bekijken, maar niets wijzigen. Wil je weer kunnen schrijven? Zet het bestand op schrijfbaar en start de app opnieuw.',
  readOnlyFolder:
    'De map waarin je dagboek staat, mag niet worden beschreven, dus de app verandert er niets aan: je kunt alles bekijken, maar niets wijzigen. Geef jezelf schrijfrechten op de map en start de app opnieuw.',
};

/** Words for a journal shared between windows and computers: read-only, conflicts, conflict copies. */
export const syncNL: SyncWords = {
  lockedTitle: 'Alleen lezen: dit dagboek is al open',
  lockedText: (pid: number) =>
    `Dit dagboek is al open in een ander venster van Netwerkdagboek (proces ${pid}). Je kunt hier lezen; wijzigen kan in dat venster. Sluit je het daar, dan kun je hier na een paar seconden verder.`,
  lockedSince: (moment: string) => `Daar geopend op ${moment}.`,
  nowWritable: 'Het andere venster is gesloten. Je kunt hier weer wijzigen.',
  incoming: (parts: string) => `Wijzigingen van je andere computer zijn binnengekomen: ${parts}.`,
  added: { one: '{n} nieuw', other: '{n} nieuw' },
  changed: { one: '{n} gewijzigd', other: '{n} gewijzigd' },
  removed: { one: '{n} verwijderd', other: '{n} verwijderd' },
  toChoose: { one: '{n} om uit te kiezen', other: '{n} om uit te kiezen' },
  copiesTitle: 'Er staat een tweede versie van je dagboek in de map',
  copiesText:
    'Je synchronisatieprogramma heeft naast je dagboek een kopie gezet, meestal omdat het op twee computers tegelijk is gewijzigd. Samenvoegen neemt uit de kopie over wat hier nog niet staat; er gaat niets verloren en de kopie blijft bewaard onder een nieuwe naam.',
  copyModified: (moment: string) => `gewijzigd op ${moment}`,
  merge: 'Samenvoegen',
  ignore: 'Negeren',
  merged: 'De kopie is samengevoegd.',
  nothingNew: 'De kopie is samengevoegd; er stond niets nieuws in.',
  ignored: 'De kopie is opzijgezet onder een nieuwe naam, in dezelfde map.',
  conflictsTitle: {
    one: '{n} item is op twee computers verschillend gewijzigd',
    other: '{n} items zijn op twee computers verschillend gewijzigd',
  },
  conflictsText: 'Kies per item welke versie je houdt. De andere versie vervalt dan.',
  shown: 'Nu in je dagboek',
  other: 'Andere versie',
  deletedVersion: 'Verwijderd',
  keep: 'Deze houden',
  kept: 'Bewaard. De andere versie is vervallen.',
  empty: '(leeg)',
  yes: 'ja',
  no: 'nee',
};

/** The journal file could not be opened as it was: damaged, or from a newer app. */
export const noticeNL: NoticeWords = {
  damagedTitle: 'Je dagboekbestand was beschadigd',
  damagedRestored: (backup: string) =>
    `De app heeft de meest recente goede reservekopie geopend (${backup}). Wat je daarna hebt ingevoerd, staat mogelijk nog in het beschadigde bestand.`,
  damagedEmpty: 'Er was geen bruikbare reservekopie, dus je begint met een leeg dagboek.',
  damagedKept: (path: string) => `Het originele bestand is niet weggegooid maar apart gezet: ${path}`,
  newerTitle: 'Dit dagboek is gemaakt met een nieuwere versie van Netwerkdagboek',
  newerText: (v: number) =>
    `Het bestand gebruikt versie ${v} van het gegevensformaat. Deze versie van de app kent dat nog niet en laat het bestand daarom onaangeroerd. Werk de app bij om verder te gaan; tot die tijd kun je niets wijzigen.`,
  showInFolder: 'Toon in map',
  dismiss: 'Begrepen',
};
