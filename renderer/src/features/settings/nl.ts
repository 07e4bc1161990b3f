/** Words of the settings screen, in Dutch. */
import type { SettingsWords } from './words';
export const settingsNL: SettingsWords = {
  title: 'Instellingen',
  language: 'Taal',
  languageHint: 'Standaard volgt de app de taal van je computer.',
  systemLanguage: 'Zoals het systeem',
  theme: 'Weergave',
  themeHint: 'Licht of donker. Zoals het systeem volgt wat je computer nu gebruikt.',
  themes: { system: 'Zoals het systeem', light: 'Licht', dark: 'Donker' },
  journal: 'Je dagboekbestand',
  showInFolder: 'Toon in map',
  moveJournal: 'Verplaatsen…',
  movedToast: (path: string) =>
    `Je dagboek staat nu in ${path}. Het oude bestand is als kopie blijven staan.`,
  journalHint:
    'Alles wat je invult, staat in dit ene bestand op je eigen computer. Er gaat niets naar internet. Elke dag bewaart de app een reservekopie in de map ‘backups’ ernaast.',
  version: (v: string) => `Versie ${v}`,
};
