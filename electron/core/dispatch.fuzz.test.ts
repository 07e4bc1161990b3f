/**
 * Fuzzing `dispatch` with fast-check (the property-testing library): every channel of the contract, a
 * few hundred generated payloads each, on a real journal in a temp folder,
 * through `startNetwerkdagboek` (app-session.ts, around `openNetwerkdagboek`) as main starts core.
 * Whatever comes in, the answer is the envelope, nothing throws or ends as `internal`, a refused call
 * leaves the journal and the settings byte for byte as they were (and every file beside them: backups,
 * lock, conflict copies), opens and shows nothing, and no built-in prototype changes.
 *
 * NETWERKDAGBOEK_FUZZ_RUNS=<n> sends n payloads per channel (default 260: over 10,000 in all).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, type Channel } from '../contract/channels';
import { errorCodes, type Result, type SyncView } from '../contract/contract';
import { ContactFields, type Contact } from '../contract/domain';
import { startNetwerkdagboek } from './app-session';
import type { Clock, Timers } from './clock';
import { allowedExternalUrl } from './external-links';
import { payloadsFor, validPayloads, type SeedIds } from './testing/fuzz-payloads';
import { decodeJournal } from './journal/journal-file';
import { emptyJournal } from './journal/journal-store';
import { serializeJournal } from './journal/serialize';
import type { Netwerkdagboek } from './netwerkdagboek';
import { SettingsStore } from './settings/settings';

/** Channels whose records the seeded journal does not have (nothing set aside, no backup): all refused. */
// A merge's undo id is made by the merge: no payload built beforehand can name one.
// No import is open in it either; and until the file readers land (core/exchange/read/) no file is read.
const nothingToActOn = new Set<Channel>([
  'journal:restoreRecord',
  'journal:dropRecord',
  'journal:restoreBackup',
  'contacts:undoMerge',
  'import:read',
  'import:map',
  'import:rows',
  'import:apply',
  'import:undo',
]);
const RUNS = Number(process.env['NETWERKDAGBOEK_FUZZ_RUNS'] ?? 260);
const clock: Clock = { now: () => new Date('2026-11-23T10:00:00.000Z'), zone: () => 'Europe/Amsterdam' };
/** Reminders never fire on their own during the test: the clock stands still and no timer runs. */
const stillTimers: Timers = { set: () => 0, clear: () => undefined };

let base: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'ndb-fuzz-'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

interface Core {
  app: Netwerkdagboek;
  folder: string;
  journalPath: string;
  settingsPath: string;
  ids: SeedIds;
  opened: string[];
  shown: string[];
  logged: unknown[];
}

