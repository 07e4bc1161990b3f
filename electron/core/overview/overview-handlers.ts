import type { Handlers } from '../dispatch';
import type { Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import type { ReminderBook } from '../reminders/reminder-book';
import { Overview, type OverviewSettings } from './overview';

/** The Overzicht channels (issue 13): the model as it is now, and "niet nu" for one suggestion. */
export function overviewHandlers(
  store: JournalStore,
  contacts: ContactBook,
  reminders: ReminderBook,
  clock: Clock,
  settings: () => OverviewSettings,
): Pick<Handlers, 'overview:get' | 'overview:dismiss'> {
  const overview = new Overview(store, contacts, clock, settings);
  return {
    'overview:get': () => {
      // The thank-yous and follow-ups of the last write are made first, so Vandaag shows them.
      reminders.follow();
      return overview.model();
    },
    'overview:dismiss': ({ key }) => {
      if (store.readOnly) throw new DomainError('journal_read_only');
      return overview.dismiss(key);
    },
  };
}
