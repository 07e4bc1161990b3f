import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Code for tests only lives in `testing/` folders: this one (a manual clock, a file system that fails on
 * cue, fuzz payloads, the child processes the crash tests kill) and `electron/main/testing/` (the
 * Electron fake). No production file under electron/ may import a testing folder, nor a test library,
 * so no production bundle (main, preload, the renderer) can include them: the bundles are built from
 * their entry points, and only what those import goes in.
 */
const electronFolder = fileURLToPath(new URL('../..', import.meta.url));

const inTestingFolder = (file: string) => file.split(sep).includes('testing');
/** Libraries only tests may use: a production file importing one would ship it, or fail without it. */
const testLibraries = ['vitest', 'fast-check', '@playwright/test'];

const productionFiles = readdirSync(electronFolder, { recursive: true, encoding: 'utf8' })
  .map((name) => join(electronFolder, name))
  .filter(
    (file) =>
      file.endsWith('.ts') && !file.endsWith('.test.ts') && !inTestingFolder(relative(electronFolder, file)),
  );

/** What `file` imports that is for tests only: a file in a testing folder, or a test library. */
function testOnlyImports(file: string, source = readFileSync(file, 'utf8')): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) =>
      name.startsWith('.')
        ? inTestingFolder(relative(electronFolder, resolve(dirname(file), name)))
        : testLibraries.some((library) => name === library || name.startsWith(`${library}/`)),
    );
}

describe('test-only code', () => {
  it('the check finds an import of a testing folder or a test library, static or dynamic', () => {
    const core = join(electronFolder, 'core', 'reminders', 'example.ts');
    const main = join(electronFolder, 'main', 'example.ts');
    expect(testOnlyImports(core, "import { ManualClock } from '../testing/manual-clock';")).toHaveLength(1);
    expect(testOnlyImports(core, "const m = await import('../testing/faulty-fs');")).toHaveLength(1);
    expect(testOnlyImports(main, "import { app } from './testing/fake-electron';")).toHaveLength(1);
    expect(testOnlyImports(main, "import { vi } from 'vitest';")).toHaveLength(1);
    expect(testOnlyImports(core, "import fc from 'fast-check';")).toHaveLength(1);
    expect(testOnlyImports(core, "import { systemClock } from '../clock';")).toEqual([]);
    expect(testOnlyImports(main, "import { app } from 'electron';")).toEqual([]);
  });

  it(`is imported by no production file under electron/ (${productionFiles.length} looked at)`, () => {
    expect(productionFiles.length).toBeGreaterThan(50);
    expect(productionFiles.some((file) => file.includes(`${sep}main${sep}`))).toBe(true);
    const offenders = productionFiles
      .filter((file) => testOnlyImports(file).length > 0)
      .map((file) => `${relative(electronFolder, file)}: ${testOnlyImports(file).join(', ')}`);
    expect(offenders).toEqual([]);
  });
});
