import {
  type Channel,
  inputs,
  type Language,
  type ParsedInput,
  type Result,
  type Results,
} from '../contract/contract';
import { errorMessages } from '../contract/messages';
import { fieldErrors } from '../contract/validation';
import { DomainError } from './errors';

/** One function per channel; each receives input that has already passed the channel's schema. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Results[C] | Promise<Results[C]> };

export type Dispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>;

/**
 * Wraps the handlers so every call is validated first and every outcome is a result envelope with a
 * message in the person's language. Unknown channels, unknown keys, wrong types and oversized strings
 * never reach a handler. Main calls this after checking the sender; the browser harness calls it directly.
 */
export function createDispatch(
  handlers: Handlers,
  language: () => Language,
  log: (error: unknown) => void = console.error,
): Dispatch {
  return async (channel, payload) => {
    const messages = errorMessages[language()];
    if (!Object.hasOwn(inputs, channel)) {
      return { ok: false, error: { code: 'invalid_input', message: messages.errors.invalid_input } };
    }
    const c = channel as Channel;
    const parsed = inputs[c].safeParse(payload);
    if (!parsed.success) {
      const fields = Object.fromEntries(
        Object.entries(fieldErrors(parsed.error)).map(([k, code]) => [k, messages.fields[code]]),
      );
      return { ok: false, error: { code: 'invalid_input', message: messages.errors.invalid_input, fields } };
    }
    try {
      const handler = handlers[c] as (input: unknown) => unknown;
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof DomainError) {
        const fields = error.fields
          ? Object.fromEntries(Object.entries(error.fields).map(([k, code]) => [k, messages.fields[code]]))
          : undefined;
        return { ok: false, error: { code: error.code, message: messages.errors[error.code], fields } };
      }
      log(error);
      return { ok: false, error: { code: 'internal', message: messages.errors.internal } };
    }
  };
}
