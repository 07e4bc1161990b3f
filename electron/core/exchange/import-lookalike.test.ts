import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../contract/contract';
import type { Contact, Journal } from '../../contract/domain';
import type { ImportedPerson } from '../../contract/exchange';
import { openNetwerkdagboek, type Netwerkdagboek } from '../netwerkdagboek';
import { SettingsStore } from '../settings/settings';
import { ManualClock } from '../testing/manual-clock';
import { ImportFlow, type FileReading } from './import-flow';

/**
 * Trial s6, finding 1: a phone's card of someone LinkedIn brought in ("Bram Jansen", company written
 * differently or missing) was shown as plain "Nieuw" and became a duplicate. The preview now names the
 * contact it looks like, and the person can add the row to them instead.
 */
let dir: string;
let app: Netwerkdagboek;
let clock: ManualClock;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-lookalike-'));
  clock = new ManualClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');
  const settings = new SettingsStore(
    new Conf({ cwd: join(dir, 'settings'), projectName: 'netwerkdagboek-test' }),
  );
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

function person(at: number, fields: Partial<ImportedPerson>): ImportedPerson {
  const none = { name: '', organisation: '', role: '', emails: [], phones: [], linkedin: '', tags: [] };
  return { at, ...none, notes: '', connectedOn: null, birthday: null, ...fields };
}

function flowReading(people: ImportedPerson[]) {
  const reading: FileReading = { format: 'vcard', people, skipped: [] };
  return new ImportFlow({ store: app.store, clock, language: app.language, read: () => reading });
}

const contact = async (fields: Record<string, unknown>) =>
  ok<Contact>(await app.dispatch('contacts:create', fields));

async function onDisk(): Promise<Journal> {
  await app.store.flush();
  return JSON.parse(await readFile(app.store.path, 'utf8')) as Journal;
}

describe('a new row with the name of a contact at another or no organisation', () => {
  it('names the contact it looks like, and stays new unless the person chooses', async () => {
    const bram = await contact({ name: 'Bram Jansen', organisation: 'Rabobank, Utrecht' });
    const daniel = await contact({
      name: 'Daniël Bakker',
      organisation: 'Gemeente Utrecht',
      email: 'daniel@bakker.nl',
    });
    const sanne = await contact({ name: 'Sanne Smit' });
    const flow = flowReading([
      person(1, { name: 'Bram Jansen', organisation: 'Rabobank', phones: ['030-2345678'] }),
      person(2, { name: 'Daniel Bakker', phones: ['06-11112222'] }),
      person(3, { name: 'Tessa Dijkstra', organisation: 'Deloitte' }),
      person(4, { name: 'Sanne Smit', organisation: 'Alliander', role: 'Data engineer' }),
    ]);
    const { importId, counts } = await flow.read('Contacten.vcf', '');
    expect(counts).toMatchObject({ nieuw: 4, bijwerken: 0 });
    const { rows } = flow.rows({ importId, status: null, offset: 0, limit: 10 });
    // With what adding the row to them would fill: an organisation only where they have none.
    expect(rows.map((r) => r.lookalike)).toEqual([
      {
        contactId: bram.id,
        name: 'Bram Jansen',
        organisation: 'Rabobank, Utrecht',
        email: '',
        fills: ['phone'],
      },
      {
        contactId: daniel.id,
        name: 'Daniël Bakker',
        organisation: 'Gemeente Utrecht',
        email: 'daniel@bakker.nl',
        fills: ['phone'],
      },
      null,
      {
        contactId: sanne.id,
        name: 'Sanne Smit',
        organisation: '',
        email: '',
        fills: ['organisation', 'role'],
      },
    ]);
    // Left as it is, the row makes a contact of its own (the duplicates list finds the pair later).
    const done = await flow.apply(importId, []);
    expect(done).toMatchObject({ created: 4, updated: 0 });
  });

  it('adds the row to that contact when the person chooses so, filling only what is empty', async () => {
    const bram = await contact({
      name: 'Bram Jansen',
      organisation: 'Rabobank, Utrecht',
      notes: 'Van de borrel',
    });
    const flow = flowReading([
      person(1, {
        name: 'Bram Jansen',
        organisation: 'Rabobank',
        phones: ['030-2345678'],
        notes: 'Telefoon',
      }),
      person(2, { name: 'Tessa Dijkstra', organisation: 'Deloitte' }),
    ]);
    const { importId } = await flow.read('Contacten.vcf', '');
    const done = await flow.apply(importId, [], [1]);
    expect(done).toMatchObject({ created: 1, updated: 1 });
    const journal = await onDisk();
    const brams = journal.contacts.filter((c) => c.name === 'Bram Jansen');
    expect(brams).toHaveLength(1);
    expect(brams[0]).toMatchObject({
      id: bram.id,
      organisation: 'Rabobank, Utrecht',
      phone: '030-2345678',
      notes: 'Van de borrel',
    });
  });

  it('two rows added to one look-alike keep what both bring: the second never replaces the first (review s7 U1)', async () => {
    const bram = await contact({ name: 'Bram Jansen', organisation: 'Rabobank, Utrecht' });
    const flow = flowReading([
      person(1, {
        name: 'Bram Jansen',
        organisation: 'Rabobank',
        role: 'Adviseur',
        phones: ['030-2345678'],
        emails: ['bram@rabo.nl'],
      }),
      person(2, {
        name: 'Bram Jansen',
        role: 'Teamleider',
        phones: ['06-11112222'],
        emails: ['bram@privé.nl'],
        tags: ['bank'],
      }),
    ]);
    const { importId } = await flow.read('Contacten.vcf', '');
    const done = await flow.apply(importId, [], [1, 2]);
    expect(done).toMatchObject({ created: 0, updated: 1 });
    const journal = await onDisk();
    const brams = journal.contacts.filter((c) => c.name === 'Bram Jansen');
    expect(brams).toHaveLength(1);
    // The first row fills the empty fields; the second's number and address join the others, its role
    // (the field taken by then) is left out, and nothing comes in twice.
    expect(brams[0]).toMatchObject({
      id: bram.id,
      role: 'Adviseur',
      phone: '030-2345678',
      morePhones: ['06-11112222'],
      email: 'bram@rabo.nl',
      moreEmails: ['bram@privé.nl'],
      tags: ['bank'],
    });
  });

  it('is not offered for someone whose LinkedIn profile says they are another person', async () => {
    await contact({ name: 'Bram Jansen', linkedin: 'https://www.linkedin.com/in/bram-jansen-1' });
    const flow = flowReading([
      person(1, {
        name: 'Bram Jansen',
        organisation: 'KPN',
        linkedin: 'https://www.linkedin.com/in/bram-jansen-2',
      }),
    ]);
    const { importId } = await flow.read('x.vcf', '');
    const { rows } = flow.rows({ importId, status: null, offset: 0, limit: 10 });
    expect(rows[0]!.lookalike).toBeNull();
    // Asking for it anyway makes the row new, as planned.
    expect(await flow.apply(importId, [], [1])).toMatchObject({ created: 1, updated: 0 });
  });
});
