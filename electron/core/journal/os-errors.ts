import type { Language } from '../../contract/contract';
import { osProblemMessages, type OsProblem } from '../../contract/messages';

export type { OsProblem } from '../../contract/messages';

/**
 * Which of the problems a person can understand (and act on) an operating-system error is. Node's error
 * texts ("ENOSPC: no space left on device, write") are English and technical, so they never reach the UI;
 * the code is mapped to a sentence in the person's language instead (`osProblemMessage`).
 */
const problemOfCode: Record<string, OsProblem> = {
  ENOSPC: 'disk-full',
  // Over a quota on a shared or network drive: for the person the same as a full disk.
  EDQUOT: 'disk-full',
  EFBIG: 'disk-full',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EROFS: 'read-only',
  EIO: 'io-error',
  // The file or its folder is not there (any more): a USB stick pulled out, a cloud folder not mounted.
  ENOENT: 'gone',
  ENODEV: 'gone',
  ENXIO: 'gone',
  // A network share that went away under an open file.
  ESTALE: 'gone',
  EISDIR: 'wrong-kind',
  ENOTDIR: 'wrong-kind',
  ENAMETOOLONG: 'wrong-kind',
  EMFILE: 'busy',
  ENFILE: 'busy',
  EBUSY: 'busy',
  EAGAIN: 'busy',
  ETXTBSY: 'busy',
};

/** The OS error code of `error` (or of its `cause`), if it has one. */
export function osErrorCode(error: unknown): string | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** The problem `error` stands for; `unknown` for anything without a code we know. */
export function osProblem(error: unknown): OsProblem {
  const code = osErrorCode(error);
  return (code !== null && Object.hasOwn(problemOfCode, code) && problemOfCode[code]) || 'unknown';
}

/** One sentence, in `language`, saying what happened to the file and what the person can do. */
export function osProblemMessage(problem: OsProblem, language: Language): string {
  return osProblemMessages[language][problem];
}
