import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactList, Result } from '../../contract/contract';
import type { Journal } from '../../contract/domain';
import type { ImportApplied, ImportPreview, ImportRows, ImportUndone } from '../../contract/exchange';
import { errorMessages } from '../../contract/messages';
import { openNetwerkdagboek, type Netwerkdagboek } from '../netwerkdagboek';
import { SettingsStore } from '../settings/settings';
import { ManualClock } from '../testing/manual-clock';
import { fixture } from './read/testing/fixtures';

/**
 * The import pipeline on real files (issue 12): the bytes of files as the apps write them
 * (read/fixtures/) through core's channels, as the dialog sends them, into a journal on a temp file.
 */
let dir: string;
let journalPath: string;
let app: Netwerkdagboek;
const clock = new ManualClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-import-files-'));
  journalPath = join(dir, 'journal.json');
  app = await openNetwerkdagboek({
    journalPath,
    clock,
    timers: clock,
    watchTimers: clock,
    settings: new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'netwerkdagboek-test' })),
    systemLanguages: ['nl-NL'],
    openExternal: async () => undefined,
    showInFolder: () => undefined,
    chooseJournalLocation: async () => null,
    appVersion: 'test',
    mayCreateJournal: true,
  });
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.data as T;
}
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const read = async (name: string, bytes = fixture(name)) =>
  app.dispatch('import:read', { fileName: name, data: base64(bytes) });
const rows = async (importId: string) =>
  ok<ImportRows>(await app.dispatch('import:rows', { importId, limit: 500 })).rows;
async function onDisk(): Promise<Journal> {
  await app.store.flush();
  return JSON.parse(await readFile(journalPath, 'utf8')) as Journal;
}

