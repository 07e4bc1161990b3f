import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../contract/contract';
import { JOURNAL_SCHEMA_VERSION } from '../../contract/domain';
import type { ImportPreview, ImportRows } from '../../contract/exchange';
import { errorMessages } from '../../contract/messages';
import { sampleContact } from '../testing/sample-records';
import { contactsCsv } from './write/csv';
import { call, startSession, type Session } from './write/testing/session';

/**
 * An import into a journal that cannot be written (issue 12): refused as soon as the file is chosen when
 * the journal is read-only already, with what to do; and when the journal turns read-only before the
 * person confirms, the import stays open, so they can try again instead of choosing the file anew.
 */
let session: Session;
beforeEach(async () => {
  session = await startSession('2026-11-23T10:00:00+01:00');
});
afterEach(() => session.close());

/** Our own CSV export of people with these names, as import:read takes it. */
const csv = (names: string[]) =>
  Buffer.from(
    contactsCsv(
      names.map((name, i) => ({ ...sampleContact, id: `c-${i}`, name, email: '', linkedin: '' })),
      'nl',
    ),
  ).toString('base64');
/** A journal as a newer version of the app writes it, which this one may read but not write over. */
const newer = JSON.stringify({ schemaVersion: JOURNAL_SCHEMA_VERSION + 1, contacts: [] });

async function refusal(channel: string, payload: unknown) {
  const result = (await session.app.dispatch(channel, payload)) as Result<unknown>;
  if (result.ok) throw new Error(`${channel} was not refused`);
  return result.error;
}

describe('a read-only journal', () => {
  it('refuses the file when it is chosen, saying why and what to do, in the language of the app', async () => {
    await session.reopen(() => writeFile(session.journalPath, newer));
    expect(session.app.store.readOnly).toBe(true);
    expect(await refusal('import:read', { fileName: 'contacten.csv', data: csv(['Anna Bakker']) })).toEqual({
      code: 'import_read_only',
      message: errorMessages.nl.errors.import_read_only,
    });
    expect(errorMessages.nl.errors.import_read_only).toMatch(/melding bovenin/);
    expect(errorMessages.en.errors.import_read_only).toMatch(/notice at the top/);
    expect(await readFile(session.journalPath, 'utf8')).toBe(newer);
  });

  it('turning read-only before the person confirms: the apply is refused, the import stays open to try again', async () => {
    await call(session.app, 'contacts:create', { name: 'Al Aanwezig' });
    await session.app.store.flush();
    const { importId } = await call<ImportPreview>(session.app, 'import:read', {
      fileName: 'contacten.csv',
      data: csv(['Anna Bakker', 'Bram Jansen']),
    });
    // Another laptop with a newer version of the app wrote the journal meanwhile (a sync tool brought it).
    await writeFile(session.journalPath, newer);
    await session.app.store.lookOutside();
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(await refusal('import:apply', { importId })).toMatchObject({ code: 'journal_read_only' });
      const rows = await call<ImportRows>(session.app, 'import:rows', { importId, offset: 0, limit: 10 });
      expect(rows.counts.nieuw).toBe(2);
    }
    expect(session.app.store.data.contacts.map((c) => c.name)).toEqual(['Al Aanwezig']);
    expect(await readFile(session.journalPath, 'utf8')).toBe(newer);
  });
});
