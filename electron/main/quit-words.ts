import type { Language } from '../contract/contract';

/** What the native dialog says when quitting would lose edits that could not be saved. */
export interface QuitWords {
  title: string;
  message: string;
  /** After the reason (what happened, what to do). */
  detail: string;
  retry: string;
  saveAs: string;
  quitAnyway: string;
  stay: string;
  loseMessage: string;
  loseDetail: string;
  back: string;
  quitAndLose: string;
}

export const quitWords: Record<Language, QuitWords> = {
  nl: {
    title: 'Netwerkdagboek',
    message: 'Je laatste wijzigingen zijn nog niet opgeslagen',
    detail:
      'Ze staan alleen nog in de app. Probeer het opnieuw, of sla je dagboek op een andere plek op voordat je afsluit.',
    retry: 'Opnieuw proberen',
    saveAs: 'Opslaan als…',
    quitAnyway: 'Toch afsluiten…',
    stay: 'Niet afsluiten',
    loseMessage: 'Weet je zeker dat je wilt afsluiten zonder op te slaan?',
    loseDetail:
      'Wat je hebt ingevoerd sinds het opslaan mislukte, gaat dan verloren. Het bestand op schijf blijft zoals het was bij de laatste keer dat opslaan lukte.',
    back: 'Terug',
    quitAndLose: 'Afsluiten en wijzigingen kwijtraken',
  },
  en: {
    title: 'Netwerkdagboek',
    message: 'Your latest changes have not been saved yet',
    detail: 'They only exist in the app. Try again, or save your journal somewhere else before you quit.',
    retry: 'Try again',
    saveAs: 'Save as…',
    quitAnyway: 'Quit anyway…',
    stay: 'Don’t quit',
    loseMessage: 'Are you sure you want to quit without saving?',
    loseDetail:
      'What you entered since saving started to fail will be lost. The file on disk stays as it was the last time saving worked.',
    back: 'Back',
    quitAndLose: 'Quit and lose changes',
  },
};