describe("LinkedIn's Connections.csv, from file to journal", () => {
  it('previews, applies in one write, makes people waiting to be sorted in, and the same file again makes none', async () => {
    ok(await app.dispatch('contacts:create', { name: 'Fatma Yılmaz', organisation: 'Rabobank' }));
    const preview = ok<ImportPreview>(await read('linkedin-connections.csv'));
    expect(preview).toMatchObject({
      format: 'linkedin',
      columns: null,
      total: 7,
      counts: { nieuw: 5, bijwerken: 1, aanwezig: 0, overgeslagen: 1 },
      // A CSV has no photos or postal addresses to leave out.
      leftOut: { photos: 0, addresses: 0 },
    });
    const shown = await rows(preview.importId);
    // The deactivated member has no name; the row says where in the file it was and what it held.
    expect(shown.find((r) => r.status === 'overgeslagen')).toMatchObject({
      at: 6,
      skipped: 'no_name',
      excerpt: 'https://www.linkedin.com/in/deactivated-member, 05 May 2020',
    });
    // Fatma was typed in: her e-mail address and LinkedIn are filled in, nothing she wrote is changed.
    expect(shown.find((r) => r.status === 'bijwerken')).toMatchObject({
      name: 'Fatma Yılmaz',
      match: { by: 'name-organisation' },
      fills: expect.arrayContaining(['email', 'linkedin', 'role', 'howWeMet']),
    });
    expect((await onDisk()).contacts).toHaveLength(1);

    const edits = app.store.editCount;
    const applied = ok<ImportApplied>(await app.dispatch('import:apply', { importId: preview.importId }));
    expect(applied).toMatchObject({ created: 5, updated: 1, skipped: 1, excluded: 0 });
    expect(app.store.editCount).toBe(edits + 1);
    const journal = await onDisk();
    const anna = journal.contacts.find((c) => c.name === 'Anna de Vries')!;
    expect(anna).toMatchObject({
      organisation: 'Gemeente Utrecht',
      linkedin: 'https://www.linkedin.com/in/annadevries',
      howWeMet: 'Verbonden op LinkedIn sinds 12 maart 2024.',
      importedAt: '2026-11-23T09:00:00.000Z',
      circle: null,
      warmth: null,
      strength: null,
    });
    expect(journal.contacts.find((c) => c.name === 'Fatma Yılmaz')).toMatchObject({
      email: 'fatma.yilmaz@example.com',
      importedAt: null,
    });
    // The five new people wait for the Indelen pass; Fatma, typed in, does not.
    const unsorted = ok<ContactList>(await app.dispatch('contacts:list', { unsorted: true }));
    expect(unsorted.total).toBe(5);
    // No keep-in-touch nudges for people nobody has looked at yet.
    expect(journal.reminders.filter((r) => r.kind === 'contact-onderhouden')).toEqual([]);

    const again = ok<ImportPreview>(await read('linkedin-connections.csv'));
    expect(again.counts).toEqual({ nieuw: 0, bijwerken: 0, aanwezig: 6, overgeslagen: 1 });
    expect(ok<ImportApplied>(await app.dispatch('import:apply', { importId: again.importId }))).toMatchObject(
      {
        created: 0,
        updated: 0,
      },
    );
    expect((await onDisk()).contacts).toHaveLength(6);
  });

  it('undoes the import in one step, on disk: the new people gone, Fatma as she was', async () => {
    const fatma = ok(
      await app.dispatch('contacts:create', { name: 'Fatma Yılmaz', organisation: 'Rabobank' }),
    );
    const { importId } = ok<ImportPreview>(await read('linkedin-connections.csv'));
    ok(await app.dispatch('import:apply', { importId }));
    const edits = app.store.editCount;
    expect(ok<ImportUndone>(await app.dispatch('import:undo', { importId }))).toEqual({
      removed: 5,
      restored: 1,
      kept: 0,
    });
    expect(app.store.editCount).toBe(edits + 1);
    const journal = await onDisk();
    expect(journal.contacts).toEqual([{ ...(fatma as object), updatedAt: expect.any(String) }]);
    expect(await app.dispatch('import:undo', { importId })).toMatchObject({
      ok: false,
      error: { code: 'nothing_to_undo' },
    });
  });

  it('a vCard preview says how many photos and postal addresses it leaves out', async () => {
    const preview = ok<ImportPreview>(await read('outlook-2.1-windows-1252.vcf'));
    expect(preview).toMatchObject({ format: 'vcard', leftOut: { photos: 1, addresses: 1 } });
  });

  it('keeps addresses with accented letters before the @, as the contact form does', async () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const csv = `${header}\nZoë,de Vries,,zoë.devries@example.nl,KPN,Jurist,12 Mar 2024\nJoëlle,Dubois,,joëlle.dubois@example.be,,,`;
    const { importId } = ok<ImportPreview>(await read('Connections.csv', new TextEncoder().encode(csv)));
    expect(ok<ImportApplied>(await app.dispatch('import:apply', { importId })).created).toBe(2);
    expect((await onDisk()).contacts.map((c) => c.email)).toEqual([
      'zoë.devries@example.nl',
      'joëlle.dubois@example.be',
    ]);
  });
});

describe('a CSV of columns no app we know writes', () => {
  it('shows its columns and a suggested mapping first; refuses a mapping without a name; then previews', async () => {
    const preview = ok<ImportPreview>(await read('excel-list-nl-1252.csv'));
    expect(preview).toMatchObject({ format: 'csv', mapping: null, total: 0 });
    expect(preview.columns?.header).toEqual([
      'Naam',
      'Bedrijf',
      'Functie',
      'E-mailadres',
      'Telefoon',
      'Opmerkingen',
      'Groepen',
    ]);
    const refused = await app.dispatch('import:map', {
      importId: preview.importId,
      mapping: { organisation: 1 },
    });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'import_no_name_column', message: errorMessages.nl.errors.import_no_name_column },
    });
    const mapped = ok<ImportPreview>(
      await app.dispatch('import:map', { importId: preview.importId, mapping: preview.columns!.suggested }),
    );
    expect(mapped.counts).toMatchObject({ nieuw: 3 });
    ok(await app.dispatch('import:apply', { importId: preview.importId }));
    expect((await onDisk()).contacts.find((c) => c.name === 'José Martínez')).toMatchObject({
      organisation: 'Café de Zwaan',
      email: 'jose@example.nl',
      tags: ['horeca', 'Utrecht'],
    });
  });

  it('leaves out rows with formulas, says which, and never writes them', async () => {
    const { importId } = ok<ImportPreview>(await read('formulas.csv'));
    const mapped = ok<ImportPreview>(
      await app.dispatch('import:map', {
        importId,
        mapping: { name: 0, email: 1, organisation: 2, notes: 3 },
      }),
    );
    expect(mapped.counts).toEqual({ nieuw: 2, bijwerken: 0, aanwezig: 0, overgeslagen: 3 });
    const skipped = (await rows(importId)).filter((r) => r.status === 'overgeslagen');
    expect(skipped.map((r) => [r.at, r.skipped])).toEqual([
      [2, 'formula'],
      [3, 'formula'],
      [5, 'formula'],
    ]);
    expect(skipped[0]!.excerpt).toContain('=HYPERLINK(');
    ok(await app.dispatch('import:apply', { importId }));
    const text = await readFile(journalPath, 'utf8');
    expect(text).not.toContain('HYPERLINK');
    expect(text).not.toContain('@SUM');
  });
});

