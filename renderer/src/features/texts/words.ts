/**
 * What the text dialog says (issue 14): writing a thank-you or another message from the journal's
 * facts. The texts themselves are in `contract/rules/message-texts*.ts`, in both languages whatever the
 * app speaks, since a Dutch job seeker may write to someone in English.
 */
import type { MessageMedium, MessageOccasion, MessageVoice } from '$contract/rules/message-texts';
import type { Language } from '$contract/contract';

export interface TextsWords {
  title: Record<MessageOccasion, (name: string) => string>;
  intro: string;
  medium: string;
  media: Record<MessageMedium, string>;
  voice: string;
  voices: Record<MessageVoice, string>;
  language: string;
  languages: Record<Language, string>;
  subject: string;
  body: string;
  /** Shown once the person changed the text: another choice no longer replaces it. */
  edited: string;
  refill: string;
  copy: string;
  copied: string;
  openMail: string;
  noEmail: string;
  mailOpened: string;
  tooLong: string;
  /** Marks the conversation thanked, the way the text was sent. */
  markThanked: string;
  markedThanked(how: string): string;
  /** The button that opens the dialog, beside a conversation's thank-you. */
  write: string;
  /** The person's own texts, kept beside the built-in ones. */
  own: {
    choose: string;
    builtIn: string;
    make: string;
    edit: string;
    remove: string;
    removeAsk(name: string): string;
    removed(name: string): string;
    saved(name: string): string;
    newTitle: string;
    editTitle: string;
    name: string;
    help: string;
    unknown(marks: string): string;
    save: string;
    /** What a new own text is called until the person names it. */
    defaultName: string;
  };
}
