/**
 * One way from "this input is not right" to what a form shows: a message per field, in the order the
 * fields appear, with one id scheme for the controls, so focus can go to the first field that needs
 * another look. The rules are the contract's schemas, the same ones core checks every call with; the
 * sentences are the contract's field messages, in the person's language.
 */
import type { z } from 'zod';
import type { Language } from '$contract/contract';
import type { FieldErrorCode } from '$contract/domain';
import { errorMessages } from '$contract/messages';
import { fieldErrors } from '$contract/validation';

/** A form's name and its fields, in the order a person meets them. A new form is one of these. */
export interface FormFields {
  /** Starts every control's id: form `contact`, field `name` → `contact-field-name`. */
  readonly form: string;
  /**
   * Field paths as the schema names them, top to bottom. A path covers what is inside it: `questions`
   * holds `questions.0.text`, so list items need no entry of their own; `*` stands for any one segment
   * where a list's items are spread over the form (`questions.*.answer` on a later step).
   */
  readonly order: readonly string[];
}

/** What a form shows after a check: nothing (`noMessages`), or messages by field and for the form. */
export interface FieldMessages {
  /** One message per field path the form has, in the form's order (the first issue of a path wins). */
  readonly fields: Readonly<Record<string, string>>;
  /** The field that needs another look first, top to bottom: where focus goes. */
  readonly first: string | null;
  /**
   * Messages the form has no field for (a path it does not know, or the input as a whole), shown at the
   * top of the form rather than dropped.
   */
  readonly form: readonly string[];
}

export const noMessages: FieldMessages = Object.freeze({ fields: {}, first: null, form: [] });

/** The id of the control for `path` on `form`; dots become dashes (`evaluation.tips.0` → `…-evaluation-tips-0`). */
export function fieldId(form: string, path: string): string {
  return `${form}-field-${path.replaceAll('.', '-')}`;
}

/** The id of a field's hint, which its control names in `aria-describedby`. */
export const hintId = (form: string, path: string): string => `${fieldId(form, path)}-hint`;

/** The id of a field's message, which its control names in `aria-describedby` while it shows. */
export const errorId = (form: string, path: string): string => `${fieldId(form, path)}-error`;

/**
 * `inner` is `outer` or lies inside it, segment by segment (`tags.0` is in `tags`, `tagsX` is not); a `*`
 * in `outer` stands for any one segment (`questions.*.answer`).
 */
function isWithin(inner: string, outer: string): boolean {
  const a = inner.split('.');
  const b = outer.split('.');
  return b.length <= a.length && b.every((segment, i) => segment === '*' || segment === a[i]);
}

/** Where `path` sits in the form: the place of the most precise field that is it or holds it; -1 if none. */
function placeOf(order: readonly string[], path: string): number {
  let best = -1;
  let depth = 0;
  order.forEach((field, index) => {
    const segments = field.split('.').length;
    if (segments > depth && isWithin(path, field)) [best, depth] = [index, segments];
  });
  return best;
}

/** Compares two paths under the same field: list items by number (`2` before `10`), then by name. */
function compareWithin(a: string, b: string): number {
  const as = a.split('.');
  const bs = b.split('.');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const [x, y] = [as[i]!, bs[i]!];
    if (x === y) continue;
    const [nx, ny] = [Number(x), Number(y)];
    if (Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return 0; // Different names under one field: keep the order the schema reported them in.
  }
  return as.length - bs.length;
}

/**
 * Puts messages by path in the form's order. A path the form has no field for goes to the form's own
 * messages, so nothing that was refused goes unsaid.
 */
export function arrange(spec: FormFields, messages: Readonly<Record<string, string>>): FieldMessages {
  const placed: { path: string; place: number; seen: number; message: string }[] = [];
  const form: string[] = [];
  Object.entries(messages).forEach(([path, message], seen) => {
    const place = placeOf(spec.order, path);
    if (place < 0) form.push(message);
    else placed.push({ path, place, seen, message });
  });
  placed.sort((a, b) => a.place - b.place || compareWithin(a.path, b.path) || a.seen - b.seen);
  const fields: Record<string, string> = {};
  for (const { path, message } of placed) fields[path] ??= message;
  return { fields, first: placed[0]?.path ?? null, form: [...new Set(form)] };
}

