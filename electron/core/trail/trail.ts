import type { Contact, GoalReached, Journal, ThanksMethod, Touch } from '../../contract/domain';
import { addMonths } from '../../contract/rules/calendar';
import { organisationKey } from '../../contract/rules/organisation-name';
import type { Trail, TrailContribution, TrailPerson } from '../../contract/trail';
import { nameKey } from '../contacts/contact-order';

/** At most this many tips per person on the trail: enough to remind, short enough to read. */
const TIPS_SHOWN = 3;

interface Found {
  contactId: string | null;
  name: string;
  organisation: string;
  cadence: Contact['cadence'] | null;
  sortKey: string;
  conversations: number;
  lastConversation: string | null;
  tips: string[];
  answered: string[];
  /** People on the trail this one led to, by introduction, then by referral. */
  introduced: Set<string>;
  referred: Set<string>;
}

/** The key of a person on the trail: the contact's id, or their name once the contact is gone. */
export function trailKey(contactId: string | null, name: string): string {
  return contactId ?? `name:${name}`;
}

/**
 * The trail back from the goal reached (`goal:trail`): everyone the journal shows helped on the way.
 *
 * - Conversations held in the year before the goal, with tips, and referrals to people who then helped;
 *   hulpvragen answered by then. Introductions count from any time: a via-via chain is often older.
 * - The people at the organisation of the goal (its name grouped like Organisaties does) who helped, and
 *   everyone who led to them, introduction by introduction and referral by referral: the way in.
 * - A tree: each person under whoever introduced or referred them, when that one is on the trail too.
 *   The journal may hold a cycle (two people who each introduced the other, a referral back): an edge
 *   that would close one is left out, so every person appears once.
 * - A person deleted since keeps their place by name when a hulpvraag they answered says so.
 */
