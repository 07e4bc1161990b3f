/**
 * A stand-in for the Electron executable, for the tests that cannot download the real one: a small Node
 * script that writes down how it was started and exits.
 *
 * It also carries an Electron fuse wire (the sentinel electron-builder's @electron/fuses looks for, wire
 * version 1, eight fuses, all on), so electron-builder can flip the fuses of a packaged stand-in exactly as
 * it does the real binary's, and a test can read back what it set.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What the stand-in saw when it was started. */
export interface FakeElectronRun {
  argv: string[];
  cwd: string;
  rendererUrl: string | null;
  /** Status and first bytes of `ELECTRON_RENDERER_URL`, fetched as the window would load it. */
  page: { status: number; body: string } | { error: string } | null;
}

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Writes `<folder>/electron`; each start appends one JSON line to `<folder>/runs.jsonl`. */
export async function makeFakeElectron(folder: string): Promise<{
  executable: string;
  runs: () => Promise<FakeElectronRun[]>;
}> {
  await mkdir(folder, { recursive: true });
  const executable = join(folder, 'electron');
  const record = join(folder, 'runs.jsonl');
  const script = `#!/usr/bin/env node
// fuse wire: ${FUSE_SENTINEL}\u0001\u000811111111
const { appendFileSync } = require('node:fs');
(async () => {
  const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? null;
  let page = null;
  if (rendererUrl) {
    try {
      const response = await fetch(rendererUrl);
      page = { status: response.status, body: (await response.text()).slice(0, 2000) };
    } catch (error) {
      page = { error: String(error) };
    }
  }
  const run = { argv: process.argv.slice(2), cwd: process.cwd(), rendererUrl, page };
  appendFileSync(${JSON.stringify(record)}, JSON.stringify(run) + '\\n');
})();
`;
  await writeFile(executable, script, 'latin1');
  await chmod(executable, 0o755);
  return {
    executable,
    runs: async () => {
      const text = await readFile(record, 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as FakeElectronRun);
    },
  };
}

/** The eight fuses of wire version 1 as the stand-in (or a packaged copy of it) has them now. */
export async function readFuses(executable: string): Promise<string> {
  const bytes = await readFile(executable);
  const at = bytes.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error(`no fuse wire in ${executable}`);
  const wire = at + FUSE_SENTINEL.length;
  return bytes.subarray(wire + 2, wire + 2 + bytes[wire + 1]!).toString('latin1');
}
