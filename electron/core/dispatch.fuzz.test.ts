/**
 * Fuzzing `dispatch` with fast-check (the property-testing library, not contract/fast-check.ts): every
 * channel of the contract, a few hundred generated payloads each, on a real journal in a temp folder.
 * Whatever comes in, the answer is the envelope, nothing throws, a refused call leaves the journal and
 * the settings byte for byte as they were, and no prototype changes.
 *
 * NETWERKDAGBOEK_FUZZ_RUNS=<n> sends n payloads per channel (default 260: 10,140 in all).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, type Channel } from '../contract/channels';
import { errorCodes, type Result } from '../contract/contract';
import type { Clock, Timers } from './clock';
import { allowedExternalUrl } from './external-links';
import { payloadsFor, validPayloads, type SeedIds } from './fuzz-payloads';
import { openNetwerkdagboek, type Netwerkdagboek } from './netwerkdagboek';
import { SettingsStore } from './settings/settings';

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
  const opened: string[] = [];
  const shown: string[] = [];
  const logged: unknown[] = [];
  const app = await openNetwerkdagboek({
    journalPath,
    clock,
    timers: stillTimers,
    settings: new SettingsStore(conf),
    systemLanguages: ['nl-NL'],
    openExternal: async (url) => {
      opened.push(url);
    },
    showInFolder: (path) => {
      shown.push(path);
    },
    // The only port that would open a native dialog: the person cancels it.
    chooseJournalLocation: async () => null,
    appVersion: '1.2.3',
    saveDelayMs: 0,
    log: (error) => logged.push(error),
  });
  const data = <T>(result: Result<unknown>): T => {
    if (!result.ok) throw new Error(`seeding failed: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };
  const contact = data<{ id: string }>(
    await app.dispatch('contacts:create', { name: 'Jan Jansen', email: 'jan@example.nl', tags: ['zorg'] }),
  );
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
    await app.dispatch('reminders:create', { title: 'Jan bellen', date: '2026-11-23', time: '09:00' }),
  );
  await app.store.flush();
  return {
    app,
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
      expect(tally.accepted).toBeGreaterThan(0);
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
