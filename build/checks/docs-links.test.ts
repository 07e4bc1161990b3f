import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The README and docs/ are what a person who clones the repository reads first, so they must not send
 * anyone to what is not in it: no path to the folder outside the repository the design once lived in
 * (`../shared`), no relative link to a file or heading that is not there, and no path to a file or
 * folder of the repository that has moved or gone. Runs with the unit tests (`npm run test:unit`): it
 * needs no build, and a moved file should fail the commit that moves it.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The pages checked: README.md and every Markdown file under docs/. */
function pages(): string[] {
  const docs = join(root, 'docs');
  const inDocs = existsSync(docs)
    ? readdirSync(docs, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(docs, name))
    : [];
  return [join(root, 'README.md'), ...inDocs];
}

/** Outside the repository: the old design folder beside it, or any absolute path to it. */
const OUTSIDE = /(?:\.\.\/)+shared\b|\/work\/shared\b/;

interface Link {
  target: string;
  line: number;
}

/** The link targets of a Markdown text: inline `[text](target)`, images, and `[label]: target` lines. */
export function linksIn(markdown: string): Link[] {
  const links: Link[] = [];
  let inFence = false;
  markdown.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    // Inline code is not a link: `[a](b)` in backticks is an example.
    const line = text.replace(/`[^`]*`/g, '');
    for (const m of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      links.push({ target: m[1]!, line: i + 1 });
    }
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(line);
    if (definition) links.push({ target: definition[1]!, line: i + 1 });
  });
  return links;
}

/**
 * Paths into the repository written as inline code: those that start with one of its folders
 * (`electron/core/clock.ts`, `renderer/src/shared/`), and core's, main's, the contract's and the preload's
 * own as design.md writes them (`core/dispatch.ts` is `electron/core/dispatch.ts`). Names with a
 * placeholder (`journal-<time>.json`, `*.svelte.ts`, `…`) are not paths to check.
 */
export function pathsIn(markdown: string): { path: string; line: number }[] {
  const paths: { path: string; line: number }[] = [];
  let inFence = false;
  markdown.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    for (const m of line.matchAll(/`([^`\s]+)`/g)) {
      const token = m[1]!;
      if (/[<>*{}…$]|\.\.\.|YYYY/.test(token)) continue;
      if (/^(?:electron|renderer|build|e2e|docs|\.ci)\//.test(token))
        paths.push({ path: token, line: i + 1 });
      else if (/^(?:core|main|contract|preload)\//.test(token))
        paths.push({ path: `electron/${token}`, line: i + 1 });
    }
  });
  return paths;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_~]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown text's headings (a repeated heading gets -1, -2 … as on GitHub). */
export function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = anchorOf(heading[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** What is wrong with one link of the page at `page`, or null. Web, mail and phone links are not followed. */
export function problemWith(page: string, target: string, repoRoot = root): string | null {
  if (OUTSIDE.test(target)) return 'points outside the repository';
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null;
  const [path = '', anchor] = target.split('#', 2) as [string, string | undefined];
  const file = path === '' ? page : resolve(dirname(page), decodeURI(path));
  const inside = relative(repoRoot, file);
  if (inside.startsWith('..') || inside.startsWith(sep)) return 'points outside the repository';
  if (!existsSync(file)) return `${inside} is not in the repository`;
  if (anchor && file.endsWith('.md') && statSync(file).isFile()) {
    if (!anchorsIn(readFileSync(file, 'utf8')).has(anchor)) return `${inside} has no heading #${anchor}`;
  }
  return null;
}

describe('the checker', () => {
  it('finds inline links, images and link definitions, but not examples in code', () => {
    const markdown = [
      'See [the design](docs/design.md#the-parts) and ![icon](build/icon.png "Icon").',
      '[ref]: ../shared/DESIGN.md',
      'Write `[text](not-a-link.md)` for a link.',
      '```',
      '[inside a fence](nowhere.md)',
      '```',
    ].join('\n');
    expect(linksIn(markdown)).toEqual([
      { target: 'docs/design.md#the-parts', line: 1 },
      { target: 'build/icon.png', line: 1 },
      { target: '../shared/DESIGN.md', line: 2 },
    ]);
  });

  it('finds repository paths in inline code, and only those', () => {
    const markdown = [
      'See `electron/core/clock.ts`, `core/dispatch.ts` and `renderer/src/shared/`.',
      'Not `out/renderer`, `backups/journal-YYYY-MM-DD.json`, `journal.before-repair-<time>.json` or `npm test`.',
      '```',
      'electron/not-checked-in-a-fence.ts',
      '```',
    ].join('\n');
    expect(pathsIn(markdown)).toEqual([
      { path: 'electron/core/clock.ts', line: 1 },
      { path: 'electron/core/dispatch.ts', line: 1 },
      { path: 'renderer/src/shared/', line: 1 },
    ]);
  });

  it('makes anchors the way GitHub does', () => {
    expect([...anchorsIn('# How it is built\n## The journal file\n## Testing\n## Testing')]).toEqual([
      'how-it-is-built',
      'the-journal-file',
      'testing',
      'testing-1',
    ]);
    expect(anchorOf('Words (UI in Dutch first, English second)')).toBe(
      'words-ui-in-dutch-first-english-second',
    );
  });

  it('refuses the folder outside, files that are not there and headings that are not there', () => {
    const readme = join(root, 'README.md');
    expect(problemWith(readme, '../shared/DESIGN.md')).toBe('points outside the repository');
    expect(problemWith(readme, '../../shared/STYLE.md')).toBe('points outside the repository');
    expect(problemWith(readme, '../other-project/README.md')).toBe('points outside the repository');
    expect(problemWith(readme, 'docs/no-such-page.md')).toBe('docs/no-such-page.md is not in the repository');
    expect(problemWith(readme, 'package.json')).toBeNull();
    expect(problemWith(readme, '#no-such-heading')).toBe('README.md has no heading #no-such-heading');
    expect(problemWith(readme, 'https://www.electronjs.org/docs/latest/tutorial/security')).toBeNull();
  });
});

describe('README.md and docs/', () => {
  const all = pages();

  it('are there: the README and the design and domain pages', () => {
    const names = all.map((p) => relative(root, p).split(sep).join('/'));
    expect(names).toEqual(expect.arrayContaining(['README.md', 'docs/design.md', 'docs/domain.md']));
  });

  it.each(all.map((p) => [relative(root, p), p]))('%s never mentions ../shared', (_name, page) => {
    const lines = readFileSync(page, 'utf8')
      .split('\n')
      .flatMap((text, i) => (OUTSIDE.test(text) ? [`line ${i + 1}: ${text.trim()}`] : []));
    expect(lines).toEqual([]);
  });

  it.each(all.map((p) => [relative(root, p), p]))(
    'every repository path %s names is there',
    (_name, page) => {
      const missing = pathsIn(readFileSync(page, 'utf8')).flatMap(({ path, line }) =>
        existsSync(join(root, path)) ? [] : [`line ${line}: ${path} is not in the repository`],
      );
      expect(missing).toEqual([]);
    },
  );

  it.each(all.map((p) => [relative(root, p), p]))(
    'every relative link in %s leads somewhere',
    (_name, page) => {
      const broken = linksIn(readFileSync(page, 'utf8')).flatMap(({ target, line }) => {
        const problem = problemWith(page, target);
        return problem ? [`line ${line}: (${target}) ${problem}`] : [];
      });
      expect(broken).toEqual([]);
    },
  );
});
