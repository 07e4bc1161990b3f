/**
 * What went wrong with a file, as a person can understand it; `core/journal/os-errors.ts` maps OS codes,
 * `messages.ts` words them. On its own so the status types can name it without importing the sentences
 * (which import the contract: a cycle).
 */
export const osProblems = [
  'disk-full',
  'no-permission',
  'read-only',
  'io-error',
  'gone',
  'wrong-kind',
  'busy',
  'unknown',
] as const;
export type OsProblem = (typeof osProblems)[number];
