import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuplicateList, MergeResult, Result } from '../../../contract/contract';
import type { Contact, Journal } from '../../../contract/domain';
import { openNetwerkdagboek, type Netwerkdagboek } from '../../netwerkdagboek';
import { SettingsStore } from '../../settings/settings';
import { ManualClock } from '../../testing/manual-clock';

/**
 * Duplicates and merging with what version 6 gave contacts (issue 12): more e-mail addresses and phone
 * numbers than one, and a birthday. An address book brings a work and a private address; whichever of
 * them two records share, they are one person, and a merge keeps every address and number of both.
 */
let dir: string;
let app: Netwerkdagboek;
const clock = new ManualClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-more-addresses-'));
  app = await openNetwerkdagboek({
    journalPath: join(dir, 'journal.json'),
    clock,
    timers: clock,
    watchTimers: clock,
    settings: new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'netwerkdagboek-test' })),
    systemLanguages: ['nl-NL'],
    openExternal: async () => undefined,
    showInFolder: () => undefined,
    chooseJournalLocation: async () => null,
    appVersion: '1.0.0',
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
const add = async (fields: Record<string, unknown>) =>
  ok<Contact>(await app.dispatch('contacts:create', fields));

describe('likely duplicates through any address', () => {
  it('pairs two records whose main and other addresses meet, in either field and any case', async () => {
    await add({ name: 'Anna Bakker', email: 'anna@werk.nl', moreEmails: ['anna.bakker@gmail.com'] });
    await add({ name: 'Anna B.', email: 'Anna.Bakker@Gmail.com' });
    await add({ name: 'Ted', moreEmails: ['ted@example.nl'] });
    await add({ name: 'Theo de Groot', moreEmails: ['TED@example.nl'] });
    await add({ name: 'Someone else', email: 'anna@prive.nl' });
    const list = ok<DuplicateList>(await app.dispatch('contacts:duplicates', undefined));
    expect(list.pairs.map((p) => [p.a.name, p.b.name, p.reasons])).toEqual([
      ['Anna Bakker', 'Anna B.', [{ kind: 'email', value: 'anna.bakker@gmail.com' }]],
      ['Ted', 'Theo de Groot', [{ kind: 'email', value: 'ted@example.nl' }]],
    ]);
  });
});

describe('merging keeps every address and number of both', () => {
  it('the chosen main ones first, the rest among the others, each once; the birthday as chosen', async () => {
    const keep = await add({
      name: 'Anna Bakker',
      email: 'anna@werk.nl',
      moreEmails: ['anna.bakker@gmail.com'],
      phone: '06 1234 5678',
      birthday: '1990-04-12',
    });
    const other = await add({
      name: 'Anna B.',
      email: 'Anna.Bakker@Gmail.com',
      moreEmails: ['anna@vereniging.nl'],
      phone: '030 123 4567',
      morePhones: ['06-12345678'],
      birthday: '1990-12-04',
    });
    const { contact } = ok<MergeResult>(
      await app.dispatch('contacts:merge', {
        keepId: keep.id,
        mergeId: other.id,
        fromOther: ['phone', 'birthday'],
      }),
    );
    expect(contact).toMatchObject({
      email: 'anna@werk.nl',
      // Gmail's address in another case is the same address; the club's one was only on the other record.
      moreEmails: ['anna.bakker@gmail.com', 'anna@vereniging.nl'],
      phone: '030 123 4567',
      // The mobile number spaced two ways is one number.
      morePhones: ['06 1234 5678'],
      birthday: '1990-12-04',
      // Nothing of it went into the notes: it all has a place of its own.
      notes: '',
    });
    // Answered once on disk: one record left, with all of it.
    const onDisk = JSON.parse(await readFile(join(dir, 'journal.json'), 'utf8')) as Journal;
    expect(onDisk.contacts.map((c) => c.id)).toEqual([keep.id]);
    expect(onDisk.contacts[0]).toMatchObject({ moreEmails: contact.moreEmails, birthday: '1990-12-04' });
  });

  it('keeps the kept record’s birthday unless the other’s is chosen, and one of two empty is filled', async () => {
    const keep = await add({ name: 'Bram Jansen' });
    const other = await add({ name: 'Bram Jansen', birthday: '1985-07-01', email: 'bram@example.nl' });
    const { contact } = ok<MergeResult>(
      await app.dispatch('contacts:merge', { keepId: keep.id, mergeId: other.id, fromOther: ['birthday'] }),
    );
    expect(contact).toMatchObject({ birthday: '1985-07-01', email: 'bram@example.nl', moreEmails: [] });
  });
});
