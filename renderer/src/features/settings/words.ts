/**
 * What Instellingen says, as a shape: `nl.ts` and `en.ts` each fill it in. The languages' own names
 * are the contract's `labels.languages`.
 */

import type { Theme } from '$contract/contract';

/** Words of the settings screen. */
export interface SettingsWords {
  title: string;
  language: string;
  languageHint: string;
  /** The language choice that follows the computer's; the languages themselves are `labels.languages`. */
  systemLanguage: string;
  /** Light or dark: the field, its hint and the three choices (the contract's `themes`). */
  theme: string;
  themeHint: string;
  themes: Record<Theme, string>;
  journal: string;
  showInFolder: string;
  moveJournal: string;
  movedToast(path: string): string;
  journalHint: string;
  version(v: string): string;
}
