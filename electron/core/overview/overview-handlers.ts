import type { Handlers } from '../dispatch';
import type { Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import type { ReminderBook } from '../reminders/reminder-book';
import { Organisations } from '../organisations/organisations';
import { Overview, type OverviewSettings } from './overview';

/**
 * The Overzicht channels (issue 13): the model as it is now, and "niet nu" for one suggestion; and
 * Organisaties, the same issue's view of who the person knows where.
 */
export function overviewHandlers(
  store: JournalStore,
  contacts: ContactBook,
  reminders: ReminderBook,
  clock: Clock,
  settings: () => OverviewSettings,
): Pick<
  Handlers,
  'overview:get' | 'overview:dismiss' | 'organisations:list' | 'organisations:rename' | 'organisations:mark'
> {
  const overview = new Overview(store, contacts, clock, settings);
  const organisations = new Organisations(store, contacts, clock);
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
    'organisations:list': (query) => organisations.list(query),
    'organisations:rename': ({ key, name }) => organisations.rename(key, name),
    'organisations:mark': ({ name, target }) => organisations.mark(name, target),
  };
}
