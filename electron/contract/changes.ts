/**
 * The kinds of data a write can change, as core tells them to main and main to the page
 * (`{ type: 'changed' }` in `AppEvent`). Each renderer store listens for the kinds it shows and fetches
 * again by itself; no store refreshes another.
 *
 * The kinds are the journal's own parts, not the screens: a screen that shows something derived says
 * which parts it is made of (Wat leer ik is made of conversations; Herinneringen of reminders, and of
 * the contacts and conversations whose names and dates its rows carry, worded in the settings' language).
 * So a new screen needs no new kind, and core never has to know what the page shows.
 */
export const changeKinds = [
  /** The contacts (Contacten, and every name shown beside a conversation or a reminder). */
  'contacts',
  /** The netwerkgesprekken, their evaluations and referrals (Gesprekken, Wat leer ik, the timeline). */
  'conversations',
  /** The small touches, "contact gehad" (the timeline, keeping in touch). */
  'touches',
  /** The person's own questions in the question bank. */
  'questions',
  /** The reminders, and the due count, which also changes when a day begins without any write. */
  'reminders',
  /** Overzicht's suggestions put off with "niet nu" (the rest of Overzicht is made of the kinds above). */
  'dismissals',
  /** The network plan: Mijn doel, hulpvragen and whom they were put to, planned actions, own texts. */
  'plan',
  /** What Instellingen shows: language, reminder time, keep-in-touch defaults, tray, login, the file. */
  'settings',
  /**
   * The journal itself as its notices show it: conflicts to choose, set-aside records, sync tools'
   * conflict copies beside it, whether it can be written and where it is.
   */
  'journal',
] as const;

export type ChangeKind = (typeof changeKinds)[number];
