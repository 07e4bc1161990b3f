import type { ErrorCode } from '../contract/contract';
import type { FieldErrorCode } from '../contract/domain';

/** A failure the person can understand and act on; dispatch turns it into a message in their language. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, FieldErrorCode>,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
