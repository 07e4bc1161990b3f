/**
 * "Verplaatsen…" survives a crash at any moment: a child process moves the journal and is SIGKILLed at a
 * random moment; the next start, as main does it (the settings name the journal, or the default place),
 * must find the old journal or the new one with every contact, never an empty or a missing one.
 *
 * NETWERKDAGBOEK_MOVE_KILLS=200 runs more kills than the default (sized to stay well under 30 s here).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Conf from 'conf';
import { afterAll, describe, expect, it } from 'vitest';
import { ContactFields, type Contact } from '../../contract/domain';
import { journalLocation, SettingsStore } from '../settings/settings';
import { emptyJournal, JournalStore } from './journal-store';

const KILLS = Number(process.env['NETWERKDAGBOEK_MOVE_KILLS'] ?? 8);
const CONTACTS = 3_000;
const child = fileURLToPath(new URL('../testing/move-crash-child.ts', import.meta.url));
const clock = { now: () => new Date() };
const folders: string[] = [];

afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

function contact(i: number): Contact {
  const at = '2026-11-01T10:00:00.000Z';
  return {
    id: `c${i}`,
    ...ContactFields.parse({
      name: `Contact ${i}`,
      notes: 'Wat notities om het bestand wat groter te maken. '.repeat(4),
    }),
    archived: false,
    importedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}
const journalText = JSON.stringify({
  ...emptyJournal(),
  contacts: Array.from({ length: CONTACTS }, (_, i) => contact(i)),
});

/** Starts the child on a fresh folder; resolves with what it said once it ended (killed after `killAfterMs` past "ready"). */
async function run(
  killAfterMs: number | null,
): Promise<{ folder: string; target: string; said: string; readyToMoved: number | null }> {
  const folder = await mkdtemp(join(tmpdir(), 'ndb-move-'));
  folders.push(folder);
  await writeFile(join(folder, 'journal.json'), journalText);
  const target = join(folder, 'elders', 'netwerk.json');
  const proc = spawn(process.execPath, ['--import', 'tsx', child, folder, target], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let said = '';
  let readyAt = 0;
  let readyToMoved: number | null = null;
  return new Promise((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (!readyAt && said.includes('ready\n')) {
        readyAt = performance.now();
        if (killAfterMs !== null) setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      }
      if (readyToMoved === null && said.includes('moved')) {
        readyToMoved = performance.now() - readyAt;
        if (killAfterMs === null) proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    proc.on('exit', () => resolve({ folder, target, said, readyToMoved }));
  });
}

/** The next start, as main does it: which journal, and what is in it. */
async function nextStart(folder: string) {
  const settings = new SettingsStore(new Conf({ cwd: join(folder, 'settings'), projectName: 'ndb-move' }));
  const journal = journalLocation(null, settings.get(), folder);
  const store = await JournalStore.open({ path: journal.path, clock, mayCreate: !journal.chosen });
  const result = { path: journal.path, notice: store.notice, contacts: store.data.contacts.length };
  await store.close();
  return result;
}

describe('a crash while moving the journal', () => {
  it(`leaves the old or the new journal, whole, in ${KILLS} kills at random moments`, async () => {
    // Once without a kill: the move works, and how long it takes sets the window to kill in.
    const calm = await run(null);
    expect(calm.said).toContain('"moved":true');
    expect(await nextStart(calm.folder)).toEqual({ path: calm.target, notice: null, contacts: CONTACTS });
    const window = Math.max(20, (calm.readyToMoved ?? 100) * 1.5);

    const outcomes = { old: 0, new: 0 };
    for (let i = 0; i < KILLS; i++) {
      const killAfter = Math.random() * window;
      const { folder, target } = await run(killAfter);
      const start = await nextStart(folder);
      expect(start, `killed ${killAfter.toFixed(1)} ms into the move`).toMatchObject({
        notice: null,
        contacts: CONTACTS,
      });
      expect([join(folder, 'journal.json'), target]).toContain(start.path);
      outcomes[start.path === target ? 'new' : 'old']++;
    }
    console.log(
      `move killed ${KILLS}× within ${window.toFixed(0)} ms: next start used the old journal ${outcomes.old}×, the new one ${outcomes.new}×, an empty or missing one 0×`,
    );
  }, 120_000);
});