describe('files that are no import', () => {
  it('are refused with a sentence that says what to do, and the journal is not touched', async () => {
    ok(await app.dispatch('contacts:create', { name: 'Anna' }));
    const before = await readFile(journalPath, 'utf8');
    for (const [name, code] of [
      ['header-only.csv', 'import_no_rows'],
      ['photo-renamed.csv', 'import_not_text'],
      ['no-end.vcf', 'import_unreadable'],
    ] as const) {
      expect(await read(name), name).toEqual({
        ok: false,
        error: { code, message: errorMessages.nl.errors[code] },
      });
    }
    expect(await read('leeg.csv', new Uint8Array())).toMatchObject({
      ok: false,
      error: { code: 'import_empty' },
    });
    expect(await readFile(journalPath, 'utf8')).toBe(before);
  });
});

describe('bad input through the whole pipeline', () => {
  it('a 50 MB file is refused by its size, with the sentence that says what to do; nothing changes', async () => {
    ok(await app.dispatch('contacts:create', { name: 'Anna' }));
    const before = await readFile(journalPath, 'utf8');
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    expect(await read('alles.csv', big)).toEqual({
      ok: false,
      error: { code: 'import_too_large', message: errorMessages.nl.errors.import_too_large },
    });
    expect(errorMessages.nl.errors.import_too_large).toContain('20 MB');
    expect(await readFile(journalPath, 'utf8')).toBe(before);
  });

  it('10,000 identical rows make one person, the rest skipped as the same; nothing written before apply', async () => {
    ok(await app.dispatch('contacts:create', { name: 'Anna' }));
    const before = await readFile(journalPath, 'utf8');
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const row = 'Bram,Jansen,https://www.linkedin.com/in/bramjansen,,Bol,Recruiter,12 Mar 2024';
    const csv = [header, ...Array.from({ length: 10_000 }, () => row)].join('\n');
    const preview = ok<ImportPreview>(await read('Connections.csv', new TextEncoder().encode(csv)));
    expect(preview.counts).toEqual({ nieuw: 1, bijwerken: 0, aanwezig: 0, overgeslagen: 9_999 });
    const skipped = ok<ImportRows>(
      await app.dispatch('import:rows', { importId: preview.importId, status: 'overgeslagen', limit: 2 }),
    );
    expect(skipped).toMatchObject({
      total: 9_999,
      rows: [{ at: 2, skipped: 'same_as_earlier_row' }, { at: 3 }],
    });
    // Reading, previewing and paging wrote nothing.
    expect(await readFile(journalPath, 'utf8')).toBe(before);
    expect(
      ok<ImportApplied>(await app.dispatch('import:apply', { importId: preview.importId })),
    ).toMatchObject({ created: 1, skipped: 9_999 });
    expect((await onDisk()).contacts.map((c) => c.name)).toEqual(['Anna', 'Bram Jansen']);
  });

  it('cancelling an import leaves the journal as it was, and the import can no longer be applied', async () => {
    const before = await readFile(journalPath, 'utf8').catch(() => null);
    const { importId } = ok<ImportPreview>(await read('linkedin-connections.csv'));
    ok(await app.dispatch('import:cancel', { importId }));
    expect(await app.dispatch('import:apply', { importId })).toMatchObject({
      ok: false,
      error: { code: 'import_expired' },
    });
    expect(await readFile(journalPath, 'utf8').catch(() => null)).toBe(before);
    expect(app.store.data.contacts).toEqual([]);
  });
});
