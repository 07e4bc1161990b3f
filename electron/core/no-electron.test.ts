import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Core and contract must run in plain Node (unit tests, the browser harness, the benchmark), so neither may
 * load Electron. ESLint checks static imports; this also catches `require` and dynamic `import()`.
 * TypeScript's own pre-processor finds them, so mentions in comments and strings do not count.
 */
const electronFolder = fileURLToPath(new URL('..', import.meta.url));
const roots = ['core', 'contract'].map((name) => join(electronFolder, name));

function tsFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
}

/** Every module specifier that loads Electron: `electron` itself or one of its entry points. */
function electronImports(source: string): string[] {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name === 'electron' || name.startsWith('electron/'));
}

describe('the detector', () => {
  const loads: [string, string][] = [
    ['a static import', "import { app } from 'electron';"],
    ['a type-only import', "import type { IpcMainInvokeEvent } from 'electron';"],
    ['a side-effect import', 'import "electron";'],
    ['a re-export', "export { shell } from 'electron';"],
    ['a dynamic import', "const { shell } = await import('electron');"],
    ['a require', "const { app } = require('electron');"],
    ['an import-equals require', "import electron = require('electron');"],
    ['an entry point', "import { ipcMain } from 'electron/main';"],
  ];
  for (const [what, source] of loads) {
    it(`finds ${what}`, () => {
      expect(electronImports(source)).toHaveLength(1);
    });
  }

  it('ignores comments, strings and look-alike packages', () => {
    const source = [
      "// never import { app } from 'electron' here",
      'const hint = "require(\'electron\')";',
      "import Store from 'electron-store';",
      "import { build } from 'electron-builder';",
    ].join('\n');
    expect(electronImports(source)).toEqual([]);
  });
});

describe('core and contract', () => {
  const files = roots.flatMap(tsFilesUnder);

  it('are found, so the check below looks at real code', () => {
    const names = files.map((f) => relative(electronFolder, f).split('\\').join('/'));
    expect(names).toContain('core/contacts/contact-book.ts');
    expect(names).toContain('core/netwerkdagboek.ts');
    expect(names).toContain('contract/contract.ts');
  });

  it('never load electron', () => {
    const offenders = files
      .map((file) => ({
        file: relative(electronFolder, file),
        imports: electronImports(readFileSync(file, 'utf8')),
      }))
      .filter(({ imports }) => imports.length > 0)
      .map(({ file, imports }) => `${file} loads ${imports.join(', ')}`);
    expect(offenders, 'core and contract must not load electron; add a port instead').toEqual([]);
  });
});
