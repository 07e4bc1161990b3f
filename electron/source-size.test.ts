/**
 * No source file under electron/, renderer/, build/ (the tool configs, the bench, the repository checks) or
 * e2e/ (the harness, page objects and the specs) is over 450 lines, so each stays one purpose a person can
 * read at once (the team guide's limit). Not counted: unit tests (`*.test.ts`, which hold many small cases
 * of one subject), code for tests only in electron/ and renderer/ (`testing/` folders), and the word files
 * (`nl.ts`, `en.ts`, `texts.ts`, `words.ts`, `messages.ts`), which are long lists of sentences rather than
 * logic. The Playwright specs are counted: a journey that long is several journeys. A file over the limit
 * is split by purpose, not the limit raised.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 450;
const root = fileURLToPath(new URL('..', import.meta.url));
const wordFiles = new Set(['nl.ts', 'en.ts', 'texts.ts', 'words.ts', 'messages.ts']);

/** Whether `path` (relative, with `/`) is a source file the limit applies to. */
export function isLimited(path: string): boolean {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  if (!/\.(ts|svelte|js|css)$/.test(name) || name.endsWith('.test.ts')) return false;
  if (parts.includes('node_modules')) return false;
  // build/testing/ and e2e/ are tools and tests in full; their testing code counts like the rest of them.
  const testOnly = (parts[0] === 'electron' || parts[0] === 'renderer') && parts.includes('testing');
  return !testOnly && !wordFiles.has(name);
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** The folders whose files the limit applies to; each must hold some. */
const folders = ['electron', 'renderer', 'build', 'e2e'];

const files = folders.flatMap((folder) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => `${folder}/${name.split('\\').join('/')}`)
    .filter(isLimited),
);

describe(`source files are at most ${MAX_LINES} lines`, () => {
  it('counts what it should and leaves tests, test-only code and word files out', () => {
    expect(isLimited('electron/core/journal/journal-store.ts')).toBe(true);
    expect(isLimited('renderer/src/App.svelte')).toBe(true);
    expect(isLimited('renderer/src/app/styles.css')).toBe(true);
    expect(isLimited('electron/core/journal/journal-store.test.ts')).toBe(false);
    expect(isLimited('electron/core/testing/fuzz-payloads.ts')).toBe(false);
    expect(isLimited('renderer/src/features/contacts/nl.ts')).toBe(false);
    expect(isLimited('electron/contract/messages.ts')).toBe(false);
    expect(isLimited('build/bench/run.ts')).toBe(true);
    expect(isLimited('build/bench/generate.ts')).toBe(true);
    expect(isLimited('build/testing/fake-electron-binary.ts')).toBe(true);
    expect(isLimited('build/checks/docs-links.test.ts')).toBe(false);
    expect(isLimited('e2e/harness.ts')).toBe(true);
    expect(isLimited('e2e/pages/reminders-page.ts')).toBe(true);
    expect(isLimited('e2e/browser/reminders.spec.ts')).toBe(true);
    expect(isLimited('build/electron-builder.yml')).toBe(false);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
  });

  it(`no file is over the limit (${files.length} files)`, () => {
    expect(files.length).toBeGreaterThan(100);
    for (const folder of folders) expect(files.some((file) => file.startsWith(`${folder}/`))).toBe(true);
    const offenders = files
      .map((file) => ({ file, lines: lineCount(readFileSync(join(root, file), 'utf8')) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(offenders).toEqual([]);
  });
});
