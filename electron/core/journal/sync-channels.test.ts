/**
 * The shared journal as the renderer sees it, through `dispatch`: two windows on one file, an outside
 * change showing up in the contact list, a conflict chosen, a sync tool's conflict copy merged.
 */
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent, AppStatus, ContactList, Result, SyncView } from '../../contract/contract';
import { ContactFields, type Contact, type Journal } from '../../contract/domain';
import { openNetwerkdagboek, type Netwerkdagboek } from '../netwerkdagboek';
import { ManualClock } from '../testing/manual-clock';
import { SettingsStore } from '../settings/settings';
import { isConflictCopyName } from './conflict-copies';
import { decodeJournal } from './journal-file';
import { emptyJournal } from './journal-store';
import { POLL_MS } from './journal-watch';
import { serializeJournal } from './serialize';

let dir: string;
let journalPath: string;
const apps: Netwerkdagboek[] = [];
const clock = new ManualClock('2026-12-01T10:00:00Z');
const watch = new ManualClock('2026-12-01T10:00:00Z');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-sync-ch-'));
  journalPath = join(dir, 'journal.json');
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function start(events: AppEvent[] = [], name = 'a'): Promise<Netwerkdagboek> {
  const app = await openNetwerkdagboek({
    journalPath,
    clock,
    watchTimers: watch,
    settings: new SettingsStore(new Conf({ cwd: join(dir, `settings-${name}`), projectName: 'ndb-sync' })),
    systemLanguages: ['nl-NL'],
    openExternal: async () => undefined,
    showInFolder: () => undefined,
    chooseJournalLocation: async () => null,
    appVersion: '1.2.3',
    emit: (event) => events.push(event),
  });
  apps.push(app);
  return app;
}

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as T;
}

function contact(id: string, name: string, updatedAt = '2026-11-01T10:00:00.000Z'): Contact {
  return {
    id,
    ...ContactFields.parse({ name }),
    archived: false,
    importedAt: null,
    createdAt: updatedAt,
    updatedAt,
  };
}

async function writeFromOutside(journal: Journal, path = journalPath): Promise<void> {
  await writeFile(`${path}.incoming`, serializeJournal(journal));
  await rename(`${path}.incoming`, path);
}

async function listed(app: Netwerkdagboek): Promise<string[]> {
  return ok<ContactList>(await app.dispatch('contacts:list', {})).contacts.map((c) => c.name);
}

async function onDisk(): Promise<Journal> {
  return decodeJournal(await readFile(journalPath, 'utf8')).journal;
}

