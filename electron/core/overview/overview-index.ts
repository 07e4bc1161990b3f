/**
 * What Overzicht is made of, kept per change (issue 13): per contact where keeping in touch stands, per
 * week what was done, and the thank-yous and follow-ups still to do.
 *
 * Built once from the whole journal, then patched for the records a write changed (the same hand-over
 * as everywhere: the writes replace arrays and say what they changed, journal-changes.ts), so after an
 * edit only the people it touched are worked out again. Nothing here depends on today: a contact's
 * entry holds the day they *become* verwaterd, and a week's counts are kept under its Monday, so a new
 * day needs no rebuild, only the next look compares dates.
 */
import type { KeepInTouchDefaults } from '../../contract/contract';
import type { Contact, Conversation, Reminder, ThreeB, Touch } from '../../contract/domain';
import type { ThreeBCounts } from '../../contract/overview';
import { quietFrom } from '../../contract/rules/gone-quiet';
import { awaitsSortIn } from '../../contract/rules/sort-in';
import { threeBOfConversation, threeBOfTouch } from '../../contract/rules/three-b';
import { weekNumberOf, weekStartOf } from '../../contract/rules/weeks';
import type { ContactActivity } from '../conversations/activity';
import { changesBetween } from '../array-changes';
import { pairsBetween, type Changed } from '../journal-changes';
import { effectiveCadence, latest } from '../reminders/keep-in-touch';
import { sharedLocalDays } from '../reminders/local-days';
import { addDays } from '../../contract/rules/calendar';
import { askOrder, NetworkTally, quietOrder, weakTieOrder, type ContactEntry } from './overview-ranks';

export type { ContactEntry } from './overview-ranks';

/** One week, under its Monday. */
export interface WeekCounts {
  /** Held conversations (each once, whoever took part). */
  held: Conversation[];
  touches: number;
  /** The dates of the planned conversations in this week. */
  plannedOn: string[];
  b: ThreeBCounts;
}

export interface IndexSettings {
  keepInTouchDefaults: KeepInTouchDefaults;
}

type Sources = {
  contacts: readonly Contact[];
  conversations: readonly Conversation[];
  touches: readonly Touch[];
  reminders: readonly Reminder[];
};

/** Reminders shown under Vandaag when due: the thank-you and the follow-up of a conversation. */
function isTodayWork(r: Reminder): boolean {
  return (r.kind === 'bedanken' || r.kind === 'opvolgen') && (r.state === 'open' || r.state === 'snoozed');
}

function isKeptInTouch(r: Reminder): boolean {
  return (
    r.kind === 'contact-onderhouden' && r.state === 'done' && r.completedAt !== null && r.contactId !== null
  );
}

const noReminders: ReadonlySet<Reminder> = new Set();

function people(c: Conversation): string[] {
  return c.participantIds.includes(c.contactId) ? c.participantIds : [c.contactId, ...c.participantIds];
}

export class OverviewIndex {
  readonly entries = new Map<string, ContactEntry>();
  readonly weeks = new Map<string, WeekCounts>();
  /** The same weeks by their number (weekNumberOf). */
  private readonly weekNumbers = new Map<number, WeekCounts>();
  /** Thank-yous and follow-ups not done yet, by id. */
  readonly todayWork = new Map<string, Reminder>();
  /** The active contacts counted for Je netwerk in kaart and Dunbar. */
  readonly tally = new NetworkTally();
  /** The entries in the orders a look picks from (see overview-ranks.ts). */
  readonly quiet = quietOrder();
  readonly weakTies = weakTieOrder();
  readonly askable = askOrder();
  private readonly ordinals = new Map<string, number>();
  private building = false;
  private defaults: KeepInTouchDefaults | null = null;
  private readonly keptInTouch = new Map<string, Set<Reminder>>();
  private readonly plannedWith = new Map<string, string[]>();
  private readonly localDates = sharedLocalDays;
  private seen: Sources | null = null;
  private settingsKey = '';
  private zone = '';

  constructor(
    private readonly source: () => Sources,
    private readonly activity: ContactActivity,
    private readonly settings: () => IndexSettings,
  ) {}

