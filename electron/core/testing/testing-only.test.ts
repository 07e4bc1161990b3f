import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * This folder holds code for tests only (a manual clock, a file system that fails on cue, fuzz payloads).
 * No production file may import it, so no production bundle (main, preload, the renderer) can include it:
 * the bundles are built from their entry points, and only what those import goes in.
 */
const testing = fileURLToPath(new URL('.', import.meta.url));
const electronFolder = resolve(testing, '../..');

const productionFiles = readdirSync(electronFolder, { recursive: true, encoding: 'utf8' })
  .map((name) => join(electronFolder, name))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith(testing))
  // Main's Electron fake is test-only too (it imports vitest); it lives beside what it fakes.
  .filter((file) => !file.endsWith('fake-electron.ts'));

/** The files under testing/ that `file` imports (relative imports resolved; packages ignored). */
function testingImports(file: string, source = readFileSync(file, 'utf8')): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name))
    .filter((target) => target.startsWith(testing));
}

describe('test-only code', () => {
  it('the check finds an import of the testing folder, static or dynamic', () => {
    const file = join(electronFolder, 'core', 'reminders', 'example.ts');
    expect(testingImports(file, "import { ManualClock } from '../testing/manual-clock';")).toHaveLength(1);
    expect(testingImports(file, "const m = await import('../testing/faulty-fs');")).toHaveLength(1);
    expect(testingImports(file, "import { systemClock } from '../clock';")).toEqual([]);
  });

  it(`is imported by no production file (${productionFiles.length} looked at)`, () => {
    expect(productionFiles.length).toBeGreaterThan(50);
    const offenders = productionFiles
      .filter((file) => testingImports(file).length > 0)
      .map((file) => relative(electronFolder, file));
    expect(offenders).toEqual([]);
  });
});
