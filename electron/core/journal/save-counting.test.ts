/**
 * Which edits a save holds. A save first looks at the file (has another program changed it since we read
 * it last?) and only then takes the journal to encode it: edits made while it looks are in the bytes and
 * count as saved by it; edits made after it took the journal (while the bytes go to disk) are not in
 * them, and are answered only after the next save. Nothing is lost, nothing is acknowledged early.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Journal } from '../../contract/domain';
import type { Clock } from '../clock';
import { namedContact, useTempJournal } from '../testing/temp-journal';
import { realFs, type FsOps } from './fs-ops';
import { emptyJournal, type JournalStore } from './journal-store';
import { serializeJournal } from './serialize';

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
const folder = useTempJournal(clock);

/**
 * The real file system, where a test can step in when the journal is looked at (`onStat`) or a temp
 * file is opened for a save (`onSave`), each once; counts the saves.
 */
function steppingFs() {
  const steps = { onStat: null as (() => void) | null, onSave: null as (() => void) | null, saves: 0 };
  const fs: FsOps = {
    ...realFs,
    stat: (async (path: string, options?: object) => {
      const step = steps.onStat;
      if (path === folder.path && step) {
        steps.onStat = null;
        step();
      }
      return realFs.stat(path, options);
    }) as FsOps['stat'],
    open: (async (path: string, flags?: string, mode?: number) => {
      const step = steps.onSave;
      if (String(path).startsWith(`${folder.dir}/.journal.json.`)) {
        steps.saves++;
        if (step) {
          steps.onSave = null;
          step();
        }
      }
      return realFs.open(path, flags, mode);
    }) as FsOps['open'],
  };
  return { fs, steps };
}

const add = (store: JournalStore, id: string) =>
  store.update((j) => ({ ...j, contacts: [...j.contacts, namedContact(id, `Contact ${id}`)] }));
const onDisk = async () =>
  (JSON.parse(await readFile(folder.path, 'utf8')) as Journal).contacts.map((c) => c.id);

async function opened() {
  await writeFile(
    folder.path,
    serializeJournal({ ...emptyJournal(), contacts: [namedContact('a', 'Anna')] }),
  );
  const { fs, steps } = steppingFs();
  const store = await folder.open({ fs });
  steps.saves = 0;
  return { store, steps };
}

describe('the edits a save holds', () => {
  it('an edit made while the save looks at the file is in that save, and answered by it', async () => {
    const { store, steps } = await opened();
    let during: Promise<boolean> | null = null;
    steps.onStat = () => {
      add(store, 'during');
      during = store.durable();
    };
    add(store, 'b');
    expect(await store.durable()).toBe(true);
    expect(await during).toBe(true);
    expect(await onDisk()).toEqual(['a', 'b', 'during']);
    // One save held both: no second write for the edit made during the look.
    expect(steps.saves).toBe(1);
    expect(store.unsaved).toBe(false);
  });

  it('an edit made while the bytes go to disk is not counted as saved until the next save holds it', async () => {
    const { store, steps } = await opened();
    let during: Promise<boolean> | null = null;
    let onDiskWhenAnswered: string[] = [];
    steps.onSave = () => {
      add(store, 'during');
      during = store.durable().then(async (saved) => {
        onDiskWhenAnswered = await onDisk();
        return saved;
      });
    };
    add(store, 'b');
    expect(await store.durable()).toBe(true);
    expect(await during).toBe(true);
    expect(onDiskWhenAnswered).toEqual(['a', 'b', 'during']);
    expect(steps.saves).toBe(2);
  });

  it('a change from outside found by the look is merged with the edits made during it; none is lost', async () => {
    const { store, steps } = await opened();
    steps.onStat = () => {
      add(store, 'during');
    };
    // Another computer's edit, brought by a sync tool just before our save looks.
    const theirs = { ...emptyJournal(), contacts: [namedContact('a', 'Anna'), namedContact('x', 'Xander')] };
    await writeFile(folder.path, serializeJournal(theirs));
    add(store, 'b');
    expect(await store.durable()).toBe(true);
    expect((await onDisk()).sort()).toEqual(['a', 'b', 'during', 'x']);
    expect(store.data.contacts.map((c) => c.id).sort()).toEqual(['a', 'b', 'during', 'x']);
    expect(store.unsaved).toBe(false);
  });
});
