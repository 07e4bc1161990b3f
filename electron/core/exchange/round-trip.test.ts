import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language, Result } from '../../contract/contract';
import type { Contact, ContactFieldsInput, Journal } from '../../contract/domain';
import type { ImportApplied, ImportPreview } from '../../contract/exchange';
import { openNetwerkdagboek, type Netwerkdagboek } from '../netwerkdagboek';
import { SettingsStore } from '../settings/settings';
import { ManualClock } from '../testing/manual-clock';
import { contactsCsv, csvDelimiter } from './write/csv';
import { contactsVcard } from './write/vcard';

/**
 * Our own exports import back without loss (issue 12): contacts written by the CSV export (Dutch with `;`,
 * English with `,`) and the vCard 4.0 export, the file on disk, read back through import:read and applied
 * into a fresh journal on another temp file: the same contacts. And the export imported into the journal
 * it came from makes nobody and changes nothing.
 */
let dir: string;
let opened: Netwerkdagboek[];
const clock = new ManualClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-round-trip-'));
  opened = [];
});
afterEach(async () => {
  for (const app of opened) await app.close();
  await rm(dir, { recursive: true, force: true });
});

async function journalAt(name: string): Promise<Netwerkdagboek> {
  const app = await openNetwerkdagboek({
    journalPath: join(dir, name, 'journal.json'),
    clock,
    timers: clock,
    watchTimers: clock,
    settings: new SettingsStore(new Conf({ cwd: join(dir, name, 'settings'), projectName: 'ndb-test' })),
    systemLanguages: ['nl-NL'],
    openExternal: async () => undefined,
    showInFolder: () => undefined,
    chooseJournalLocation: async () => null,
    appVersion: 'test',
    mayCreateJournal: true,
  });
  opened.push(app);
  return app;
}

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.data as T;
}

/** People as a job seeker keeps them: every field filled somewhere, with what spreadsheets trip over. */
const people: ContactFieldsInput[] = [
  {
    name: 'Zoë Çelik-de Vries',
    organisation: 'Gemeente Utrecht; afdeling Werk, Inkomen & "Participatie"',
    role: 'Beleidsmedewerker',
    email: 'zoë.devries@utrecht.nl',
    moreEmails: ['zoe@celik.example', 'z.celik@vereniging.nl'],
    phone: '+31 (0)6 12 34 56 78',
    morePhones: ['030 123 45 67'],
    linkedin: 'https://www.linkedin.com/in/zoë-çelik',
    birthday: '1988-02-29',
    circle: 'werk',
    warmth: 'warm',
    strength: 'goed',
    howWeMet: 'Netwerkborrel; daarna koffie.',
    aboutThem: 'Fietst, "altijd" op tijd.',
    canOffer: '-Mijn netwerk in de zorg',
    tags: ['overheid', 'koffie'],
    notes: '=1+1 is geen formule hier\nTweede regel; met puntkomma',
    lastContactOn: '2026-10-01',
  },
  {
    name: 'Sjoerd van der Meer',
    organisation: 'ASML',
    email: 'sjoerd@asml.example',
    circle: 'studie',
    warmth: 'lauw',
    strength: 'een-beetje',
    tags: ['tech'],
  },
  { name: 'Karin Bakker', phone: '06-98765432', notes: '@karin op Mastodon' },
];

/** What a contact's fields are, for comparing two journals (ids, stamps and importedAt differ). */
function fieldsOf(c: Contact, only?: readonly (keyof Contact)[]) {
  const { id: _id, createdAt: _c, updatedAt: _u, importedAt: _i, ...fields } = c;
  if (!only) return fields;
  return Object.fromEntries(only.map((k) => [k, c[k]]));
}
const byName = (a: Contact, b: Contact) => a.name.localeCompare(b.name);

async function importFile(app: Netwerkdagboek, fileName: string, bytes: Uint8Array) {
  const preview = ok<ImportPreview>(
    await app.dispatch('import:read', { fileName, data: Buffer.from(bytes).toString('base64') }),
  );
  const applied = ok<ImportApplied>(await app.dispatch('import:apply', { importId: preview.importId }));
  return { preview, applied };
}

