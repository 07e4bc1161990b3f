import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactFields, type Contact, type Journal } from '../contract/domain';
import { startNetwerkdagboek } from './app-session';
import type { Clock } from './clock';
import { decodeJournal } from './journal/journal-file';
import { emptyJournal } from './journal/journal-store';
import type { Netwerkdagboek } from './netwerkdagboek';
import { SettingsStore } from './settings/settings';

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z') };
const at = '2026-11-01T10:00:00.000Z';
let dir: string;
let core: Netwerkdagboek | null;
let answers: { file: string | null; location: string | null };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-session-'));
  core = null;
  answers = { file: null, location: null };
});
afterEach(async () => {
  await core?.close();
  await rm(dir, { recursive: true, force: true });
});

/** What is in the folder, without the journal's lock file (journal-lock.ts). */
async function files(): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.startsWith('.~lock.')).sort();
}

function contact(id: string, name: string): Contact {
  return {
    id,
    ...ContactFields.parse({ name }),
    archived: false,
    importedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}
const journalWith = (...names: string[]): Journal => ({
  ...emptyJournal(),
  contacts: names.map((n, i) => contact(`c${i}`, n)),
});

function settings(): SettingsStore {
  return new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'ndb-test' }));
}

/** Starts the core as main does: `chosen` is a journal the person picked before (in the settings). */
async function start(journalPath: string, chosen: boolean): Promise<Netwerkdagboek> {
  core = await startNetwerkdagboek({
    journalPath,
    mayCreateJournal: !chosen,
    clock,
    settings: settings(),
    systemLanguages: ['nl-NL'],
    openExternal: async () => undefined,
    showInFolder: () => undefined,
    chooseJournalLocation: async () => answers.location,
    chooseJournalFile: async () => answers.file,
    appVersion: '0.1.0',
  });
  return core;
}

async function status(app: Netwerkdagboek) {
  const result = await app.dispatch('app:status', undefined);
  return (result as { data: { journal: { notice: unknown; readOnly: boolean; path: string } } }).data.journal;
}
async function names(app: Netwerkdagboek): Promise<string[]> {
  const result = await app.dispatch('contacts:list', {});
  return (result as { data: { contacts: { name: string }[] } }).data.contacts.map((c) => c.name);
}

describe('a journal the person chose, that is not there (a USB stick not plugged in)', () => {
  it('starts read-only with a notice, creates nothing, and opens the journal once it is there again', async () => {
    const stick = join(dir, 'usb', 'Netwerk', 'journal.json');
    const app = await start(stick, true);
    expect(await status(app)).toEqual({
      path: stick,
      readOnly: true,
      notice: { kind: 'missing', path: stick, backups: 0 },
      lockedBy: null,
      setAside: [],
      setAsideTotal: 0,
      save: { state: 'saved' },
      backup: null,
    });
    expect(await app.dispatch('contacts:create', { name: 'Verloren' })).toMatchObject({
      ok: false,
      error: { code: 'journal_read_only' },
    });
    // Not even the folder: that would put a journal on the computer's own disk where the stick belongs.
    expect(await files()).toEqual(['settings']);

    await mkdir(join(dir, 'usb', 'Netwerk'), { recursive: true });
    await writeFile(stick, JSON.stringify(journalWith('Anna Bakker', 'Bram')));
    expect(await app.dispatch('journal:retry', undefined)).toEqual({ ok: true, data: { reopened: true } });
    expect(await status(app)).toMatchObject({ readOnly: false, notice: null });
    expect(await names(app)).toEqual(['Anna Bakker', 'Bram']);
  });

  it('"choose the file" opens another journal and remembers it; cancelling changes nothing', async () => {
    const app = await start(join(dir, 'weg', 'journal.json'), true);
    expect(await app.dispatch('journal:open', undefined)).toEqual({ ok: true, data: { reopened: false } });
    const elsewhere = join(dir, 'elders.json');
    await writeFile(elsewhere, JSON.stringify(journalWith('Chris')));
    answers.file = elsewhere;
    expect(await app.dispatch('journal:open', undefined)).toEqual({ ok: true, data: { reopened: true } });
    expect(await names(app)).toEqual(['Chris']);
    expect(settings().get().journalPath).toBe(elsewhere);
  });

  it('"choose the file" refuses a file that is not a journal, and leaves it and the settings alone', async () => {
    const missing = join(dir, 'weg', 'journal.json');
    const app = await start(missing, true);
    for (const [name, text] of [
      ['cv-gegevens.json', JSON.stringify({ naam: 'Eva', ervaring: [] })],
      ['notities.txt', 'boodschappen: melk'],
    ] as const) {
      const other = join(dir, name);
      await writeFile(other, text);
      answers.file = other;
      expect(await app.dispatch('journal:open', undefined)).toMatchObject({
        ok: false,
        error: { code: 'not_a_journal', message: expect.stringContaining('niets aan veranderd') },
      });
      expect(await readFile(other, 'utf8')).toBe(text);
    }
    expect((await readdir(dir)).filter((f) => f.includes('damaged'))).toEqual([]);
    expect(String(settings().get().journalPath)).not.toMatch(/cv-gegevens|notities/);
    // Still the missing journal with its choices, not an empty one somewhere else.
    expect(await status(app)).toMatchObject({ path: missing, notice: { kind: 'missing' } });
  });

  it('"a new journal elsewhere" writes it there first, then remembers it, and it takes edits', async () => {
    const app = await start(join(dir, 'weg', 'journal.json'), true);
    answers.location = join(dir, 'nieuw', 'dagboek.json');
    expect(await app.dispatch('journal:startNew', undefined)).toEqual({ ok: true, data: { reopened: true } });
    expect(settings().get().journalPath).toBe(answers.location);
    expect(await app.dispatch('contacts:create', { name: 'Dewi' })).toMatchObject({ ok: true });
    await app.store.flush();
    expect(decodeJournal(await readFile(answers.location)).journal.contacts.map((c) => c.name)).toEqual([
      'Dewi',
    ]);
  });

  it('a default journal that is gone but has backups is missing too, and "open a backup" shows the newest read-only', async () => {
    const path = join(dir, 'journal.json');
    await mkdir(join(dir, 'backups'));
    await writeFile(join(dir, 'backups', 'journal-2026-11-20.json'), JSON.stringify(journalWith('Oud')));
    await writeFile(
      join(dir, 'backups', 'journal-2026-11-22.json'),
      JSON.stringify(journalWith('Eva', 'Fien')),
    );
    const app = await start(path, false);
    expect((await status(app)).notice).toEqual({ kind: 'missing', path, backups: 2 });
    expect(await app.dispatch('journal:openBackup', undefined)).toEqual({
      ok: true,
      data: { reopened: true },
    });
    expect(await status(app)).toMatchObject({
      readOnly: true,
      notice: { kind: 'backup', path: join(dir, 'backups', 'journal-2026-11-22.json'), journalPath: path },
    });
    expect(await names(app)).toEqual(['Eva', 'Fien']);
    // Kept as the journal somewhere: the backup's contacts go along.
    answers.location = join(dir, 'terug.json');
    await app.dispatch('journal:startNew', undefined);
    expect(await names(app)).toEqual(['Eva', 'Fien']);
    expect(await status(app)).toMatchObject({ readOnly: false, notice: null, path: answers.location });
  });

  it('"open a backup" without one says so and changes nothing', async () => {
    const app = await start(join(dir, 'weg', 'journal.json'), true);
    expect(await app.dispatch('journal:openBackup', undefined)).toMatchObject({
      ok: false,
      error: { code: 'no_backup', message: expect.stringContaining('reservekopie') as string },
    });
    expect((await status(app)).notice).toMatchObject({ kind: 'missing' });
  });
});