  /** Up to date with the journal as it is now: patched for what changed, or built when first asked. */
  update(zone: string): void {
    const now = this.source();
    const settingsKey = JSON.stringify(this.settings().keepInTouchDefaults);
    if (!this.seen || settingsKey !== this.settingsKey || zone !== this.zone) {
      this.settingsKey = settingsKey;
      this.zone = zone;
      this.build(now);
      return;
    }
    const seen = this.seen;
    if (
      seen.contacts === now.contacts &&
      seen.conversations === now.conversations &&
      seen.touches === now.touches &&
      seen.reminders === now.reminders
    ) {
      return;
    }
    this.seen = now;
    const affected = new Set<string>();
    for (const { before, after: next } of pairsBetween(seen.conversations, now.conversations)) {
      if (before) this.countConversation(before, -1, affected);
      if (next) this.countConversation(next, 1, affected);
    }
    for (const { before, after: next } of pairsBetween(seen.touches, now.touches)) {
      if (before) this.countTouch(before, -1, affected);
      if (next) this.countTouch(next, 1, affected);
    }
    for (const change of pairsBetween(seen.reminders, now.reminders)) this.followReminder(change, affected);
    const counted = changesBetween(seen.contacts, now.contacts, 256);
    if (counted) {
      for (const c of counted.removed) this.tally.count(c, -1);
      for (const c of counted.added) this.tally.count(c, 1);
    } else this.tally.rebuild(now.contacts);
    const changed = new Map<string, Contact | undefined>();
    for (const { before, after: next } of pairsBetween(seen.contacts, now.contacts)) {
      changed.set((next ?? before)!.id, next ?? undefined);
    }
    for (const [id, contact] of changed) this.place(id, contact);
    for (const id of affected) {
      // Someone left out (archived, still to sort in) stays out until their record changes.
      const entry = this.entries.get(id);
      if (!changed.has(id) && entry) this.place(id, entry.contact);
    }
  }

  private build(now: Sources): void {
    this.seen = now;
    this.entries.clear();
    this.weeks.clear();
    this.weekNumbers.clear();
    this.todayWork.clear();
    this.keptInTouch.clear();
    this.plannedWith.clear();
    this.ordinals.clear();
    for (const r of now.reminders) this.followOne(r, 1, null);
    for (const c of now.conversations) this.countConversation(c, 1, null);
    for (const t of now.touches) this.countTouch(t, 1, null);
    this.building = true;
    // The settings read once for the whole build, not once per contact.
    this.defaults = this.settings().keepInTouchDefaults;
    // Everyone in the journal's order, whose place is their ordinal; nobody has an entry yet.
    for (let i = 0; i < now.contacts.length; i++) {
      const c = now.contacts[i]!;
      this.ordinals.set(c.id, i);
      this.place(c.id, c, i);
    }
    this.defaults = null;
    this.building = false;
    this.tally.rebuild(now.contacts);
    for (const order of [this.quiet, this.weakTies, this.askable]) order.rebuild(this.entries.values());
  }

  /** An entry set or gone: the orders follow (after a build they are sorted once, see `build`). */
  private replaced(before: ContactEntry | undefined, after: ContactEntry | undefined): void {
    if (this.building) return;
    for (const order of [this.quiet, this.weakTies, this.askable]) order.replace(before, after);
  }

  private week(date: string): WeekCounts {
    // By its number: a date string looked up per record is most of what counting 25,000 costs.
    const n = weekNumberOf(date);
    let week = this.weekNumbers.get(n);
    if (!week) {
      week = { held: [], touches: 0, plannedOn: [], b: { bouwen: 0, bevestigen: 0, benutten: 0 } };
      this.weekNumbers.set(n, week);
      this.weeks.set(weekStartOf(date), week);
    }
    return week;
  }

  private countConversation(c: Conversation, sign: 1 | -1, affected: Set<string> | null): void {
    const week = this.week(c.date);
    if (c.status === 'gepland') {
      week.plannedOn = withDate(week.plannedOn, c.date, sign);
      for (const id of people(c)) {
        this.plannedWith.set(id, withDate(this.plannedWith.get(id) ?? [], c.date, sign));
        affected?.add(id);
      }
      return;
    }
    if (sign === 1) week.held.push(c);
    else week.held = week.held.filter((h) => h !== c);
    count(week.b, threeBOfConversation(c), sign);
    if (affected) for (const id of people(c)) affected.add(id);
  }

  private countTouch(t: Touch, sign: 1 | -1, affected: Set<string> | null): void {
    const week = this.week(t.on);
    week.touches += sign;
    count(week.b, threeBOfTouch(t), sign);
    affected?.add(t.contactId);
  }

