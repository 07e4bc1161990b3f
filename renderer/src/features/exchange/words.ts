/**
 * What importing and sorting people in say, as a shape: `nl.ts` and `en.ts` each fill it in, neither
 * derived from the other. The names of circles, warmths and strengths are the contract's labels.
 */
import type {
  ImportFillField,
  ImportMatchBy,
  ImportStatus,
  MappableField,
  SkipReason,
} from '$contract/exchange';
import type { Strength, Warmth } from '$contract/domain';
import type { Plural } from '$contract/words/plural';
import type { NothingToImport } from './import-rules';

/** Words of the sort-in pass (indelen): one person at a time, circle, warmth and strength by key. */
export interface SortInWords {
  /** The action and the dialog's name. */
  title: string;
  intro: string;
  /** In Contacten: how many have no strength yet. */
  unsorted: Plural;
  start: string;
  /** "12 van 214": the person shown and how many the pass holds (both written the language's way). */
  progress(at: string, total: string): string;
  circle: string;
  warmth: string;
  strength: string;
  /** The single key that picks each warmth and strength (one letter; circles are 1–9). */
  keys: { warmth: Record<Warmth, string>; strength: Record<Strength, string> };
  /** Said before the list of keys. */
  keysTitle: string;
  keysCircle: string;
  keysWarmth: string;
  keysStrength: string;
  next: string;
  skip: string;
  back: string;
  done: string;
  /** How the person met them, as the contact has it. */
  howWeMet: string;
  saving: string;
  /** Said only after core answered that it is on disk. */
  saved(name: string): string;
  notYetSaved(name: string): string;
  failed(name: string, why: string): string;
  finishedTitle: string;
  finishedText: Plural;
  nobodyTitle: string;
  nobodyText: string;
  /** The toast after the pass: how many got a strength. */
  doneToast: Plural;
  noneToast: string;
  /** The person shown looks like another contact (core's likely duplicates): a quiet notice. */
  likely(name: string): string;
  /** Its button: opens the merge dialog for the two. */
  mergeNow: string;
}

/** Words of the import dialog: the file, the mapping of an unknown CSV, the preview, confirming, undo. */
export interface ImportWords {
  action: string;
  title: string;
  intro: string;
  formats: string;
  chooseFile: string;
  dropHint: string;
  /** Shown over the window while a file is dragged over it. */
  dropHere: string;
  /** The file is larger than IMPORT_MAX_BYTES: nothing was read. */
  tooBig(size: string, max: string): string;
  /** More than one file dropped: which one to take is not ours to guess. */
  oneFile: string;
  reading(name: string): string;
  mappingTitle: string;
  mappingIntro: string;
  /** In the preview, for a row without a name. */
  noName: string;
  /** The mapping step when core guessed every column, or some of them (columnsGuessed). */
  mappingIntroGuessed: { all: string; some: string };
  fields: Record<MappableField, string>;
  column(n: number): string;
  notImported: string;
  firstRows: string;
  /** The mapping gives no name: a contact needs one. */
  needsName: string;
  previewTitle(name: string): string;
  statuses: Record<ImportStatus, string>;
  skipReasons: Record<SkipReason, string>;
  matchedBy: Record<ImportMatchBy, string>;
  /** For `bijwerken`: which empty fields of the contact it fills. */
  fills(fields: string): string;
  /** Labels of the contact's fields an import fills, as `fills` lists them. */
  filled: Record<ImportFillField | 'emails' | 'phones' | 'tags', string>;
  /** A row's checkbox. */
  include(name: string): string;
  selectAll: string;
  selectNone: string;
  /** Of one status only: everyone of it in or out. */
  selectStatus(status: string): string;
  filterLabel: string;
  all: string;
  rowsLabel: string;
  confirm: Plural;
  nothingChosen: string;
  working: string;
  progress(done: string, total: string): string;
  cancel: string;
  back: string;
  discardTitle: string;
  discardText: string;
  discard: string;
  keepGoing: string;
  /** After the import, on disk: what it did; a count of none (null) is left unsaid. */
  doneToast(added: string | null, updated: string | null): string;
  undone: string;
  /** Undone, but some contacts were changed since and are kept as they are now. */
  undoneKept: Plural;
  mappingNext: string;
  /** How the preview list works by keyboard. */
  listHint: string;
  /** A row that would not change anything has no choice. */
  noChoice: string;
  /** Offered after an import that brought in people without a strength. */
  sortInOffer: Plural;
  sortInNow: string;
  later: string;
  /** In Instellingen. */
  settingsTitle: string;
  settingsHint: string;
  /** The disabled import button when the file brings nobody to import, per reason. */
  nothingNew: Record<NothingToImport, string>;
  /** A file dropped while another is read or shown, not yet imported: keep that one or take this one? */
  replaceTitle: string;
  replaceText(current: string, dropped: string): string;
  replaceTake(dropped: string): string;
  replaceKeep(current: string): string;
  /** A file dropped while an import is being saved: it is not taken. */
  busyApplying(dropped: string): string;
  /** A new row with the name of a contact at another or no organisation (ImportRow.lookalike). */
  lookalike(who: string): string;
  /** The same row once the person chose to add it to that contact. */
  lookalikeChosen(who: string): string;
  lookalikeQuestion(name: string, who: string): string;
  lookalikeNew: string;
  lookalikeUpdate(name: string): string;
  /** The choice in the row itself, seen without opening it: a contact of its own, or fill in the look-alike. */
  lookalikeApart: string;
  lookalikeFill: string;
  /** Whether filling in would change the look-alike's organisation (only an empty one is ever filled). */
  lookalikeOrgFilled(organisation: string): string;
  lookalikeOrgKept: string;
  /** One quiet line under the preview's title: what the file holds that no contact field takes. */
  leftOut(what: string): string;
  leftOutPhotos: Plural;
  leftOutAddresses: Plural;
}

export interface ExchangeWords {
  sortIn: SortInWords;
  import: ImportWords;
}
