import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The rules in this folder run in the renderer as well as in core, so what they load at run time must be
 * in this folder: no Node module, nothing of core, no package (Temporal, zod), nothing that would pull
 * the rest of the contract into the renderer's bundle. Types may come from the contract: they are gone
 * once compiled.
 */
const folder = fileURLToPath(new URL('.', import.meta.url));

/** The module specifiers a source loads at run time (type-only imports and re-exports left out). */
function runtimeImports(source: string): string[] {
  const file = ts.createSourceFile('rule.ts', source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Loaded from this folder itself: `./name`, not `../` or a package. */
const withinRules = (specifier: string) => /^\.\/[\w.-]+$/.test(specifier);

describe('the detector', () => {
  it('finds what runs and passes over what is only a type', () => {
    const source = [
      "import type { LocalMoment } from '../domain';",
      "import { type SnoozeOption } from '../contract';",
      "import { z } from 'zod';",
      "import { addDays, type Interval } from './calendar';",
      "export { instantOf } from '../../core/reminders/local-time';",
      "export type { Clock } from '../../core/clock';",
      "const fs = require('node:fs');",
      "const later = await import('temporal-polyfill');",
      "// import { Temporal } from 'temporal-polyfill';",
    ].join('\n');
    expect(runtimeImports(source)).toEqual([
      'zod',
      './calendar',
      '../../core/reminders/local-time',
      'node:fs',
      'temporal-polyfill',
    ]);
    expect(runtimeImports(source).filter((s) => !withinRules(s))).toHaveLength(4);
  });
});

describe('the shared rules', () => {
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

  it('are here', () => {
    expect(files).toEqual(expect.arrayContaining(['calendar.ts', 'snooze.ts', 'wall-clock.ts']));
  });

  it.each(files)('%s loads nothing from outside this folder at run time', (name) => {
    const outside = runtimeImports(readFileSync(join(folder, name), 'utf8')).filter((s) => !withinRules(s));
    expect(outside).toEqual([]);
  });
});
