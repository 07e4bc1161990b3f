import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../contract/contract';
import type { Contact, Journal } from '../../contract/domain';
import { IMPORT_MAX_BYTES, type ImportedPerson, type SkippedRow } from '../../contract/exchange';
import { openNetwerkdagboek, type Netwerkdagboek } from '../netwerkdagboek';
import { SettingsStore } from '../settings/settings';
import { ManualClock } from '../testing/manual-clock';
import { ImportFlow, type FileReading } from './import-flow';

const ZONE = 'Europe/Amsterdam';
let dir: string;
let app: Netwerkdagboek;
let clock: ManualClock;
let settings: SettingsStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-import-'));
  clock = new ManualClock('2026-11-23T10:00:00+01:00', ZONE);
  settings = new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'netwerkdagboek-test' }));
  app = await openNetwerkdagboek({
    journalPath: join(dir, 'journal.json'),
    clock,
    timers: clock,
    watchTimers: clock,
    settings,
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

function ok<T>(result: Result<T> | Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.data as T;
}

/** One person as a file reader gives them; only what a test needs is given. */
function person(at: number, fields: Partial<ImportedPerson>): ImportedPerson {
  return {
    at,
    name: '',
    organisation: '',
    role: '',
    emails: [],
    phones: [],
    linkedin: '',
    tags: [],
    notes: '',
    connectedOn: null,
    birthday: null,
    ...fields,
  };
}

/** The import flow on the core's own journal, reading "files" that hold these people. */
function flowReading(people: ImportedPerson[], skipped: SkippedRow[] = [], format = 'linkedin' as const) {
  const reading: FileReading = { format, people, skipped };
  return new ImportFlow({ store: app.store, clock, language: app.language, read: () => reading });
}

async function contact(fields: Record<string, unknown>): Promise<Contact> {
  return ok<Contact>(await app.dispatch('contacts:create', fields));
}

const contacts = () => app.store.data.contacts;
async function onDisk(): Promise<Journal> {
  await app.store.flush();
  return JSON.parse(await readFile(app.store.path, 'utf8')) as Journal;
}

describe('the preview', () => {
  it('says who is new, who is already there and who would be filled in, with counts', async () => {
    const anna = await contact({ name: 'Anna de Vries', email: 'anna@utrecht.nl', organisation: 'Gemeente' });
    const bram = await contact({ name: 'Bram Jansen', linkedin: 'https://linkedin.com/in/bramjansen/' });
    const flow = flowReading([
      person(1, { name: 'Anna de Vries', emails: ['ANNA@utrecht.nl'], organisation: 'Gemeente' }),
      person(2, {
        name: 'Bram Jansen',
        linkedin: 'https://www.linkedin.com/in/BramJansen',
        role: 'Recruiter',
      }),
      person(3, { name: 'Chris Pietersen', organisation: 'Bol' }),
      person(4, { name: '   ' }),
    ]);
    const preview = await flow.read('Connections.csv', '');
    expect(preview).toMatchObject({
      fileName: 'Connections.csv',
      format: 'linkedin',
      total: 4,
      counts: { nieuw: 1, bijwerken: 1, aanwezig: 1, overgeslagen: 1 },
    });
    const { rows } = flow.rows({ importId: preview.importId, status: null, offset: 0, limit: 10 });
    expect(rows.map((r) => [r.at, r.status, r.match?.contactId ?? null, r.match?.by ?? null])).toEqual([
      [1, 'aanwezig', anna.id, 'email'],
      [2, 'bijwerken', bram.id, 'linkedin'],
      [3, 'nieuw', null, null],
      [4, 'overgeslagen', null, null],
    ]);
    expect(rows[1]).toMatchObject({ fills: ['role'], adds: { emails: [], phones: [], tags: [] } });
    expect(rows[3]!.skipped).toBe('no_name');
    // Nothing is written before the person confirms.
    expect(contacts()).toHaveLength(2);
  });

  it('matches a similar name only at the same organisation', async () => {
    const anna = await contact({ name: 'Anna Bakker', organisation: 'ING Bank' });
    await contact({ name: 'Piet Smit' });
    const flow = flowReading([
      person(1, { name: 'Anna Maria Bakker', organisation: 'ing bank' }),
      person(2, { name: 'Anna Bakker', organisation: 'Rabobank' }),
      // Without an organisation on either side only the very same name is the same person.
      person(3, { name: 'Piet Smit' }),
      person(4, { name: 'Piet' }),
    ]);
    const { importId } = await flow.read('x.csv', '');
    const { rows } = flow.rows({ importId, status: null, offset: 0, limit: 10 });
    expect(rows.map((r) => [r.status, r.match?.by ?? null])).toEqual([
      ['aanwezig', 'name-organisation'],
      ['nieuw', null],
      ['aanwezig', 'name-organisation'],
      ['nieuw', null],
    ]);
    expect(rows[0]!.match!.contactId).toBe(anna.id);
  });

  it('filters by status, a window at a time', async () => {
    const people = Array.from({ length: 250 }, (_, i) => person(i + 1, { name: `Persoon ${i + 1}` }));
    people.push(person(251, { name: '' }));
    const flow = flowReading(people);
    const { importId } = await flow.read('x.csv', '');
    const page = flow.rows({ importId, status: 'nieuw', offset: 200, limit: 100 });
    expect(page.total).toBe(250);
    expect(page.rows.map((r) => r.at)).toEqual(Array.from({ length: 50 }, (_, i) => 201 + i));
    expect(
      flow.rows({ importId, status: 'overgeslagen', offset: 0, limit: 10 }).rows.map((r) => r.at),
    ).toEqual([251]);
  });

  it('makes a person named twice in the file once', async () => {
    const flow = flowReading([
      person(1, { name: 'Sanne Visser', emails: ['sanne@example.nl'] }),
      person(2, { name: 'S. Visser', emails: ['Sanne@Example.nl'] }),
      // The same name elsewhere is someone else.
      person(3, { name: 'Sanne Visser', organisation: 'Bol' }),
    ]);
    const { importId, counts } = await flow.read('x.csv', '');
    expect(counts).toEqual({ nieuw: 2, bijwerken: 0, aanwezig: 0, overgeslagen: 1 });
    expect(flow.rows({ importId, status: 'overgeslagen', offset: 0, limit: 5 }).rows[0]).toMatchObject({
      at: 2,
      skipped: 'same_as_earlier_row',
    });
  });
});

describe('applying', () => {
  it('never overwrites what the person wrote: it fills empty fields and adds e-mails, phones and tags', async () => {
    const mine = await contact({
      name: 'Anna de Vries',
      email: 'anna@utrecht.nl',
      organisation: 'Gemeente Utrecht',
      notes: 'Mijn eigen aantekening',
      circle: 'werk',
      warmth: 'warm',
      strength: 'goed',
      aboutThem: 'Kent iedereen',
      canOffer: 'Subsidies',
      tags: ['Overheid'],
    });
    const flow = flowReading([
      person(1, {
        name: 'Anna van Vries',
        emails: ['anna@utrecht.nl', 'anna.prive@example.nl'],
        phones: ['06-12345678', 'niet een nummer'],
        organisation: 'Andere werkgever',
        role: 'Adviseur',
        notes: 'Notitie uit het adresboek',
        tags: ['overheid', 'ruimtelijke ordening'],
        connectedOn: '2024-03-12',
        birthday: '1985-06-01',
      }),
    ]);
    const { importId } = await flow.read('x.vcf', '');
    const [row] = flow.rows({ importId, status: null, offset: 0, limit: 1 }).rows;
    expect(row).toMatchObject({
      status: 'bijwerken',
      fills: expect.arrayContaining(['role', 'phone', 'howWeMet', 'birthday']),
      adds: { emails: ['anna.prive@example.nl'], phones: [], tags: ['ruimtelijke ordening'] },
    });
    expect(await flow.apply(importId, [])).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const after = app.contacts.get(mine.id);
    expect(after).toMatchObject({
      name: 'Anna de Vries',
      organisation: 'Gemeente Utrecht',
      notes: 'Mijn eigen aantekening',
      circle: 'werk',
      warmth: 'warm',
      strength: 'goed',
      aboutThem: 'Kent iedereen',
      canOffer: 'Subsidies',
      role: 'Adviseur',
      phone: '06-12345678',
      moreEmails: ['anna.prive@example.nl'],
      morePhones: [],
      tags: ['Overheid', 'ruimtelijke ordening'],
      howWeMet: 'Verbonden op LinkedIn sinds 12 maart 2024.',
      birthday: '1985-06-01',
      importedAt: null,
    });
  });

  it('writes everything in one step, on disk once answered, leaving out the rows unticked', async () => {
    const people = [
      person(1, {
        name: 'Anna Bakker',
        emails: ['anna@example.nl', 'a.bakker@werk.nl'],
        connectedOn: '2024-03-12',
      }),
      person(2, { name: 'Bram Jansen', phones: ['+31 6 1234 5678'] }),
      person(3, { name: 'Chris Pietersen' }),
    ];
    const flow = flowReading(people, [{ at: 4, reason: 'unreadable', excerpt: '"Dana,de Wit' }]);
    const { importId } = await flow.read('x.csv', '');
    const edits = app.store.editCount;
    expect(await flow.apply(importId, [2])).toEqual({
      importId,
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      excluded: 1,
    });
    expect(app.store.editCount - edits).toBe(1);
    const saved = (await onDisk()).contacts;
    expect(saved.map((c) => c.name)).toEqual(['Anna Bakker', 'Chris Pietersen']);
    expect(saved[0]).toMatchObject({
      email: 'anna@example.nl',
      moreEmails: ['a.bakker@werk.nl'],
      howWeMet: 'Verbonden op LinkedIn sinds 12 maart 2024.',
      circle: null,
      warmth: null,
      strength: null,
      importedAt: '2026-11-23T09:00:00.000Z',
    });
    // The import is closed once applied.
    expect(() => flow.rows({ importId, status: null, offset: 0, limit: 1 })).toThrow('import_expired');
  });

  it('the same file again creates nobody', async () => {
    const people = Array.from({ length: 40 }, (_, i) =>
      person(i + 1, {
        name: `Persoon ${i}`,
        organisation: i % 2 ? 'Bol' : '',
        linkedin: i % 3 ? `https://www.linkedin.com/in/persoon-${i}` : '',
        connectedOn: '2025-01-0' + ((i % 9) + 1),
      }),
    );
    const flow = flowReading(people);
    await flow.apply((await flow.read('Connections.csv', '')).importId, []);
    expect(contacts()).toHaveLength(40);
    const again = await flow.read('Connections.csv', '');
    expect(again.counts).toEqual({ nieuw: 0, bijwerken: 0, aanwezig: 40, overgeslagen: 0 });
    expect(await flow.apply(again.importId, [])).toMatchObject({ created: 0, updated: 0, unchanged: 40 });
    expect(contacts()).toHaveLength(40);
  });

  it('"Connected On" reads in the language of the app', async () => {
    settings.update({ language: 'en' });
    const flow = flowReading([person(1, { name: 'Anna', connectedOn: '2024-03-12' })]);
    await flow.apply((await flow.read('Connections.csv', '')).importId, []);
    expect(contacts()[0]!.howWeMet).toBe('Connected on LinkedIn since 12 March 2024.');
  });

  it('"Connected On" is written in the language of the moment of applying, not of reading (trial s7)', async () => {
    const flow = flowReading([
      person(1, { name: 'Anna', connectedOn: '2024-03-12' }),
      person(2, { name: 'Bram', connectedOn: '2023-06-03' }),
    ]);
    // Read in Dutch, the language switched to English while the preview was open, then confirmed.
    const { importId } = await flow.read('Connections.csv', '');
    settings.update({ language: 'en' });
    await flow.apply(importId, []);
    expect((await onDisk()).contacts.map((c) => c.howWeMet).sort()).toEqual([
      'Connected on LinkedIn since 12 March 2024.',
      'Connected on LinkedIn since 3 June 2023.',
    ]);
    // And the other way round.
    settings.update({ language: 'en' });
    const other = flowReading([person(1, { name: 'Carla', connectedOn: '2022-01-20' })]);
    const second = await other.read('Connections.csv', '');
    settings.update({ language: 'nl' });
    await other.apply(second.importId, []);
    expect(contacts().find((c) => c.name === 'Carla')!.howWeMet).toBe(
      'Verbonden op LinkedIn sinds 20 januari 2022.',
    );
  });
});

describe('undo', () => {
  it('takes the whole import back: new contacts removed, filled-in ones as they were', async () => {
    const mine = await contact({ name: 'Anna de Vries', email: 'anna@utrecht.nl' });
    const flow = flowReading([
      person(1, { name: 'Anna de Vries', emails: ['anna@utrecht.nl'], role: 'Adviseur', tags: ['ict'] }),
      person(2, { name: 'Bram Jansen' }),
      person(3, { name: 'Chris Pietersen' }),
    ]);
    const { importId } = await flow.read('x.csv', '');
    await flow.apply(importId, []);
    expect(contacts()).toHaveLength(3);
    const edits = app.store.editCount;
    expect(flow.undo(importId)).toEqual({ removed: 2, restored: 1, kept: 0 });
    expect(app.store.editCount - edits).toBe(1);
    const saved = (await onDisk()).contacts;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ id: mine.id, role: '', tags: [], email: 'anna@utrecht.nl' });
    expect(() => flow.undo(importId)).toThrow('nothing_to_undo');
  });

  it('keeps what the person changed or used since, and says how many', async () => {
    const mine = await contact({ name: 'Anna de Vries', email: 'anna@utrecht.nl' });
    const flow = flowReading([
      person(1, { name: 'Anna de Vries', emails: ['anna@utrecht.nl'], role: 'Adviseur' }),
      person(2, { name: 'Bram Jansen' }),
      person(3, { name: 'Chris Pietersen' }),
      person(4, { name: 'Dirk Dekker' }),
    ]);
    const { importId } = await flow.read('x.csv', '');
    await flow.apply(importId, []);
    const byName = (name: string) => contacts().find((c) => c.name === name)!;
    clock.advance(60_000);
    ok(await app.dispatch('contacts:update', { id: mine.id, changes: { notes: 'Gebeld' } }));
    ok(
      await app.dispatch('contacts:update', { id: byName('Bram Jansen').id, changes: { strength: 'goed' } }),
    );
    ok(
      await app.dispatch('touches:add', {
        contactId: byName('Chris Pietersen').id,
        channel: 'telefoon',
        on: '2026-11-23',
      }),
    );
    expect(flow.undo(importId)).toEqual({ removed: 1, restored: 0, kept: 3 });
    expect(contacts().map((c) => c.name)).toEqual(['Anna de Vries', 'Bram Jansen', 'Chris Pietersen']);
    expect(app.contacts.get(mine.id)).toMatchObject({ role: 'Adviseur', notes: 'Gebeld' });
  });
});

