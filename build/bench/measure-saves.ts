/** Section 2 of the bench: a save after one edit (update + flush), against the same bytes written raw. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serializeJournal } from '../../electron/core/journal/serialize';
import { openApp, rawDurableWrite, type App } from './app';
import type { Workspace } from './measure-open';
import { SAVE_REPS, SAVE_WARMUP, time } from './options';

async function measureSaves({ source, freshCopy }: Workspace, edit: (app: App, rep: number) => void) {
  const result = {
    app: [] as number[],
    base: [] as number[],
    update: [] as number[],
    flush: [] as number[],
  };
  const path = await freshCopy(source);
  const opened = await openApp(path);
  const { store } = opened;
  const basePath = join(dirname(path), 'baseline.json');
  // One save first so the serializer's per-record cache is warm, as it is after a session's first save.
  edit(opened, -1);
  await store.flush();
  await rawDurableWrite(basePath, readFileSync(path));
  for (let rep = 0; rep < SAVE_WARMUP + SAVE_REPS; rep++) {
    const sample = rep >= SAVE_WARMUP;
    const app = async () => {
      const [u] = await time(() => edit(opened, rep));
      const [f] = await time(() => store.flush());
      return [u, f] as const;
    };
    let appMs: number;
    let split: readonly [number, number];
    let baseMs: number;
    // The baseline writes the bytes of a real save, as bytes: after the app's save exactly what it wrote;
    // when the baseline goes first, what the previous save wrote (same length give or take a character).
    // No forced GC here: a collection right before a save slows the side that allocates (the app) by
    // milliseconds, which would measure V8's recovery rather than the save.
    if (rep % 2 === 0) {
      [appMs, split] = await time(app);
      const bytes = readFileSync(path);
      [baseMs] = await time(() => rawDurableWrite(basePath, bytes));
    } else {
      const bytes = readFileSync(path);
      [baseMs] = await time(() => rawDurableWrite(basePath, bytes));
      [appMs, split] = await time(app);
    }
    if (rep === 0 && readFileSync(path, 'utf8') !== serializeJournal(store.data)) {
      throw new Error('The saved file is not what serializeJournal gives for the journal in memory.');
    }
    if (sample) {
      result.app.push(appMs);
      result.base.push(baseMs);
      result.update.push(split[0]);
      result.flush.push(split[1]);
    }
  }
  await store.close();
  return result;
}

/** Saves after one contact edit and after one conversation edit. */
export async function measureContactAndConversationSaves(workspace: Workspace) {
  const contacts = await measureSaves(workspace, ({ store, book }, rep) => {
    const all = store.data.contacts;
    book.update(all[(Math.max(rep, 0) * 7919) % all.length]!.id, {
      notes: `Bewerking ${rep}: gebeld over de vacature bij Çelik & Müller.`,
    });
  });
  const conversations = await measureSaves(workspace, ({ store, conversations }, rep) => {
    const all = store.data.conversations;
    conversations.update(all[(Math.max(rep, 0) * 7919) % all.length]!.id, {
      notes: `Bewerking ${rep}: afgesproken om in januari weer te bellen.`,
    });
  });
  return { contacts, conversations };
}
