import type { AppStatus, Language, SettingsView } from '../contract/contract';
import type { Clock } from './clock';
import { ContactBook } from './contacts/contact-book';
import { ConversationBook } from './conversations/conversation-book';
import { QuestionBank } from './conversations/questions';
import { TouchLog } from './conversations/touches';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import { DomainError } from './errors';
import { allowedExternalUrl } from './external-links';
import { JournalStore } from './journal/journal-store';
import { resolveLanguage, type SettingsStore } from './settings/settings';

/** What core needs from the world around it; main passes Electron's, tests pass their own. */
export interface CorePorts {
  journalPath: string;
  clock: Clock;
  settings: SettingsStore;
  /** The operating system's preferred languages, most preferred first. */
  systemLanguages: readonly string[];
  /** Opens an already-vetted https/mailto/tel link with the system. */
  openExternal: (url: string) => Promise<void>;
  /** Shows a file in the system's file manager. */
  showInFolder: (path: string) => void;
  /** Asks the person where the journal should live from now on; null when they cancel. */
  chooseJournalLocation: (currentPath: string) => Promise<string | null>;
  appVersion: string;
  saveDelayMs?: number;
  log?: (error: unknown) => void;
}

export interface Netwerkdagboek {
  dispatch: Dispatch;
  store: JournalStore;
  contacts: ContactBook;
  conversations: ConversationBook;
  touches: TouchLog;
  questions: QuestionBank;
  language(): Language;
  /** Writes pending edits; call before quitting. */
  close(): Promise<void>;
}

/** Opens the journal and wires every channel to the domain. The whole app, minus Electron. */
export async function openNetwerkdagboek(ports: CorePorts): Promise<Netwerkdagboek> {
  const log = ports.log ?? console.error;
  const store = await JournalStore.open({
    path: ports.journalPath,
    clock: ports.clock,
    saveDelayMs: ports.saveDelayMs,
    onSaveError: log,
  });
  const contacts = new ContactBook(store, ports.clock);
  const conversations = new ConversationBook(store, contacts, ports.clock);
  const touches = new TouchLog(store, contacts, ports.clock);
  const questions = new QuestionBank(store, ports.clock);
  // Indexing thousands of notes takes a while; done in small slices now, the first search is instant.
  conversations.prepareSearch().catch(log);
  const language = () => resolveLanguage(ports.settings.get().language, ports.systemLanguages);
  const settingsView = (): SettingsView => {
    const { language, reminderTime, keepInTouchDefaults, closeToTray, openAtLogin } = ports.settings.get();
    return { language, journalPath: store.path, reminderTime, keepInTouchDefaults, closeToTray, openAtLogin };
  };

  const handlers: Handlers = {
    'app:status': (): AppStatus => ({
      language: language(),
      version: ports.appVersion,
      journal: { path: store.path, readOnly: store.readOnly, notice: store.notice },
    }),
    'contacts:list': (query) => contacts.list(query),
    'contacts:get': ({ id }) => contacts.get(id),
    'contacts:create': (fields) => contacts.create(fields),
    'contacts:update': ({ id, changes }) => contacts.update(id, changes),
    'contacts:archive': ({ id }) => contacts.archive(id),
    'contacts:restore': ({ id }) => contacts.restore(id),
    'contacts:delete': ({ id, withConversations }) => {
      contacts.delete(id, { withConversations });
      return { id };
    },
    'contacts:similar': ({ name }) => contacts.similar(name),
    'contacts:timeline': ({ id }) => conversations.timeline(id),
    'contacts:chain': ({ id }) => conversations.chain(id),
    'touches:add': (fields) => touches.add(fields),
    'touches:delete': ({ id }) => {
      touches.delete(id);
      return { id };
    },
    'conversations:list': (query) => conversations.list(query),
    'conversations:get': ({ id }) => conversations.get(id),
    'conversations:create': (fields) => conversations.create(fields),
    'conversations:update': ({ id, changes }) => conversations.update(id, changes),
    'conversations:delete': ({ id }) => {
      conversations.delete(id);
      return { id };
    },
    'conversations:referralToContact': (input) => conversations.referralToContact(input),
    'questions:list': () => questions.list(),
    'questions:add': (fields) => questions.add(fields),
    'questions:delete': ({ id }) => {
      questions.delete(id);
      return { id };
    },
    'insights:learnings': (period) => conversations.learnings(period),
    'settings:get': settingsView,
    'settings:update': (changes) => {
      ports.settings.update(changes);
      return settingsView();
    },
    'journal:move': async () => {
      const target = await ports.chooseJournalLocation(store.path);
      if (!target) return { moved: false, path: store.path };
      // Remembered first, so the next start opens the journal where the saves go; undone if the move fails.
      const previous = ports.settings.get().journalPath;
      ports.settings.update({ journalPath: target });
      try {
        await store.moveTo(target);
      } catch (error) {
        ports.settings.update({ journalPath: previous });
        throw error;
      }
      return { moved: true, path: target };
    },
    'shell:openExternal': async ({ url }) => {
      const allowed = allowedExternalUrl(url);
      if (!allowed) throw new DomainError('link_not_allowed');
      await ports.openExternal(allowed);
      return { opened: true };
    },
    'shell:showJournalFile': ({ which }) => {
      const notice = store.notice;
      if (which === 'journal') ports.showInFolder(store.path);
      else if (notice?.kind === 'damaged') ports.showInFolder(notice.movedTo);
      else throw new DomainError('not_found');
      return { shown: true };
    },
  };

  return {
    dispatch: createDispatch(handlers, language, log),
    store,
    contacts,
    conversations,
    touches,
    questions,
    language,
    close: () => store.close(),
  };
}
