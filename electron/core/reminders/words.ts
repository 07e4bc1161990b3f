/**
 * What the app's own reminders say, in each UI language: the titles of the Herinneringen rows and of the
 * notifications, their line of context, and the summaries. `texts.ts` decides which sentence fits; the
 * names of conversation kinds come from the contract's labels, like everywhere else.
 */
import type { Language } from '../../contract/contract';
import type { Plural } from '../../contract/words/plural';

export interface ReminderWords {
  /** Whoever the reminder is about, when nobody is linked any more (never left behind by the app itself). */
  someone: string;
  thankTitle(name: string): string;
  thankTitleFor(name: string, conversation: string): string;
  /** The conversation a thank-you is for, said from today; `date` is its date written out. */
  whichConversation(daysAgo: number, date: string): string;
  keepInTouchTitle(name: string): string;
  followUpTitle(name: string): string;
  /** Following up an ask of a hulpvraag not answered yet; `question` is the hulpvraag's, shortened. */
  askTitle(name: string, question: string): string;
  /** The line under it: when the question was put to them. */
  askedOn(date: string): string;
  /** The line under a thank-you: the conversation's kind and date. */
  conversationOn(kind: string, date: string): string;
  /** The line under a follow-up. */
  nextStepFrom(date: string): string;
  /** The line under keeping in touch. */
  lastContact(ago: string): string;
  noContactYet: string;
  /** Reminders that fell due while the app was closed, in one notification. */
  missed: { title: Plural; body: Plural };
  /** Several reminders falling due together while the app runs (always more than three). */
  together: { title: Plural; body: string };
}

const nl: ReminderWords = {
  someone: 'je contact',
  thankTitle: (name) => `Stuur ${name} een bedankje`,
  thankTitleFor: (name, conversation) => `Stuur ${name} een bedankje voor ${conversation}`,
  whichConversation: (daysAgo, date) =>
    `het gesprek van ${['vandaag', 'gisteren', 'eergisteren'][daysAgo] ?? date}`,
  keepInTouchTitle: (name) => `Laat weer eens van je horen bij ${name}`,
  followUpTitle: (name) => `Opvolgen bij ${name}`,
  askTitle: (name, question) => `Vraag ${name} of er al nieuws is over ‘${question}’`,
  askedOn: (date) => `Gevraagd op ${date}, nog geen antwoord`,
  conversationOn: (kind, date) => `${kind} op ${date}`,
  nextStepFrom: (date) => `Volgende stap uit het gesprek van ${date}`,
  lastContact: (ago) => `Laatste contact: ${ago}`,
  noContactYet: 'Nog geen contact vastgelegd',
  missed: {
    title: { one: '{n} herinnering wacht op je', other: '{n} herinneringen wachten op je' },
    body: {
      one: 'Ze kwam aan de beurt terwijl Netwerkdagboek gesloten was. Je vindt ze bij Herinneringen.',
      other: 'Ze kwamen aan de beurt terwijl Netwerkdagboek gesloten was. Je vindt ze bij Herinneringen.',
    },
  },
  together: {
    title: { one: '{n} herinnering voor nu', other: '{n} herinneringen voor nu' },
    body: 'Je vindt ze bij Herinneringen.',
  },
};

const en: ReminderWords = {
  someone: 'your contact',
  thankTitle: (name) => `Send ${name} a thank-you`,
  thankTitleFor: (name, conversation) => `Send ${name} a thank-you for ${conversation}`,
  whichConversation: (daysAgo, date) =>
    ["today's conversation", "yesterday's conversation"][daysAgo] ?? `the conversation on ${date}`,
  keepInTouchTitle: (name) => `Get back in touch with ${name}`,
  followUpTitle: (name) => `Follow up with ${name}`,
  askTitle: (name, question) => `Ask ${name} whether there is any news on ‘${question}’`,
  askedOn: (date) => `Asked on ${date}, no answer yet`,
  conversationOn: (kind, date) => `${kind} on ${date}`,
  nextStepFrom: (date) => `Next step from the conversation on ${date}`,
  lastContact: (ago) => `Last contact: ${ago}`,
  noContactYet: 'No contact noted yet',
  missed: {
    title: { one: '{n} reminder is waiting for you', other: '{n} reminders are waiting for you' },
    body: {
      one: 'It fell due while Netwerkdagboek was closed. You will find it under Reminders.',
      other: 'They fell due while Netwerkdagboek was closed. You will find them under Reminders.',
    },
  },
  together: {
    title: { one: '{n} reminder for now', other: '{n} reminders for now' },
    body: 'You will find them under Reminders.',
  },
};

/** The reminders' words, per UI language. */
export const reminderWords: Record<Language, ReminderWords> = { nl, en };
