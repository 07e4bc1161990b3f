import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent, AppStatus, Result } from '../../contract/contract';
import { osProblemMessages } from '../../contract/messages';
import { openNetwerkdagboek, type CorePorts, type Netwerkdagboek } from '../netwerkdagboek';
import { ManualClock } from '../testing/manual-clock';
import { SettingsStore } from '../settings/settings';
import { FaultyFs } from '../testing/faulty-fs';
import { decodeJournal } from './journal-file';

let dir: string;
let journalPath: string;
let opened: Netwerkdagboek[];
let events: AppEvent[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-saving-'));
  journalPath = join(dir, 'journal.json');
  opened = [];
  events = [];
});
afterEach(async () => {
  for (const app of opened) await app.close().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function start(overrides: Partial<CorePorts> = {}) {
  const clock = new ManualClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');
  const app = await openNetwerkdagboek({
    journalPath,
    clock,
    timers: clock,
    settings: new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'netwerkdagboek-test' })),
    systemLanguages: ['nl-NL'],
    openExternal: async () => undefined,
    showInFolder: () => undefined,
    chooseJournalLocation: async () => null,
    appVersion: '1.0.0',
    emit: (event) => events.push(event),
    log: () => undefined,
    ...overrides,
  });
  opened.push(app);
  return { app, clock };
}

/** The contacts' names in the journal file as it is on disk now. */
async function namesOnDisk(path = journalPath): Promise<string[]> {
  return decodeJournal(await readFile(path, 'utf8')).journal.contacts.map((c) => c.name);
}

async function status(app: Netwerkdagboek): Promise<AppStatus> {
  const result = await app.dispatch('app:status', undefined);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as AppStatus;
}

async function tempFiles(): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.tmp'));
}

describe('an acknowledged edit is on disk', () => {
  it('answers a change only once the file holds it, without a marker', async () => {
    const { app } = await start();
    const answer = await app.dispatch('contacts:create', { name: 'Anna Bakker' });
    expect(answer).toMatchObject({ ok: true, data: { name: 'Anna Bakker' } });
    expect(answer).not.toHaveProperty('saved');
    // Read straight away: no timer, no close() in between.
    expect(await namesOnDisk()).toEqual(['Anna Bakker']);
  });

  it('writes a burst of 1,000 edits in fewer than 10 writes, each answered after its write', async () => {
    const fs = new FaultyFs();
    const { app } = await start({ fs });
    const before = fs.attempts;
    const answers = await Promise.all(
      Array.from({ length: 1_000 }, (_, i) => app.dispatch('contacts:create', { name: `Contact ${i}` })),
    );
    expect(answers.every((a) => a.ok && !('saved' in a))).toBe(true);
    expect(fs.attempts - before).toBeLessThan(10);
    expect(await namesOnDisk()).toHaveLength(1_000);
  });

  it('does not wait for the disk on a call that changes nothing', async () => {
    const fs = new FaultyFs();
    const { app } = await start({ fs });
    fs.fault = { step: 'open', code: 'ENOSPC' };
    const before = fs.attempts;
    expect(await app.dispatch('contacts:list', {})).toMatchObject({ ok: true });
    expect(fs.attempts).toBe(before);
  });
});

/** One failing save per fault: the step it fails at and the OS code, and what the person is told. */
const faults = [
  {
    what: 'a full disk (ENOSPC) when the temp file is made',
    step: 'open',
    code: 'ENOSPC',
    problem: 'disk-full',
  },
  { what: 'no permission (EACCES) on the folder', step: 'open', code: 'EACCES', problem: 'no-permission' },
  { what: 'a full disk halfway through the bytes', step: 'write', code: 'ENOSPC', problem: 'disk-full' },
  { what: 'an I/O error halfway through the bytes (EIO)', step: 'write', code: 'EIO', problem: 'io-error' },
  { what: 'an I/O error on fsync', step: 'sync', code: 'EIO', problem: 'io-error' },
  { what: 'a rename refused (EROFS)', step: 'rename', code: 'EROFS', problem: 'read-only' },
] as const;

