import type { MessageMedium, MessageOccasion } from '$contract/rules/message-texts';

/** What the text dialog is writing: about whom or which conversation, for what, and what "sent" does. */
export interface Writing {
  about: { conversationId: string } | { contactId: string };
  occasion: MessageOccasion;
  /** For a thank-you: marks it sent the way the text went. */
  onsent?: (how: MessageMedium) => Promise<void>;
}

/**
 * The one text dialog of the app, shown over any screen (App.svelte), outside every form: Enter in its
 * subject must not submit the conversation form it was opened from.
 */
class Texts {
  writing = $state<Writing | null>(null);

  write(writing: Writing): void {
    this.writing = writing;
  }

  close(): void {
    this.writing = null;
  }
}

export const texts = new Texts();
