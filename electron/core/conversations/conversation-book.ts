import { randomUUID } from 'node:crypto';
import type {
  ConversationList,
  ConversationSummary,
  Language,
  Learnings,
  ParsedInput,
  ReferralChain,
  TimelineEntry,
} from '../../contract/contract';
import {
  ContactFields,
  type Contact,
  type Conversation,
  type ConversationChanges,
  type ConversationFields,
  type FieldErrorCode,
  type Journal,
} from '../../contract/domain';
import { withAdded, withRemoved, withReplaced } from '../array-changes';
import type { Clock } from '../clock';
import { given, nameKey, type ContactBook } from '../contacts/contact-book';
import { told } from '../contacts/without-contact';
import { isLaterDay } from '../../contract/rules/when';
import { DomainError } from '../errors';
import { today } from '../reminders/local-time';
import { calendarDate } from '../reminders/texts';
import type { JournalStore } from '../journal/journal-store';
import { queryWords } from '../text-search';
import type { ContactActivity } from './activity';
import { ConversationListView, needsEvaluation, needsThanks, searchableText } from './conversation-list';
import { learnings } from './insights';
import { listOrder, newestFirst } from './order';
import { referralChain } from './referral-chain';

/** The conversations matching one query: places in list order, or a contact's own few conversations. */
interface Matching {
  key: string;
  of: readonly Conversation[];
  namesOf: readonly Contact[];
  /** With the contact filter: their conversations that match, in list order. */
  theirs: Conversation[] | null;
  /** Otherwise the places in list order of those that match; null for all of them. */
  places: readonly number[] | null;
  total: number;
  planned: number;
}

