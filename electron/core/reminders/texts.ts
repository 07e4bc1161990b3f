/**
 * What a reminder says, in the UI language: the title of a row on the Herinneringen screen, the text of
 * a native notification, and the one summary shown for reminders that fell due while the app was closed.
 *
 * The app's own reminders are stored without words (their title is empty) and worded here when shown, so
 * they follow the contact's current name, the conversation's next step and the chosen language. A title
 * the person typed always wins.
 */
import { Temporal } from 'temporal-polyfill';
import type { AppTarget, Language } from '../../contract/contract';
import type { Contact, Conversation, Reminder } from '../../contract/domain';
import { labels } from '../../contract/words/labels';
import { localeOf } from '../../contract/words/locale';
import { plural } from '../../contract/words/plural';
import { daysBetween } from './local-time';
import { reminderWords } from './words';

/** The records a reminder refers to, looked up by whoever asks for its words. */
export interface Linked {
  contact: Contact | undefined;
  conversation: Conversation | undefined;
  /** The contact's last contact as the person experiences it (conversations and touches included). */
  lastContactOn: string | null;
  /** For the follow-up of an ask (ask-reminders.ts): the question and the day it was put. */
  ask?: { question: string; askedOn: string } | undefined;
}

/** The most characters of a hulpvraag a reminder's title quotes. */
const QUESTION_SHOWN = 60;

/** A question cut at a word to fit a title: "Wie kent iemand bij …". */
function shortQuestion(text: string): string {
  const line = oneLine(text);
  if (line.length <= QUESTION_SHOWN) return line;
  const cut = line.slice(0, QUESTION_SHOWN);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUESTION_SHOWN / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:?!]+$/, '')}…`;
}

// Intl objects are costly to make and cheap to use: one per language, made on first use.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function once<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let made = cache.get(key) as T | undefined;
  if (!made) {
    made = make();
    cache.set(key, made);
  }
  return made;
}

const dayMonth = (language: Language) =>
  once(
    `dm-${language}`,
    () => new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', timeZone: 'UTC' }),
  );
const dayMonthYear = (language: Language) =>
  once(
    `dmy-${language}`,
    () =>
      new Intl.DateTimeFormat(localeOf(language), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
const relative = (language: Language) =>
  once(`rel-${language}`, () => new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' }));

/** "3 november", with the year when it is not this year's ("3 november 2025"). */
export function calendarDate(date: string, today: string, language: Language): string {
  const format = date.slice(0, 4) === today.slice(0, 4) ? dayMonth(language) : dayMonthYear(language);
  // Read as UTC midnight and shown in UTC: no time zone can turn it into another day.
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** "vandaag", "gisteren", "3 maanden geleden": how long ago a date was, in the largest sensible unit. */
export function ago(date: string, today: string, language: Language): string {
  const format = relative(language);
  const days = daysBetween(date, today);
  if (days < 7) return format.format(-days, 'day');
  if (days < 31) return format.format(-Math.floor(days / 7), 'week');
  const { years, months } = Temporal.PlainDate.from(date).until(Temporal.PlainDate.from(today), {
    largestUnit: 'years',
  });
  if (years === 0) return format.format(-Math.max(months, 1), 'month');
  return format.format(-years, 'year');
}

/** Texts the person typed can hold line breaks; a title is one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The conversation a thank-you is for, said from today: "van gisteren", "yesterday's", "van 3 november". */
function whichConversation(date: string, today: string, language: Language): string {
  return reminderWords[language].whichConversation(
    daysBetween(date, today),
    calendarDate(date, today, language),
  );
}

/**
 * The title of a reminder, ready to show: the person's own title, or the app's wording for its own kinds,
 * with the linked contact's name.
 */
export function reminderTitle(r: Reminder, linked: Linked, language: Language, today: string): string {
  if (r.title !== '' || r.kind === 'eigen') return r.title;
  const words = reminderWords[language];
  const name = linked.contact?.name ?? words.someone;
  switch (r.kind) {
    case 'bedanken': {
      const date = linked.conversation?.date;
      return date
        ? words.thankTitleFor(name, whichConversation(date, today, language))
        : words.thankTitle(name);
    }
    case 'contact-onderhouden':
      return words.keepInTouchTitle(name);
    case 'opvolgen': {
      if (linked.ask) return words.askTitle(name, shortQuestion(linked.ask.question));
      const step = oneLine(linked.conversation?.evaluation?.nextStep ?? '');
      const lead = words.followUpTitle(name);
      return step === '' ? lead : `${lead}: ${step}`;
    }
  }
}

/** A notification for one reminder: its title, a line of context, and what a click opens. */
export function reminderNotice(
  r: Reminder,
  linked: Linked,
  language: Language,
  today: string,
): { title: string; body: string; target: AppTarget } {
  return {
    title: reminderTitle(r, linked, language, today),
    body: context(r, linked, language, today),
    target: targetOf(r),
  };
}

/** The note the person wrote, or else what the app knows that helps to act on it. */
function context(r: Reminder, linked: Linked, language: Language, today: string): string {
  if (r.note.trim() !== '') return r.note.trim();
  const conversation = linked.conversation;
  const words = reminderWords[language];
  switch (r.kind) {
    case 'bedanken':
      if (!conversation) return '';
      return words.conversationOn(
        labels[language].conversationKinds[conversation.kind],
        calendarDate(conversation.date, today, language),
      );
    case 'opvolgen':
      if (linked.ask) return words.askedOn(calendarDate(linked.ask.askedOn, today, language));
      if (!conversation) return '';
      return words.nextStepFrom(calendarDate(conversation.date, today, language));
    case 'contact-onderhouden': {
      const last = linked.lastContactOn;
      return last === null ? words.noContactYet : words.lastContact(ago(last, today, language));
    }
    case 'eigen':
      return linked.contact?.name ?? '';
  }
}

/**
 * Where a reminder leads: a thank-you or a follow-up to its conversation (that is where it is done), keeping
 * in touch to the contact, an own reminder to what it is linked to, or else to itself in the list.
 */
export function targetOf(r: Pick<Reminder, 'id' | 'kind' | 'contactId' | 'conversationId'>): AppTarget {
  if (r.kind === 'contact-onderhouden' && r.contactId !== null) return { view: 'contact', id: r.contactId };
  if (r.conversationId !== null) return { view: 'conversation', id: r.conversationId };
  if (r.contactId !== null) return { view: 'contact', id: r.contactId };
  return { view: 'reminders', id: r.id };
}

/** One notification for several reminders: missed while the app was closed, or due together now. */
export function summaryNotice(
  count: number,
  missed: boolean,
  language: Language,
): { title: string; body: string } {
  if (missed) return missedSummary(count, language);
  const { title, body } = reminderWords[language].together;
  return { title: plural(title, count, language), body };
}

/** The one notification for reminders that fell due while the app was closed, instead of one each. */
export function missedSummary(count: number, language: Language): { title: string; body: string } {
  const { title, body } = reminderWords[language].missed;
  return { title: plural(title, count, language), body: plural(body, count, language) };
}
