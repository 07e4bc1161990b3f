import { tick } from 'svelte';
import type { z } from 'zod';
import { i18n } from '../i18n/i18n.svelte';
import {
  check,
  focusFirst,
  fromCore,
  hasMessages,
  messageOf,
  noMessages,
  type FieldMessages,
  type FocusRoot,
  type FormFields,
  type OwnRules,
} from './field-messages';

/** The field messages of a refusal from core (`ApiError.error.fields`), when it has any. */
function refusedFields(error: unknown): Record<string, string> | null {
  const fields = (error as { error?: { fields?: Record<string, string> } } | null)?.error?.fields;
  return fields && Object.keys(fields).length > 0 ? fields : null;
}

/**
 * What one form shows of its refusals, and the validate-then-show path every form takes: check with the
 * contract's schema before sending, show core's field messages when it refuses after all, and each time
 * move focus to the first field that needs another look. Nothing typed is touched: only messages change.
 */
export class FormMessages {
  current = $state<FieldMessages>(noMessages);
  /**
   * The form's element (`<form bind:this={messages.root}>`): focus goes to a control inside it. Until the
   * form is drawn, the page's document.
   */
  root: FocusRoot | null = null;

  /** `beforeFocus` runs once messages are set, before focus moves (the editor opens the step they are on). */
  constructor(
    readonly spec: FormFields,
    private readonly beforeFocus: (messages: FieldMessages) => void = () => undefined,
  ) {}

  /** Anything to show, for a field or for the form. */
  get any(): boolean {
    return hasMessages(this.current);
  }

  /** The message of the field at `path` (or of something inside it). */
  of(path: string): string | undefined {
    return messageOf(this.current, path);
  }

  clear(): void {
    this.current = noMessages;
  }

  /** Says at the top of the form why it could not be done (a failure that is about no field). */
  fail(message: string): void {
    this.current = { fields: {}, first: null, form: [message] };
  }

  /** Shows `messages` and, once they are drawn, focuses the first invalid field. */
  async show(messages: FieldMessages): Promise<void> {
    this.current = messages;
    this.beforeFocus(messages);
    await tick();
    focusFirst(this.spec, messages, this.root ?? document);
  }

  /**
   * Checks `payload` with `schema` and the form's `own` rules in the UI language. Returns what the schema
   * made of it, or null after showing what to fix.
   */
  async check<S extends z.ZodType>(
    schema: S,
    payload: unknown,
    own: OwnRules = {},
  ): Promise<z.output<S> | null> {
    const result = check(this.spec, schema, payload, i18n.language, own);
    if (result.ok) return result.data;
    await this.show(result.messages);
    return null;
  }

  /**
   * Shows a refusal core sent with field messages and returns true; false for any other error, which the
   * caller says in its own way. `within` is the part of the call the form's fields sit in (`changes`).
   */
  async refused(error: unknown, within?: string): Promise<boolean> {
    const fields = refusedFields(error);
    if (!fields) return false;
    await this.show(fromCore(this.spec, fields, within));
    return true;
  }
}
