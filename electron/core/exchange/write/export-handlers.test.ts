/**
 * Export, backups and restore through core's channels, on real files in a temp folder, with the core
 * opened as main opens it (app-session), so restoring really closes one core and opens the next.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../contract/contract';
import { ContactFields, type Contact, type Journal } from '../../../contract/domain';
import type { BackupView, ExportResult, RestoreResult } from '../../../contract/exchange';
import { startNetwerkdagboek } from '../../app-session';
import type { Clock } from '../../clock';
import { decodeJournal } from '../../journal/journal-file';
import { emptyJournal } from '../../journal/journal-store';
import { serializeJournal } from '../../journal/serialize';
import type { Netwerkdagboek } from '../../netwerkdagboek';
import { SettingsStore } from '../../settings/settings';

const clock: Clock = { now: () => new Date('2026-11-23T10:00:00Z'), zone: () => 'Europe/Amsterdam' };
const at = '2026-11-01T10:00:00.000Z';
let dir: string;
let journalPath: string;
let core: Netwerkdagboek | null;
let answers: { file: string | null; exportTo: string | null; asked: string[] };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-export-'));
  journalPath = join(dir, 'journal.json');
  core = null;
  answers = { file: null, exportTo: null, asked: [] };
});
afterEach(async () => {
  await core?.close();
  await rm(dir, { recursive: true, force: true });
});

function contact(id: string, name: string, fields: Partial<Contact> = {}): Contact {
  return {
    id,
    ...ContactFields.parse({ name }),
    archived: false,
    importedAt: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}
const journalWith = (...names: string[]): Journal => ({
  ...emptyJournal(),
  contacts: names.map((n, i) => contact(`c${i}`, n)),
});

async function start(
  journal: Journal | null = journalWith('Anna Bakker', 'Bram de Wit'),
): Promise<Netwerkdagboek> {
  if (journal) await writeFile(journalPath, serializeJournal(journal));
  core = await startNetwerkdagboek({
    journalPath,
    clock,
    settings: new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'ndb-test' })),
    systemLanguages: ['nl-NL'],
    openExternal: async () => undefined,
    showInFolder: () => undefined,
    chooseJournalLocation: async () => null,
    chooseJournalFile: async () => answers.file,
    chooseExportLocation: async (suggested) => {
      answers.asked.push(suggested);
      return answers.exportTo;
    },
    appVersion: '0.1.0',
  });
  return core;
}

async function call<T>(app: Netwerkdagboek, channel: string, payload?: unknown): Promise<T> {
  const result = (await app.dispatch(channel, payload)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.data;
}
async function names(app: Netwerkdagboek): Promise<string[]> {
  return (await call<{ contacts: { name: string }[] }>(app, 'contacts:list', {})).contacts.map((c) => c.name);
}

describe('exchange:export', () => {
  it('writes each format where the person chose, under a suggested name with today’s date', async () => {
    const app = await start();
    await call(app, 'conversations:create', { contactId: 'c0', date: '2026-11-30', time: '10:00' });
    for (const [format, ext] of [
      ['csv', 'csv'],
      ['vcard', 'vcf'],
      ['ics', 'ics'],
      ['json', 'json'],
    ] as const) {
      answers.exportTo = join(dir, 'Documenten', `export.${ext}`);
      await mkdir(join(dir, 'Documenten'), { recursive: true });
      const result = await call<ExportResult>(app, 'exchange:export', { format });
      expect(result).toMatchObject({ saved: true, path: answers.exportTo, problem: null });
      expect((await readFile(answers.exportTo)).length).toBeGreaterThan(0);
    }
    expect(answers.asked).toEqual([
      'netwerkdagboek-contacten-2026-11-23.csv',
      'netwerkdagboek-contacten-2026-11-23.vcf',
      'netwerkdagboek-agenda-2026-11-23.ics',
      'netwerkdagboek-dagboek-export-2026-11-23.json',
    ]);
    const csv = Papa.parse<string[]>(
      (await readFile(join(dir, 'Documenten', 'export.csv'), 'utf8')).slice(1),
      {
        skipEmptyLines: true,
      },
    ).data;
    expect(csv.map((row) => row[0])).toEqual(['Naam', 'Anna Bakker', 'Bram de Wit']);
    const cal = new ICAL.Component(ICAL.parse(await readFile(join(dir, 'Documenten', 'export.ics'), 'utf8')));
    expect(cal.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'))).toContain(
      'Netwerkgesprek met Anna Bakker',
    );
  });

  it('leaves archived contacts out of CSV and vCard (the full export keeps them)', async () => {
    const journal = journalWith('Anna Bakker');
    journal.contacts.push(contact('old', 'Oud Contact', { archived: true }));
    const app = await start(journal);
    answers.exportTo = join(dir, 'c.vcf');
    expect(await call<ExportResult>(app, 'exchange:export', { format: 'vcard' })).toMatchObject({ count: 1 });
    expect(await readFile(answers.exportTo, 'utf8')).not.toContain('Oud Contact');
    answers.exportTo = join(dir, 'all.json');
    await call(app, 'exchange:export', { format: 'json' });
    expect(decodeJournal(await readFile(answers.exportTo)).journal.contacts.map((c) => c.name)).toEqual([
      'Anna Bakker',
      'Oud Contact',
    ]);
  });

  it('writes nothing when the person cancels', async () => {
    const app = await start();
    const before = await readdir(dir);
    expect(await call<ExportResult>(app, 'exchange:export', { format: 'csv' })).toEqual({
      saved: false,
      path: null,
      count: 2,
      problem: null,
      empty: false,
    });
    expect(await readdir(dir)).toEqual(before);
  });

  it('asks nothing and writes nothing when there is nothing to export, and says so', async () => {
    const app = await start(emptyJournal());
    answers.exportTo = join(dir, 'leeg.csv');
    for (const format of ['csv', 'vcard', 'ics'] as const) {
      expect(await call<ExportResult>(app, 'exchange:export', { format })).toEqual({
        saved: false,
        path: null,
        count: 0,
        problem: null,
        empty: true,
      });
    }
    expect(answers.asked).toEqual([]);
    expect(await readdir(dir)).not.toContain('leeg.csv');
    // The full export is the journal itself, empty or not: it can be restored or opened later.
    answers.exportTo = join(dir, 'leeg.json');
    expect(await call<ExportResult>(app, 'exchange:export', { format: 'json' })).toMatchObject({
      saved: true,
      empty: false,
    });
  });

  it('refuses to save over the journal itself or into its backups, and leaves them as they were', async () => {
    const app = await start();
    await call(app, 'contacts:create', { name: 'Chris' });
    const journalBefore = await readFile(journalPath);
    answers.exportTo = journalPath;
    const refused = await app.dispatch('exchange:export', { format: 'csv' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'export_over_journal' } });
    expect(await readFile(journalPath)).toEqual(journalBefore);
    answers.exportTo = join(dir, 'backups', 'journal-2026-11-23.json');
    const backupBefore = await readFile(answers.exportTo);
    expect(await app.dispatch('exchange:export', { format: 'json' })).toMatchObject({ ok: false });
    expect(await readFile(answers.exportTo)).toEqual(backupBefore);
  });

  it('says in words why a file could not be written, and says it was not saved', async () => {
    const app = await start();
    answers.exportTo = join(dir, 'not-there', 'contacten.csv');
    const result = await call<ExportResult>(app, 'exchange:export', { format: 'csv' });
    expect(result.saved).toBe(false);
    expect(result.problem).toMatch(/niet meer/);
  });
});

describe('the full JSON export as the journal', () => {
  it('opens as the journal with journal:open, every record as it was', async () => {
    const app = await start();
    await call(app, 'conversations:create', { contactId: 'c1', date: '2026-11-30' });
    answers.exportTo = join(dir, 'export.json');
    await call(app, 'exchange:export', { format: 'json' });
    const exported = decodeJournal(await readFile(answers.exportTo)).journal;
    expect(exported).toEqual(app.store.data);
    answers.file = answers.exportTo;
    expect(await call(app, 'journal:open')).toEqual({ reopened: true });
    expect(app.store.path).toBe(answers.exportTo);
    expect(await names(app)).toEqual(['Anna Bakker', 'Bram de Wit']);
    expect(app.store.data.conversations).toHaveLength(1);
  });

  it('is restored in the journal’s place with journal:restoreFile, the journal as it was kept aside', async () => {
    const app = await start();
    answers.exportTo = join(dir, 'export.json');
    await call(app, 'exchange:export', { format: 'json' });
    await call(app, 'contacts:create', { name: 'Later Toegevoegd' });
    const journalBefore = await readFile(journalPath);
    answers.file = answers.exportTo;
    const result = await call<RestoreResult>(app, 'journal:restoreFile');
    expect(result.reopened).toBe(true);
    expect(result.keptAside).toBe(join(dir, 'journal.before-restore-2026-11-23T10-00-00-000Z.json'));
    expect(await readFile(result.keptAside!)).toEqual(journalBefore);
    expect(app.store.path).toBe(journalPath);
    expect(await names(app)).toEqual(['Anna Bakker', 'Bram de Wit']);
    // The journal works on as before: an edit lands on disk, in the restored journal.
    await call(app, 'contacts:create', { name: 'Daarna' });
    await app.store.flush();
    expect(decodeJournal(await readFile(journalPath)).journal.contacts.map((c) => c.name)).toContain(
      'Daarna',
    );
  });

  it('refuses a damaged file and one from a newer version with a message, changing nothing', async () => {
    const app = await start();
    const journalBefore = await readFile(journalPath);
    const folderBefore = (await readdir(dir)).sort();
    answers.file = join(dir, 'kapot.json');
    await writeFile(answers.file, '{"schemaVersion": 4, "contacts": [');
    expect(await app.dispatch('journal:restoreFile', undefined)).toMatchObject({
      ok: false,
      error: { code: 'not_a_journal', message: expect.stringContaining('geen dagboek') },
    });
    answers.file = join(dir, 'nieuwer.json');
    await writeFile(answers.file, JSON.stringify({ ...emptyJournal(), schemaVersion: 99 }));
    expect(await app.dispatch('journal:restoreFile', undefined)).toMatchObject({
      ok: false,
      error: { code: 'journal_newer', message: expect.stringContaining('nieuwere versie') },
    });
    expect(await readFile(journalPath)).toEqual(journalBefore);
    expect((await readdir(dir)).filter((n) => !['kapot.json', 'nieuwer.json'].includes(n)).sort()).toEqual(
      folderBefore,
    );
    expect(await names(app)).toEqual(['Anna Bakker', 'Bram de Wit']);
  });
});

describe('backups', () => {
  /** A backup of `day`, made (by its file's time) at 07:30 UTC that day. */
  async function backup(day: string, journal: Journal | string): Promise<void> {
    await mkdir(join(dir, 'backups'), { recursive: true });
    const file = join(dir, 'backups', `journal-${day}.json`);
    await writeFile(file, typeof journal === 'string' ? journal : serializeJournal(journal));
    await utimes(file, new Date(`${day}T07:30:00Z`), new Date(`${day}T07:30:00Z`));
  }

  it('lists each backup, newest first, with when it was made and its contacts and conversations', async () => {
    const older = journalWith('Anna Bakker');
    older.conversations = [];
    await backup('2026-11-20', older);
    await backup('2026-11-21', '{"schemaVersion": 4, "conta');
    await backup('2026-11-22', JSON.stringify({ ...emptyJournal(), schemaVersion: 99 }));
    const app = await start();
    const list = await call<BackupView[]>(app, 'journal:backups');
    expect(list).toEqual([
      // Made at this open, of the journal as it is, at the time on core's clock.
      {
        date: '2026-11-23',
        madeAt: '2026-11-23T10:00:00.000Z',
        contacts: 2,
        conversations: 0,
        restorable: true,
      },
      {
        date: '2026-11-22',
        madeAt: '2026-11-22T07:30:00.000Z',
        contacts: null,
        conversations: null,
        restorable: false,
      },
      {
        date: '2026-11-21',
        madeAt: '2026-11-21T07:30:00.000Z',
        contacts: null,
        conversations: null,
        restorable: false,
      },
      {
        date: '2026-11-20',
        madeAt: '2026-11-20T07:30:00.000Z',
        contacts: 1,
        conversations: 0,
        restorable: true,
      },
    ]);
  });

  it('restores one: the journal holds the backup’s records, the journal as it was is kept aside', async () => {
    await backup('2026-11-20', journalWith('Anna Bakker'));
    const app = await start(journalWith('Anna Bakker', 'Bram de Wit', 'Chris Jansen'));
    const journalBefore = await readFile(journalPath);
    const result = await call<RestoreResult>(app, 'journal:restoreBackup', { date: '2026-11-20' });
    expect(result).toEqual({
      reopened: true,
      keptAside: join(dir, 'journal.before-restore-2026-11-23T10-00-00-000Z.json'),
    });
    expect(await readFile(result.keptAside!)).toEqual(journalBefore);
    expect(await names(app)).toEqual(['Anna Bakker']);
    expect(decodeJournal(await readFile(journalPath)).journal.contacts).toHaveLength(1);
    // Going back is restoring the copy.
    answers.file = result.keptAside;
    await call(app, 'journal:restoreFile');
    expect(await names(app)).toEqual(['Anna Bakker', 'Bram de Wit', 'Chris Jansen']);
  });

  it('refuses a day without a backup and a damaged backup, changing nothing', async () => {
    await backup('2026-11-21', '{"schemaVersion": 4, "conta');
    const app = await start();
    const before = await readFile(journalPath);
    expect(await app.dispatch('journal:restoreBackup', { date: '2026-10-01' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await app.dispatch('journal:restoreBackup', { date: '2026-11-21' })).toMatchObject({
      ok: false,
      error: { code: 'not_a_journal' },
    });
    expect(await readFile(journalPath)).toEqual(before);
    expect((await readdir(dir)).some((n) => n.includes('before-restore'))).toBe(false);
  });
});
