import type { z } from 'zod';
import { fieldErrorCodes, type FieldErrorCode } from './domain';

/** Turns schema issues into one error code per field path (the first issue of a field wins). */
export function fieldErrors(error: z.ZodError): Record<string, FieldErrorCode> {
  const result: Record<string, FieldErrorCode> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    if (key in result) continue;
    result[key] = toFieldErrorCode(issue);
  }
  return result;
}

/** The error code of one schema issue: its own message when that is a code, else by the kind of issue. */
export function toFieldErrorCode(issue: z.core.$ZodIssue): FieldErrorCode {
  if ((fieldErrorCodes as readonly string[]).includes(issue.message)) return issue.message as FieldErrorCode;
  if (issue.code === 'too_big') return issue.origin === 'array' ? 'too_many' : 'too_long';
  if (issue.code === 'unrecognized_keys' || issue.code === 'invalid_type') return 'invalid';
  return 'invalid';
}