export function goalTrail(journal: Journal, reached: GoalReached): Trail {
  const since = addMonths(reached.on, -12);
  const within = (date: string) => date >= since && date <= reached.on;
  const contacts = new Map<string, Contact>(journal.contacts.map((c) => [c.id, c]));
  const found = new Map<string, Found>();
  const entry = (contactId: string | null, name: string): Found => {
    const key = trailKey(contactId, name);
    let f = found.get(key);
    if (!f) {
      const contact = contactId === null ? undefined : contacts.get(contactId);
      f = {
        contactId,
        name: contact?.name ?? name,
        organisation: contact?.organisation ?? '',
        cadence: contact?.cadence ?? null,
        sortKey: contact ? nameKey(contact) : name.toLowerCase(),
        conversations: 0,
        lastConversation: null,
        tips: [],
        answered: [],
        introduced: new Set(),
        referred: new Set(),
      };
      found.set(key, f);
    }
    return f;
  };

  // Who led to whom: introductions (any time), referrals in held conversations (within the year).
  const ledTo = new Map<string, { by: string; on: string }[]>();
  const lead = (by: string, to: string, on: string) => {
    if (by === to) return;
    const list = ledTo.get(to) ?? [];
    list.push({ by, on });
    ledTo.set(to, list);
  };
  for (const c of journal.contacts) {
    if (c.introducedById !== null && contacts.has(c.introducedById)) lead(c.introducedById, c.id, '');
  }

  for (const conversation of journal.conversations) {
    if (conversation.status !== 'gehouden' || !within(conversation.date)) continue;
    for (const id of [conversation.contactId, ...conversation.participantIds]) {
      const contact = contacts.get(id);
      if (!contact) continue;
      const f = entry(id, contact.name);
      f.conversations += 1;
      if (f.lastConversation === null || conversation.date > f.lastConversation) {
        f.lastConversation = conversation.date;
      }
    }
    const evaluation = conversation.evaluation;
    const giver = contacts.get(conversation.contactId);
    if (evaluation === null || !giver) continue;
    const f = entry(giver.id, giver.name);
    for (const tip of evaluation.tips)
      if (f.tips.length < TIPS_SHOWN && !f.tips.includes(tip)) f.tips.push(tip);
    for (const referral of evaluation.referrals) {
      if (referral.contactId !== null && contacts.has(referral.contactId)) {
        lead(giver.id, referral.contactId, conversation.date);
      }
    }
  }

  const questions = new Map(journal.helpRequests.map((r) => [r.id, r.question]));
  for (const ask of journal.helpAsks) {
    const question = questions.get(ask.helpRequestId);
    if (question === undefined || ask.answer.trim() === '') continue;
    if ((ask.answeredOn ?? ask.askedOn) > reached.on) continue;
    const contact = ask.contactId === null ? undefined : contacts.get(ask.contactId);
    const f = entry(contact ? contact.id : null, contact?.name ?? ask.contactName);
    if (!f.answered.includes(question)) f.answered.push(question);
  }

  // Whoever led to someone who helped is on the trail too, up the chain; and the way in: the people at
  // the organisation who helped, and everyone before them.
  const ancestors = (starts: Iterable<string>): Set<string> => {
    const seen = new Set<string>();
    const queue = [...starts];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const { by } of ledTo.get(id) ?? []) if (!seen.has(by)) queue.push(by);
    }
    return seen;
  };
  const key = organisationKey(reached.where);
  const worksThere = (id: string | null) =>
    key !== '' && id !== null && organisationKey(contacts.get(id)?.organisation ?? '') === key;
  // Someone there who helped, or whom a helper led me to (the referral that made the difference, even
  // before any conversation with them was noted).
  const there = journal.contacts
    .filter((c) => worksThere(c.id))
    .filter((c) => found.has(c.id) || (ledTo.get(c.id) ?? []).some(({ by }) => found.has(by)))
    .map((c) => c.id);
  const onRoute = ancestors(there);
  for (const id of onRoute) entry(id, contacts.get(id)!.name);
  for (const id of ancestors(
    [...found.values()].flatMap((f) => (f.contactId === null ? [] : [f.contactId])),
  )) {
    entry(id, contacts.get(id)!.name);
  }

  // Each person under one who led to them, introduction first, then the earliest referral; never a cycle.
  const parent = new Map<string, string>();
  const wouldCycle = (child: string, candidate: string) => {
    for (let at: string | undefined = candidate; at !== undefined; at = parent.get(at)) {
      if (at === child) return true;
    }
    return false;
  };
  const keys = [...found.keys()].sort();
  for (const child of keys) {
    const candidates = [...(ledTo.get(child) ?? [])]
      .filter(({ by }) => found.has(by))
      .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
    const chosen = candidates.find(({ by }) => !wouldCycle(child, by));
    if (chosen) parent.set(child, chosen.by);
    // What each one brought me to, for their line of the trail.
    for (const { by, on } of candidates) {
      const to = found.get(child)!.name;
      (on === '' ? found.get(by)!.introduced : found.get(by)!.referred).add(to);
    }
  }

  const marks = goalThanks(journal, reached);
  const children = new Map<string | null, string[]>();
  for (const k of keys) {
    const p = parent.get(k) ?? null;
    children.set(p, [...(children.get(p) ?? []), k]);
  }
  const order = (a: string, b: string) => {
    const route = Number(onRoute.has(b)) - Number(onRoute.has(a));
    const x = found.get(a)!.sortKey;
    const y = found.get(b)!.sortKey;
    return route || (x < y ? -1 : x > y ? 1 : a < b ? -1 : 1);
  };
  const people: TrailPerson[] = [];
  const visit = (k: string, depth: number) => {
    const f = found.get(k)!;
    const mark = marks.get(k);
    people.push({
      key: k,
      contactId: f.contactId,
      name: f.name,
      organisation: f.organisation,
      worksThere: worksThere(f.contactId),
      onRoute: onRoute.has(k),
      ledBy: parent.get(k) ?? null,
      depth,
      contributions: contributionsOf(f),
      thanked: mark ? { on: mark.on, how: mark.channel as ThanksMethod, mark: mark.id } : null,
      cadence: f.cadence,
    });
    for (const c of (children.get(k) ?? []).sort(order)) visit(c, depth + 1);
  };
  for (const root of (children.get(null) ?? []).sort(order)) visit(root, 0);
  return {
    reached,
    since,
    people,
    thanked: people.filter((p) => p.thanked !== null).length,
    thankable: people.filter((p) => p.contactId !== null).length,
  };
}

/**
 * The thank-yous for this goal: per contact, the latest touch marked with the goal's day. Kept on the
 * touches themselves, so two computers' thank-yous merge, move with a merged contact and go with a
 * deleted one like every touch, and saving Mijn doel never touches them.
 */
export function goalThanks(journal: Journal, reached: GoalReached): Map<string, Touch> {
  const marks = new Map<string, Touch>();
  for (const t of journal.touches) {
    if (t.goalOn !== reached.on) continue;
    const had = marks.get(t.contactId);
    if (!had || t.createdAt > had.createdAt) marks.set(t.contactId, t);
  }
  return marks;
}

function contributionsOf(f: Found): TrailContribution[] {
  const sorted = (names: Set<string>) => [...names].sort((a, b) => a.localeCompare(b, 'nl'));
  const out: TrailContribution[] = [];
  if (f.introduced.size > 0) out.push({ kind: 'introduced', names: sorted(f.introduced) });
  if (f.referred.size > 0) out.push({ kind: 'referred', names: sorted(f.referred) });
  for (const question of f.answered) out.push({ kind: 'answered', question });
  if (f.tips.length > 0) out.push({ kind: 'tips', tips: f.tips });
  if (f.conversations > 0 && f.lastConversation !== null) {
    out.push({ kind: 'conversations', count: f.conversations, last: f.lastConversation });
  }
  return out;
}
