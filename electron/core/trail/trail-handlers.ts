import { PROFILE_ID, type Journal } from '../../contract/domain';
import type { Clock } from '../clock';
import type { TouchLog } from '../conversations/touches';
import type { Handlers } from '../dispatch';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import { today } from '../reminders/local-time';
import { goalTrail, trailKey } from './trail';

function profileOf(journal: Journal) {
  return journal.profile.find((p) => p.id === PROFILE_ID) ?? journal.profile[0] ?? null;
}

/**
 * Het spoor terug (issue 14): the trail of the goal reached, and thanking the people on it. A thank-you
 * marked is also a contact moment, logged as a touch, so keeping in touch with the helpers starts from
 * it; taking the mark away takes that touch away too.
 */
export function trailHandlers(
  store: JournalStore,
  touches: TouchLog,
  clock: Clock,
): Pick<Handlers, 'goal:trail' | 'goal:thank'> {
  const trail = () => {
    const profile = profileOf(store.data);
    return profile?.reached ? goalTrail(store.data, profile.reached, profile.thanked) : null;
  };
  return {
    'goal:trail': trail,
    'goal:thank': ({ person, how, note }) => {
      const profile = profileOf(store.data);
      const reached = profile?.reached ?? null;
      const now = trail();
      if (profile === null || reached === null || now === null) throw new DomainError('not_found');
      const key = 'contactId' in person ? person.contactId : trailKey(null, person.name);
      const who = now.people.find((p) => p.key === key);
      if (!who) throw new DomainError('not_found');
      const mark = profile.thanked.find(
        (t) => t.goalOn === reached.on && trailKey(t.contactId, t.name) === key,
      );
      let thanked = profile.thanked.filter((t) => t !== mark);
      if (mark?.touchId && store.data.touches.some((t) => t.id === mark.touchId))
        touches.delete(mark.touchId);
      if (how !== null) {
        const on = today(clock);
        const touch =
          who.contactId === null
            ? null
            : touches.add({ contactId: who.contactId, channel: how, on, note, threeB: null });
        thanked = [
          ...thanked,
          {
            contactId: who.contactId,
            name: who.name,
            goalOn: reached.on,
            on,
            how,
            touchId: touch?.id ?? null,
          },
        ];
      }
      const updatedAt = clock.now().toISOString();
      store.update((j) => ({
        ...j,
        profile: j.profile.map((p) => (p.id === profile.id ? { ...p, thanked, updatedAt } : p)),
      }));
      return trail()!;
    },
  };
}
