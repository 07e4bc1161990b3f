/**
 * The import graph of electron/ and renderer/: no import cycle anywhere, and the renderer's graph holds
 * nothing of core, main or preload.
 *
 * A cycle makes the order modules run in depend on which one is imported first (a value read before its
 * module ran is `undefined`), and it ties files together so neither can be understood, moved or tested
 * alone. Type-only imports count too: they tie the files together just the same.
 *
 * The graph is read with TypeScript's own `preProcessFile` (static imports, re-exports, `import()` and
 * `import type`), the way testing-only.test.ts reads imports; for a .svelte file, from its `<script>`
 * blocks. The graph tools (madge, dpdm) do not read .svelte files, and eslint's import-x `no-cycle` would
 * need a second resolver set up for them and the aliases; the rest here is resolving a specifier the way
 * Vite and TypeScript do (a file, `.ts` added, an alias from renderer/tsconfig.json) and Tarjan's
 * strongly connected components.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceFolders = ['electron', 'renderer'];

/** Every .ts and .svelte file under electron/ and renderer/. */
function sourceFiles(): string[] {
  return sourceFolders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => !name.split(/[\\/]/).includes('node_modules'))
      .filter((name) => name.endsWith('.ts') || name.endsWith('.svelte'))
      .map((name) => join(root, folder, name)),
  );
}

/** The module specifiers `source` imports; of a .svelte file, those of its script blocks. */
export function specifiersIn(file: string, source: string): string[] {
  const code = file.endsWith('.svelte')
    ? [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
    : source;
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** Aliases such as `$contract/*` from the renderer's tsconfig (Vite, Vitest and ESLint agree with it). */
function aliases(): { prefix: string; targets: string[] }[] {
  const configPath = join(root, 'renderer', 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  const paths = parsed?.options.paths ?? {};
  const base = (parsed?.options.pathsBasePath as string | undefined) ?? dirname(configPath);
  return Object.entries(paths).map(([pattern, targets]) => ({
    prefix: pattern.replace(/\*$/, ''),
    targets: targets.map((target) => resolve(base, target.replace(/\*$/, ''))),
  }));
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** The file `path` names as Vite and TypeScript find it: as it is, with `.ts`, `.js` as `.ts`, an index. */
function probe(path: string): string | null {
  const candidates = [path, `${path}.ts`, path.replace(/\.js$/, '.ts'), join(path, 'index.ts')];
  return candidates.find(isFile) ?? null;
}

/**
 * The file a specifier names, null for a package (node_modules, node:…), or `unresolved` for a path or
 * an alias that names no file: then this test does not see the whole graph and says so.
 */
function resolveSpecifier(
  specifier: string,
  from: string,
  known: { prefix: string; targets: string[] }[],
): string | null | 'unresolved' {
  if (specifier.startsWith('.')) return probe(resolve(dirname(from), specifier)) ?? 'unresolved';
  for (const { prefix, targets } of known) {
    if (!specifier.startsWith(prefix)) continue;
    for (const target of targets) {
      const found = probe(join(target, specifier.slice(prefix.length)));
      if (found) return found;
    }
    return 'unresolved';
  }
  // `$…` is the alias convention here; one that is not in the tsconfig would otherwise pass for a package.
  return specifier.startsWith('$') ? 'unresolved' : null;
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function cyclesIn(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const files = sourceFiles();
const known = aliases();
const graph = new Map<string, string[]>();
const unresolved: string[] = [];
for (const file of files) {
  const targets: string[] = [];
  for (const specifier of specifiersIn(file, readFileSync(file, 'utf8'))) {
    const target = resolveSpecifier(specifier, file, known);
    if (target === 'unresolved') unresolved.push(`${relative(root, file)}: ${specifier}`);
    else if (target) targets.push(target);
  }
  graph.set(file, targets);
}
const show = (file: string) => relative(root, file).split('\\').join('/');

describe('the import graph of electron/ and renderer/', () => {
  it('the cycle finder finds a cycle, a self-import and none in a tree', () => {
    const g = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
    expect(cyclesIn(g({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
    expect(cyclesIn(g({ a: ['a'], b: [] }))).toEqual([['a']]);
    expect(cyclesIn(g({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it("the reader finds a .svelte file's imports, type-only and dynamic ones too", () => {
    const svelte = `<script module lang="ts">import { a } from './a';</script>
<script lang="ts">
  import type { B } from '../b';
  import C from './C.svelte';
  const d = import('./d');
</script>
<p>import x from './not-code'</p>`;
    expect(specifiersIn('X.svelte', svelte)).toEqual(['./a', '../b', './C.svelte', './d']);
    expect(specifiersIn('x.ts', "export * from './e';\nexport type { F } from './f';")).toEqual([
      './e',
      './f',
    ]);
  });

  it(`every import names a file or a package (${files.length} files read)`, () => {
    expect(files.some((file) => file.endsWith('.svelte'))).toBe(true);
    expect(files.length).toBeGreaterThan(200);
    expect(unresolved).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cyclesIn(graph).map((cycle) => cycle.map(show).join(' ↔ '))).toEqual([]);
  });

  it("the renderer's graph reaches nothing of electron/ but the contract", () => {
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of graph.get(file) ?? []) walk(next);
    };
    for (const file of files) if (show(file).startsWith('renderer/')) walk(file);
    const outside = [...reached]
      .map(show)
      .filter((file) => file.startsWith('electron/') && !file.startsWith('electron/contract/'));
    expect([...reached].some((file) => show(file).startsWith('electron/contract/'))).toBe(true);
    expect(outside).toEqual([]);
  });
});
