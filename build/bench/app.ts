/**
 * The journal core as the bench opens it, the raw durable write it is measured against, and the background
 * save errors it collects (any one of them fails the run).
 */
import { open, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ContactBook } from '../../electron/core/contacts/contact-book';
import { ConversationBook } from '../../electron/core/conversations/conversation-book';
import { JournalStore } from '../../electron/core/journal/journal-store';
import { clock } from './options';

/** Every failed background save or backup during the run. */
export const saveErrors: unknown[] = [];

/** An opened journal: the store and the two books the screens read. */
export interface App {
  store: JournalStore;
  book: ContactBook;
  conversations: ConversationBook;
}

/** The journal core as the app opens it (see openNetwerkdagboek): store, contact book, conversation book. */
export async function openApp(path: string): Promise<App> {
  const store = await JournalStore.open({
    path,
    clock,
    onSaveState: (state) => {
      if (state.state === 'failing') saveErrors.push(state.error);
    },
    onBackupProblem: (problem) => {
      if (problem) saveErrors.push(problem.error);
    },
  });
  if (store.notice || store.readOnly)
    throw new Error(`Journal did not open cleanly: ${JSON.stringify(store.notice)}`);
  const book = new ContactBook(store, clock);
  const conversations = new ConversationBook(store, book, clock);
  return { store, book, conversations };
}

let rawCounter = 0;
/**
 * The raw save: the durable-write sequence with nothing else: open, write, fsync, close, rename, fsync
 * of the folder. One write call for all the bytes (FileHandle.writeFile would split it into 512 KB calls).
 */
export async function rawDurableWrite(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.raw.${++rawCounter}.tmp`);
  const handle = await open(temp, 'w', 0o600);
  for (let done = 0; done < bytes.length;) {
    done += (await handle.write(bytes, done, bytes.length - done, done)).bytesWritten;
  }
  await handle.sync();
  await handle.close();
  await rename(temp, path);
  const folder = await open(dir, 'r');
  await folder.sync();
  await folder.close();
}