describe('through the channels', () => {
  it('a second window says it only reads, and who has the journal; its edits are refused, nothing changes on disk', async () => {
    const first = await start([], 'a');
    ok(await first.dispatch('contacts:create', { name: 'Anna' }));
    await first.store.flush();
    const second = await start([], 'b');
    const status = ok<AppStatus>(await second.dispatch('app:status', undefined));
    expect(status.journal).toMatchObject({
      readOnly: true,
      lockedBy: { pid: process.pid, appVersion: '1.2.3' },
    });
    const before = await readFile(journalPath, 'utf8');
    const refused = await second.dispatch('contacts:create', { name: 'Bram' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'journal_read_only' } });
    expect(await readFile(journalPath, 'utf8')).toBe(before);
  });

  it('an outside change while open shows up in the contact list, and the page is told what came in', async () => {
    await writeFromOutside({ ...emptyJournal(), contacts: [contact('a', 'Anna')] });
    const events: AppEvent[] = [];
    const app = await start(events);
    expect(await listed(app)).toEqual(['Anna']);
    await writeFromOutside({ ...emptyJournal(), contacts: [contact('a', 'Anna'), contact('b', 'Bram')] });
    watch.advance(POLL_MS);
    await expect.poll(() => listed(app)).toEqual(['Anna', 'Bram']);
    await expect
      .poll(() => events)
      .toContainEqual({
        type: 'changed',
        kinds: ['contacts', 'journal'],
        due: 0,
        incoming: { added: 1, changed: 0, deleted: 0, conflicts: 0 },
      });
  });

  it('a conflict lists both versions; "keep" the other one makes it the record, on disk, and the conflict goes', async () => {
    await writeFromOutside({ ...emptyJournal(), contacts: [contact('a', 'Anna')] });
    const app = await start();
    // The other computer's edit arrives, and before anyone looks, an edit here is saved: the save merges.
    await writeFromOutside({
      ...emptyJournal(),
      contacts: [{ ...contact('a', 'Anna', '2026-12-01T09:00:00.000Z'), role: 'Teamleider' }],
    });
    ok(await app.dispatch('contacts:update', { id: 'a', changes: { role: 'Recruiter' } }));
    await app.store.flush();
    const view = ok<SyncView>(await app.dispatch('journal:sync', undefined));
    expect(view.conflicts).toHaveLength(1);
    const conflict = view.conflicts[0]!;
    expect(conflict).toMatchObject({ title: 'Anna', fields: ['role'] });
    // Ours was edited at 10:00, theirs at 09:00: ours is shown, theirs is the other choice.
    expect([conflict.shown?.['role'], conflict.other?.['role']]).toEqual(['Recruiter', 'Teamleider']);
    const after = ok<SyncView>(
      await app.dispatch('journal:resolveConflict', { id: conflict.id, keep: 'other' }),
    );
    expect(after.conflicts).toEqual([]);
    await app.store.flush();
    const disk = await onDisk();
    expect(disk.contacts.map((c) => c.role)).toEqual(['Teamleider']);
    expect(disk.conflicts).toEqual([]);
  });

  it('a sync tool’s conflict copy is offered, merged with nothing lost, and kept aside under another name', async () => {
    const shared = contact('a', 'Anna');
    await writeFromOutside({ ...emptyJournal(), contacts: [shared] });
    // Dropbox made a copy where the other computer added Bram; another journal (no shared record) beside it.
    await writeFromOutside(
      { ...emptyJournal(), contacts: [shared, contact('b', 'Bram')] },
      join(dir, "journal (Jan's conflicted copy 2026-12-01).json"),
    );
    await writeFromOutside(
      { ...emptyJournal(), contacts: [contact('x', 'Werk')] },
      join(dir, 'journal (1).json'),
    );
    const events: AppEvent[] = [];
    const app = await start(events);
    ok(await app.dispatch('contacts:create', { name: 'Cas' }));
    await expect
      .poll(async () => ok<SyncView>(await app.dispatch('journal:sync', undefined)).copies.map((c) => c.name))
      .toEqual(["journal (Jan's conflicted copy 2026-12-01).json"]);
    const merged = ok<{ incoming: unknown }>(
      await app.dispatch('journal:mergeCopy', { name: "journal (Jan's conflicted copy 2026-12-01).json" }),
    );
    expect(merged.incoming).toMatchObject({ added: 1 });
    expect((await onDisk()).contacts.map((c) => c.name).sort()).toEqual(['Anna', 'Bram', 'Cas']);
    const files = await readdir(dir);
    expect(files).not.toContain("journal (Jan's conflicted copy 2026-12-01).json");
    expect(files.filter((f) => f.startsWith('journal.merged-'))).toHaveLength(1);
    expect(files).toContain('journal (1).json');
    // A name that was not offered is refused: the renderer cannot make core read any other file.
    expect(await app.dispatch('journal:mergeCopy', { name: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('conflict copy names', () => {
  const journal = 'journal.json';
  it.each([
    'journal (conflicted copy 2026-12-01).json',
    "journal (Jan's conflicted copy 2026-12-01).json",
    'journal (conflicted copy 2026-12-01 101010).json',
    'journal-DESKTOP-ABC.json',
    'journal-LAPTOP-1.json',
    'journal.sync-conflict-20261201-101010-ABCDEFG.json',
    'journal (1).json',
  ])('recognises %s', (name) => expect(isConflictCopyName(name, journal)).toBe(true));
  it.each([
    'journal.json',
    'journal-2026-12-01.json',
    'journal.damaged-2026-12-01T10-00-00-000Z.json',
    'journal.merged-2026-12-01T10-00-00-000Z.json',
    'journal-werk.json',
    'werk (conflicted copy 2026-12-01).json',
    'journal (conflicted copy 2026-12-01).json.tmp',
    '.~lock.journal.json.laptop#',
  ])('leaves %s alone', (name) => expect(isConflictCopyName(name, journal)).toBe(false));
});
