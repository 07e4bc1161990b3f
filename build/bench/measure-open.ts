/**
 * Section 1 of the bench: opening the journal (read + parse + validate + daily backup + search index) against
 * JSON.parse(readFileSync()), what follows an open (the first list, the first save), and where open's time
 * goes piece by piece.
 */
import { copyFile, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ContactListQuery } from '../../electron/contract/contract';
import { Journal } from '../../electron/contract/domain';
import { ContactBook } from '../../electron/core/contacts/contact-book';
import { ConversationBook } from '../../electron/core/conversations/conversation-book';
import { decodeJournal } from '../../electron/core/journal/journal-file';
import { JournalStore } from '../../electron/core/journal/journal-store';
import { openApp, rawDurableWrite, type App } from './app';
import { clock, collect, CONTACTS, OPEN_REPS, OPEN_WARMUP, time } from './options';

/** Where the bench keeps its files: the generated journal and a fresh copy of it on demand. */
export interface Workspace {
  root: string;
  source: string;
  /** A fresh folder holding a copy of the generated journal (copying is not timed). */
  freshCopy: (source: string) => Promise<string>;
}

/** Opens the journal again and again; every figure is one list of samples (after warm-up). */
export async function measureOpen({ root, source, freshCopy }: Workspace) {
  const openFirst: number[] = []; // fresh folder: the day's backup copy is made
  const openAgain: number[] = []; // same folder, same day: the backup already exists
  const openBase: number[] = [];
  const firstSave: number[] = [];
  const firstSaveBase: number[] = [];
  const firstList: number[] = [];
  for (let rep = 0; rep < OPEN_WARMUP + OPEN_REPS; rep++) {
    const path = await freshCopy(source);
    const sample = rep >= OPEN_WARMUP;
    const baseline = () => JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const app = () => openApp(path);
    // Alternate the order so neither side always runs with a warmer cache.
    let base: number;
    let first: number;
    let firstApp: App;
    collect();
    if (rep % 2 === 0) {
      [base] = await time(baseline);
      collect();
      [first, firstApp] = await time(app);
    } else {
      [first, firstApp] = await time(app);
      collect();
      [base] = await time(baseline);
    }
    // Closed before the next open, as the app quits before it starts again: one writer holds the lock.
    await firstApp.store.close();
    collect();
    const [again, opened] = await time(app);
    // What follows an open in the app: the first list (sorts), then the first save (cold serializer cache).
    const [list] = await time(() => opened.book.list(ContactListQuery.parse({})));
    const id = opened.store.data.contacts[rep % CONTACTS]!.id;
    const [save] = await time(async () => {
      opened.book.update(id, { notes: `Eerste bewerking ${rep}.` });
      await opened.store.flush();
    });
    const bytes = readFileSync(path);
    const basePath = join(dirname(path), 'baseline.json');
    await copyFile(path, basePath); // the app's save replaces a file, so the baseline's does too
    const [saveBase] = await time(() => rawDurableWrite(basePath, bytes));
    await opened.store.close();
    if (sample) {
      openFirst.push(first);
      openBase.push(base);
      openAgain.push(again);
      firstList.push(list);
      firstSave.push(save);
      firstSaveBase.push(saveBase);
    }
  }

  // Where open's time goes, piece by piece (each on its own, same file, medians).
  const split = {
    readFile: [] as number[],
    readFileSync: [] as number[],
    jsonParse: [] as number[],
    zod: [] as number[],
    decode: [] as number[],
    backupCopy: [] as number[],
    index: [] as number[],
    prepare: [] as number[],
  };
  {
    const path = await freshCopy(source);
    for (let rep = 0; rep < OPEN_WARMUP + OPEN_REPS; rep++) {
      const sample = rep >= OPEN_WARMUP;
      collect();
      const [r, text] = await time(() => readFile(path, 'utf8'));
      collect();
      const [rs] = await time(() => readFileSync(path, 'utf8'));
      collect();
      const [p, parsed] = await time(() => JSON.parse(text) as unknown);
      collect();
      const [z] = await time(() => Journal.safeParse(parsed));
      collect();
      const [d] = await time(() => decodeJournal(text));
      const copyTarget = join(root, `copy-${rep}.json`);
      const [c] = await time(() => copyFile(path, copyTarget));
      await rm(copyTarget);
      // A new store per rep so the index meets records it has not folded yet.
      const fresh = await JournalStore.open({ path, clock });
      collect();
      const [i, freshBook] = await time(() => new ContactBook(fresh, clock));
      const freshConversations = new ConversationBook(fresh, freshBook, clock);
      collect();
      // Runs in slices in the background after open; alone here, so its wall time is its work.
      const [pr] = await time(() => freshConversations.prepareSearch());
      await fresh.close();
      if (sample) {
        split.prepare.push(pr);
        split.readFile.push(r);
        split.readFileSync.push(rs);
        split.jsonParse.push(p);
        split.zod.push(z);
        split.decode.push(d);
        split.backupCopy.push(c);
        split.index.push(i);
      }
    }
  }
  return { openFirst, openAgain, openBase, firstSave, firstSaveBase, firstList, split };
}
