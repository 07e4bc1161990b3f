import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from './backups';
import { decodeJournal } from './journal-file';
import { JournalStore } from './journal-store';

/**
 * SIGKILL at random moments while the core opens a journal (and makes its daily backup) and while edits
 * stream in through dispatch. After each kill: the journal and every backup decode, every edit the app
 * acknowledged is on disk, and the next open leaves no temp file. NETWERKDAGBOEK_CRASH_RUNS=200 for the
 * long run; CI runs 20.
 */
const RUNS = Number(process.env['NETWERKDAGBOEK_CRASH_RUNS'] ?? 20);
const child = fileURLToPath(new URL('../testing/crash-child.ts', import.meta.url));

/** A small seeded generator, so a failing run can be told apart and repeated (the seed is printed). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Acks {
  created: Map<string, string>;
  /** Per contact, the highest edit number acknowledged for its notes. */
  updated: Map<string, number>;
  total: number;
}

/** Runs the child and kills it `afterReadyMs` after it is ready (or `whileOpening` ms after spawning). */
function runAndKill(
  journalPath: string,
  run: number,
  kill: { whileOpening: number } | { afterReadyMs: number },
): Promise<string> {
  const day = new Date(Date.UTC(2026, 0, 1) + run * 86_400_000).toISOString().slice(0, 10);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, journalPath, String(run), day], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const killNow = () => proc.kill('SIGKILL');
    if ('whileOpening' in kill) timer = setTimeout(killNow, kill.whileOpening);
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if ('afterReadyMs' in kill && timer === undefined && out.startsWith('ready\n')) {
        timer = setTimeout(killNow, kill.afterReadyMs);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    // 'exit' comes after the process is reaped: its pid is free again, its temp files are stale.
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`The child ended by itself (${signal}):\n${err}`));
      else resolve(out);
    });
    proc.on('error', reject);
  });
}

/** The acknowledgements in the output; a last line cut off by the kill is no acknowledgement. */
function parseAcks(out: string, into: Acks): void {
  const complete = out.slice(0, out.lastIndexOf('\n') + 1);
  for (const line of complete.split('\n')) {
    const [kind, id, edit, ...name] = line.split(' ');
    if (kind === 'create') {
      into.created.set(id!, name.join(' '));
      into.updated.set(id!, Math.max(into.updated.get(id!) ?? -1, Number(edit)));
      into.total++;
    } else if (kind === 'update') {
      into.updated.set(id!, Math.max(into.updated.get(id!) ?? -1, Number(edit)));
      into.total++;
    }
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-crash-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('killed at random moments', () => {
  it(
    `loses no acknowledged edit in ${RUNS} runs, and every file decodes`,
    async () => {
      const seed = Number(process.env['NETWERKDAGBOEK_CRASH_SEED'] ?? Date.now() % 1_000_000);
      const next = random(seed);
      const journalPath = join(dir, 'journal.json');
      const acks: Acks = { created: new Map(), updated: new Map(), total: 0 };
      // Each acknowledged edit missing counts once, however many later runs find it missing again.
      const lost = new Set<string>();
      let tempsBeforeOpen = 0;
      for (let run = 1; run <= RUNS; run++) {
        // One kill in four while the core opens (read, daily backup, cleanup), the rest during edits.
        const kill =
          next() < 0.25
            ? { whileOpening: 150 + Math.floor(next() * 600) }
            : { afterReadyMs: Math.floor(next() * 400) };
        parseAcks(await runAndKill(journalPath, run, kill), acks);

        // Killed before the first edit of the first run: no file yet, and nothing acknowledged.
        const text = await readFile(journalPath, 'utf8').catch(() => null);
        const contacts = text === null ? [] : decodeJournal(text).journal.contacts;
        for (const backup of await listBackups(journalPath)) decodeJournal(await readFile(backup, 'utf8'));
        const byId = new Map(contacts.map((c) => [c.id, c]));
        for (const [id, name] of acks.created) {
          if (byId.get(id)?.name !== name) lost.add(`${name} missing`);
        }
        for (const [id, edit] of acks.updated) {
          const onDisk = Number(/edit (\d+)$/.exec(byId.get(id)?.notes ?? '')?.[1] ?? -1);
          // A later edit may have landed unacknowledged; an earlier one than acknowledged must not be there.
          if (onDisk < edit) lost.add(`notes of ${id}: edit ${edit} acknowledged, ${onDisk} on disk`);
        }
        tempsBeforeOpen += (await temps()).length;
        const store = await JournalStore.open({ path: journalPath, clock: { now: () => new Date() } });
        expect(store.notice).toBeNull();
        expect(await temps()).toEqual([]);
        await store.close();
      }
      console.log(
        `crash test (seed ${seed}): ${RUNS} runs, ${acks.total} acknowledged edits, ${lost.size} lost, ` +
          `${tempsBeforeOpen} temp files left by kills (all removed at the next open)`,
      );
      expect([...lost]).toEqual([]);
      expect(acks.total).toBeGreaterThan(RUNS);
    },
    RUNS * 10_000,
  );
});

/** Temp files in the journal's folder and its backups. */
async function temps(): Promise<string[]> {
  const names = [
    ...(await readdir(dir)),
    ...(await readdir(join(dir, 'backups')).catch(() => [] as string[])),
  ];
  return names.filter((n) => n.endsWith('.tmp'));
}
