import type {
  AppEvent,
  AppStatus,
  JournalStatus,
  Language,
  SettingsView,
  SyncView,
} from '../contract/contract';
import { ChangeFeed, journalVersions } from './change-feed';
import { systemTimers, type Clock, type Timers } from './clock';
import { ContactBook } from './contacts/contact-book';
import { duplicateHandlers } from './contacts/duplicates/duplicate-handlers';
import { ConversationBook } from './conversations/conversation-book';
import { QuestionBank } from './conversations/questions';
import { TouchLog } from './conversations/touches';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import { exchangeHandlers, type ExportPorts } from './exchange/exchange-handlers';
import { DomainError } from './errors';
import type { RecordCollection } from '../contract/domain';
import { allowedExternalUrl } from './external-links';
import { ConflictCopies } from './journal/conflict-copies';
import { applySettlement, conflictViews, settle } from './journal/conflicts';
import { decodeJournal } from './journal/journal-file';
import type { MergeReport } from './journal/journal-merge';
import type { FsOps } from './journal/fs-ops';
import { JournalStore, type JournalStoreOptions } from './journal/journal-store';
import { watchFolder } from './journal/journal-watch';
import { dropSetAside, restoreSetAside } from './journal/set-aside';
import { journalStatus as journalStatusOf } from './journal/save-status';
import { isActive } from './reminders/due';
import type { Notifier, ReminderControl } from './reminders/ports';
import { ReminderBook } from './reminders/reminder-book';
import { ReminderScheduler } from './reminders/scheduler';
import { today } from './reminders/local-time';
import { summaryNotice, targetOf } from './reminders/texts';
import { resolveLanguage, viewOfSettings, type SettingsStore } from './settings/settings';
import { overviewHandlers } from './overview/overview-handlers';
import { textsHandlers } from './texts/texts-handlers';
import { trailHandlers } from './trail/trail-handlers';
import { PlanBook } from './plan/plan-book';
import { isPlanCollection, withoutPlanRecord } from './plan/plan-records';
import { planHandlers } from './plan/plan-handlers';
import { actionHandlers } from './actions/action-handlers';

/** What core needs from the world around it; main passes Electron's, tests pass their own. */
export interface CorePorts extends ExportPorts {
  journalPath: string;
  clock: Clock;
  settings: SettingsStore;
  /** The operating system's preferred languages, most preferred first. */
  systemLanguages: readonly string[];
  /** Opens an already-vetted https/mailto/tel link with the system. */
  openExternal: (url: string) => Promise<void>;
  /** Shows a file in the system's file manager. */
  showInFolder: (path: string) => void;
  /** Puts a text on the system's clipboard (a thank-you to paste elsewhere). */
  copyText?: (text: string) => Promise<void>;
  /** Asks the person where the journal should live from now on; null when they cancel. */
  chooseJournalLocation: (currentPath: string) => Promise<string | null>;
  appVersion: string;
  /** Shows reminder notifications; without one, reminders still fall due but nobody is told. */
  notifier?: Notifier;
  /** Timers for the reminder scheduler; setTimeout by default. */
  timers?: Timers;
  /** Timers for looking at the journal's folder (changes from outside, conflict copies); setTimeout by default. */
  watchTimers?: Timers;
  /** Tells main what it did not ask for: what a write changed (change-feed.ts), saving, the due count. */
  emit?: (event: AppEvent) => void;
  /** Makes the app start (or not) when the person logs in; called when the setting changes. */
  setOpenAtLogin?: (open: boolean) => void;
  /** The file operations of the journal's writes; the real ones by default (tests inject failures). */
  fs?: FsOps;
  /** Waits between save attempts after a failed save (1 s, 2 s, 4 s … by default). */
  retryDelaysMs?: readonly number[];
  log?: (error: unknown) => void;
  /** Whether a missing journal may be started anew: only the default place on a first run (see store). */
  mayCreateJournal?: boolean;
  /** How the journal is opened: JournalStore.open unless a backup or a new journal is asked for. */
  openJournal?: (options: JournalStoreOptions) => Promise<JournalStore>;
  /** Asks the person for an existing journal file to open; null when they cancel (journal:open). */
  chooseJournalFile?: (currentPath: string) => Promise<string | null>;
  /** Opens the journal another way (app-session.ts does it: it closes this core and opens a new one). */
  reopen?: (how: JournalReopen) => Promise<{ reopened: boolean; keptAside?: string }>;
}

/** The ways to open the journal again: the notice's choices, and restoring a backup or export (bytes). */
export type JournalReopen = 'retry' | 'open' | 'openBackup' | 'startNew' | { restore: Uint8Array };