describe('a journal whose folder cannot be made or read', () => {
  it('starts read-only and tells why in the person’s words (a folder under a file: ENOTDIR, even for root)', async () => {
    await writeFile(join(dir, 'een-bestand'), 'geen map');
    const path = join(dir, 'een-bestand', 'sub', 'journal.json');
    const app = await start(path, false);
    expect(await status(app)).toMatchObject({
      readOnly: true,
      notice: { kind: 'unavailable', path, problem: 'wrong-kind' },
    });
  });

  it('a journal path that is a folder (EISDIR) is unavailable, not damaged, and not touched', async () => {
    const path = join(dir, 'journal.json');
    await mkdir(path);
    const app = await start(path, false);
    expect((await status(app)).notice).toEqual({ kind: 'unavailable', path, problem: 'wrong-kind' });
    expect(await files()).toEqual(['journal.json', 'settings']);
    expect(await readdir(path)).toEqual([]);
  });
});

/**
 * A folder on a tmpfs mounted read-only, holding `files`: read-only even for root, who ignores file
 * permissions. Null (and the reason printed) where mounting is not allowed.
 */
function readOnlyFolder(files: Record<string, string>): { path: string; release: () => void } | null {
  const path = join(dir, 'ro');
  try {
    execFileSync('mkdir', ['-p', path]);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', path], { stdio: 'pipe' });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    console.log(`skipped: a read-only folder needs mount, which is not allowed here (${reason})`);
    return null;
  }
  for (const [name, text] of Object.entries(files)) {
    execFileSync('mkdir', ['-p', join(path, name, '..')]);
    execFileSync('sh', ['-c', 'cat > "$1"', 'sh', join(path, name)], { input: text });
  }
  execFileSync('mount', ['-o', 'remount,ro', path]);
  return { path, release: () => execFileSync('umount', [path]) };
}

describe('a damaged journal in a read-only folder', () => {
  it('opens the newest good backup read-only, says so, and never touches the damaged file', async (t) => {
    const damaged = '{"schemaVersion": 4, "contacts": [{"id": "a", "na';
    const folder = readOnlyFolder({
      'journal.json': damaged,
      'backups/journal-2026-11-22.json': JSON.stringify(journalWith('Gert', 'Hanna')),
    });
    if (!folder) return t.skip();
    try {
      const path = join(folder.path, 'journal.json');
      const app = await start(path, true);
      expect(await status(app)).toMatchObject({
        readOnly: true,
        notice: {
          kind: 'damaged-in-place',
          path,
          problem: 'read-only',
          restoredFrom: join(folder.path, 'backups', 'journal-2026-11-22.json'),
        },
      });
      expect(await names(app)).toEqual(['Gert', 'Hanna']);
      await app.close();
      core = null;
      expect(await readFile(path, 'utf8')).toBe(damaged);
    } finally {
      folder.release();
    }
  });

  it('a journal with a bad record in a read-only folder opens its good records read-only, and changes nothing', async (t) => {
    const text = JSON.stringify({
      ...journalWith('Ilse', 'Joost'),
      contacts: [contact('a', 'Ilse'), { ...contact('b', 'Joost'), email: 'joost@@example' }],
    });
    const folder = readOnlyFolder({ 'journal.json': text });
    if (!folder) return t.skip();
    try {
      const path = join(folder.path, 'journal.json');
      const app = await start(path, true);
      expect(await status(app)).toMatchObject({
        readOnly: true,
        notice: { kind: 'repaired', keptAt: null, problem: 'read-only', setAside: 1 },
      });
      expect(await names(app)).toEqual(['Ilse']);
      await app.close();
      core = null;
      expect(await readFile(path, 'utf8')).toBe(text);
    } finally {
      folder.release();
    }
  });
});