async function onDisk(app: Netwerkdagboek): Promise<Journal> {
  await app.store.flush();
  return JSON.parse(await readFile(app.store.path, 'utf8')) as Journal;
}

/** The vCard holds what an address book has a place for; kring, warmth and the rest stay in the app. */
const vcardFields = [
  'name',
  'organisation',
  'role',
  'email',
  'moreEmails',
  'phone',
  'morePhones',
  'linkedin',
  'birthday',
  'tags',
  'notes',
] as const;

describe('our own exports, imported back', () => {
  for (const language of ['nl', 'en'] as const satisfies readonly Language[]) {
    it(`CSV (${language}): every field the export writes comes back, and again makes nobody`, async () => {
      const source = await journalAt('source');
      for (const p of people) ok(await source.dispatch('contacts:create', p));
      const contacts = [...source.store.data.contacts];
      const file = join(dir, `contacten-${language}.csv`);
      await writeFile(file, contactsCsv(contacts, language), 'utf8');
      const bytes = new Uint8Array(await readFile(file));
      // A phone number is written as it is (no `'+31…` in the spreadsheet); a note that starts a formula
      // is escaped, and both come back without a stray `'` (compared below, field by field).
      const text = await readFile(file, 'utf8');
      expect(text).toContain(`${csvDelimiter[language]}+31 (0)6 12 34 56 78${csvDelimiter[language]}`);
      expect(text).toContain(`"'=1+1 is geen formule hier`);

      const fresh = await journalAt(`fresh-${language}`);
      const { preview, applied } = await importFile(fresh, 'contacten.csv', bytes);
      // Known by its own columns: no mapping step.
      expect(preview).toMatchObject({ format: 'csv', columns: null });
      expect(applied).toMatchObject({ created: 3, skipped: 0 });
      const back = (await onDisk(fresh)).contacts.sort(byName);
      expect(back.map((c) => fieldsOf(c))).toEqual(contacts.sort(byName).map((c) => fieldsOf(c)));
      // Sorted in already in the export: nobody waits for the Indelen pass but Karin, who had no strength.
      expect(ok<{ total: number }>(await fresh.dispatch('contacts:list', { unsorted: true })).total).toBe(1);

      expect((await importFile(fresh, 'contacten.csv', bytes)).preview.counts).toEqual({
        nieuw: 0,
        bijwerken: 0,
        aanwezig: 3,
        overgeslagen: 0,
      });
      const before = await readFile(source.store.path, 'utf8');
      expect((await importFile(source, 'contacten.csv', bytes)).applied).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: 3,
      });
      expect(await readFile(source.store.path, 'utf8')).toBe(before);
    });
  }

  it('vCard 4.0: name, organisation, role, every address and number, LinkedIn, birthday, tags and notes', async () => {
    const source = await journalAt('source');
    for (const p of people) ok(await source.dispatch('contacts:create', p));
    const contacts = [...source.store.data.contacts];
    const file = join(dir, 'contacten.vcf');
    await writeFile(file, contactsVcard(contacts), 'utf8');
    const bytes = new Uint8Array(await readFile(file));

    const fresh = await journalAt('fresh');
    const { preview, applied } = await importFile(fresh, 'contacten.vcf', bytes);
    expect(preview.format).toBe('vcard');
    expect(applied).toMatchObject({ created: 3, skipped: 0 });
    const back = (await onDisk(fresh)).contacts.sort(byName);
    expect(back.map((c) => fieldsOf(c, vcardFields))).toEqual(
      contacts.sort(byName).map((c) => fieldsOf(c, vcardFields)),
    );

    const before = await readFile(source.store.path, 'utf8');
    expect((await importFile(source, 'contacten.vcf', bytes)).applied).toMatchObject({
      created: 0,
      updated: 0,
    });
    expect(await readFile(source.store.path, 'utf8')).toBe(before);
  });
});