/** How many of the ascending `places` are below `limit`. */
function placesBefore(places: readonly number[], limit: number): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (places[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The networking conversations (netwerkgesprekken): planning, recording, evaluating and thanking, the
 * conversation list with its filters and search, and a contact's history and referral chain.
 */
export class ConversationBook {
  private readonly view: ConversationListView;
  private readonly summaries = new WeakMap<
    Conversation,
    { contact: Contact | undefined; row: ConversationSummary }
  >();
  private lastMatching: Matching | null = null;

  constructor(
    private readonly store: JournalStore,
    private readonly contacts: ContactBook,
    private readonly clock: Clock,
    private readonly newId: () => string = randomUUID,
  ) {
    this.view = new ConversationListView(
      () => store.data,
      (id) => {
        const contact = contacts.find(id);
        return contact ? nameKey(contact) : '';
      },
      (c) => this.summary(c),
    );
    contacts.searchConversationsWith(
      (word) => this.view.peopleWith(word),
      searchableText,
      (c, word) => this.view.mayHave(c, word),
    );
  }

  private get activity(): ContactActivity {
    return this.contacts.activity;
  }

  /**
   * One window of the conversations matching the filters and the search, in list order (planned soonest
   * first, then held newest first): the rows from `offset` (at most `limit`), how many match in all and
   * how many of those are planned, with totals over all conversations. The search looks in everything
   * written for a conversation (goal, notes, preparation, questions and answers, evaluation) and in the
   * main contact's name; the contact filter finds conversations the contact took part in in any role.
   * Only the window's rows are made.
   */
  list(query: ParsedInput<'conversations:list'>): ConversationList {
    const found = this.matching(query);
    const end = Math.min(found.total, query.offset + query.limit);
    const conversations: ConversationSummary[] = [];
    for (let k = query.offset; k < end; k++) {
      conversations.push(
        found.theirs ? this.summary(found.theirs[k]!) : this.view.rowAt(found.places ? found.places[k]! : k),
      );
    }
    return {
      total: found.total,
      offset: query.offset,
      planned: found.planned,
      conversations,
      totals: this.view.totals(),
    };
  }

  /**
   * What matches a query. The last answer is kept while the journal stays the same, so the next window
   * of the same list (scrolling) costs only its rows.
   */
  private matching(query: ParsedInput<'conversations:list'>): Matching {
    const { conversations: of, contacts: namesOf } = this.store.data;
    const words = queryWords(query.query);
    const key = JSON.stringify([words, query.contactId, query.status, query.kind, query.threeB, query.needs]);
    const last = this.lastMatching;
    if (last && last.key === key && last.of === of && last.namesOf === namesOf) return last;
    const filtered =
      query.status !== null || query.kind !== null || query.threeB !== null || query.needs !== null;
    const keep = (c: Conversation) =>
      (query.status === null || c.status === query.status) &&
      (query.kind === null || c.kind === query.kind) &&
      (query.threeB === null || c.threeB === query.threeB) &&
      (query.needs !== 'evaluation' || needsEvaluation(c)) &&
      (query.needs !== 'thanks' || needsThanks(c));
    let found: Matching;
    if (query.contactId !== null) {
      // The few conversations with one person; the search looks at those only.
      const theirs = this.view
        .filter([...this.activity.conversationsWith(query.contactId)].sort(listOrder), words)
        .filter(keep);
      const planned = theirs.filter((c) => c.status === 'gepland').length;
      found = { key, of, namesOf, theirs, places: null, total: theirs.length, planned };
    } else {
      let places = words.length > 0 ? this.view.search(words) : null;
      if (filtered) {
        const kept: number[] = [];
        const n = places ? places.length : this.view.ordered().length;
        for (let k = 0; k < n; k++) {
          const i = places ? places[k]! : k;
          if (keep(this.view.at(i))) kept.push(i);
        }
        places = kept;
      }
      // Planned ones come first in list order: those at a place before the first held one.
      const total = places ? places.length : this.view.ordered().length;
      const firstHeld = this.view.totals().planned;
      const planned = places ? placesBefore(places, firstHeld) : firstHeld;
      found = { key, of, namesOf, theirs: null, places, total, planned };
    }
    this.lastMatching = found;
    return found;
  }

  /**
   * Prepares the conversation list and its search in the background, a few milliseconds at a time, so
   * opening Gesprekken does not wait for sorting every conversation, nor the first keystroke for indexing
   * every note. Resolves when done.
   */
  prepareSearch(sliceMs = 8): Promise<void> {
    return new Promise((resolve, reject) => {
      let next = 0;
      let listed = false;
      let sorted = false;
      const slice = () => {
        try {
          if (!listed) {
            // Who took part in what, per person (a contact page, a search's excerpts, Organisaties
            // read it; opening the journal needs only the latest held conversation), a slice of its own.
            listed = true;
            this.activity.prepare();
            setImmediate(slice);
            return;
          }
          if (!sorted) {
            // The list order first, in a slice of its own (one sort, it cannot be split).
            sorted = true;
            this.view.ordered();
            setImmediate(slice);
            return;
          }
          const end = performance.now() + sliceMs;
          next = this.view.prepare(next, () => performance.now() > end);
          if (next < this.store.data.conversations.length) setImmediate(slice);
          else resolve();
        } catch (error) {
          reject(error);
        }
      };
      setImmediate(slice);
    });
  }

  get(id: string): Conversation {
    const conversation = this.find(id);
    if (!conversation) throw new DomainError('not_found');
    return conversation;
  }

  /** The conversation, or undefined; for other books that refer to conversations. */
  find(id: string): Conversation | undefined {
    return this.view.get(id);
  }

  create(fields: ConversationFields): Conversation {
    const now = this.clock.now().toISOString();
    const conversation: Conversation = { id: this.newId(), ...fields, createdAt: now, updatedAt: now };
    this.check(conversation, null);
    this.store.update((j) => ({ ...j, conversations: withAdded(j.conversations, conversation) }));
    return conversation;
  }

  update(id: string, changes: ConversationChanges): Conversation {
    const current = this.get(id);
    const next: Conversation = { ...current, ...given(changes), updatedAt: this.clock.now().toISOString() };
    this.check(next, current);
    this.replace(current, next);
    return next;
  }

  /**
   * Deletes a conversation. Contacts made from its referrals stay, with their introducer; an ask it
   * answered keeps its answer, without the link.
   */
  delete(id: string): void {
    const conversation = this.get(id);
    const at = this.clock.now().toISOString();
    this.store.update((j) => ({
      ...j,
      conversations: withRemoved(j.conversations, (c) => c === conversation),
      helpAsks: unlinkedAsks(j, id, at),
    }));
  }

  /**
   * Turns a referral from a conversation's evaluation into a contact, or links it to an existing one.
   *
   * Without `contactId` a contact is made from the referral (name, organisation, role; why they are
   * relevant goes to "about them"), introduced by the conversation's contact, warmth lauw. With it, the
   * referral is linked to that contact, who is left as they are. A referral that is already linked
   * returns its link unless another contact is named: asking twice (a double click) never makes two
   * contacts, and naming another contact corrects a wrong link, as an edit of the evaluation could.
   */
  referralToContact(
    { conversationId, referralId, contactId }: ParsedInput<'conversations:referralToContact'>,
    language: Language = 'nl',
  ): { conversation: Conversation; contact: Contact } {
    const conversation = this.get(conversationId);
    const evaluation = conversation.evaluation;
    const referral = evaluation?.referrals.find((r) => r.id === referralId);
    if (!evaluation || !referral) throw new DomainError('not_found');
    if (referral.contactId !== null && (contactId === null || contactId === referral.contactId)) {
      return { conversation, contact: this.contacts.get(referral.contactId) };
    }
    if (contactId === conversation.contactId) throw new DomainError('self_reference');
    const introducer = this.contacts.get(conversation.contactId);
    const contact =
      contactId !== null
        ? this.contacts.get(contactId)
        : this.contacts.create(
            ContactFields.parse({
              name: referral.name,
              organisation: referral.organisation,
              role: referral.role,
              aboutThem: referral.why,
              warmth: 'lauw',
              introducedById: introducer.id,
              // Short, in the person's language and with the day as they read it; they can reword it.
              howWeMet: introducedVia(
                introducer.name,
                calendarDate(conversation.date, today(this.clock), language),
                language,
              ),
            }),
          );
    const next: Conversation = {
      ...conversation,
      evaluation: {
        ...evaluation,
        referrals: evaluation.referrals.map((r) => (r === referral ? { ...r, contactId: contact.id } : r)),
      },
      updatedAt: this.clock.now().toISOString(),
    };
    this.replace(conversation, next);
    return { conversation: next, contact };
  }

  /**
   * A contact's history, newest first: the conversations they took part in (planned ones lie ahead, so
   * they come first) and the small touches noted for them.
   */
  timeline(contactId: string): TimelineEntry[] {
    this.contacts.get(contactId);
    const entries: {
      entry: TimelineEntry;
      id: string;
      date: string;
      time: string | null;
      createdAt: string;
    }[] = [];
    for (const c of this.activity.conversationsWith(contactId)) {
      const entry: TimelineEntry = { type: 'conversation', ...this.summary(c) };
      entries.push({ entry, id: c.id, date: c.date, time: c.time, createdAt: c.createdAt });
    }
    for (const t of this.activity.touchesOf(contactId)) {
      const entry: TimelineEntry = {
        type: 'touch',
        id: t.id,
        date: t.on,
        channel: t.channel,
        note: t.note,
        threeB: t.threeB,
      };
      entries.push({ entry, id: t.id, date: t.on, time: null, createdAt: t.createdAt });
    }
    // The Actieplan's actions done with them, with what they brought (few per person: no index needed).
    for (const a of this.store.data.plannedActions) {
      if (a.contactId !== contactId || a.doneOn === null) continue;
      const { id, what, kind, reflection } = a;
      const entry: TimelineEntry = { type: 'action', id, date: a.doneOn, what, kind, reflection };
      entries.push({ entry, id, date: a.doneOn, time: null, createdAt: a.createdAt });
    }
    return entries.sort(newestFirst).map(({ entry }) => entry);
  }

  /** Who introduced this contact, whom they introduced and what came of it, and where they were named. */
  chain(contactId: string): ReferralChain {
    return referralChain(contactId, this.contacts, (c) => this.summary(c));
  }

  /** The "kon beter" points and tips of a period, and the patterns per month (see insights.ts). */
  learnings(period: ParsedInput<'insights:learnings'>): Learnings {
    const { plannedActions } = this.store.data;
    return learnings(this.view.ordered(), (id) => this.contacts.find(id)?.name ?? '', period, plannedActions);
  }

  /** One row of the conversation list; cached per record while the contact's record stays the same. */
  summary(c: Conversation): ConversationSummary {
    const contact = this.contacts.find(c.contactId);
    const cached = this.summaries.get(c);
    if (cached && cached.contact === contact) return cached.row;
    const row: ConversationSummary = {
      id: c.id,
      contactId: c.contactId,
      contactName: contact?.name ?? '',
      status: c.status,
      date: c.date,
      time: c.time,
      channel: c.channel,
      kind: c.kind,
      threeB: c.threeB,
      goal: c.goal,
      needsEvaluation: needsEvaluation(c),
      needsThanks: needsThanks(c),
    };
    this.summaries.set(c, { contact, row });
    return row;
  }

  private replace(current: Conversation, next: Conversation): void {
    this.store.update((j) => ({
      ...j,
      // One place changes: the views of 25,000 conversations are told which, instead of comparing.
      conversations:
        withReplaced(j.conversations, current, next) ??
        j.conversations.map((c) => (c === current ? next : c)),
      // An ask answers in a conversation with the person asked: with someone else now, it no longer does.
      helpAsks: current.contactId === next.contactId ? j.helpAsks : unlinkedAsks(j, next.id, next.updatedAt),
    }));
  }

  /** References must point at contacts that exist; ids within a conversation must be its own. */
  private check(c: Conversation, before: Conversation | null): void {
    const fields: Record<string, FieldErrorCode> = {};
    this.checkWhen(c, before, fields);
    if (!this.contacts.find(c.contactId)) fields['contactId'] = 'invalid_choice';
    const participants = new Set<string>();
    c.participantIds.forEach((id, i) => {
      if (!this.contacts.find(id)) fields[`participantIds.${i}`] = 'invalid_choice';
      // The main contact is not also "another participant", and nobody takes part twice.
      else if (id === c.contactId || participants.has(id)) fields[`participantIds.${i}`] = 'invalid';
      participants.add(id);
    });
    const questionIds = new Set<string>();
    c.questions.forEach((q, i) => {
      if (questionIds.has(q.id)) fields[`questions.${i}.id`] = 'invalid';
      questionIds.add(q.id);
    });
    const referralIds = new Set<string>();
    c.evaluation?.referrals.forEach((r, i) => {
      if (referralIds.has(r.id)) fields[`evaluation.referrals.${i}.id`] = 'invalid';
      referralIds.add(r.id);
      if (r.contactId !== null && !this.contacts.find(r.contactId)) {
        fields[`evaluation.referrals.${i}.contactId`] = 'invalid_choice';
      }
    });
    if (Object.keys(fields).length > 0) throw new DomainError('invalid_input', fields);
  }

  /**
   * A thank-you sent, and a conversation held, cannot lie ahead. Checked when set, so a date saved before
   * these rules does not block every other edit. A held conversation in the future would also count as
   * the contact's last contact, a day that has not come, and keep keep-in-touch quiet until long after.
   */
  private checkWhen(c: Conversation, before: Conversation | null, fields: Record<string, FieldErrorCode>) {
    const day = today(this.clock);
    if (c.thanks.on !== before?.thanks.on && isLaterDay(c.thanks.on, day)) {
      fields['thanks.on'] = 'in_future';
    }
    const heldNow = c.status === 'gehouden' && (before?.status !== 'gehouden' || c.date !== before.date);
    if (heldNow && isLaterDay(c.date, day)) fields['date'] = 'held_in_future';
  }
}

/** "how we met" of someone added from a referral: who introduced them, in which conversation. */
function introducedVia(name: string, day: string, language: Language): string {
  return language === 'nl'
    ? `Via ${name}, in ons gesprek van ${day}`
    : `Through ${name}, in our conversation on ${day}`;
}

/** The asks answered in conversation `id`, their answers kept and the link gone; the same array if none. */
function unlinkedAsks(j: Journal, id: string, at: string): Journal['helpAsks'] {
  // The ask's version moves on, so on another computer the unlinked ask wins over the linked one.
  return j.helpAsks.some((a) => a.conversationId === id)
    ? told(j.helpAsks, (a) => (a.conversationId === id ? { ...a, conversationId: null, updatedAt: at } : a))
    : j.helpAsks;
}
