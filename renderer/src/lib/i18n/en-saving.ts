import type { Dictionary } from '../../app/nl';

/** Words about saving the journal, in English. */
export const savingEN: Dictionary['saving'] = {
  failingTitle: 'Your changes have not been saved yet',
  kept: 'Everything you enter stays in the app and is saved again by itself as soon as it can be. Do not quit the app before this notice is gone, or choose “Save as…” to save your journal somewhere else.',
  since: (time) => `Failing since ${time}.`,
  retry: 'Try again',
  retrying: 'Saving…',
  saveAs: 'Save as…',
  savedAgain: 'Everything is saved again.',
  savedElsewhere: (path) => `Your journal was saved in ${path} and is kept there from now on.`,
  stillFailing: 'Saving still does not work. The app keeps trying.',
  notYetSaved:
    'Your change is in the app but not saved to disk yet. That happens by itself as soon as it can (see the notice at the top).',
  backupTitle: 'Today’s backup was not made',
  backupText: (problem) =>
    `${problem} Your journal itself is fine and is saved as usual; the app tries the backup again at the next start.`,
  readOnlyTitle: 'Your journal is open read-only',
  readOnlyFile:
    'The file was made read-only, so the app does not change it: you can look at everything but not change anything. Want to write again? Make the file writable and restart the app.',
  readOnlyFolder:
    'The folder your journal is in may not be written to, so the app does not change the file: you can look at everything but not change anything. Give yourself write access to the folder and restart the app.',
};
