/**
 * The reminders as the Herinneringen screen, the navigation count and the tray show them: grouped,
 * soonest first, worded in the UI language. Rows and orders are cached per version of what they come
 * from, so looking again after nothing changed costs next to nothing.
 */
import {
  DONE_SHOWN,
  type Language,
  type ReminderGroup,
  type ReminderList,
  type ReminderRow,
} from '../../contract/contract';
import type { HelpAsk, HelpRequest, Reminder } from '../../contract/domain';
import { askReminderIdOf, isAskReminder } from './ask-reminders';
import type { Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import type { ConversationBook } from '../conversations/conversation-book';
import { daysFrom, effectiveDue, groupOf, isActive, type Days } from './due';
import { instantOf, today } from './local-time';
import type { ReminderRecords } from './reminder-edit';
import { reminderTitle, type Linked } from './texts';

export class ReminderListView {
  private readonly rows = new WeakMap<Reminder, { key: unknown[]; row: ReminderRow }>();
  private soonest: { of: readonly Reminder[]; list: Reminder[] } | null = null;
  private latestDone: { version: number; list: Reminder[] } | null = null;
  /** The asks by their reminder's id and the hulpvragen by id, for the versions of the arrays `of`. */
  private asks: {
    of: readonly HelpAsk[];
    requestsOf: readonly HelpRequest[];
    byReminder: Map<string, HelpAsk>;
    requests: Map<string, HelpRequest>;
  } | null = null;

  constructor(
    private readonly records: ReminderRecords,
    private readonly contacts: ContactBook,
    private readonly conversations: ConversationBook,
    private readonly clock: Clock,
  ) {}

  /**
   * Open and snoozed reminders by group (te laat, vandaag, binnenkort, later), soonest first, then the
   * latest DONE_SHOWN done or skipped ones, newest first.
   */
  list(language: Language): ReminderList {
    const days = daysFrom(today(this.clock));
    const groups: Record<Exclude<ReminderGroup, 'done'>, ReminderRow[]> = {
      overdue: [],
      today: [],
      soon: [],
      later: [],
    };
    for (const r of this.soonestFirst()) {
      const row = this.row(r, language, days);
      groups[row.group as keyof typeof groups].push(row);
    }
    const done = this.newestDone().map((r) => this.row(r, language, days));
    const { index } = this.records;
    return {
      reminders: [...groups.overdue, ...groups.today, ...groups.soon, ...groups.later, ...done],
      counts: {
        overdue: groups.overdue.length,
        today: groups.today.length,
        soon: groups.soon.length,
        later: groups.later.length,
        done: index.size - index.active.size,
      },
    };
  }

  /** Reminders due today or earlier and not done. */
  dueCount(): number {
    const day = today(this.clock);
    let due = 0;
    for (const r of this.records.index.active) if (effectiveDue(r).date <= day) due++;
    return due;
  }

  /** The next `limit` open reminders, soonest first. */
  upcoming(limit: number, language: Language): ReminderRow[] {
    const days = daysFrom(today(this.clock));
    return this.soonestFirst()
      .slice(0, limit)
      .map((r) => this.row(r, language, days));
  }

  /** What a reminder refers to; the last contact only for a notification, rows don't show it. */
  linked(r: Reminder, withLastContact = true): Linked {
    const contact = r.contactId === null ? undefined : this.contacts.find(r.contactId);
    return {
      contact,
      conversation: r.conversationId === null ? undefined : this.conversations.find(r.conversationId),
      lastContactOn: contact && withLastContact ? this.contacts.activity.lastContactOn(contact) : null,
      ask: isAskReminder(r) ? this.askOf(r.id) : undefined,
    };
  }

  /** The question and day of the ask a follow-up is for; looked up by id, kept per version of the asks. */
  private askOf(reminderId: string): { question: string; askedOn: string } | undefined {
    const { helpAsks, helpRequests } = this.records.store.data;
    if (this.asks?.of !== helpAsks || this.asks.requestsOf !== helpRequests) {
      this.asks = {
        of: helpAsks,
        requestsOf: helpRequests,
        byReminder: new Map(helpAsks.map((a) => [askReminderIdOf(a.id), a])),
        requests: new Map(helpRequests.map((h) => [h.id, h])),
      };
    }
    const ask = this.asks.byReminder.get(reminderId);
    const request = ask && this.asks.requests.get(ask.helpRequestId);
    return ask && request ? { question: request.question, askedOn: ask.askedOn } : undefined;
  }

  /** One row of the list, made again only when the reminder, what it links to, the language or the day changes. */
  private row(r: Reminder, language: Language, days: Days): ReminderRow {
    const linked = this.linked(r, false);
    const key = [
      linked.contact,
      linked.conversation,
      linked.ask?.question,
      linked.ask?.askedOn,
      language,
      days.today,
    ];
    const cached = this.rows.get(r);
    if (cached && cached.key.every((k, i) => k === key[i])) return cached.row;
    const row: ReminderRow = {
      id: r.id,
      kind: r.kind,
      state: r.state,
      group: groupOf(r, days),
      title: reminderTitle(r, linked, language, days.today),
      note: r.note,
      due: effectiveDue(r),
      contactId: r.contactId,
      contactName: linked.contact?.name ?? null,
      conversationId: r.conversationId,
      completedAt: r.completedAt,
    };
    this.rows.set(r, { key, row });
    return row;
  }

  /** Open and snoozed reminders, soonest first; sorted again only when the reminders changed. */
  private soonestFirst(): readonly Reminder[] {
    const reminders = this.records.store.data.reminders;
    if (this.soonest?.of !== reminders) {
      this.records.index.sync(reminders);
      const list = [...this.records.index.active].sort(
        (a, b) => instantOf(effectiveDue(a)) - instantOf(effectiveDue(b)) || (a.id < b.id ? -1 : 1),
      );
      this.soonest = { of: reminders, list };
    }
    return this.soonest.list;
  }

  /**
   * The latest DONE_SHOWN done or skipped reminders, newest first. Thousands of them pile up over the
   * years; only the few shown are kept in order (the app writes times in UTC, so they compare as text).
   */
  private newestDone(): readonly Reminder[] {
    const reminders = this.records.all;
    const { index } = this.records;
    // Notifying or snoozing open ones replaces records every few minutes; the done ones rarely change.
    if (this.latestDone?.version !== index.doneVersion) {
      const list: Reminder[] = [];
      const newer = (a: Reminder, b: Reminder) =>
        (a.completedAt ?? a.updatedAt) > (b.completedAt ?? b.updatedAt);
      for (const r of reminders) {
        if (isActive(r)) continue;
        if (list.length === DONE_SHOWN && !newer(r, list[list.length - 1]!)) continue;
        let i = list.length;
        while (i > 0 && newer(r, list[i - 1]!)) i--;
        list.splice(i, 0, r);
        if (list.length > DONE_SHOWN) list.pop();
      }
      this.latestDone = { version: index.doneVersion, list };
    }
    return this.latestDone.list;
  }
}