describe('the channels', () => {
  it('refuses a file over 20 MB with the sentence that says so, and changes nothing', async () => {
    const data = 'A'.repeat(Math.ceil((IMPORT_MAX_BYTES + 3) / 3) * 4);
    const result = await app.dispatch('import:read', { fileName: 'groot.csv', data });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'import_too_large', message: expect.stringContaining('20 MB') },
    });
  });

  it('refuses what is not base64, and an import that is not open', async () => {
    expect(await app.dispatch('import:read', { fileName: 'x.csv', data: 'niet base64!' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    for (const channel of ['import:rows', 'import:apply'] as const) {
      expect(await app.dispatch(channel, { importId: 'weg' })).toMatchObject({
        ok: false,
        error: { code: 'import_expired', message: expect.stringContaining('opnieuw') },
      });
    }
    expect(await app.dispatch('import:undo', { importId: 'weg' })).toMatchObject({
      ok: false,
      error: { code: 'nothing_to_undo' },
    });
    expect(ok(await app.dispatch('import:cancel', { importId: 'weg' }))).toEqual({ importId: 'weg' });
  });
});

describe('no pile of reminders', () => {
  const keepInTouch = () =>
    app.store.data.reminders.filter((r) => r.kind === 'contact-onderhouden' && r.state === 'open');

  it('300 imported connections get no keep-in-touch nudge until sorted in, even with a default for people without a strength', async () => {
    settings.update({
      keepInTouchDefaults: {
        'heel-goed': 'geen',
        goed: 'halfjaar',
        'een-beetje': 'kwartaal',
        onbekend: 'maandelijks',
      },
    });
    const typedIn = await contact({ name: 'Zelf ingevoerd', lastContactOn: '2026-01-01' });
    const people = Array.from({ length: 300 }, (_, i) => person(i + 1, { name: `Connectie ${i + 1}` }));
    const flow = flowReading(people);
    await flow.apply((await flow.read('Connections.csv', '')).importId, []);
    ok(await app.dispatch('reminders:count', undefined));
    // The contact the person typed in without a strength follows the default as before.
    expect(keepInTouch().map((r) => r.contactId)).toEqual([typedIn.id]);
    const someone = contacts().find((c) => c.importedAt !== null)!;
    expect(ok(await app.dispatch('reminders:keepInTouch', { contactId: someone.id }))).toMatchObject({
      effective: 'geen',
      state: 'none',
    });
    // Opening the journal again makes none either.
    await app.close();
    app = await openNetwerkdagboek({
      journalPath: app.store.path,
      clock,
      timers: clock,
      watchTimers: clock,
      settings,
      systemLanguages: ['nl-NL'],
      openExternal: async () => undefined,
      showInFolder: () => undefined,
      chooseJournalLocation: async () => null,
      appVersion: 'test',
    });
    expect(keepInTouch()).toHaveLength(1);
  });

  it('once sorted in, their first nudges come a few a day from tomorrow, not all on one day', async () => {
    const people = Array.from({ length: 60 }, (_, i) => person(i + 1, { name: `Connectie ${i + 1}` }));
    const flow = flowReading(people);
    await flow.apply((await flow.read('Connections.csv', '')).importId, []);
    // The sort-in pass: one person at a time, a strength each.
    for (const c of contacts().slice(0, 45)) {
      ok(
        await app.dispatch('contacts:update', {
          id: c.id,
          changes: { strength: 'een-beetje', circle: 'online' },
        }),
      );
    }
    const days = new Map<string, number>();
    for (const r of keepInTouch()) days.set(r.due.date, (days.get(r.due.date) ?? 0) + 1);
    expect([...days.values()].reduce((a, b) => a + b, 0)).toBe(45);
    expect(Math.max(...days.values())).toBeLessThanOrEqual(3);
    const sorted = [...days.keys()].sort();
    expect(sorted[0]).toBe('2026-11-24');
    expect(sorted.at(-1)! <= '2026-12-08').toBe(true);
    // Nothing is overdue or due today, so nothing lands under Te laat.
    expect(ok<{ due: number }>(await app.dispatch('reminders:count', undefined)).due).toBe(0);
    // The first nudge stays on its day when the contact is edited again, and after it the cadence counts as usual.
    const first = keepInTouch()[0]!;
    ok(await app.dispatch('contacts:update', { id: first.contactId!, changes: { warmth: 'lauw' } }));
    expect(keepInTouch().find((r) => r.contactId === first.contactId)!.due.date).toBe(first.due.date);
    ok(
      await app.dispatch('touches:add', {
        contactId: first.contactId!,
        channel: 'bericht',
        on: '2026-11-23',
      }),
    );
    expect(keepInTouch().find((r) => r.contactId === first.contactId)!.due.date).toBe('2027-02-23');
  });
});
