import type { Handlers } from '../dispatch';
import type { Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import { today } from '../reminders/local-time';
import type { PlanBook } from './plan-book';
import { folded, suggestHelpers } from './suggestions';

type PlanChannel =
  | 'profile:get'
  | 'profile:save'
  | 'helpRequests:list'
  | 'helpRequests:create'
  | 'helpRequests:update'
  | 'helpRequests:close'
  | 'helpRequests:delete'
  | 'helpRequests:logAsk'
  | 'helpRequests:updateAsk'
  | 'helpRequests:asksOf'
  | 'helpRequests:suggest';

/** The network plan's channels (issue 14): Mijn doel, hulpvragen, whom they were put to, whom to ask. */
export function planHandlers(
  store: JournalStore,
  plan: PlanBook,
  contacts: ContactBook,
  clock: Clock,
): Pick<Handlers, PlanChannel> {
  return {
    'profile:get': () => plan.profile(),
    'profile:save': ({ since, ...fields }) => plan.saveProfile(fields, since),
    'helpRequests:list': () => plan.listRequests(),
    'helpRequests:create': (fields) => plan.createRequest(fields),
    'helpRequests:update': ({ id, changes }) => plan.updateRequest(id, changes),
    'helpRequests:close': ({ id, status }) => plan.closeRequest(id, status),
    'helpRequests:delete': ({ id }) => {
      plan.deleteRequest(id);
      return { id };
    },
    'helpRequests:logAsk': (fields) => plan.logAsk(fields),
    'helpRequests:updateAsk': ({ id, changes }) => plan.updateAsk(id, changes),
    'helpRequests:asksOf': ({ contactId }) => plan.asksOf(contactId),
    'helpRequests:suggest': ({ id, limit }) => {
      const j = store.data;
      const request = j.helpRequests.find((h) => h.id === id);
      if (!request) throw new DomainError('not_found');
      const profile = plan.profile();
      return suggestHelpers({
        request,
        contacts: j.contacts,
        profile: profile.savedAt === null ? null : profile.profile,
        targets: new Set(j.organisations.filter((o) => o.target).map((o) => folded(o.name))),
        lastContactOn: (c) => contacts.activity.lastContactOn(c),
        helped: helpersOf(store),
        asked: new Set(
          j.helpAsks.flatMap((a) => (a.helpRequestId === id && a.contactId ? [a.contactId] : [])),
        ),
        today: today(clock),
        limit,
      });
    },
  };
}

/**
 * Who helped before: answered a hulpvraag, or gave a tip or a name in a held conversation with them.
 * Made when suggestions are asked for, which is when the person opens a hulpvraag: one pass each.
 */
function helpersOf(store: JournalStore): Set<string> {
  const j = store.data;
  const helped = new Set<string>();
  for (const a of j.helpAsks) {
    if (a.contactId !== null && (a.answeredOn !== null || a.answer !== '')) helped.add(a.contactId);
  }
  for (const v of j.conversations) {
    if (v.status === 'gehouden' && v.evaluation) {
      if (v.evaluation.tips.length > 0 || v.evaluation.referrals.length > 0) helped.add(v.contactId);
    }
  }
  return helped;
}
