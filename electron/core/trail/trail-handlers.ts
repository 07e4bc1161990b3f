import { PROFILE_ID, type Journal } from '../../contract/domain';
import type { Clock } from '../clock';
import type { TouchLog } from '../conversations/touches';
import type { Handlers } from '../dispatch';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import { today } from '../reminders/local-time';
import { goalTrail } from './trail';

function profileOf(journal: Journal) {
  return journal.profile.find((p) => p.id === PROFILE_ID) ?? journal.profile[0] ?? null;
}

/**
 * Het spoor terug (issue 14): the trail of the goal reached, and thanking the people on it. A thank-you
 * is a contact moment, logged as a touch marked with the goal's day (`Touch.goalOn`): that touch is the
 * mark. So keeping in touch with the helpers starts from it, it merges between computers and moves with
 * a merged contact like any touch, and taking the mark away takes the touch away.
 */
export function trailHandlers(
  store: JournalStore,
  touches: TouchLog,
  clock: Clock,
): Pick<Handlers, 'goal:trail' | 'goal:thank'> {
  const trail = () => {
    const reached = profileOf(store.data)?.reached ?? null;
    return reached ? goalTrail(store.data, reached) : null;
  };
  return {
    'goal:trail': trail,
    'goal:thank': ({ person, how, note, mark }) => {
      const reached = profileOf(store.data)?.reached ?? null;
      const now = trail();
      const who = now?.people.find((p) => p.contactId === person.contactId);
      if (reached === null || !who || who.contactId === null) throw new DomainError('not_found');
      const marks = store.data.touches.filter(
        (t) =>
          t.contactId === who.contactId &&
          t.goalOn === reached.on &&
          // Undoing one mark: only that one (gone already, or replaced by a newer one: nothing to do).
          (how !== null || mark === undefined || t.id === mark),
      );
      // Another way of thanking keeps the day it was first marked (the keeping-in-touch anchor with it).
      const on = marks.reduce<string | null>(
        (first, t) => (first === null || t.on < first ? t.on : first),
        null,
      );
      for (const mark of marks) touches.delete(mark.id);
      if (how !== null) {
        touches.add(
          { contactId: who.contactId, channel: how, on: on ?? today(clock), note, threeB: null },
          reached.on,
        );
      }
      return trail()!;
    },
  };
}