describe('a failing save', () => {
  for (const fault of faults) {
    it(`${fault.what}: says so in Dutch, keeps the edit, and the retry lands it on disk`, async () => {
      const fs = new FaultyFs();
      const { app, clock } = await start({ fs });
      expect(await app.dispatch('contacts:create', { name: 'Anna Bakker' })).toMatchObject({ ok: true });
      fs.fault = { step: fault.step, code: fault.code };

      const answer = (await app.dispatch('contacts:create', { name: 'Bram de Vries' })) as Result<unknown>;
      // Done and kept, not on disk: ok (sending it again would make a second Bram), marked unsaved.
      expect(answer).toMatchObject({ ok: true, saved: false, data: { name: 'Bram de Vries' } });
      const failing = (await status(app)).journal.save;
      expect(failing).toEqual({
        state: 'failing',
        problem: fault.problem,
        message: osProblemMessages.nl[fault.problem],
        since: '2026-11-23T09:00:00.000Z',
        retryAt: '2026-11-23T09:00:01.000Z',
      });
      expect(events.at(-1)).toEqual({ type: 'journal-saving', save: failing, backup: null });
      // The file on disk is the last good one, whole; nothing half-written is left beside it.
      expect(await namesOnDisk()).toEqual(['Anna Bakker']);
      expect(await tempFiles()).toEqual([]);
      // Still in the app.
      expect(await app.dispatch('contacts:list', {})).toMatchObject({
        data: { totals: { active: 2 } },
      });

      // The retry by itself, a second later, fails again while the fault is there: the pause grows.
      clock.advance(1_000);
      await app.store.durable();
      expect((await status(app)).journal.save).toMatchObject({
        since: '2026-11-23T09:00:00.000Z',
        retryAt: '2026-11-23T09:00:03.000Z',
      });

      fs.fault = null;
      clock.advance(2_000);
      expect(await app.store.durable()).toBe(true);
      expect((await status(app)).journal.save).toEqual({ state: 'saved' });
      expect(events.at(-1)).toEqual({ type: 'journal-saving', save: { state: 'saved' }, backup: null });
      expect(await namesOnDisk()).toEqual(['Anna Bakker', 'Bram de Vries']);
      expect(await tempFiles()).toEqual([]);
    });
  }

  it('is tried again at once on the next edit, and with "Opnieuw proberen"', async () => {
    const fs = new FaultyFs();
    const { app } = await start({ fs });
    fs.fault = { step: 'open', code: 'ENOSPC' };
    expect(await app.dispatch('contacts:create', { name: 'Anna' })).toMatchObject({ saved: false });
    fs.fault = null;
    // No timer has fired: the next edit's write takes Anna along.
    expect(await app.dispatch('contacts:create', { name: 'Bram' })).not.toHaveProperty('saved');
    expect(await namesOnDisk()).toEqual(['Anna', 'Bram']);

    fs.fault = { step: 'rename', code: 'EACCES' };
    await app.dispatch('contacts:create', { name: 'Cas' });
    fs.fault = null;
    expect(await app.dispatch('journal:retrySave', undefined)).toEqual({
      ok: true,
      data: { save: { state: 'saved' } },
    });
    expect(await namesOnDisk()).toEqual(['Anna', 'Bram', 'Cas']);
  });

  it('counts for writes outside a call too (keep-in-touch at open), in English when that is the language', async () => {
    const fs = new FaultyFs();
    const { app } = await start({ fs, systemLanguages: ['en-GB'] });
    await app.dispatch('contacts:create', { name: 'Anna' });
    fs.fault = { step: 'write', code: 'ENOSPC' };
    // What the reminder scheduler and keep-in-touch do: an edit through the store, no dispatch.
    app.store.update((j) => ({ ...j, contacts: j.contacts.map((c) => ({ ...c, notes: 'bijgewerkt' })) }));
    expect(await app.store.durable()).toBe(false);
    expect((await status(app)).journal.save).toMatchObject({
      state: 'failing',
      problem: 'disk-full',
      message: osProblemMessages.en['disk-full'],
    });
  });

  it('makes close() fail while the edits are not on disk, so quitting can ask first', async () => {
    const fs = new FaultyFs();
    const { app } = await start({ fs });
    fs.fault = { step: 'open', code: 'EROFS' };
    await app.dispatch('contacts:create', { name: 'Anna' });
    await expect(app.close()).rejects.toMatchObject({ code: 'EROFS' });
    expect(app.store.unsaved).toBe(true);
    fs.fault = null;
    await app.close();
    expect(await namesOnDisk()).toEqual(['Anna']);
  });

  it('"Opslaan als…" writes everything to the new place and saves there from then on', async () => {
    const fs = new FaultyFs();
    const elsewhere = join(dir, 'stick', 'netwerk.json');
    const { app } = await start({ fs, chooseJournalLocation: async () => elsewhere });
    await app.dispatch('contacts:create', { name: 'Anna' });
    // Only the old place fails: the fault is lifted for the first write to the new place.
    fs.fault = { step: 'open', code: 'ENOSPC' };
    await app.dispatch('contacts:create', { name: 'Bram' });
    const realOpen = fs.open;
    fs.open = (async (path: string, ...rest: [string?, number?]) => {
      if (String(path).includes('stick')) fs.fault = null;
      return realOpen(path, ...rest);
    }) as typeof fs.open;
    expect(await app.dispatch('journal:saveAs', undefined)).toEqual({
      ok: true,
      data: { moved: true, path: elsewhere, save: { state: 'saved' } },
    });
    expect(await namesOnDisk(elsewhere)).toEqual(['Anna', 'Bram']);
    await app.dispatch('contacts:create', { name: 'Cas' });
    expect(await namesOnDisk(elsewhere)).toEqual(['Anna', 'Bram', 'Cas']);
    expect((await status(app)).journal.path).toBe(elsewhere);
  });
});

describe('closing while saving fails', () => {
  it('keeps saving after a failed close, so an app that stays open loses nothing', async () => {
    const fs = new FaultyFs();
    const { app, clock } = await start({ fs });
    fs.fault = { step: 'open', code: 'ENOSPC' };
    await app.dispatch('contacts:create', { name: 'Anna' });
    await expect(app.store.close()).rejects.toMatchObject({ code: 'ENOSPC' });
    // The person chose "Niet afsluiten": edits are answered and written, retries come by themselves.
    fs.fault = null;
    clock.advance(60_000);
    expect(await app.store.durable()).toBe(true);
    expect(await app.dispatch('contacts:create', { name: 'Bram' })).not.toHaveProperty('saved');
    expect(await namesOnDisk()).toEqual(['Anna', 'Bram']);
  });
});
