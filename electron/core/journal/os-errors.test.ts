import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { osProblemMessages, osProblems } from '../../contract/messages';
import { osErrorCode, osProblem, osProblemMessage } from './os-errors';

const withCode = (code: string, message = `${code}: something, write`) =>
  Object.assign(new Error(message), { code });

describe('OS errors in the person’s language', () => {
  it.each([
    ['ENOSPC', 'disk-full'],
    ['EACCES', 'no-permission'],
    ['EPERM', 'no-permission'],
    ['EROFS', 'read-only'],
    ['EIO', 'io-error'],
    ['ENOENT', 'gone'],
    ['EISDIR', 'wrong-kind'],
    ['ENOTDIR', 'wrong-kind'],
    ['EMFILE', 'busy'],
    ['EBUSY', 'busy'],
  ] as const)('%s is %s', (code, problem) => {
    expect(osProblem(withCode(code))).toBe(problem);
  });

  it('says "unknown" for anything else, also for values that are not errors', () => {
    expect(osProblem(withCode('EWHATEVER'))).toBe('unknown');
    expect(osProblem(new Error('plain'))).toBe('unknown');
    expect(osProblem(null)).toBe('unknown');
    expect(osProblem('ENOSPC')).toBe('unknown');
    // A code that merely looks like a property of Object.prototype is not a known problem.
    expect(osProblem(withCode('constructor'))).toBe('unknown');
  });

  it('finds the code of an error that wraps the OS error as its cause', () => {
    const wrapped = new Error('Saving failed', { cause: withCode('EROFS') });
    expect(osErrorCode(wrapped)).toBe('EROFS');
    expect(osProblem(wrapped)).toBe('read-only');
  });

  it('knows a real error from the file system', async () => {
    const error = await open(join(tmpdir(), 'netwerkdagboek-no-such-folder', 'x.json'), 'r').catch(
      (e: unknown) => e,
    );
    expect(osProblem(error)).toBe('gone');
  });

  it('has a sentence for every problem in both languages, Dutch and English, never the raw OS text', () => {
    for (const problem of osProblems) {
      const nl = osProblemMessage(problem, 'nl');
      const en = osProblemMessage(problem, 'en');
      expect(nl.length).toBeGreaterThan(20);
      expect(en.length).toBeGreaterThan(20);
      expect(nl).not.toBe(en);
      for (const text of [nl, en]) expect(text).not.toMatch(/\bE[A-Z]{3,}\b|errno|syscall/);
    }
    expect(Object.keys(osProblemMessages.nl).sort()).toEqual([...osProblems].sort());
    expect(osProblemMessage('disk-full', 'nl')).toMatch(/schijf is vol/);
    expect(osProblemMessage('disk-full', 'en')).toMatch(/disk is full/);
  });
});
