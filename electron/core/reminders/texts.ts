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
import type { Contact, Conversation, ConversationKind, Reminder } from '../../contract/domain';
import { daysBetween } from './local-time';

/** The records a reminder refers to, looked up by whoever asks for its words. */
export interface Linked {
  contact: Contact | undefined;
  conversation: Conversation | undefined;
  /** The contact's last contact as the person experiences it (conversations and touches included). */
  lastContactOn: string | null;
}

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

// Intl objects are costly to make and cheap to use: one per language, made on first use.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>();
function once<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
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
    () => new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'long', timeZone: 'UTC' }),
  );
const dayMonthYear = (language: Language) =>
  once(
    `dmy-${language}`,
    () =>
      new Intl.DateTimeFormat(locales[language], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
const relative = (language: Language) =>
  once(`rel-${language}`, () => new Intl.RelativeTimeFormat(locales[language], { numeric: 'auto' }));
const plurals = (language: Language) => once(`pl-${language}`, () => new Intl.PluralRules(locales[language]));

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

const kinds: Record<Language, Record<ConversationKind, string>> = {
  nl: {
    orienterend: 'Oriënterend gesprek',
    'tips-en-namen': 'Gesprek voor tips en namen',
    bijpraten: 'Bijpraatgesprek',
    'hulp-aanbieden': 'Gesprek om hulp aan te bieden',
    anders: 'Gesprek',
  },
  en: {
    orienterend: 'Exploratory conversation',
    'tips-en-namen': 'Conversation for tips and names',
    bijpraten: 'Catching-up conversation',
    'hulp-aanbieden': 'Conversation offering help',
    anders: 'Conversation',
  },
};

/** Whoever the reminder is about, when nobody is linked any more (never left behind by the app itself). */
const someone: Record<Language, string> = { nl: 'je contact', en: 'your contact' };

/** Texts the person typed can hold line breaks; a title is one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The conversation a thank-you is for, said from today: "van gisteren", "yesterday's", "van 3 november". */
function whichConversation(date: string, today: string, language: Language): string {
  const days = daysBetween(date, today);
  if (language === 'nl') {
    // Intl says "vandaag", "gisteren" and "eergisteren" for 0, 1 and 2 days back.
    return days >= 0 && days <= 2
      ? `het gesprek van ${relative('nl').format(-days, 'day')}`
      : `het gesprek van ${calendarDate(date, today, 'nl')}`;
  }
  if (days === 0) return "today's conversation";
  if (days === 1) return "yesterday's conversation";
  return `the conversation on ${calendarDate(date, today, 'en')}`;
}

/**
 * The title of a reminder, ready to show: the person's own title, or the app's wording for its own kinds,
 * with the linked contact's name.
 */
export function reminderTitle(r: Reminder, linked: Linked, language: Language, today: string): string {
  if (r.title !== '' || r.kind === 'eigen') return r.title;
  const name = linked.contact?.name ?? someone[language];
  switch (r.kind) {
    case 'bedanken': {
      const date = linked.conversation?.date;
      if (language === 'nl') {
        return date
          ? `Stuur ${name} een bedankje voor ${whichConversation(date, today, 'nl')}`
          : `Stuur ${name} een bedankje`;
      }
      return date
        ? `Send ${name} a thank-you for ${whichConversation(date, today, 'en')}`
        : `Send ${name} a thank-you`;
    }
    case 'contact-onderhouden':
      return language === 'nl' ? `Laat weer eens van je horen bij ${name}` : `Get back in touch with ${name}`;
    case 'opvolgen': {
      const step = oneLine(linked.conversation?.evaluation?.nextStep ?? '');
      const lead = language === 'nl' ? `Opvolgen bij ${name}` : `Follow up with ${name}`;
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
  switch (r.kind) {
    case 'bedanken':
      if (!conversation) return '';
      return language === 'nl'
        ? `${kinds.nl[conversation.kind]} op ${calendarDate(conversation.date, today, 'nl')}`
        : `${kinds.en[conversation.kind]} on ${calendarDate(conversation.date, today, 'en')}`;
    case 'opvolgen':
      if (!conversation) return '';
      return language === 'nl'
        ? `Volgende stap uit het gesprek van ${calendarDate(conversation.date, today, 'nl')}`
        : `Next step from the conversation on ${calendarDate(conversation.date, today, 'en')}`;
    case 'contact-onderhouden': {
      const last = linked.lastContactOn;
      if (language === 'nl') {
        return last === null ? 'Nog geen contact vastgelegd' : `Laatste contact: ${ago(last, today, 'nl')}`;
      }
      return last === null ? 'No contact noted yet' : `Last contact: ${ago(last, today, 'en')}`;
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

const summaries: Record<Language, Record<'one' | 'other', (n: number) => { title: string; body: string }>> = {
  nl: {
    one: () => ({
      title: '1 herinnering wacht op je',
      body: 'Hij kwam aan de beurt terwijl Netwerkdagboek gesloten was. Je vindt hem bij Herinneringen.',
    }),
    other: (n) => ({
      title: `${n} herinneringen wachten op je`,
      body: 'Ze kwamen aan de beurt terwijl Netwerkdagboek gesloten was. Je vindt ze bij Herinneringen.',
    }),
  },
  en: {
    one: () => ({
      title: '1 reminder is waiting for you',
      body: 'It fell due while Netwerkdagboek was closed. You will find it under Reminders.',
    }),
    other: (n) => ({
      title: `${n} reminders are waiting for you`,
      body: 'They fell due while Netwerkdagboek was closed. You will find them under Reminders.',
    }),
  },
};

/** Several reminders falling due together while the app runs (only "other": always more than three). */
const together: Record<Language, (n: number) => { title: string; body: string }> = {
  nl: (n) => ({ title: `${n} herinneringen voor nu`, body: 'Je vindt ze bij Herinneringen.' }),
  en: (n) => ({ title: `${n} reminders for now`, body: 'You will find them under Reminders.' }),
};

/** One notification for several reminders: missed while the app was closed, or due together now. */
export function summaryNotice(
  count: number,
  missed: boolean,
  language: Language,
): { title: string; body: string } {
  return missed ? missedSummary(count, language) : together[language](count);
}

/** The one notification for reminders that fell due while the app was closed, instead of one each. */
export function missedSummary(count: number, language: Language): { title: string; body: string } {
  const category = plurals(language).select(count) === 'one' ? 'one' : 'other';
  return summaries[language][category](count);
}