/** The form's own rules that the schema cannot know, by path; a rule that holds is left undefined. */
export type OwnRules = Readonly<Partial<Record<string, FieldErrorCode>>>;

/**
 * The schema's issues as messages in `language`. `own` holds the form's own rules that the schema
 * cannot know (a custom cadence needs its number of days); they come before the schema's issue on the
 * same path.
 */
export function fromIssues(
  spec: FormFields,
  error: z.ZodError | null,
  language: Language,
  own: OwnRules = {},
): FieldMessages {
  const sentences = errorMessages[language].fields;
  const found: Record<string, string> = {};
  for (const [path, code] of Object.entries(own)) if (code) found[path] = sentences[code];
  if (error) for (const [path, code] of Object.entries(fieldErrors(error))) found[path] ??= sentences[code];
  return arrange(spec, found);
}

/** The result of checking a form: the schema's output, or what to show. */
export type Checked<T> = { ok: true; data: T } | { ok: false; messages: FieldMessages };

/**
 * Checks `payload` with `schema` (the one core checks the same call with) plus the form's `own` rules,
 * before anything is sent: most mistakes are shown without a round trip.
 */
export function check<S extends z.ZodType>(
  spec: FormFields,
  schema: S,
  payload: unknown,
  language: Language,
  own: OwnRules = {},
): Checked<z.output<S>> {
  const result = schema.safeParse(payload);
  if (result.success && !Object.values(own).some(Boolean)) return { ok: true, data: result.data };
  const messages = fromIssues(spec, result.success ? null : result.error, language, own);
  return { ok: false, messages };
}

/**
 * Messages core sent back with a refusal (already in the person's language). `within` is taken off
 * the front of each path: an update's fields arrive as `changes.name`.
 */
export function fromCore(
  spec: FormFields,
  fields: Readonly<Record<string, string>>,
  within?: string,
): FieldMessages {
  const prefix = within ? `${within}.` : '';
  const paths = Object.entries(fields).map(([path, message]) => [
    prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path,
    message,
  ]);
  return arrange(spec, Object.fromEntries(paths));
}

/** Whether anything is to be shown. */
export const hasMessages = (m: FieldMessages): boolean =>
  m.first !== null || m.form.length > 0 || Object.keys(m.fields).length > 0;

/** The message of the field at `path`, or the first of anything inside it (`tags` shows `tags.2`'s). */
export function messageOf(m: FieldMessages, path: string): string | undefined {
  if (path in m.fields) return m.fields[path];
  return Object.entries(m.fields).find(([p]) => isWithin(p, path))?.[1];
}

/**
 * The ids to try when moving focus to `path`, most precise first: the control of `a.b.c`, else of `a.b`
 * or `a` (a whole list refused has no control of its own, its first item may not either).
 */
export function focusTargets(form: string, path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => fieldId(form, parts.slice(0, parts.length - i).join('.')));
}

/**
 * Where a form's controls are looked for: the form's own element (so a second form on the page with the
 * same ids, a dialog over a screen, is never the one focused), or a whole document.
 */
export type FocusRoot = Pick<Document, 'getElementById'> | Pick<ParentNode, 'querySelector'>;

/** The element with `id` inside `root`, or null. */
function byId(root: FocusRoot, id: string): HTMLElement | null {
  if ('getElementById' in root) return root.getElementById(id);
  // Field ids are made of the form's name and the field's path; the quotes guard whatever else comes.
  return root.querySelector<HTMLElement>(`[id="${id.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"]`);
}

/**
 * Moves focus to the first field that needs another look, inside `root`; true when a control was found.
 * The caller waits for the form to show the messages (and the right step) first.
 */
export function focusFirst(spec: FormFields, m: FieldMessages, root: FocusRoot): boolean {
  if (m.first === null) return false;
  for (const id of focusTargets(spec.form, m.first)) {
    const element = byId(root, id);
    if (element) {
      element.focus();
      return true;
    }
  }
  return false;
}
