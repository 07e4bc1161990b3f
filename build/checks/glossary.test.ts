/**
 * One vocabulary (docs/glossary.md): a word the glossary lists as retired must not come back in any of the
 * app's word files, and Dutch text quotes the Dutch way (‘…’), never “…”. The words are read from the
 * glossary itself, so retiring a word there is all it takes to keep it out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const glossary = readFileSync(join(root, 'docs/glossary.md'), 'utf8');

/** The retired words: the first column of the table under "## Retired words", without "(nl)"/"(en)". */
export function retiredWords(markdown: string): string[] {
  const section = markdown.split(/^## Retired words$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1) // the header row
    .map((line) =>
      line
        .split('|')[1]!
        .trim()
        .replace(/\s*\((nl|en)\)$/, ''),
    )
    .filter(Boolean);
}

/** Every file of words the app shows: the features' and the shell's nl/en, the labels, the messages, the
 * notifications' and the tray's words. */
const wordFiles = [
  ...readdirSync(join(root, 'renderer/src'), { recursive: true, encoding: 'utf8' })
    .map((name) => `renderer/src/${name.split('\\').join('/')}`)
    .filter((path) => /\/(nl|en)\.ts$/.test(path)),
  'electron/contract/words/labels.ts',
  'electron/contract/messages.ts',
  'electron/core/reminders/words.ts',
  'electron/main/words.ts',
];
const dutchFiles = wordFiles.filter((path) => path.endsWith('/nl.ts'));

/** Where `words` occur in `text`, as "file: word". */
function found(file: string, text: string, words: readonly string[]): string[] {
  return words.filter((word) => text.includes(word)).map((word) => `${file}: ${word}`);
}

describe('the glossary’s vocabulary', () => {
  const retired = retiredWords(glossary);

  it('reads the retired words from the glossary, and would find one in a word file', () => {
    expect(retired).toEqual(expect.arrayContaining(['Maak contact', 'Draw on', 'Nog bedanken', 'Welke B']));
    expect(found('x', "makeContact: 'Maak contact',", retired)).toEqual(['x: Maak contact']);
    expect(found('x', "makeContact: 'Toevoegen aan netwerk',", retired)).toEqual([]);
  });

  it(`no retired word is back in the ${wordFiles.length} word files`, () => {
    expect(dutchFiles.length).toBeGreaterThan(5);
    const back = wordFiles.flatMap((file) => found(file, readFileSync(join(root, file), 'utf8'), retired));
    expect(back).toEqual([]);
  });

  it('Dutch text uses Dutch quotes (‘…’), not English ones', () => {
    const english = dutchFiles.filter((file) => /[“]/.test(readFileSync(join(root, file), 'utf8')));
    expect(english).toEqual([]);
  });
});
