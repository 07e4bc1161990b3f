import { describe, expect, it } from 'vitest';
import { checkWords } from '../contract/testing/word-check';
import { quitWords } from './quit-words';
import { mainWords, startFailedText } from './words';

describe("main's last-resort dialog when the app could not start", () => {
  it('says what happened in both languages, never the raw English OS error', () => {
    const error = Object.assign(new Error('EISDIR: illegal operation on a directory, read'), {
      code: 'EISDIR',
    });
    const text = startFailedText(error);
    expect(text).toContain(
      'Netwerkdagboek kon niet starten. Op deze plek staat een map waar een bestand hoort',
    );
    expect(text).toContain('Netwerkdagboek could not start. There is a folder where a file should be');
    expect(text).not.toMatch(/EISDIR|illegal operation/);
  });

  it('has a plain sentence for an error without an OS code', () => {
    expect(startFailedText(new Error('boom'))).not.toContain('boom');
  });
});

describe("main's own words", () => {
  it('are the same in Dutch and English, none empty, the tooltip counted in both', () => {
    expect(checkWords(mainWords)).toEqual({ problems: [], plurals: 2 });
    expect(checkWords(quitWords).problems).toEqual([]);
  });

  it('find a word missing in one language', () => {
    const { menu: _menu, ...withoutMenu } = mainWords.en;
    expect(checkWords({ nl: mainWords.nl, en: withoutMenu }).problems).toContain('en: menu is missing');
  });
});
