import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../contract/domain';
import type { BackupView, ImportApplied, ImportPreview, RestoreResult } from '../../contract/exchange';
import { sampleContact } from '../testing/sample-records';
import { contactsCsv } from './write/csv';
import { call, startSession, type Session } from './write/testing/session';

/**
 * Undo is not the only way back from an import (issue 12): before it is applied, the backups hold the
 * journal from before it, also when the app has been open since an earlier day (it lives in the tray),
 * and restoring that backup gives the journal as it was.
 */
let session: Session;
beforeEach(async () => {
  session = await startSession('2026-11-23T10:00:00+01:00');
});
afterEach(() => session.close());

const DAY = 24 * 3_600_000;
const names = async () =>
  (await call<{ contacts: Contact[] }>(session.app, 'contacts:list', {})).contacts.map((c) => c.name).sort();

/** Our own CSV of `count` people from number `from` on, imported and applied through the channels. */
async function importPeople(count: number, from = 1): Promise<ImportApplied> {
  const people = Array.from({ length: count }, (_, i) => ({
    ...sampleContact,
    id: `c-${i}`,
    name: `Netwerklid ${from + i}`,
    email: `netwerklid${from + i}@example.nl`,
    linkedin: '',
  }));
  const data = Buffer.from(contactsCsv(people, 'nl')).toString('base64');
  const { importId } = await call<ImportPreview>(session.app, 'import:read', { fileName: 'c.csv', data });
  return call<ImportApplied>(session.app, 'import:apply', { importId });
}

describe('a backup before an import', () => {
  it('in an app open since yesterday: made just before, with today’s edits, without the people; restoring it undoes the import', async () => {
    await call(session.app, 'contacts:create', { name: 'Gisteren Toegevoegd' });
    session.clock.advance(DAY);
    await call(session.app, 'contacts:create', { name: 'Vandaag Toegevoegd' });
    // Started yesterday as a new journal: nothing to back up at open, and the app stayed open since.
    expect(await call<BackupView[]>(session.app, 'journal:backups')).toEqual([]);

    expect(await importPeople(50)).toMatchObject({ created: 50 });
    const backups = await call<BackupView[]>(session.app, 'journal:backups');
    expect(backups.map((b) => [b.date, b.contacts])).toEqual([['2026-11-24', 2]]);

    // The next day, the toast and its undo are long gone: the backup is the way back.
    await session.reopen();
    expect(
      await call<RestoreResult>(session.app, 'journal:restoreBackup', { date: '2026-11-24' }),
    ).toMatchObject({
      reopened: true,
    });
    expect(await names()).toEqual(['Gisteren Toegevoegd', 'Vandaag Toegevoegd']);
  });

  it('today’s first backup stays as it is: a second import the same day leaves it', async () => {
    await call(session.app, 'contacts:create', { name: 'Al Aanwezig' });
    await importPeople(3);
    expect(await importPeople(3, 4)).toMatchObject({ created: 3 });
    const backups = await call<BackupView[]>(session.app, 'journal:backups');
    expect(backups.map((b) => [b.date, b.contacts])).toEqual([['2026-11-23', 1]]);
  });
});
