/**
 * Overzicht (issue 13): what to do today and how the network stands, computed in core from the journal
 * and answered as data and keys (contract/overview.ts), which the page words in nl or en.
 *
 * The parts that cost (where each contact stands, what each week held, the counts of the network and the
 * orders Verwaterd and the suggestions pick from) are kept per change by OverviewIndex; a look at the
 * model reads the first few of each order, walks the Verwaterd order once and looks at the last weeks,
 * so opening the screen after an edit neither goes through 25,000 conversations nor sorts 5,000 people.
 */
import {
  DEFAULT_WEEKLY_GOAL,
  DISMISS_DAYS,
  QUIET_LISTED,
  RECENT_WEEKS,
  RHYTHM_WEEKS,
  RECENT_CONTACT_DAYS,
  TODAY_MAX,
  type LastContact,
  type OverviewModel,
  type QuietRelation,
  type Suggestion,
  type SuggestionKind,
  type ThreeBCounts,
  type ThreeBNote,
} from '../../contract/overview';
import type { Contact, Conversation, Dismissal, OrganisationMark, Reminder } from '../../contract/domain';
import { lastWeeks } from '../../contract/rules/weeks';
import { changesBetween } from '../array-changes';
import { zoneOf, type Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import type { JournalStore } from '../journal/journal-store';
import { effectiveDue } from '../reminders/due';
import { addDays, daysBetween, today as todayOf } from '../reminders/local-time';
import { OverviewIndex, plannedAhead, type ContactEntry, type IndexSettings } from './overview-index';
import { organisationKey } from '../../contract/rules/organisation-name';
import { marksByKey } from '../organisations/marks';
import { spreadNote } from './spread';
import { KeepInformed } from './keep-informed';

export interface OverviewSettings extends IndexSettings {
  /** Conversations and touches a week the person aims for (Instellingen). */
  weeklyGoal?: number;
}

/** The Overzicht screen's model, kept up to date per change. */
export class Overview {
  private readonly index: OverviewIndex;
  private readonly keepInformed: KeepInformed;
  /** The organisations active contacts work at, for the version of the contacts array `for`. */
  private staffed: { for: readonly Contact[]; keys: Set<string> } | null = null;
  /** Conversations looked up by id, for the version of the conversations array `of`. */
  private found: {
    of: readonly Conversation[];
    byId: Map<string, Conversation>;
    missing: Set<string>;
  } | null = null;

  constructor(
    private readonly store: JournalStore,
    private readonly contacts: ContactBook,
    private readonly clock: Clock,
    private readonly settings: () => OverviewSettings,
  ) {
    this.index = new OverviewIndex(() => store.data, contacts.activity, settings);
    this.keepInformed = new KeepInformed(
      () => store.data,
      (id) => contacts.activity.lastHeldWith(id),
    );
  }

  /** The whole model for today. */
  model(): OverviewModel {
    this.index.update(zoneOf(this.clock));
    const today = todayOf(this.clock);
    const hidden = dismissedOn(this.store.data.dismissals, today);
    const weeks = lastWeeks(today, RHYTHM_WEEKS);
    const quiet = this.quiet(today);
    const { suggestions, moreDue } = this.suggestions(today, hidden, quiet, weeks[weeks.length - 1]!);
    return {
      today,
      suggestions,
      moreDue,
      ...this.index.tally.model(),
      threeB: this.threeB(weeks),
      rhythm: this.rhythm(weeks),
      quiet: {
        total: quiet.length,
        relations: quiet.slice(0, QUIET_LISTED).map((e) => this.quietRelation(e, today)),
      },
      spread: spreadNote(weeks, this.index.weeks, today, (id) => this.contacts.find(id)),
    };
  }

  /** "Niet nu": keeps the suggestion away for DISMISS_DAYS days; those whose day has come are let go. */
  dismiss(key: string): { key: string; until: string } {
    const today = todayOf(this.clock);
    const until = addDays(today, DISMISS_DAYS);
    const at = this.clock.now().toISOString();
    this.store.update((j) => {
      const kept = j.dismissals.filter((d) => d.key !== key && d.until > today);
      // Bounded, whatever a page sends: the oldest go first (they return soonest anyway).
      return { ...j, dismissals: [...kept.slice(-(DISMISSED_MAX - 1)), { key, until, at }] };
    });
    return { key, until };
  }

  private suggestions(
    today: string,
    hidden: Set<string>,
    quiet: ContactEntry[],
    thisWeek: string,
  ): { suggestions: Suggestion[]; moreDue: number } {
    const shown = new Set<string>();
    const others: Suggestion[] = [];
    const offer = (kind: SuggestionKind, entry: ContactEntry | undefined) => {
      if (!entry) return;
      shown.add(entry.contact.id);
      const contactId = entry.contact.id;
      others.push({
        key: `${kind}:${contactId}`,
        kind,
        contactId,
        contactName: entry.contact.name,
        since: entry.last,
        days: entry.last === null ? null : daysBetween(entry.last, today),
        action:
          kind === 'ask-conversation'
            ? { kind: 'plan-conversation', contactId }
            : { kind: 'log-touch', contactId },
      });
    };
    // What is due, as cheap keys first: a journal may hold thousands, and only a few are shown.
    const due: { r: Reminder; on: string; kind: 'thank-you' | 'follow-up'; order: string }[] = [];
    for (const r of this.index.todayWork.values()) {
      const on = effectiveDue(r).date;
      const kind = r.kind === 'bedanken' ? 'thank-you' : 'follow-up';
      if (on > today || r.conversationId === null || hidden.has(`${kind}:${r.id}`)) continue;
      // Thank-yous first (a thank-you is due the day after), then the oldest first.
      due.push({ r, on, kind, order: `${kind === 'thank-you' ? 0 : 1}${on}${r.id}` });
    }
    due.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    // Someone with a thank-you or follow-up due is in Vandaag for that already; asking them for a
    // conversation or a small sign besides would say two things at once (trial s10).
    const busy = new Set(due.map((d) => d.r.contactId));
    // In touch within the week: no small sign or new conversation to suggest yet (a touch noted from
    // Vandaag must not leave its suggestion standing at "0 dagen").
    const recent = (e: ContactEntry) => e.last !== null && daysBetween(e.last, today) < RECENT_CONTACT_DAYS;
    const free = (kind: SuggestionKind, e: ContactEntry) =>
      !shown.has(e.contact.id) &&
      !hidden.has(`${kind}:${e.contact.id}`) &&
      (kind === 'gone-quiet' || (!busy.has(e.contact.id) && !recent(e)));
    // Houd ze op de hoogte: a helper not told how their referral went (keep-informed.ts); the more
    // particular advice about a person comes before the general ones.
    const informed = this.keepInformed.pick(
      today,
      this.index.entries,
      (id) => !hidden.has(`keep-informed:${id}`) && !busy.has(id),
    );
    if (informed) {
      shown.add(informed.contactId!);
      others.push(informed);
    }
    offer(
      'gone-quiet',
      quiet.find((e) => free('gone-quiet', e)),
    );
    // The weak tie longest without contact: the one whose last contact (or whose making) lies furthest back.
    offer(
      'weak-tie',
      this.index.weakTies.list.find((e) => free('weak-tie', e)),
    );
    if (!plannedAhead(this.index.weeks.get(thisWeek)?.plannedOn ?? [], today)) {
      // Warm before lauw (a conversation is easiest to ask of someone you know), then longest without one.
      offer(
        'ask-conversation',
        this.index.askable.list.find((e) => !plannedAhead(e.plannedOn, today) && free('ask-conversation', e)),
      );
    }
    // Each kind of advice keeps its place; what is due fills the rest (Herinneringen has them all).
    const room = TODAY_MAX - others.length;
    const dueShown = due.slice(0, room);
    const conversations = this.conversationsById(
      dueShown.filter((d) => d.kind === 'thank-you').map((d) => d.r),
    );
    const shownDue = dueShown.map(({ r, on, kind }): Suggestion => {
      const contact = r.contactId === null ? undefined : this.contacts.find(r.contactId);
      // A thank-you counts from the conversation, not from when it was logged: one held a week ago and
      // logged today is a week late, however new its reminder is.
      const conversation = kind === 'thank-you' ? conversations.get(r.conversationId!) : undefined;
      // Theirs: the conversation with them as its main contact, as the reminder was made for.
      const held = conversation && conversation.contactId === r.contactId ? conversation : undefined;
      const since = held?.date ?? on;
      return {
        key: `${kind}:${r.id}`,
        kind,
        contactId: r.contactId,
        contactName: contact?.name ?? '',
        since,
        days: held ? Math.max(0, daysBetween(held.date, today) - 1) : daysBetween(on, today),
        action: { kind: 'open-conversation', conversationId: r.conversationId!, reminderId: r.id },
      };
    });
    // Asking around about an organisation one wants to work at waits for what is due: only a place
    // left over goes to it (a thank-you is time-bound, the question is not).
    if (shownDue.length + others.length < TODAY_MAX) {
      const target = this.targetWithNobody(hidden);
      if (target) {
        others.push({
          key: `no-one-at-target:${target.id}`,
          kind: 'no-one-at-target',
          contactId: null,
          contactName: target.name,
          since: null,
          days: null,
          action: { kind: 'open-organisation', organisation: target.name },
        });
      }
    }
    return { suggestions: [...shownDue, ...others], moreDue: Math.max(0, due.length - room) };
  }

  /**
   * The organisation marked "wil ik werken" longest ago where no active contact works, not put off:
   * the one to ask around about. Who works where is gathered once per version of the contacts.
   */
  private targetWithNobody(hidden: Set<string>): OrganisationMark | undefined {
    const { contacts, organisations } = this.store.data;
    if (!organisations.some((o) => o.target)) return undefined;
    if (this.staffed?.for !== contacts) {
      const keys = new Set<string>();
      for (const c of contacts) if (!c.archived) keys.add(organisationKey(c.organisation));
      this.staffed = { for: contacts, keys };
    }
    const keys = this.staffed.keys;
    return [...marksByKey(organisations).values()]
      .filter(
        (o) => o.target && !keys.has(organisationKey(o.name)) && !hidden.has(`no-one-at-target:${o.id}`),
      )
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))[0];
  }

  /** Relations gone quiet on `today`, the longest quiet first (kept in that order, see overview-ranks.ts). */
  private quiet(today: string): ContactEntry[] {
    const quiet: ContactEntry[] = [];
    for (const e of this.index.quiet.list) if (e.quietFrom! <= today) quiet.push(e);
    return quiet;
  }

  private quietRelation(e: ContactEntry, today: string): QuietRelation {
    return {
      contactId: e.contact.id,
      name: e.contact.name,
      strength: e.contact.strength,
      by: e.quietBy,
      lastContact: this.lastContact(e),
      days: daysBetween(e.anchor, today),
    };
  }

  /**
   * The conversations of the thank-yous shown, by id: most often the latest held with the person, else
   * looked up in one pass over the journal's conversations, and kept while that array stays (a few ids;
   * the per-person lists are not needed).
   */
  private conversationsById(thanks: readonly Reminder[]): Map<string, Conversation> {
    const all = this.store.data.conversations;
    const found = this.found;
    if (found && found.of !== all) {
      // Patched for what a write changed (a conversation edited, made or deleted), else looked up again.
      const changes = changesBetween(found.of, all);
      if (changes) {
        const gone = new Set<string>();
        for (const c of changes.removed) {
          if (found.byId.get(c.id) !== c) continue;
          found.byId.delete(c.id);
          gone.add(c.id);
        }
        for (const c of changes.added) {
          if (gone.delete(c.id) || found.byId.has(c.id) || found.missing.delete(c.id))
            found.byId.set(c.id, c);
        }
        for (const id of gone) found.missing.add(id);
        found.of = all;
      }
    }
    if (this.found?.of !== all) this.found = { of: all, byId: new Map(), missing: new Set() };
    const { byId, missing } = this.found;
    for (const r of thanks) {
      const latest = r.contactId === null ? undefined : this.contacts.activity.lastHeldWith(r.contactId);
      if (latest?.id === r.conversationId) byId.set(latest.id, latest);
    }
    const ids = thanks.map((r) => r.conversationId!);
    const wanted = [...new Set(ids)].filter((id) => !byId.has(id) && !missing.has(id));
    if (wanted.length > 0) {
      // Compared, not hashed: at open nothing has hashed the 25,000 ids yet, and a few are wanted.
      for (const c of all) for (const id of wanted) if (c.id === id) byId.set(id, c);
      for (const id of wanted) if (!byId.has(id)) missing.add(id);
    }
    return byId;
  }

  /** How one was last in touch: the latest held conversation or touch, else what was noted. */
  private lastContact(e: ContactEntry): LastContact {
    if (e.last === null) return null;
    const activity = this.contacts.activity;
    const held = activity.lastHeldWith(e.contact.id);
    if (held?.date === e.last) return { on: e.last, how: 'conversation', channel: held.channel };
    const touch = activity.touchesOf(e.contact.id).find((t) => t.on === e.last);
    if (touch) return { on: e.last, how: 'touch', channel: touch.channel };
    return { on: e.last, how: e.contact.lastContactOn === e.last ? 'noted' : 'kept-in-touch' };
  }

  private threeB(weeks: string[]): OverviewModel['threeB'] {
    const sum = (from: number): ThreeBCounts => {
      const b = { bouwen: 0, bevestigen: 0, benutten: 0 };
      for (const start of weeks.slice(from)) {
        const week = this.index.weeks.get(start);
        if (!week) continue;
        b.bouwen += week.b.bouwen;
        b.bevestigen += week.b.bevestigen;
        b.benutten += week.b.benutten;
      }
      return b;
    };
    const longer = sum(0);
    return { recent: sum(weeks.length - RECENT_WEEKS), longer, note: threeBNote(longer) };
  }

  private rhythm(weeks: string[]): OverviewModel['rhythm'] {
    const goal = this.settings().weeklyGoal ?? DEFAULT_WEEKLY_GOAL;
    const done = (start: string) => {
      const week = this.index.weeks.get(start);
      return { conversations: week?.held.length ?? 0, touches: week?.touches ?? 0 };
    };
    const rows = weeks.map((start) => {
      const { conversations, touches } = done(start);
      return { start, conversations, touches, onGoal: conversations + touches >= goal };
    });
    // The week still going counts once it is on goal; until then the streak runs up to last week.
    let streak = 0;
    let start = weeks[weeks.length - 1]!;
    if (!rows[rows.length - 1]!.onGoal) start = addDays(start, -7);
    for (let i = 0; i < 520; i++, start = addDays(start, -7)) {
      const { conversations, touches } = done(start);
      if (conversations + touches < goal) break;
      streak++;
    }
    return { goal, weeks: rows, streak };
  }
}

/** The keys put off and not back yet on `today`: back on their `until` day. */
function dismissedOn(dismissals: readonly Dismissal[], today: string): Set<string> {
  const hidden = new Set<string>();
  for (const d of dismissals) if (today < d.until) hidden.add(d.key);
  return hidden;
}

/** The most suggestions kept away at once; Vandaag offers five a day, so a week's worth fits many times. */
export const DISMISSED_MAX = 200;

/** At least this many counted over the longer period before anything is said about the balance. */
export const THREE_B_MIN = 6;

/**
 * "Je bouwt veel, maar bevestigt weinig": said when the B done least is under a quarter of the B done
 * most, over the longer period, once there is enough to go on.
 */
export function threeBNote(b: ThreeBCounts): ThreeBNote {
  const total = b.bouwen + b.bevestigen + b.benutten;
  if (total === 0) return { kind: 'none' };
  if (total < THREE_B_MIN) return { kind: 'few' };
  const order = (['bouwen', 'bevestigen', 'benutten'] as const).slice().sort((x, y) => b[y] - b[x]);
  const many = order[0]!;
  const few = order[2]!;
  return b[few] * 4 < b[many] ? { kind: 'lopsided', many, few } : { kind: 'balanced' };
}