  private followReminder({ before, after: next }: Changed<Reminder>, affected: Set<string> | null): void {
    // Two calls, not a loop over pairs: a build follows 20,000 reminders.
    if (before) this.followOne(before, -1, affected);
    if (next) this.followOne(next, 1, affected);
  }

  private followOne(r: Reminder, sign: 1 | -1, affected: Set<string> | null): void {
    if (isTodayWork(r)) {
      if (sign === 1) this.todayWork.set(r.id, r);
      else if (this.todayWork.get(r.id) === r) this.todayWork.delete(r.id);
    }
    if (isKeptInTouch(r)) {
      const id = r.contactId!;
      let set = this.keptInTouch.get(id);
      if (sign === 1) {
        if (!set) this.keptInTouch.set(id, (set = new Set()));
        set.add(r);
      } else set?.delete(r);
      affected?.add(id);
    }
  }

  /** Works out where one contact stands (or forgets them: gone, archived, still to sort in). */
  private place(id: string, contact: Contact | undefined, building?: number): void {
    let ordinal = building ?? this.ordinals.get(id);
    if (ordinal === undefined) this.ordinals.set(id, (ordinal = this.ordinals.size));
    const before = building === undefined ? this.entries.get(id) : undefined;
    if (!contact || contact.archived || awaitsSortIn(contact)) {
      this.entries.delete(id);
      this.replaced(before, undefined);
      return;
    }
    let dealt: string | null = null;
    for (const r of this.keptInTouch.get(id) ?? noReminders) {
      if (dealt === null || laterInstant(r.completedAt!, dealt)) dealt = r.completedAt;
    }
    // As the contact page says where a relation stands (keep-in-touch.ts): from real contact, or the
    // keep-in-touch reminder marked done, never from one skipped.
    const contacted = this.activity.lastContactOn(contact);
    // The day keeping in touch was done, worked out (Intl, per day: most of a build) only when it can
    // be the later one.
    const last =
      dealt === null || maybeLater(dealt, contacted)
        ? latest(contacted, dealt && this.localDates.of(dealt, this.zone))
        : contacted;
    const anchor = last ?? this.localDates.of(contact.createdAt, this.zone);
    const { interval } = effectiveCadence(contact, this.defaults ?? this.settings().keepInTouchDefaults);
    // The rule Contacten's filter and the contact page follow too (contract/rules/gone-quiet.ts).
    const quiet = quietFrom(contact, anchor, interval);
    const entry: ContactEntry = {
      contact,
      last,
      anchor,
      quietFrom: quiet?.on ?? null,
      quietBy: quiet?.by ?? 'months',
      plannedOn: this.plannedWith.get(id) ?? [],
      ordinal,
    };
    this.entries.set(id, entry);
    this.replaced(before, entry);
  }
}

/**
 * Whether instant `a` comes after instant `b` (ISO 8601 with an offset). Two written in UTC alike
 * ("…T09:30:00.000Z", as the app writes them) compare as text; others are parsed.
 */
function laterInstant(a: string, b: string): boolean {
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return a > b;
  return Date.parse(a) > Date.parse(b);
}

/**
 * Whether the calendar day of `timestamp` in any time zone can come after `date`. A timestamp's local
 * day is within two days of the day written in it: the zone's offset (at most 14 hours) and the one
 * written (at most 23:59) are less than 48 hours apart.
 */
function maybeLater(timestamp: string, date: string | null): boolean {
  return date === null || addDays(timestamp.slice(0, 10), 2) > date;
}

function count(b: ThreeBCounts, which: ThreeB | null, sign: 1 | -1): void {
  if (which) b[which] += sign;
}

/** `dates` with one more `date`, or one fewer; a new array, since entries hand the old one out. */
function withDate(dates: readonly string[], date: string, sign: 1 | -1): string[] {
  if (sign === 1) return [...dates, date];
  const at = dates.indexOf(date);
  return at === -1 ? [...dates] : [...dates.slice(0, at), ...dates.slice(at + 1)];
}

/**
 * Whether a planned conversation lies today or later. One planned for a day gone by and never marked
 * held is not "something planned": it neither fills this week nor keeps its person from being asked.
 */
export function plannedAhead(dates: readonly string[], today: string): boolean {
  return dates.some((date) => date >= today);
}