export interface Netwerkdagboek {
  dispatch: Dispatch;
  store: JournalStore;
  contacts: ContactBook;
  conversations: ConversationBook;
  touches: TouchLog;
  questions: QuestionBank;
  reminders: ReminderBook;
  /** The reminder scheduler as main sees it: rescans on resume, notification buttons, the tray menu. */
  schedule: ReminderControl;
  language(): Language;
  /** Stops the scheduler and writes pending edits; call before quitting. */
  close(): Promise<void>;
}

/** Opens the journal and wires every channel to the domain. The whole app, minus Electron. */
export async function openNetwerkdagboek(ports: CorePorts): Promise<Netwerkdagboek> {
  const log = ports.log ?? console.error;
  const timers = ports.timers ?? systemTimers;
  const watchTimers = ports.watchTimers ?? systemTimers;
  // Set once everything that follows a change from outside exists (below).
  let outsideChanged: (report: MergeReport | null) => void = () => undefined;
  // Saving and backups tell main (and so the page) when they fail or land again. Set after open, since
  // the words need the settings' language, which needs nothing from the store.
  let tellSaving: () => void = () => undefined;
  const store = await (ports.openJournal ?? JournalStore.open)({
    path: ports.journalPath,
    clock: ports.clock,
    timers,
    fs: ports.fs,
    retryDelaysMs: ports.retryDelaysMs,
    mayCreate: ports.mayCreateJournal,
    onSaveState: (state) => {
      if (state.state === 'failing') log(state.error);
      tellSaving();
    },
    onBackupProblem: (problem) => {
      if (problem) log(problem.error);
      tellSaving();
    },
    log,
    appVersion: ports.appVersion,
    watchTimers,
    // Not in the middle of the merge (which may run inside a save): right after it.
    onOutsideChange: (report) => queueMicrotask(() => outsideChanged(report)),
  });
  // Set when another core took over (a reopened journal): calls still arriving here change nothing.
  let closed = false;
  // What every write changed, told to main (change-feed.ts); made once opening is done.
  let changes: ChangeFeed | null = null;
  const reopen = (how: JournalReopen) => {
    if (!ports.reopen) throw new Error('This core cannot reopen its journal.');
    return ports.reopen(how);
  };
  const contacts = new ContactBook(store, ports.clock);
  const conversations = new ConversationBook(store, contacts, ports.clock);
  const touches = new TouchLog(store, contacts, ports.clock);
  const questions = new QuestionBank(store, ports.clock);
  const plan = new PlanBook(store, contacts, conversations, ports.clock);
  const reminders = new ReminderBook(store, contacts, conversations, ports.clock, () => ports.settings.get());
  // Indexing thousands of notes takes a while; done in small slices now, the first search is instant.
  conversations.prepareSearch().catch(log);
  const language = () => resolveLanguage(ports.settings.get().language, ports.systemLanguages);
  const scheduler = new ReminderScheduler({
    store,
    clock: ports.clock,
    timers,
    notifier: ports.notifier ?? { show: () => undefined },
    describe: (reminder) => reminders.describe(reminder, language()),
    summary: (count, missed) => summaryNotice(count, missed, language()),
    // A reminder fell due and was noted, or a new day moved the due count: main and the page hear of it.
    onLooked: () => changes?.look(),
    log,
  });
  const journalStatus = (): JournalStatus => journalStatusOf(store, language());
  tellSaving = () => {
    const { save, backup } = journalStatus();
    ports.emit?.({ type: 'journal-saving', save, backup });
  };
  // A problem found while opening (the daily backup) is told once main listens.
  if (store.backupProblem || store.saveState.state === 'failing') queueMicrotask(tellSaving);
  const settingsView = (): SettingsView => viewOfSettings(ports.settings.get(), store.path);

  // Sync tools' conflict copies beside the journal: looked for at open and whenever the folder changes.
  const copies = new ConflictCopies(
    () => store.path,
    (text) => decodeJournal(text).journal,
  );
  const lookForCopies = async () => {
    await copies.look(store.data);
    changes?.look();
  };
  const copyWatch = watchFolder(store.path, watchTimers, lookForCopies, log);
  lookForCopies().catch(log);
  function syncView(): SyncView {
    return { conflicts: conflictViews(store.data, language()), copies: copies.copies };
  }
  /** Deletes a record the way its book does, so what hangs on it (reminders, conversations) goes too. */
  function deleteRecord(collection: RecordCollection, id: string): void {
    const present = (store.data[collection] as readonly { id: string }[]).some((r) => r.id === id);
    if (!present) return;
    if (collection === 'contacts') contacts.delete(id, { withConversations: false });
    else if (collection === 'conversations') conversations.delete(id);
    else if (collection === 'touches') touches.delete(id);
    else if (collection === 'ownQuestions') questions.delete(id);
    else if (collection === 'organisations')
      store.update((j) => ({ ...j, organisations: j.organisations.filter((o) => o.id !== id) }));
    else if (isPlanCollection(collection)) store.update((j) => withoutPlanRecord(j, collection, id));
    else reminders.delete(id);
  }

  const handlers: Handlers = {
    'app:status': (): AppStatus => ({
      language: language(),
      version: ports.appVersion,
      missedReminders: takeMissed(),
      journal: journalStatus(),
      // Overzicht is home once there is someone to look after; an empty journal starts on Contacten.
      home: contacts.hasActive() ? 'overview' : 'contacts',
    }),
    'contacts:list': (query) => contacts.list(query, reminders.keepInTouchStates()),
    'contacts:get': ({ id }) => contacts.get(id),
    'contacts:create': (fields) => contacts.create(fields),
    'contacts:update': ({ id, changes }) => contacts.update(id, changes),
    'contacts:archive': ({ id }) => contacts.archive(id),
    'contacts:restore': ({ id }) => contacts.restore(id),
    'contacts:delete': ({ id, withConversations }) => {
      contacts.delete(id, { withConversations });
      return { id };
    },
    'contacts:similar': ({ name, atLeast }) => contacts.similar(name, atLeast),
    'contacts:timeline': ({ id }) => conversations.timeline(id),
    'contacts:chain': ({ id }) => conversations.chain(id),
    ...duplicateHandlers(store, contacts, ports.clock),
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
    'conversations:referralToContact': (input) => conversations.referralToContact(input, language()),
    'questions:list': () => questions.list(),
    'questions:add': (fields) => questions.add(fields),
    'questions:delete': ({ id }) => {
      questions.delete(id);
      return { id };
    },
    'insights:learnings': (period) => conversations.learnings(period),
    'reminders:list': () => reminders.list(language()),
    'reminders:count': () => ({ due: reminders.dueCount() }),
    'reminders:get': ({ id }) => reminders.get(id),
    'reminders:create': (fields) => reminders.create(fields),
    'reminders:update': ({ id, changes }) => reminders.update(id, changes),
    'reminders:complete': ({ id, thanksHow }) => reminders.complete(id, thanksHow),
    'reminders:skip': ({ id }) => reminders.skip(id),
    'reminders:snooze': ({ id, option, date, time }) => reminders.snooze(id, option, { date, time }),
    'reminders:reopen': ({ id }) => reminders.reopen(id),
    'reminders:delete': ({ id }) => {
      reminders.delete(id);
      return { id };
    },
    'reminders:keepInTouch': ({ contactId }) => reminders.keepInTouch(contactId),
    'settings:get': settingsView,
    'settings:update': (changes) => {
      const before = ports.settings.get();
      const after = ports.settings.update(changes);
      // Keep-in-touch reminders are due a cadence after the last contact, at the reminder time.
      if (
        after.reminderTime !== before.reminderTime ||
        JSON.stringify(after.keepInTouchDefaults) !== JSON.stringify(before.keepInTouchDefaults)
      ) {
        reminders.reconcileKeepInTouch();
      }
      if (after.openAtLogin !== before.openAtLogin) ports.setOpenAtLogin?.(after.openAtLogin);
      return settingsView();
    },
    'journal:move': async () => {
      const target = await ports.chooseJournalLocation(store.path);
      if (!target) return { moved: false, path: store.path };
      // Remembered only once the new file is on disk and reads back, so a crash at any moment leaves the
      // next start with the old journal or the new one, whole (see moveTo).
      await store.moveTo(target, () => ports.settings.update({ journalPath: target }));
      return { moved: true, path: target };
    },
    'journal:sync': syncView,
    'journal:resolveConflict': ({ id, keep }) => {
      const settlement = settle(store.data, id, keep, ports.clock.now());
      if (settlement.keep === null) deleteRecord(settlement.collection, settlement.recordId);
      store.update((j) => applySettlement(j, settlement));
      return syncView();
    },
    'journal:mergeCopy': async ({ name }) => {
      const incoming = store.mergeIn(await copies.read(name));
      await store.flush();
      await copies.putAside(name, 'merged', ports.clock.now());
      return { incoming, sync: syncView() };
    },
    'journal:ignoreCopy': async ({ name }) => {
      if (store.readOnly) throw new DomainError('journal_read_only');
      await copies.putAside(name, 'ignored', ports.clock.now());
      return syncView();
    },
    'journal:restoreRecord': ({ id, raw }) => {
      if (store.readOnly) throw new DomainError('journal_read_only');
      let restored = 0;
      store.update((journal) => {
        const result = restoreSetAside(journal, id, raw);
        restored = result.restored;
        return result.journal;
      });
      return { restored };
    },
    'journal:dropRecord': ({ id }) => {
      if (store.readOnly) throw new DomainError('journal_read_only');
      store.update((journal) => dropSetAside(journal, id));
      return { id };
    },
    'journal:retry': () => reopen('retry'),
    'journal:open': () => reopen('open'),
    'journal:openBackup': () => reopen('openBackup'),
    'journal:startNew': () => reopen('startNew'),
    // Saving here fails: the same as moving, which writes everything to the new place first.
    'journal:saveAs': async () => {
      const moved = await handlers['journal:move'](undefined);
      return { ...moved, save: journalStatus().save };
    },
    'journal:retrySave': async () => {
      await store.retryNow();
      return { save: journalStatus().save };
    },
    // With shell:showJournalFile, which also shows the file the last export wrote.
    ...exchangeHandlers({ ...ports, store, language, reminders, reopen }),
    'shell:openExternal': async ({ url }) => {
      const allowed = allowedExternalUrl(url);
      if (!allowed) throw new DomainError('link_not_allowed');
      await ports.openExternal(allowed);
      return { opened: true };
    },
    ...overviewHandlers(store, contacts, reminders, ports.clock, () => ports.settings.get()),
    ...textsHandlers(store, contacts, ports.clock, ports.copyText),
    ...trailHandlers(store, touches, ports.clock),
    ...planHandlers(store, plan, contacts, ports.clock),
    ...actionHandlers(store, contacts, ports.clock, () => ports.settings.get().reminderTime),
  };

  /**
   * After every call, whatever it wrote: the reminder rules take what changed (a conversation held, a
   * contact deleted; see journal-changes.ts), then the scheduler looks again if the reminders changed.
   * Both are cheap when nothing did. The one place a write is handed to the reminders. Not once closed:
   * another core has the journal then.
   */
  const afterCall = () => {
    if (closed) return;
    reminders.follow();
    scheduler.changed();
    changes?.look();
  };
  const dispatchOnly = createDispatch(handlers, language, log);
  // A call that changed the journal is answered once a write holding the change is on disk (see
  // journal/saver.ts for why this and not a write-ahead log). When that write fails the change is still
  // done and kept in memory: the answer stays ok, marked `saved: false`, so the page says "kept, not yet
  // saved" and nobody sends it again to make a duplicate. What the reminder rules wrote for it counts too.
  const dispatch: Dispatch = async (channel, payload) => {
    const edits = store.editCount;
    const result = await dispatchOnly(channel, payload);
    afterCall();
    if (store.editCount === edits || !result.ok) return result;
    return (await store.durable()) ? result : { ...result, saved: false };
  };

  const schedule: ReminderControl = {
    rescan: (reason) => {
      reminders.follow();
      scheduler.rescan(reason);
    },
    notificationAction: (reminderId, action) => {
      try {
        const reminder = reminders.get(reminderId);
        if (!isActive(reminder)) return null;
        if (action === 'snooze') {
          reminders.snooze(reminderId, 'hour', { date: null, time: null });
          return null;
        }
        // A thank-you is finished on its conversation's page, where the person says how they thanked.
        if (reminder.kind === 'bedanken') return targetOf(reminder);
        reminders.complete(reminderId, null);
        return null;
      } catch (error) {
        // Gone meanwhile, or a read-only journal: there is nothing to do or show.
        if (error instanceof DomainError) return null;
        throw error;
      } finally {
        afterCall();
      }
    },
    upcoming: (limit) => reminders.upcoming(limit, language()),
    dueCount: () => reminders.dueCount(),
    stop: () => scheduler.stop(),
  };

  // What fell due while the app was closed is announced now, after keeping in touch has caught up with
  // the cadences and the day (and, for a journal from before reminders, thank-yous and follow-ups).
  if (store.versionOnDisk !== null && store.versionOnDisk < 3) reminders.catchUp();
  reminders.reconcileKeepInTouch();
  scheduler.start();
  // From here on every write is told. Of opening, only the due count (for the app's icon): the page
  // reads everything when it loads.
  changes = new ChangeFeed({
    versions: journalVersions(store, ports.settings, settingsView, copies, () => today(ports.clock)),
    dueCount: () => scheduler.dueCount(),
    emit: (event) => ports.emit?.(event),
    log,
  });
  changes.announce();
  outsideChanged = (report) => {
    try {
      // What came in may hold held conversations, contacts with a cadence: the reminders catch up.
      if (!store.readOnly) {
        reminders.follow();
        reminders.reconcileKeepInTouch();
      }
      scheduler.changed();
    } catch (error) {
      log(error);
    }
    changes?.look({ incoming: report });
  };
  // Told to the first window only: one reopened later from the tray opens where it usually does.
  let missed = scheduler.missedAtLaunch;
  function takeMissed(): number {
    const count = missed;
    missed = 0;
    return count;
  }

  return {
    dispatch,
    store,
    contacts,
    conversations,
    touches,
    questions,
    reminders,
    schedule,
    language,
    close: async () => {
      closed = true;
      changes?.stop();
      scheduler.stop();
      copyWatch.stop();
      await store.close();
    },
  };
}
