import type { Handlers } from '../dispatch';
import type { Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import type { JournalStore } from '../journal/journal-store';
import { today } from '../reminders/local-time';
import { MessageTemplates } from './templates';
import { textFacts } from './text-facts';

/**
 * Texts to send (issue 14): the facts for one, and the clipboard. Writing the text itself happens in the
 * page (`contract/rules/message-texts.ts`); core only reads the journal and hands the text to the system.
 */
export function textsHandlers(
  store: JournalStore,
  contacts: ContactBook,
  clock: Clock,
  copyText: ((text: string) => Promise<void>) | undefined,
): Pick<
  Handlers,
  'texts:facts' | 'shell:copyText' | 'templates:list' | 'templates:save' | 'templates:delete'
> {
  const templates = new MessageTemplates(store, clock);
  return {
    'templates:list': () => templates.list(),
    'templates:save': ({ id, fields }) => templates.save(id, fields),
    'templates:delete': ({ id }) => {
      templates.delete(id);
      return { id };
    },
    'texts:facts': (about) =>
      textFacts(store.data, about, today(clock), (id) => contacts.activity.lastHeldWith(id)),
    'shell:copyText': async ({ text }) => {
      if (!copyText) throw new Error('This app has no clipboard to copy to.');
      await copyText(text);
      return { copied: true };
    },
  };
}