/** A fresh core per channel, on a journal with a few records of every kind. */
async function openSeeded(name: string): Promise<Core> {
  const folder = await mkdtemp(join(base, `${name.replace(/\W/g, '-')}-`));
  const journalPath = join(folder, 'journal.json');
  const conf = new Conf({ cwd: join(folder, 'settings'), projectName: 'netwerkdagboek-fuzz' });
  // Jan is there from the start, and so is a sync tool's conflict copy beside the journal, in which
  // the other computer added someone (it shares Jan, so the app offers to merge it).
  const jan: Contact = {
    id: 'jan',
    ...ContactFields.parse({
      name: 'Jan Jansen',
      email: 'jan@example.nl',
      tags: ['zorg'],
      organisation: 'Gemeente Utrecht',
    }),
    archived: false,
    importedAt: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
  await writeFile(journalPath, serializeJournal({ ...emptyJournal(), contacts: [jan] }));
  const copyName = 'journal (conflicted copy 2026-11-23).json';
  await writeFile(
    join(folder, copyName),
    serializeJournal({ ...emptyJournal(), contacts: [jan, { ...jan, id: 'van-elders', name: 'Piet' }] }),
  );
  const opened: string[] = [];
  const shown: string[] = [];
  const logged: unknown[] = [];
  // Through app-session, as main starts core: the journal:* choices reopen it.
  const app = await startNetwerkdagboek({
    journalPath,
    clock,
    timers: stillTimers,
    // No polling of the folder: nothing changes it from outside but the seeding below, on purpose.
    watchTimers: stillTimers,
    settings: new SettingsStore(conf),
    systemLanguages: ['nl-NL'],
    openExternal: async (url) => {
      opened.push(url);
    },
    showInFolder: (path) => {
      shown.push(path);
    },
    copyText: async () => undefined,
    // The only ports that would open a native dialog: the person cancels them.
    chooseJournalLocation: async () => null,
    chooseJournalFile: async () => null,
    chooseExportLocation: async () => null,
    appVersion: '1.2.3',
    log: (error) => logged.push(error),
  });
  const data = <T>(result: Result<unknown>): T => {
    if (!result.ok) throw new Error(`seeding failed: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };
  const contact = jan;
  const introduced = data<{ id: string }>(
    await app.dispatch('contacts:create', { name: 'Fatima El Amrani', introducedById: contact.id }),
  );
  const conversation = data<{ id: string }>(
    await app.dispatch('conversations:create', { contactId: contact.id, date: '2026-11-25' }),
  );
  const held = data<{ id: string }>(
    await app.dispatch('conversations:create', {
      contactId: introduced.id,
      date: '2026-11-20',
      status: 'gehouden',
      evaluation: { wentWell: 'Open gesprek', referrals: [{ id: 'ref-1', name: 'Piet de Boer' }] },
    }),
  );
  const touch = data<{ id: string }>(
    await app.dispatch('touches:add', { contactId: contact.id, channel: 'bericht', on: '2026-11-21' }),
  );
  const question = data<{ id: string }>(
    await app.dispatch('questions:add', { purpose: 'tips-en-namen', text: 'Wie moet ik nog spreken?' }),
  );
  const reminder = data<{ id: string }>(
    await app.dispatch('reminders:create', { title: 'Jan bellen', date: '2026-11-24', time: '09:00' }),
  );
  const helpRequest = data<{ id: string }>(
    await app.dispatch('helpRequests:create', { question: 'Wie kent iemand bij de gemeente Utrecht?' }),
  );
  const helpAsk = data<{ id: string }>(
    await app.dispatch('helpRequests:logAsk', {
      helpRequestId: helpRequest.id,
      contactId: contact.id,
      askedOn: '2026-11-21',
      channel: 'bericht',
    }),
  );
  const template = data<{ id: string }>(
    await app.dispatch('templates:save', {
      fields: {
        name: 'Mijn bedankje',
        purpose: 'bedanken',
        medium: 'email',
        language: 'nl',
        formal: false,
        subject: 'Dank je wel',
        body: 'Beste {voornaam},\n\nDank voor ons gesprek {wanneer}.',
      },
    }),
  );
  const action = data<{ id: string }>(
    await app.dispatch('actions:create', { contactId: contact.id, date: '2026-11-26', what: 'Jan bellen' }),
  );
  // A goal reached, so the trail has Fatima (her conversation) to thank.
  data(
    await app.dispatch('profile:save', {
      lookingFor: { role: '', field: '', region: '', organisationKind: '' },
      pitch: '',
      successStories: [],
      questions: { want: '', can: '', offer: '', where: '', whoCanHelp: '' },
      reached: { what: 'Adviseur', where: 'Gemeente Utrecht', from: null, on: '2026-11-22' },
    }),
  );
  await app.store.flush();

  // A conflict: the other computer changed Jan's role (the file replaced from outside), and before the
  // app looked, Jan's role was changed here too; the save merges the two and keeps both versions.
  const disk = decodeJournal(await readFile(journalPath, 'utf8')).journal;
  const theirs = {
    ...disk,
    contacts: disk.contacts.map((c) =>
      c.id === contact.id ? { ...c, role: 'Teamleider', updatedAt: '2026-11-23T09:00:00.000Z' } : c,
    ),
  };
  await writeFile(`${journalPath}.incoming`, serializeJournal(theirs));
  await rename(`${journalPath}.incoming`, journalPath);
  data(await app.dispatch('contacts:update', { id: contact.id, changes: { role: 'Recruiter' } }));
  await app.store.flush();
  let sync = data<SyncView>(await app.dispatch('journal:sync', undefined));
  for (let i = 0; i < 100 && sync.copies.length === 0; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    sync = data<SyncView>(await app.dispatch('journal:sync', undefined));
  }
  if (sync.conflicts.length !== 1 || sync.copies.length !== 1) {
    throw new Error(`seeding the sync state failed: ${JSON.stringify(sync)}`);
  }
  return {
    app,
    folder,
    journalPath,
    settingsPath: conf.path,
    ids: {
      contact: contact.id,
      introduced: introduced.id,
      conversation: conversation.id,
      heldConversation: held.id,
      referral: 'ref-1',
      touch: touch.id,
      question: question.id,
      reminder: reminder.id,
      helpRequest: helpRequest.id,
      helpAsk: helpAsk.id,
      template: template.id,
      action: action.id,
      conflict: sync.conflicts[0]!.id,
      copy: sync.copies[0]!.name,
    },
    opened,
    shown,
    logged,
  };
}

/** The file's bytes, or null when there is none. Sync: ten thousand small reads, no waiting on a pool. */
function bytes(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** Every file under the journal's folder (backups, lock, conflict copies) with its size and time. */
function listing(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => {
      const info = statSync(join(folder, name));
      return `${name} ${info.isFile() ? info.size : 'dir'} ${info.mtimeMs}`;
    })
    .sort();
}

function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

/** Every own property of the built-in prototypes and namespaces, with its value or accessors. */
const guarded: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Date.prototype', Date.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['Promise.prototype', Promise.prototype],
  ['Error.prototype', Error.prototype],
  ['Object', Object],
  ['Array', Array],
  ['JSON', JSON],
];
function prototypeSnapshot(): Map<string, unknown> {
  const snapshot = new Map<string, unknown>();
  for (const [name, target] of guarded) {
    for (const key of Reflect.ownKeys(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
      snapshot.set(`${name}.${String(key)}`, descriptor.value ?? [descriptor.get, descriptor.set]);
    }
    snapshot.set(`${name} is extensible`, Object.isExtensible(target));
  }
  return snapshot;
}
function changedPrototypes(before: Map<string, unknown>): string[] {
  const after = prototypeSnapshot();
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => {
    const [a, b] = [before.get(key), after.get(key)];
    return Array.isArray(a) && Array.isArray(b) ? a[0] !== b[0] || a[1] !== b[1] : !Object.is(a, b);
  });
}

/** What was wrong with one answer, or null when it is a proper envelope. */
function envelopeProblem(result: unknown): string | null {
  if (result === null || typeof result !== 'object') return 'not an object';
  const reply = result as Record<string, unknown>;
  if (reply.ok === true) {
    if (!Object.hasOwn(reply, 'data') || Object.keys(reply).length !== 2) return 'ok without exactly data';
  } else if (reply.ok === false) {
    const error = reply.error as Record<string, unknown> | undefined;
    if (!error || typeof error !== 'object') return 'failure without error';
    if (!(errorCodes as readonly unknown[]).includes(error.code)) return `unknown code ${String(error.code)}`;
    if (typeof error.message !== 'string' || error.message.trim() === '') return 'empty message';
    if (error.fields !== undefined) {
      const fields = error.fields as Record<string, unknown>;
      if (Object.values(fields).some((message) => typeof message !== 'string' || message === '')) {
        return 'a field without a message';
      }
    }
  } else {
    return 'ok is neither true nor false';
  }
  // What main sends back goes through Electron's structured clone: it must survive it.
  try {
    structuredClone(result);
  } catch {
    return 'not cloneable for IPC';
  }
  return null;
}

interface Tally {
  payloads: number;
  accepted: number;
  refused: Record<string, number>;
  kinds: Record<string, number>;
}
const tallies = new Map<Channel, Tally>();

describe('dispatch under generated payloads', () => {
  it.each([...channels])(
    '%s: every answer an envelope, nothing thrown, a refusal changes nothing on disk',
    async (channel) => {
      const core = await openSeeded(channel);
      const tally: Tally = { payloads: 0, accepted: 0, refused: {}, kinds: {} };
      tallies.set(channel, tally);
      const valid = validPayloads(core.ids)[channel];
      const prototypes = prototypeSnapshot();
      try {
        await fc.assert(
          fc.asyncProperty(payloadsFor(valid, core.ids), async ({ kind, payload }) => {
            await core.app.store.flush();
            const journalBefore = bytes(core.journalPath);
            const settingsBefore = bytes(core.settingsPath);
            const folderBefore = listing(core.folder);
            const openedBefore = core.opened.length;
            const shownBefore = core.shown.length;

            const result = await core.app.dispatch(channel, payload);

            await core.app.store.flush();
            tally.payloads += 1;
            tally.kinds[kind] = (tally.kinds[kind] ?? 0) + 1;
            expect(envelopeProblem(result)).toBeNull();
            expect(changedPrototypes(prototypes)).toEqual([]);
            expect(core.logged).toEqual([]);
            if (result.ok) {
              tally.accepted += 1;
              // Whatever was opened went through the allowlist, and comes out of it unchanged.
              for (const url of core.opened.slice(openedBefore)) expect(allowedExternalUrl(url)).toBe(url);
              return;
            }
            tally.refused[result.error.code] = (tally.refused[result.error.code] ?? 0) + 1;
            expect(result.error.code).not.toBe('internal');
            // Buffer.equals, not toEqual: a byte-by-byte deep compare costs more than the call.
            expect(sameBytes(bytes(core.journalPath), journalBefore), 'journal changed').toBe(true);
            expect(sameBytes(bytes(core.settingsPath), settingsBefore), 'settings changed').toBe(true);
            expect(listing(core.folder), 'a file beside the journal changed').toEqual(folderBefore);
            expect(core.opened.length).toBe(openedBefore);
            expect(core.shown.length).toBe(shownBefore);
          }),
          { numRuns: RUNS, endOnFailure: true },
        );
      } finally {
        await core.app.close();
      }
      expect(tally.payloads).toBe(RUNS);
      // The valid payload got through at least once: the mutants of it reached the handlers, not only
      // the schema at the door. (The counts per channel are printed at the end.)
      if (!nothingToActOn.has(channel)) expect(tally.accepted).toBeGreaterThan(0);
    },
  );

  afterAll(() => {
    const rows = [...tallies].map(([channel, t]) => ({
      channel,
      payloads: t.payloads,
      valid: t.kinds['valid'] ?? 0,
      mutant: t.kinds['mutant'] ?? 0,
      garbage: t.kinds['garbage'] ?? 0,
      accepted: t.accepted,
      refused: Object.values(t.refused).reduce((a, b) => a + b, 0),
      codes: Object.entries(t.refused)
        .map(([code, n]) => `${code} ${n}`)
        .join(', '),
    }));
    const total = rows.reduce((sum, row) => sum + row.payloads, 0);
    const accepted = rows.reduce((sum, row) => sum + row.accepted, 0);
    console.log(
      `dispatch fuzz: ${total} payloads over ${rows.length} channels, ${accepted} accepted, ` +
        `${total - accepted} refused`,
    );
    console.table(rows);
  });
});
