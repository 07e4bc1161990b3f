/** Words about the journal file itself: what was repaired or set aside, and what to do when it is not there. */
import type { RepairChange } from '$contract/contract';
import type { RecordCollection } from '$contract/domain';
import type { Plural } from '../../app/nl';

export const journalNL = {
  kinds: {
    contacts: 'Contact',
    conversations: 'Gesprek',
    touches: 'Contactmoment',
    ownQuestions: 'Eigen vraag',
    reminders: 'Herinnering',
  } satisfies Record<RecordCollection, string>,
  repairedTitle: 'Je dagboek is geopend, maar niet alles kon worden gebruikt',
  repairedKept: (path: string) => `Je bestand zoals het was, staat ongewijzigd apart: ${path}`,
  repairedNotKept: (problem: string) =>
    `Het originele bestand kon niet apart worden gezet, dus de app heeft niets gewijzigd en je dagboek alleen-lezen geopend. ${problem}`,
  changesTitle: 'Dit heeft de app zelf hersteld:',
  change: (c: RepairChange): string => {
    switch (c.change) {
      case 'reference-cleared':
        return `de verwijzing naar “${c.missing}” (${c.field}) is weggehaald, want dat contact staat niet in je dagboek`;
      case 'id-renamed':
        return `een ander item had hetzelfde id (${c.id}); dit item heeft nu het id ${c.newId}`;
      case 'duplicate-removed':
        return 'stond er twee keer precies hetzelfde in; één keer is genoeg';
      case 'unreadable-characters':
        return 'bevat tekens die niet te lezen waren (nu getoond als �); kijk de tekst even na';
    }
  },
  moreChanges: { one: '… en nog {n} andere.', other: '… en nog {n} andere.' } satisfies Plural,
  setAsideTitle: {
    one: '{n} item apart gezet, dat je zelf kunt herstellen',
    other: '{n} items apart gezet, die je zelf kunt herstellen',
  } satisfies Plural,
  setAsideText:
    'Deze items stonden in je dagboekbestand, maar klopten niet. Ze zijn bewaard tot je besluit: pas de tekst aan en zet het item terug, of gooi het weg.',
  moreSetAside: {
    one: 'En nog {n} item; dat verschijnt hier als je deze hebt afgehandeld.',
    other: 'En nog {n} items; die verschijnen hier als je deze hebt afgehandeld.',
  } satisfies Plural,
  fixOrDrop: 'Tekst bekijken, aanpassen of weggooien',
  whatIsWrong: 'Wat klopt er niet:',
  rawLabel: (label: string) => `Tekst van ${label}`,
  copy: 'Tekst kopiëren',
  copied: 'De tekst staat op het klembord.',
  restore: 'Terugzetten',
  drop: 'Weggooien',
  dropTitle: 'Dit item weggooien?',
  dropText: (label: string) =>
    `“${label}” verdwijnt dan voorgoed uit je dagboek. Het originele bestand dat apart is gezet, blijft bestaan.`,
  keep: 'Bewaren',
  restored: (n: number) =>
    n === 1 ? 'Teruggezet in je dagboek.' : `Teruggezet in je dagboek, samen met ${n - 1} die erbij horen.`,
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
    `Dit is ${path}, alleen-lezen. Wil je ermee verder, bewaar hem dan als je dagboek op een plek naar keuze.`,
  readOnly: 'Tot je een keuze maakt, kun je niets wijzigen.',
  choicesLabel: 'Wat wil je doen?',
  retry: 'Opnieuw proberen',
  open: 'Bestand kiezen…',
  openBackup: 'Reservekopie openen',
  startNew: 'Nieuw dagboek op een andere plek…',
  keepAsJournal: 'Als mijn dagboek bewaren…',
};
