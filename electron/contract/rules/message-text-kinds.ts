/**
 * The words of a suggested text (`message-texts.ts`): occasions, media, forms of address, and the facts
 * a text is filled from. Apart, so the built-in texts of each language can use them without a cycle.
 */
export const messageOccasions = [
  'bedanken',
  'opvolgen',
  'hulpvraag',
  'voortgang',
  'seizoen',
  'doel-bereikt',
] as const;
export type MessageOccasion = (typeof messageOccasions)[number];

/** A card, an e-mail, or a short message (LinkedIn, WhatsApp). */
export const messageMedia = ['kaartje', 'email', 'bericht'] as const;
export type MessageMedium = (typeof messageMedia)[number];

/** Dutch asks to choose between je and u; English has one form. */
export const messageVoices = ['je', 'u'] as const;
export type MessageVoice = (typeof messageVoices)[number];

/** What core found in the journal for one text. Every field may be missing. */
export interface MessageFacts {
  /** The person's name as in the journal. */
  name?: string;
  /** Today, for "gisteren" and the new year on a card. */
  today: string;
  /** The conversation the text is about. */
  conversationOn?: string | null;
  conversationGoal?: string;
  tips?: readonly string[];
  /** Names of the people they referred me to. */
  referrals?: readonly string[];
  /** What I gave or offered in the conversation. */
  offered?: string;
  nextStep?: string;
  /** The hulpvraag, as I wrote it. */
  question?: string;
  /** What I am looking for (Mijn doel). */
  lookingFor?: string;
  /** The goal reached: what, where, from when. */
  reached?: { what?: string; where?: string; from?: string | null } | null;
  /** What this person contributed on the way to the goal. */
  contribution?: string;
  /** My own name, under the text. */
  myName?: string;
}

export interface MessageText {
  /** For an e-mail; null for a card or a message. */
  subject: string | null;
  body: string;
}

/**
 * The facts, each either usable words or null, the way the built-in texts use them. A text only needs
 * `x !== null` to know a sentence can be written.
 */
export interface Said {
  /** "Eva", "Jan Peter"; the whole name when it is one word. */
  first: string | null;
  full: string | null;
  /** "gisteren", "vandaag", "op dinsdag 1 december" / "yesterday", "on Tuesday 1 December". */
  when: string | null;
  /** "1 december" / "1 December", for a date in the middle of a sentence. */
  date: string | null;
  goal: string | null;
  /** The first tip, as written. */
  tip: string | null;
  /** "Eva en Jan" / "Eva and Jan". */
  referrals: string | null;
  offered: string | null;
  nextStep: string | null;
  /** Ends in its own punctuation; a question mark when the person wrote none. */
  question: string | null;
  lookingFor: string | null;
  /** "Beleidsadviseur bij Gemeente Utrecht, vanaf 1 februari". */
  newPlace: string | null;
  contribution: string | null;
  myName: string | null;
  /** My first name, for a message that signs informally ("Sanne"); the whole name when it is one word. */
  myFirst: string | null;
  /** The year a seasonal card wishes well: the coming one from July on. */
  newYear: string;
}

/** One language's built-in texts: what each occasion says, sentence by sentence. */
export interface BuiltInTexts {
  /** Sentences or lines; null and '' are left out, which is how a missing fact drops its sentence. */
  text(
    occasion: MessageOccasion,
    medium: MessageMedium,
    voice: MessageVoice,
    said: Said,
  ): { subject: string; greeting: string; lines: (string | null)[]; closing: string };
}
