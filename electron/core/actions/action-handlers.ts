import type { Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import type { Handlers } from '../dispatch';
import type { JournalStore } from '../journal/journal-store';
import { today } from '../reminders/local-time';
import { ActionBook } from './action-book';
import { suggestToPlan } from './suggestions';

type ActionChannel =
  | 'actions:list'
  | 'actions:create'
  | 'actions:update'
  | 'actions:done'
  | 'actions:undone'
  | 'actions:delete'
  | 'actions:suggest';

/** The netwerkactieplan's channels (issue 14). */
export function actionHandlers(
  store: JournalStore,
  contacts: ContactBook,
  clock: Clock,
  reminderTime: () => string,
): Pick<Handlers, ActionChannel> {
  const actions = new ActionBook(store, contacts, clock, reminderTime);
  return {
    'actions:list': () => actions.list(),
    'actions:create': (fields) => actions.create(fields),
    'actions:update': ({ id, changes }) => actions.update(id, changes),
    'actions:done': ({ id, reflection }) => actions.done(id, reflection),
    'actions:undone': ({ id }) => actions.undone(id),
    'actions:delete': ({ id }) => {
      actions.delete(id);
      return { id };
    },
    'actions:suggest': ({ limit }) =>
      suggestToPlan({
        contacts: store.data.contacts,
        actions: store.data.plannedActions,
        conversations: store.data.conversations,
        lastContactOn: (c) => contacts.activity.lastContactOn(c),
        today: today(clock),
        limit,
      }),
  };
}
